// Counter files as series per sensor: intervals inferred from the spacing of
// the timestamps, single crossings summed into their hour, missing readings
// reported as gaps (import/visit_series.h).
#include "import/visit_series.h"

#include <gtest/gtest.h>

#include <string>

#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

int64_t SumIn(const ImportOutcome& outcome) {
  int64_t sum = 0;
  for (const VisitCount& v : outcome.batch.visits) sum += v.in;
  return sum;
}

bool HasNotice(const ImportOutcome& outcome, const std::string& text) {
  for (const std::string& n : outcome.notices)
    if (n == text) return true;
  return false;
}

// A 15-minute export without an interval column lost three rows in four as
// "overlapping the hourly reading".
TEST_F(ImportTest, FifteenMinuteExportKeepsEveryRow) {
  std::string csv = "Datum;Uhrzeit;Eingang;Ausgang\n";
  for (int i = 0; i < 8; ++i) {
    csv += "03.06.2026;" + FormatTimeOfDay(10 * 60 + 15 * i) + ";" + std::to_string(i + 1) + ";0\n";
  }
  ASSERT_OK(Import(InputKind::kVisits, csv));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.visits.size(), 8u);
  for (const VisitCount& v : outcome_.batch.visits) EXPECT_EQ(v.interval_minutes, 15);
  EXPECT_EQ(SumIn(outcome_), 36);
  EXPECT_TRUE(HasNotice(outcome_,
                        "der Zähler: keine Spalte für den Zeitabschnitt; 15-Minuten-Werte, wie der "
                        "Abstand der Zeitpunkte zeigt"))
      << ::testing::PrintToString(outcome_.notices);
}

// A light barrier logs every crossing; each counts in the hour it falls in,
// also two in the same minute.
TEST_F(ImportTest, SingleCrossingsAreSummedIntoTheirHour) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Zeitstempel;Ein;Aus\n"
                   "01.06.2026 10:01;1;0\n01.06.2026 10:05;1;0\n01.06.2026 10:05;1;0\n"
                   "01.06.2026 10:59;1;0\n01.06.2026 11:02;0;1\n01.06.2026 11:40;1;0\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.visits.size(), 2u);
  const VisitCount& ten = outcome_.batch.visits[0];
  EXPECT_EQ(ten.start, (Timestamp{Date(2026, 6, 1), 10 * 60}));
  EXPECT_EQ(ten.interval_minutes, 60);
  EXPECT_EQ(ten.in, 4);
  EXPECT_EQ(ten.out, 0);
  EXPECT_EQ(ten.line, 2);  // the first crossing of the hour
  EXPECT_EQ(outcome_.batch.visits[1].in, 1);
  EXPECT_EQ(outcome_.batch.visits[1].out, 1);
  EXPECT_TRUE(HasNotice(outcome_,
                        "der Zähler: 6 Zeile(n) zu unregelmäßigen Zeiten als einzelne Durchgänge "
                        "gelesen und zu 2 Stundenwert(en) zusammengezählt"))
      << ::testing::PrintToString(outcome_.notices);
}

TEST_F(ImportTest, OneReadingAloneIsHourlyAndDailyRowsStayDaily) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Zeitstempel;Ein;Sensor\n01.06.2026 10:00;5;Tür\n02.06.2026;40;Hof\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 2u);
  EXPECT_EQ(outcome_.batch.visits[0].interval_minutes, 60);
  EXPECT_EQ(outcome_.batch.visits[1].interval_minutes, 24 * 60);
  EXPECT_TRUE(HasNotice(outcome_,
                        "Zähler Tür: keine Spalte für den Zeitabschnitt und nur eine Uhrzeit, "
                        "woran der Zeitabschnitt zu erkennen wäre: als Stundenwerte gelesen"));
}

TEST_F(ImportTest, AnIntervalColumnIsTakenAsWritten) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Zeitstempel;Ein;Intervall\n01.06.2026 10:00;5;30\n01.06.2026 10:07;5;30\n"));
  EXPECT_EQ(outcome_.batch.visits.size(), 2u);
  for (const VisitCount& v : outcome_.batch.visits) EXPECT_EQ(v.interval_minutes, 30);
  EXPECT_TRUE(outcome_.notices.empty()) << ::testing::PrintToString(outcome_.notices);
}

// "na", "n/a", "-" and empty cells are gaps: one notice per sensor and
// stretch, no rejected rows, and the spacing still counts them.
TEST_F(ImportTest, MissingReadingsAreGapsReportedOncePerSpan) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Zeitstempel;Sensor;Eingang;Ausgang\n"
                   "03.06.2026 09:00;X;4;1\n03.06.2026 10:00;X;na;na\n03.06.2026 11:00;X;n/a;\n"
                   "03.06.2026 12:00;X;-;-\n03.06.2026 13:00;X;;\n03.06.2026 14:00;X;NA;NA\n"
                   "03.06.2026 15:00;X;6;2\n03.06.2026 16:00;X;na;na\n03.06.2026 17:00;X;3;3\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.visits.size(), 3u);
  EXPECT_EQ(SumIn(outcome_), 13);
  EXPECT_TRUE(
      HasNotice(outcome_, "Zähler X: keine Zählwerte 03.06.2026 10:00–14:00 (5 Zeitabschnitte)"))
      << ::testing::PrintToString(outcome_.notices);
  EXPECT_TRUE(HasNotice(outcome_, "Zähler X: keine Zählwerte 03.06.2026 16:00 (1 Zeitabschnitt)"));
  EXPECT_TRUE(HasNotice(outcome_,
                        "Zähler X: keine Spalte für den Zeitabschnitt; Stundenwerte, wie der "
                        "Abstand der Zeitpunkte zeigt"));
}

// 5,201 missing hours of one open-data file were 5,201 error lines.
TEST_F(ImportTest, ALongOutageIsOneNotice) {
  site_.opened.reset();
  std::string csv = "Zeitstempel;Eingang\n01.06.2025 00:00;1\n";
  Date day(2025, 6, 1);
  for (int h = 1; h <= 5201; ++h) {
    csv += day.AddDays(h / 24).ToGerman() + " " + FormatTimeOfDay(h % 24 * 60) + ";na\n";
  }
  ASSERT_OK(Import(InputKind::kVisits, csv));
  EXPECT_TRUE(outcome_.rejected.empty());
  EXPECT_EQ(outcome_.batch.visits.size(), 1u);
  EXPECT_TRUE(HasNotice(
      outcome_,
      "der Zähler: keine Zählwerte 01.06.2025 01:00–03.01.2026 17:00 (5201 Zeitabschnitte)"))
      << ::testing::PrintToString(outcome_.notices);
}

TEST_F(ImportTest, AtMostTenGapsPerSensorAreListed) {
  std::string csv = "Zeitstempel;Eingang\n";
  for (int h = 0; h < 24; ++h)
    csv += "02.06.2026 " + FormatTimeOfDay(h * 60) + (h % 2 ? ";na\n" : ";1\n");
  ASSERT_OK(Import(InputKind::kVisits, csv));
  EXPECT_EQ(outcome_.batch.visits.size(), 12u);
  EXPECT_EQ(outcome_.notices.size(), 1u + 10u + 1u) << ::testing::PrintToString(outcome_.notices);
  EXPECT_TRUE(
      HasNotice(outcome_, "der Zähler: und 2 weitere Lücke(n) mit zusammen 2 Zeitabschnitt(en)"));
}

TEST_F(ImportTest, ExitsWithoutEntriesAreABadRowNotAGap) {
  EXPECT_EQ(
      OnlyRejection(InputKind::kVisits, "Zeitstempel;Eingang;Ausgang\n03.06.2026 10:00;na;4\n"),
      "x.csv:2: Eingang: keine Eingänge angegeben, obwohl Ausgänge gezählt sind (4)");
  EXPECT_TRUE(outcome_.batch.visits.empty());
}

TEST(VisitSeriesTest, MissingReadingSpellings) {
  for (const char* text : {"", " ", "na", "NA", "n/a", "N/A", "n.a.", "nan", "-", "–"}) {
    EXPECT_TRUE(IsMissingReading(text)) << text;
  }
  for (const char* text : {"0", "none", "--1", "k.A."})
    EXPECT_FALSE(IsMissingReading(text)) << text;
}

}  // namespace
}  // namespace ankerbericht
