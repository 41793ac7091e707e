// Which comparison periods are a fair basis for a change: a place that
// opened in the middle of one had fewer days to gather its sums.
#include "evaluate/comparison_basis.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Site OpenedOn(std::optional<Date> opened) {
  Site site;
  site.id = "neu";
  site.opened = opened;
  return site;
}

Period Half(const std::string& id) { return *ParsePeriod(id); }

TEST(PartlyOpen, APlaceOpenedInTheHalfYearWasOpenFromThatDayToItsEnd) {
  // 01.10.2025 .. 31.12.2025: 31 + 30 + 31 = 92 of 184 days.
  std::optional<PartOpening> part = PartlyOpen(OpenedOn(Date(2025, 10, 1)), Half("2025-H2"));
  ASSERT_TRUE(part);
  EXPECT_EQ(part->opened, Date(2025, 10, 1));
  EXPECT_EQ(part->open_days, 92);
  EXPECT_EQ(part->period_days, 184);
  // The last day of the half-year: one day of 181.
  part = PartlyOpen(OpenedOn(Date(2025, 6, 30)), Half("2025-H1"));
  ASSERT_TRUE(part);
  EXPECT_EQ(part->open_days, 1);
  EXPECT_EQ(part->period_days, 181);
}

TEST(PartlyOpen, WholePeriodsAndPeriodsBeforeTheOpeningAreNotPartial) {
  EXPECT_FALSE(PartlyOpen(OpenedOn(Date(2025, 7, 1)), Half("2025-H2")));  // its first day
  EXPECT_FALSE(PartlyOpen(OpenedOn(Date(2024, 3, 1)), Half("2025-H2")));
  EXPECT_FALSE(PartlyOpen(OpenedOn(Date(2026, 1, 1)), Half("2025-H2")));  // not open at all
  EXPECT_FALSE(PartlyOpen(OpenedOn(std::nullopt), Half("2025-H2")));
}

TEST(Comparable, SumsAgainstAPartlyOpenPeriodAreNotRatesAndSharesAre) {
  Site site = OpenedOn(Date(2025, 10, 1));
  for (const char* unit : {"count", "hours", "days"}) {
    EXPECT_FALSE(Comparable(site, "visitors.total", unit, Half("2025-H2"))) << unit;
    EXPECT_TRUE(Comparable(site, "visitors.total", unit, Half("2026-H1"))) << unit;
  }
  for (const char* unit : {"per_hour", "percent", "mean"})
    EXPECT_TRUE(Comparable(site, "visitors.per_open_hour", unit, Half("2025-H2"))) << unit;
}

TEST(NotYetOpen, APeriodThatEndedBeforeTheOpeningDayHoldsNothing) {
  EXPECT_TRUE(NotYetOpen(OpenedOn(Date(2025, 9, 1)), Half("2025-H1")));
  EXPECT_TRUE(NotYetOpen(OpenedOn(Date(2025, 1, 1)), *ParsePeriod("2024")));
  EXPECT_FALSE(NotYetOpen(OpenedOn(Date(2025, 6, 30)), Half("2025-H1")));  // its last day
  EXPECT_FALSE(NotYetOpen(OpenedOn(Date(2025, 9, 1)), Half("2025-H2")));
  EXPECT_FALSE(NotYetOpen(OpenedOn(std::nullopt), Half("2025-H1")));
}

TEST(Comparable, NothingIsComparedWithAPeriodBeforeThePlaceOpened) {
  // The Stadtlabor opened 01.01.2025: 2024 is no comparison, for any unit.
  Site site = OpenedOn(Date(2025, 1, 1));
  for (const char* unit : {"count", "hours", "days", "per_hour", "percent", "mean"})
    EXPECT_FALSE(Comparable(site, "visitors.total", unit, *ParsePeriod("2024"))) << unit;
  EXPECT_TRUE(Comparable(site, "visitors.total", "count", *ParsePeriod("2025")));
}

TEST(Comparable, NewAndRecurringPartnersAreNotComparedWithTheOpeningPeriod) {
  // Opened on the first day of 2025-H1: a whole half-year, but every partner
  // in it was new by definition.
  Site site = OpenedOn(Date(2025, 1, 1));
  EXPECT_TRUE(OpenedIn(site, Half("2025-H1")));
  EXPECT_FALSE(OpenedIn(site, Half("2025-H2")));
  for (const char* id : {"partners.new", "partners.recurring"}) {
    EXPECT_FALSE(Comparable(site, id, "count", Half("2025-H1"))) << id;
    EXPECT_TRUE(Comparable(site, id, "count", Half("2025-H2"))) << id;
  }
  EXPECT_TRUE(Comparable(site, "partners.distinct", "count", Half("2025-H1")));
  EXPECT_TRUE(Comparable(OpenedOn(std::nullopt), "partners.new", "count", Half("2025-H1")));
}

}  // namespace
}  // namespace ankerbericht
