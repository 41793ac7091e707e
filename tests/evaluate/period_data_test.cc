#include "evaluate/period_data.h"

#include <gtest/gtest.h>

#include <vector>

#include "test_util.h"

namespace ankerbericht {
namespace {

// Open Monday to Friday from 05.01.2026 (a Monday).
Site WeekdaySite() {
  Site site;
  site.id = "ort";
  site.opening_hours = {
      {Date(2026, 1, 5),
       {{0, 600, 960}, {1, 600, 960}, {2, 600, 960}, {3, 600, 960}, {4, 600, 960}}}};
  return site;
}

// Two weeks (05.01. to 18.01.2026) with visitor counts on |days|.
PeriodData TwoWeeks(const Site& site, const std::vector<Date>& days) {
  PeriodData d;
  d.site = &site;
  d.period = MakeRange(Date(2026, 1, 5), Date(2026, 1, 18));
  for (const Date& day : days) d.visit_days[day] = VisitDay{10, true};
  return d;
}

TEST(DaysWithoutDataTest, OpenDaysWithoutCountsInDateOrder) {
  const Site site = WeekdaySite();
  // Counts on Monday to Wednesday of the first week and on Monday of the
  // second; the weekend is closed and no gap.
  const PeriodData d = TwoWeeks(site, {Date(2026, 1, 5), Date(2026, 1, 6), Date(2026, 1, 7),
                                       Date(2026, 1, 12), Date(2026, 1, 17)});
  EXPECT_EQ(DaysWithoutData(d),
            (std::vector<Date>{Date(2026, 1, 8), Date(2026, 1, 9), Date(2026, 1, 13),
                               Date(2026, 1, 14), Date(2026, 1, 15), Date(2026, 1, 16)}));
}

TEST(DaysWithoutDataTest, OnlyUpToTheLastDayAsked) {
  const Site site = WeekdaySite();
  const PeriodData d = TwoWeeks(site, {Date(2026, 1, 5)});
  EXPECT_EQ(DaysWithoutData(d, Date(2026, 1, 7)),
            (std::vector<Date>{Date(2026, 1, 6), Date(2026, 1, 7)}));
  // A last day beyond the period stops at its end.
  EXPECT_EQ(DaysWithoutData(d, Date(2026, 12, 31)), DaysWithoutData(d));
  EXPECT_EQ(DaysWithoutData(d).size(), 9u);
}

}  // namespace
}  // namespace ankerbericht
