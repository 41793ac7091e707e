// How far a period's data reaches: a half-year still running, one whose
// data stops early, one that ends with a closure, and the same span of days
// in the periods it is compared with.
#include "evaluate/coverage.h"

#include <gtest/gtest.h>

#include <map>

namespace ankerbericht {
namespace {

Period Half(const std::string& id) {
  Result<Period> p = ParsePeriod(id);
  EXPECT_TRUE(p.ok());
  return p.ok() ? *p : Period{};
}

// Open Tuesday to Saturday, 14:00-18:00.
Site WeekdaySite() {
  Site site;
  site.id = "ort";
  site.opening_hours = {
      {Date(2025, 1, 1),
       {{1, 840, 1080}, {2, 840, 1080}, {3, 840, 1080}, {4, 840, 1080}, {5, 840, 1080}}}};
  return site;
}

// Visit data on every day from |from| to |to|.
std::map<Date, VisitDay> Days(Date from, Date to) {
  std::map<Date, VisitDay> days;
  for (Date d = from; d <= to; d = d.AddDays(1)) days[d] = VisitDay{10, true};
  return days;
}

TEST(CoverageTest, AHalfYearStillRunningEndsWithItsData) {
  Site site = WeekdaySite();
  // Seen on 30.11.2026, the data of the second half reaches 31.10.2026.
  Coverage c = ComputeCoverage(site, Half("2026-H2"), Days(Date(2026, 7, 1), Date(2026, 10, 31)),
                               Date(2026, 11, 30));
  EXPECT_EQ(c.state, CoverageState::kRunning);
  ASSERT_TRUE(c.data_end.has_value());
  EXPECT_EQ(*c.data_end, Date(2026, 10, 31));
  EXPECT_EQ(c.covered_to, Date(2026, 10, 31));
  EXPECT_FALSE(c.complete());
  EXPECT_STREQ(CoverageStateName(c.state), "running");
}

TEST(CoverageTest, ARunningPeriodWithoutDataReachesYesterday) {
  Coverage c = ComputeCoverage(WeekdaySite(), Half("2026-H2"), {}, Date(2026, 8, 15));
  EXPECT_EQ(c.state, CoverageState::kRunning);
  EXPECT_FALSE(c.data_end.has_value());
  EXPECT_EQ(c.covered_to, Date(2026, 8, 14));
}

TEST(CoverageTest, APastPeriodWithDataToItsLastOpenDayIsComplete) {
  Site site = WeekdaySite();
  Coverage c = ComputeCoverage(site, Half("2026-H1"), Days(Date(2026, 1, 1), Date(2026, 6, 30)),
                               Date(2026, 11, 30));
  EXPECT_TRUE(c.complete());
  EXPECT_EQ(c.covered_to, Date(2026, 6, 30));
  // A summer break over the last week of June is no missing data.
  site.closures.push_back({Date(2026, 6, 22), Date(2026, 6, 30), "Sommerpause"});
  c = ComputeCoverage(site, Half("2026-H1"), Days(Date(2026, 1, 1), Date(2026, 6, 21)),
                      Date(2026, 11, 30));
  EXPECT_TRUE(c.complete()) << CoverageStateName(c.state);
}

TEST(CoverageTest, APastPeriodWhoseDataStopsEarlySaysSo) {
  Coverage c = ComputeCoverage(WeekdaySite(), Half("2026-H1"),
                               Days(Date(2026, 1, 1), Date(2026, 5, 31)), Date(2026, 11, 30));
  EXPECT_EQ(c.state, CoverageState::kDataEndsEarly);
  EXPECT_EQ(c.covered_to, Date(2026, 5, 31));
  EXPECT_STREQ(CoverageStateName(c.state), "data_ends_early");
}

TEST(CoverageTest, APastPeriodWithoutAnyDataIsLeftToItsFigures) {
  // No visit data at all: "no data" is what every figure says already.
  Coverage c = ComputeCoverage(WeekdaySite(), Half("2025-H2"), {}, Date(2026, 11, 30));
  EXPECT_TRUE(c.complete());
}

TEST(CoverageTest, ComparisonsCoverTheSameMonthsAndDays) {
  Period h2 = Half("2026-H2");
  // To the end of October: July to October of the year before, January to
  // April of the half-year before (a month's end matches a month's end).
  Period year_before = SameSpan(h2.YearBefore(), h2, Date(2026, 10, 31));
  EXPECT_EQ(year_before.from, Date(2025, 7, 1));
  EXPECT_EQ(year_before.to, Date(2025, 10, 31));
  EXPECT_EQ(year_before.kind, Period::Kind::kRange);
  Period previous = SameSpan(h2.Previous(), h2, Date(2026, 10, 31));
  EXPECT_EQ(previous.from, Date(2026, 1, 1));
  EXPECT_EQ(previous.to, Date(2026, 4, 30));
  // Mid-month: the same day of the month.
  previous = SameSpan(h2.Previous(), h2, Date(2026, 9, 17));
  EXPECT_EQ(previous.to, Date(2026, 3, 17));
  // 30.08. in the second half is 28.02. in the first (no 30th February).
  previous = SameSpan(h2.Previous(), h2, Date(2026, 8, 30));
  EXPECT_EQ(previous.to, Date(2026, 2, 28));
  // Never beyond the compared period's own end.
  Period part = SameSpan(Half("2026-H1"), h2, Date(2026, 12, 31));
  EXPECT_EQ(part.to, Date(2026, 6, 30));
}

TEST(CoverageTest, TheCoveredPartIsADateRange) {
  Period part = CoveredPart(Half("2026-H2"), Date(2026, 10, 31));
  EXPECT_EQ(part.from, Date(2026, 7, 1));
  EXPECT_EQ(part.to, Date(2026, 10, 31));
  EXPECT_EQ(part.id, "2026-07-01..2026-10-31");
}

}  // namespace
}  // namespace ankerbericht
