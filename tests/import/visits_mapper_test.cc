// The visits importer on inline counter exports (docs/input-formats.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"
#include "import/visit_overlaps.h"
#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

TEST_F(ImportTest, VisitsGermanCounterExport) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Datum;Uhrzeit;Eingang;Ausgang;Sensor\n"
                   "02.03.2026;14:00;12;10;Tür\n"
                   "02.03.2026;15.00;1.234;;Tür\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.encoding, "UTF-8");
  EXPECT_EQ(outcome_.rows_read, 2);
  ASSERT_EQ(outcome_.batch.visits.size(), 2u);
  const VisitCount& a = outcome_.batch.visits[0];
  EXPECT_EQ(a.start.date, Date(2026, 3, 2));
  EXPECT_EQ(a.start.minute, 14 * 60);
  EXPECT_EQ(a.in, 12);
  EXPECT_EQ(a.out, 10);
  EXPECT_EQ(a.sensor, "Tür");
  EXPECT_EQ(a.interval_minutes, 60);  // the default
  EXPECT_EQ(a.line, 2);
  const VisitCount& b = outcome_.batch.visits[1];
  EXPECT_EQ(b.start.minute, 15 * 60);
  EXPECT_EQ(b.in, 1234);
  EXPECT_EQ(b.out, std::nullopt);
  EXPECT_EQ(b.line, 3);
}

TEST_F(ImportTest, VisitsEnglishTimestampWithCommas) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Timestamp,Visitors,Out,Interval\n"
                   "2026-03-02T14:15:00+01:00,5,4,15\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  const VisitCount& v = outcome_.batch.visits[0];
  EXPECT_EQ(v.start.date, Date(2026, 3, 2));
  EXPECT_EQ(v.start.minute, 14 * 60 + 15);  // local time as written, zone dropped
  EXPECT_EQ(v.in, 5);
  EXPECT_EQ(v.out, 4);
  EXPECT_EQ(v.interval_minutes, 15);
  EXPECT_EQ(v.sensor, "");
}

TEST_F(ImportTest, VisitsDateWithoutTimeStartsAtMidnight) {
  ASSERT_OK(Import(InputKind::kVisits, "Tag\tAnzahl\n03.03.2026\t7\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  EXPECT_EQ(outcome_.batch.visits[0].start.minute, 0);
  EXPECT_EQ(outcome_.batch.visits[0].in, 7);
}

TEST_F(ImportTest, VisitsFutureDateRejected) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits,
                          "Datum;Eingang\n"
                          "30.06.2026;3\n"
                          "01.07.2026;4\n"),
            "x.csv:3: Datum: Datum liegt in der Zukunft (01.07.2026)");
}

TEST_F(ImportTest, VisitsBeforeOpeningRejected) {
  EXPECT_EQ(
      OnlyRejection(InputKind::kVisits, "Zeitstempel;Eingang\n31.12.2025 23:00;3\n"),
      "x.csv:2: Zeitstempel: Datum liegt vor der Eröffnung des Ortes (01.01.2026) (31.12.2025)");
}

TEST_F(ImportTest, VisitsBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"31.02.2026;10:00;3",
       "x.csv:2: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT) (31.02.2026)"},
      {"02.03.2026;10:00;-3", "x.csv:2: Eingang: eine Anzahl kann nicht negativ sein (-3)"},
      {"02.03.2026;10:00;1,5", "x.csv:2: Eingang: keine ganze Zahl (1,5)"},
      {"02.03.2026;10:00;drei", "x.csv:2: Eingang: keine ganze Zahl (drei)"},
      {"02.03.2026;25:00;3", "x.csv:2: Uhrzeit: keine gültige Uhrzeit (erwartet HH:MM) (25:00)"},
      {"02.03.2026;24:00;3",
       "x.csv:2: Uhrzeit: ein Zeitabschnitt kann nicht um 24:00 beginnen (24:00)"},
      {";10:00;3", "x.csv:2: Datum: Datum fehlt"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(
        OnlyRejection(InputKind::kVisits, std::string("Datum;Uhrzeit;Eingang\n") + c.row + "\n"),
        c.rejection)
        << c.row;
    EXPECT_TRUE(outcome_.batch.visits.empty()) << c.row;
  }
}

// A reading covers at least a minute: with 0 (or less) two readings in one
// minute would look like one reading sent twice.
TEST_F(ImportTest, VisitsIntervalOfZeroOrLessIsRefused) {
  EXPECT_EQ(
      OnlyRejection(InputKind::kVisits, "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;0\n"),
      "x.csv:2: Intervall: ein Zeitabschnitt muss mindestens 1 Minute lang sein (eine Zeile zählt "
      "die Personen eines Zeitabschnitts) (0)");
  EXPECT_EQ(OnlyRejection(InputKind::kVisits,
                          "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;-15\n"),
            "x.csv:2: Intervall: ein Zeitabschnitt muss mindestens 1 Minute lang sein (eine Zeile "
            "zählt die Personen eines Zeitabschnitts) (-15)");
  ASSERT_OK(Import(InputKind::kVisits, "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;15\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  EXPECT_EQ(outcome_.batch.visits[0].interval_minutes, 15);
}

TEST_F(ImportTest, VisitsBadTimestamp) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits, "Zeitstempel;Eingang\n02.03.2026 14 Uhr 30;3\n"),
            "x.csv:2: Zeitstempel: kein gültiges Datum mit Uhrzeit (erwartet TT.MM.JJJJ HH:MM oder "
            "JJJJ-MM-TT HH:MM) (02.03.2026 14 Uhr 30)");
}

}  // namespace
// Exports in the format of the hourly hystreet counts the city of Moers
// publishes, as synthetic excerpts with invented numbers
// (tests/fixtures/hystreet/README.md): June and July are Windows-1252, May is
// UTF-8 whose umlauts were already replaced by U+FFFD. Totals are checked
// against a sum computed here, independently of the importer (split by line
// and ';', add up column 4), and against the figure written in the README.
namespace {

using testing::Harness;

namespace fs = std::filesystem;

std::string MoersDir() { return testing::TestDir() + "/fixtures/hystreet"; }

struct Expected {
  int64_t rows = 0;
  int64_t total = 0;
};

Expected IndependentSum(const std::string& bytes) {
  Expected e;
  std::istringstream in(bytes);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    // Column 4 ("Fußgänger insgesamt"); the first column holds no ';'.
    size_t p = 0;
    for (int i = 0; i < 3; ++i) p = line.find(';', p) + 1;
    e.total += std::stoll(line.substr(p, line.find(';', p) - p));
    ++e.rows;
  }
  return e;
}

class MoersTest : public ::testing::TestWithParam<const char*> {};

TEST_P(MoersTest, ImportsWithUmlautsAndCorrectTotals) {
  std::string month = GetParam();
  std::string path = MoersDir() + "/steinstrasse-" + month + "-2022-auszug.csv";
  ASSERT_TRUE(fs::exists(path)) << path;
  std::string bytes = testing::ReadFileToString(path);
  Expected expected = IndependentSum(bytes);
  testing::Harness h;
  h.file = fs::path(path).filename().string();
  ASSERT_OK(h.Import(InputKind::kVisits, bytes));
  EXPECT_EQ(h.outcome.format, "hystreet");
  EXPECT_EQ(h.outcome.delimiter, "';'");
  EXPECT_TRUE(h.outcome.rejected.empty()) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.rows_read, expected.rows);
  int64_t total = 0;
  for (const VisitCount& v : h.outcome.batch.visits) {
    total += v.in;
    ASSERT_EQ(v.sensor, "Steinstraße, Moers") << "line " << v.line;
  }
  EXPECT_EQ(total, expected.total);
  EXPECT_EQ(expected.rows, 48);
  EXPECT_EQ(total, month == "mai" ? 25146 : month == "juni" ? 25382 : 25245);
  if (month == "mai") {
    EXPECT_EQ(h.outcome.encoding, "UTF-8");
    EXPECT_TRUE(h.HasNotice("Ersatzzeichen"));
  } else {
    EXPECT_EQ(h.outcome.encoding, "Windows-1252");
  }
  ASSERT_FALSE(h.outcome.batch.visits.empty());
  EXPECT_EQ(h.outcome.batch.visits[0].start.minute, 0);
  EXPECT_EQ(h.outcome.batch.visits[0].start.date.day(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Months, MoersTest, ::testing::Values("mai", "juni", "juli"));

}  // namespace

// Counter files with one row per day.
namespace {

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

}  // namespace

}  // namespace ankerbericht
