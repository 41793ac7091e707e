// ResolveVisitOverlaps on batches built here: readings repeated within a file
// or already stored from another file count once; different counts conflict.
#include "import/visit_overlaps.h"

#include <gtest/gtest.h>

#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::Harness;

VisitCount Reading(const std::string& sensor, int day, int minute, int64_t in, int line) {
  VisitCount v;
  v.sensor = sensor;
  v.start = {Date(2026, 3, day), minute};
  v.in = in;
  v.line = line;
  return v;
}

TEST(VisitOverlapsTest, RepeatsInsideTheFileCountOnceAndConflictsAreRejected) {
  ImportOutcome o;
  o.batch.visits = {Reading("A", 2, 60, 5, 2), Reading("B", 1, 60, 1, 3), Reading("A", 2, 60, 5, 4),
                    Reading("A", 2, 60, 6, 5), Reading("A", 1, 0, 2, 6)};
  ResolveVisitOverlaps({}, &o);
  ASSERT_EQ(o.batch.visits.size(), 3u);
  // Sorted by time, then sensor.
  EXPECT_EQ(o.batch.visits[0].line, 6);
  EXPECT_EQ(o.batch.visits[1].line, 3);
  EXPECT_EQ(o.batch.visits[2].line, 2);
  EXPECT_EQ(o.batch.visits[0].sensor, "A");
  EXPECT_EQ(o.batch.visits[1].sensor, "B");
  EXPECT_EQ(o.batch.visits[2].sensor, "A");
  ASSERT_EQ(o.rejected.size(), 1u);
  EXPECT_EQ(o.rejected[0].ToString("z.csv"),
            "z.csv:5: in: widerspricht Zeile 2 dieser Datei, dort steht 5 für denselben Zähler und "
            "Zeitabschnitt (6)");
  ASSERT_EQ(o.notices.size(), 1u);
  EXPECT_EQ(o.notices[0],
            "1 Zählwert(e) stehen mit denselben Zahlen zweimal in dieser Datei: einmal gezählt");
}

TEST(VisitOverlapsTest, ReadingsFromAnotherFile) {
  ImportOutcome o;
  o.batch.visits = {Reading("A", 1, 0, 5, 2), Reading("A", 1, 60, 7, 3),
                    Reading("A", 1, 120, 1, 4)};
  o.batch.visits[1].out = 7;
  ResolveVisitOverlaps({{0, "alt.csv", 10, 5, std::nullopt}, {1, "alt.csv", 11, 7, 6}}, &o);
  ASSERT_EQ(o.batch.visits.size(), 1u);
  EXPECT_EQ(o.batch.visits[0].line, 4);
  EXPECT_EQ(o.batch.visits[0].sensor, "A");
  ASSERT_EQ(o.rejected.size(), 1u);
  EXPECT_EQ(o.rejected[0].ToString("neu.csv"),
            "neu.csv:3: in: widerspricht alt.csv:11, dort steht 7/6 für denselben Zähler und "
            "Zeitabschnitt (7/7)");
  EXPECT_EQ(
      o.notices[0],
      "1 Zählwert(e) wurden schon mit denselben Zahlen aus alt.csv eingelesen: einmal gezählt");
}

TEST(VisitOverlapsTest, TheRepeatedHourAtTheEndOfDaylightSavingTimeCountsTwice) {
  ImportOutcome o;
  VisitCount first = Reading("A", 1, 120, 5, 2), second = Reading("A", 1, 120, 3, 3);
  first.start.date = second.start.date = Date(2025, 10, 26);  // the last Sunday of October
  VisitCount other_day = Reading("A", 2, 120, 4, 4), other_day_again = Reading("A", 2, 120, 4, 5);
  o.batch.visits = {first, second, other_day, other_day_again};
  ResolveVisitOverlaps({}, &o);
  ASSERT_EQ(o.batch.visits.size(), 2u);
  EXPECT_EQ(o.batch.visits[0].in, 8);
  EXPECT_TRUE(o.rejected.empty());
  ASSERT_EQ(o.notices.size(), 2u);
  EXPECT_NE(o.notices[0].find("Ende der Sommerzeit"), std::string::npos);
}

TEST(VisitOverlapsTest, UnterminatedQuoteNamesFileAndLine) {
  testing::Harness h;
  Status s = h.Import(InputKind::kVotes,
                      "Datum;Wunsch;Punkte\n05.03.2026;Drucker;2\n05.03.2026;\"Laser;3\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "x.csv:3: ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen");
}

}  // namespace
// Daily and Stundenwerte of one sensor and day.
namespace {

VisitCount Reading(int day, int minute, int interval, int64_t in, int line) {
  VisitCount v;
  v.sensor = "A";
  v.start = {Date(2026, 3, day), minute};
  v.interval_minutes = interval;
  v.in = in;
  v.line = line;
  return v;
}

TEST(DailyCountsTest, DailyAndHourlyReadingsOfOneSensorAndDayAreNotAddedUp) {
  ImportOutcome o;
  o.batch.visits = {Reading(2, 0, 1440, 100, 2), Reading(2, 600, 60, 40, 3),
                    Reading(2, 660, 60, 50, 4), Reading(3, 600, 60, 7, 5),
                    Reading(2, 0, 1440, 100, 6)};
  ResolveVisitOverlaps({}, &o);
  // The daily total came first: the Stundenwerte of that day are refused,
  // the next day's hourly reading is fine, the repeated daily total counts once.
  ASSERT_EQ(o.batch.visits.size(), 2u);
  EXPECT_EQ(o.batch.visits[0].in, 100);
  EXPECT_EQ(o.batch.visits[1].in, 7);
  ASSERT_EQ(o.rejected.size(), 2u);
  EXPECT_EQ(o.rejected[0].ToString("z.csv"),
            "z.csv:3: in: überschneidet sich mit der Tagessumme in Zeile 2 dieser Datei für "
            "denselben Zähler und Tag (ein Tag wird entweder als Ganzes oder in Zeitabschnitten "
            "gezählt, nicht beides; der zuerst eingelesene Wert bleibt) (40)");
  EXPECT_EQ(o.rejected[1].line, 4);
  EXPECT_EQ(o.notices.size(), 1u);
}

TEST(DailyCountsTest, DailyTotalAgainstStoredHourlyReadings) {
  ImportOutcome o;
  o.batch.visits = {Reading(2, 0, 1440, 100, 2)};
  EarlierReading stored{0, "stunden.csv", 9, 40, std::nullopt, 600, 60};
  ResolveVisitOverlaps({stored}, &o);
  EXPECT_TRUE(o.batch.visits.empty());
  ASSERT_EQ(o.rejected.size(), 1u);
  EXPECT_NE(o.rejected[0].message.find("überschneidet sich mit dem Stundenwert in stunden.csv:9"),
            std::string::npos);
}

TEST(DailyCountsTest, HourlyReadingsWithinTheSameGranularityStillRepeatOnce) {
  ImportOutcome o;
  o.batch.visits = {Reading(2, 600, 15, 4, 2), Reading(2, 615, 15, 5, 3),
                    Reading(2, 600, 15, 4, 4)};
  ResolveVisitOverlaps({}, &o);
  EXPECT_EQ(o.batch.visits.size(), 2u);
  EXPECT_TRUE(o.rejected.empty());
}

}  // namespace

}  // namespace ankerbericht
