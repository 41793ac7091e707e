#include "model/period.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

Period Parsed(const std::string& text) {
  Result<Period> p = ParsePeriod(text);
  EXPECT_TRUE(p.ok()) << text << ": " << p.status().ToString();
  return p.ok() ? *p : Period{};
}

// ---------------------------------------------------------------- ParsePeriod

struct PeriodCase {
  const char* text;
  Period::Kind kind;
  const char* id;
  const char* from;
  const char* to;
};

class ParsePeriodTest : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(ParsePeriodTest, Parses) {
  const PeriodCase& c = GetParam();
  Period p = Parsed(c.text);
  EXPECT_EQ(p.kind, c.kind);
  EXPECT_EQ(p.id, c.id);
  EXPECT_EQ(p.from.ToIso(), c.from);
  EXPECT_EQ(p.to.ToIso(), c.to);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParsePeriodTest,
    ::testing::Values(
        PeriodCase{"2026-H1", Period::Kind::kHalf, "2026-H1", "2026-01-01", "2026-06-30"},
        PeriodCase{"2026-H2", Period::Kind::kHalf, "2026-H2", "2026-07-01", "2026-12-31"},
        PeriodCase{"2026-h1", Period::Kind::kHalf, "2026-H1", "2026-01-01", "2026-06-30"},
        PeriodCase{"2026-Q1", Period::Kind::kQuarter, "2026-Q1", "2026-01-01", "2026-03-31"},
        PeriodCase{"2026-Q3", Period::Kind::kQuarter, "2026-Q3", "2026-07-01", "2026-09-30"},
        PeriodCase{"2026-05", Period::Kind::kMonth, "2026-05", "2026-05-01", "2026-05-31"},
        PeriodCase{"2024-02", Period::Kind::kMonth, "2024-02", "2024-02-01", "2024-02-29"},
        PeriodCase{"2026", Period::Kind::kYear, "2026", "2026-01-01", "2026-12-31"},
        PeriodCase{"2026-01-01..2026-03-31", Period::Kind::kRange, "2026-01-01..2026-03-31",
                   "2026-01-01", "2026-03-31"},
        // Range ends may be written the German way; the id is always ISO.
        PeriodCase{"01.03.2026..10.03.2026", Period::Kind::kRange, "2026-03-01..2026-03-10",
                   "2026-03-01", "2026-03-10"},
        PeriodCase{"2026-03-05..2026-03-05", Period::Kind::kRange, "2026-03-05..2026-03-05",
                   "2026-03-05", "2026-03-05"}));

class ParsePeriodErrorTest : public ::testing::TestWithParam<const char*> {};

TEST_P(ParsePeriodErrorTest, FailsWithUsage) {
  Result<Period> p = ParsePeriod(GetParam());
  ASSERT_FALSE(p.ok()) << GetParam();
  EXPECT_EQ(p.status().code(), Status::Code::kUsage) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(BadInputs, ParsePeriodErrorTest,
                         ::testing::Values("", "26", "2026-H3", "2026-Q0", "2026-Q5", "2026-13",
                                           "2026-00", "2026-1", "2026/H1", "2026-H1x", "H1-2026",
                                           "Sommer", "1899", "2026-01-01..", "..2026-01-31",
                                           "2026-02-30..2026-03-31", "2026-03-31..2026-01-01"));

TEST(ParsePeriodTest, UnknownFormListsTheAcceptedForms) {
  Result<Period> p = ParsePeriod("Sommer");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "unbekannter Zeitraum \"Sommer\": z. B. 2026-H1, 2026-H2, 2026-Q3, 2026-05, 2026, "
            "2026-01-01..2026-03-31, latest-half oder latest-year angeben");
}

TEST(ParsePeriodTest, ReversedRangeSaysSo) {
  Result<Period> p = ParsePeriod("2026-03-31..2026-01-01");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "Zeitraum \"2026-03-31..2026-01-01\": das Ende liegt vor dem Anfang");
}

TEST(PeriodTest, ContainsAndDays) {
  Period h1 = Parsed("2026-H1");
  EXPECT_EQ(h1.Days(), 181);
  EXPECT_TRUE(h1.Contains(Date(2026, 1, 1)));
  EXPECT_TRUE(h1.Contains(Date(2026, 6, 30)));
  EXPECT_FALSE(h1.Contains(Date(2026, 7, 1)));
  EXPECT_FALSE(h1.Contains(Date(2025, 12, 31)));
}

// ---------------------------------------------------------------- comparisons

struct CompareCase {
  const char* period;
  const char* previous;     // id of Previous()
  const char* year_before;  // id of YearBefore()
};

class PeriodCompareTest : public ::testing::TestWithParam<CompareCase> {};

TEST_P(PeriodCompareTest, PreviousAndYearBefore) {
  const CompareCase& c = GetParam();
  Period p = Parsed(c.period);
  Period prev = p.Previous();
  Period before = p.YearBefore();
  EXPECT_EQ(prev.id, c.previous);
  EXPECT_EQ(prev.kind, p.kind);
  EXPECT_EQ(before.id, c.year_before);
  EXPECT_EQ(before.kind, p.kind);
  // Both are exactly what parsing their id gives.
  Period prev_parsed = Parsed(c.previous);
  EXPECT_EQ(prev.from, prev_parsed.from);
  EXPECT_EQ(prev.to, prev_parsed.to);
  Period before_parsed = Parsed(c.year_before);
  EXPECT_EQ(before.from, before_parsed.from);
  EXPECT_EQ(before.to, before_parsed.to);
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, PeriodCompareTest,
    ::testing::Values(
        CompareCase{"2026-H1", "2025-H2", "2025-H1"},  //
        CompareCase{"2026-H2", "2026-H1", "2025-H2"},  //
        CompareCase{"2026-Q1", "2025-Q4", "2025-Q1"},  //
        CompareCase{"2026-Q3", "2026-Q2", "2025-Q3"},  //
        CompareCase{"2026-01", "2025-12", "2025-01"},  //
        CompareCase{"2026-03", "2026-02", "2025-03"},  //
        CompareCase{"2026", "2025", "2025"},           //
        // A range of 10 days: the 10 days before it.
        CompareCase{"2026-03-11..2026-03-20", "2026-03-01..2026-03-10", "2025-03-11..2025-03-20"},
        // Across a month end and a leap day.
        CompareCase{"2024-03-01..2024-03-10", "2024-02-20..2024-02-29", "2023-03-01..2023-03-10"}));

TEST(PeriodCompareTest, RangePreviousHasTheSameLength) {
  Period p = Parsed("2026-03-11..2026-03-20");
  EXPECT_EQ(p.Days(), 10);
  EXPECT_EQ(p.Previous().Days(), 10);
  EXPECT_EQ(p.Previous().to.AddDays(1), p.from);
}

TEST(HalfYearOfTest, PicksTheHalfContainingTheDay) {
  EXPECT_EQ(HalfYearOf(Date(2026, 6, 30)).id, "2026-H1");
  EXPECT_EQ(HalfYearOf(Date(2026, 7, 1)).id, "2026-H2");
}

// ---------------------------------------------------------------- labels

TEST(PeriodLabelTest, German) {
  EXPECT_EQ(Parsed("2026-H1").Label("de"), "1. Halbjahr 2026");
  EXPECT_EQ(Parsed("2026-H2").Label("de"), "2. Halbjahr 2026");
  EXPECT_EQ(Parsed("2026-Q3").Label("de"), "3. Quartal 2026");
  EXPECT_EQ(Parsed("2026-05").Label("de"), "Mai 2026");
  EXPECT_EQ(Parsed("2026-03").Label("de"), "März 2026");
  EXPECT_EQ(Parsed("2026").Label("de"), "2026");
  EXPECT_EQ(Parsed("2026-03-01..2026-03-10").Label("de"), "1. März – 10. März 2026");
}

TEST(PeriodLabelTest, English) {
  EXPECT_EQ(Parsed("2026-H1").Label("en"), "H1 2026");
  EXPECT_EQ(Parsed("2026-Q3").Label("en"), "Q3 2026");
  EXPECT_EQ(Parsed("2026-05").Label("en"), "May 2026");
}

TEST(PeriodDescribeTest, German) {
  EXPECT_EQ(Parsed("2026-H1").Describe("de"), "1. Januar – 30. Juni 2026");
  EXPECT_EQ(Parsed("2026-Q4").Describe("de"), "1. Oktober – 31. Dezember 2026");
}

TEST(PeriodDescribeTest, English) {
  EXPECT_EQ(Parsed("2026-H1").Describe("en"), "1 January – 30 June 2026");
}

TEST(PeriodDescribeTest, TheYearTwiceOnlyWhenTheEndsDiffer) {
  EXPECT_EQ(Parsed("2025-12-01..2026-01-31").Describe("de"), "1. Dezember 2025 – 31. Januar 2026");
}

TEST(LongDateTest, GermanAndEnglish) {
  EXPECT_EQ(LongDate(Date(2026, 3, 5), "de"), "5. März 2026");
  EXPECT_EQ(LongDate(Date(2026, 3, 5), "en"), "5 March 2026");
}

}  // namespace
}  // namespace ankerbericht
