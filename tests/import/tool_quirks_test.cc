// Details of real exports: LimeSurvey's placeholder date, KoboToolbox's
// per-option select_multiple columns, counter files with one row per day.
#include <gtest/gtest.h>

#include "import/visit_overlaps.h"
#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::Harness;

TEST(LimeSurveyTest, PlaceholderDate1980IsNoDate) {
  Harness h;
  ASSERT_OK(
      h.Import(InputKind::kFeedback,
               "\xEF\xBB\xBF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"zufrieden\"\r\n"
               "\"1\";\"2026-05-04 18:22:10\";\"3\";\"de\";\"A4\"\r\n"
               "\"2\";\"1980-01-01 00:00:00\";\"3\";\"de\";\"A5\"\r\n"
               "\"3\";\"\";\"1\";\"de\";\"\"\r\n\r\n"));
  EXPECT_EQ(h.outcome.format, "limesurvey");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u);
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 5, 4));
  // Neither the placeholder nor the incomplete response becomes a dated
  // response of 1 January 1980 (or any other day).
  ASSERT_EQ(h.Rejections().size(), 2u);
  EXPECT_EQ(h.Rejections()[0],
            "x.csv:3: submitdate: date is missing (1980-01-01 00:00:00 is LimeSurvey's placeholder "
            "when a "
            "survey stores no dates) (1980-01-01 00:00:00)");
  EXPECT_EQ(h.Rejections()[1], "x.csv:4: submitdate: date is missing");
}

TEST(KoboTest, SelectMultipleOptionColumnsAreOneAnswer) {
  Harness h;
  h.site.questionnaire.push_back(
      {"quelle", "Wie haben Sie von uns erfahren?", ScaleType::kMulti, "", {}});
  // A fixture written from the documented export: labels as headers, the
  // question column plus one "question/option" column per option.
  ASSERT_OK(h.Import(
      InputKind::kFeedback,
      testing::ReadFileToString(testing::TestDir() + "/fixtures/import/kobo-select-multiple.csv")));
  EXPECT_EQ(h.outcome.format, "kobo");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 3u) << ::testing::PrintToString(h.Rejections());
  const auto& first = h.outcome.batch.feedback[0].answers;
  // "Social Media" holds a space: the option columns say what was chosen.
  EXPECT_EQ(first.at("quelle"), "Plakat; Social Media");
  EXPECT_EQ(first.at("zufrieden"), "4");
  // One answer per response: no item for the options themselves.
  EXPECT_EQ(first.size(), 2u);
  EXPECT_EQ(h.outcome.batch.feedback[1].answers.at("quelle"), "Freunde");
  EXPECT_FALSE(h.outcome.batch.feedback[2].answers.count("quelle"));
  for (const std::string& n : h.outcome.notices) {
    EXPECT_EQ(n.find("/Plakat"), std::string::npos) << n;  // not listed as ignored columns
  }
}

TEST(KoboTest, OptionNamedLikeAnItemIsNotTakenForIt) {
  Harness h;
  h.site.questionnaire.push_back({"woher", "Woher", ScaleType::kMulti, "", {}});
  // An option called like another item ("note") must not feed that item.
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     "\"Woher\";\"Woher/note\";\"Woher/plakat\";\"_uuid\";\"_submission_time\"\r\n"
                     "\"note\";\"1\";\"0\";\"u1\";\"2026-05-04T09:41:19\"\r\n"));
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u)
      << ::testing::PrintToString(h.Rejections()) << ::testing::PrintToString(h.outcome.notices)
      << h.outcome.format;
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("woher"), "note");
  EXPECT_FALSE(h.outcome.batch.feedback[0].answers.count("note"));
}

TEST(DailyCountsTest, ARowWithoutTimeOfDayCoversTheWholeDay) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kVisits, "Datum;Zähler;Besucher\n14.04.2026;Eingang;250\n"));
  ASSERT_EQ(h.outcome.batch.visits.size(), 1u);
  EXPECT_EQ(h.outcome.batch.visits[0].interval_minutes, 24 * 60);
  EXPECT_EQ(h.outcome.batch.visits[0].start.minute, 0);

  ASSERT_OK(
      h.Import(InputKind::kVisits, "Zeitstempel;Besucher\n2026-04-14;250\n2026-04-15 10:00;7\n"));
  ASSERT_EQ(h.outcome.batch.visits.size(), 2u);
  EXPECT_EQ(h.outcome.batch.visits[0].interval_minutes, 24 * 60);
  EXPECT_EQ(h.outcome.batch.visits[1].interval_minutes, 60);
}

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
  // The daily total came first: the hourly readings of that day are refused,
  // the next day's hourly reading is fine, the repeated daily total counts once.
  ASSERT_EQ(o.batch.visits.size(), 2u);
  EXPECT_EQ(o.batch.visits[0].in, 100);
  EXPECT_EQ(o.batch.visits[1].in, 7);
  ASSERT_EQ(o.rejected.size(), 2u);
  EXPECT_EQ(o.rejected[0].ToString("z.csv"),
            "z.csv:3: in: overlaps the daily total in line 2 of this file for the same sensor and "
            "day (a day "
            "is counted either as a whole or in intervals, not both; the reading imported first is "
            "kept) (40)");
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
  EXPECT_NE(o.rejected[0].message.find("overlaps the hourly reading in stunden.csv:9"),
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
