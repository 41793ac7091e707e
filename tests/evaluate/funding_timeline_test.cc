#include "evaluate/funding_timeline.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

// Funding ends 31.12.2027; meetings in 2027, budget deadline 30.09.2027.
Site ExampleSite() {
  Site site;
  site.id = "ort";
  site.funding_end = Date(2027, 12, 31);
  site.budget_deadline = Date(2027, 9, 30);
  site.committee_dates = {Date(2026, 11, 10), Date(2027, 3, 15), Date(2027, 6, 14), Date(2027, 9, 20),
                          Date(2027, 11, 29)};
  return site;
}

TEST(FundingTimelineTest, ThirtyMonthsAheadTheLeadTimeIsMet) {
  // 30.06.2025 -> 31.12.2027 are 30 whole months; planning is due by 30.06.2026.
  FundingTimeline t = ComputeFundingTimeline(ExampleSite(), Date(2025, 6, 30));
  EXPECT_EQ(t.months_left, 30);
  EXPECT_EQ(*t.planning_start_due, Date(2026, 6, 30));
  EXPECT_TRUE(t.lead_time_met);
  // The last meeting before the budget deadline decides: 20.09.2027.
  EXPECT_EQ(*t.last_deciding_meeting, Date(2027, 9, 20));
  EXPECT_EQ(t.meetings_ahead.size(), 5u);
}

TEST(FundingTimelineTest, ExactlyEighteenMonthsAheadIsStillInTime) {
  FundingTimeline t = ComputeFundingTimeline(ExampleSite(), Date(2026, 6, 30));
  EXPECT_EQ(t.months_left, 18);
  EXPECT_TRUE(t.lead_time_met);
}

TEST(FundingTimelineTest, TwelveMonthsAheadTheLeadTimeIsMissed) {
  FundingTimeline t = ComputeFundingTimeline(ExampleSite(), Date(2026, 12, 31));
  EXPECT_EQ(t.months_left, 12);
  EXPECT_FALSE(t.lead_time_met);
  // The meeting of 10.11.2026 has passed; 20.09.2027 is still the last in time.
  EXPECT_EQ(t.meetings_ahead.size(), 4u);
  EXPECT_EQ(*t.last_deciding_meeting, Date(2027, 9, 20));
}

TEST(FundingTimelineTest, NoMeetingLeftBeforeTheDeadline) {
  // On 01.10.2027 the deadline has passed: only the November meeting is
  // ahead, and it is too late to decide.
  FundingTimeline t = ComputeFundingTimeline(ExampleSite(), Date(2027, 10, 1));
  EXPECT_EQ(t.months_left, 2);
  EXPECT_FALSE(t.last_deciding_meeting.has_value());
  ASSERT_EQ(t.meetings_ahead.size(), 1u);
  EXPECT_EQ(t.meetings_ahead[0], Date(2027, 11, 29));
}

TEST(FundingTimelineTest, WithoutABudgetDeadlineTheFundingEndDecides) {
  Site site = ExampleSite();
  site.budget_deadline.reset();
  FundingTimeline t = ComputeFundingTimeline(site, Date(2027, 10, 1));
  EXPECT_EQ(*t.last_deciding_meeting, Date(2027, 11, 29));
}

TEST(FundingTimelineTest, AfterTheFundingEndNoMonthsAreLeft) {
  FundingTimeline t = ComputeFundingTimeline(ExampleSite(), Date(2028, 2, 1));
  EXPECT_EQ(t.months_left, 0);
  EXPECT_FALSE(t.lead_time_met);
}

TEST(FundingTimelineTest, WithoutAFundingEndNothingIsClaimed) {
  Site site;
  FundingTimeline t = ComputeFundingTimeline(site, Date(2026, 1, 1));
  EXPECT_FALSE(t.funding_end.has_value());
  EXPECT_FALSE(t.planning_start_due.has_value());
  EXPECT_FALSE(t.last_deciding_meeting.has_value());
}

TEST(WholeMonthsBetweenTest, CountsAsAPersonWould) {
  EXPECT_EQ(WholeMonthsBetween(Date(2026, 1, 15), Date(2026, 2, 14)), 0);
  EXPECT_EQ(WholeMonthsBetween(Date(2026, 1, 15), Date(2026, 2, 15)), 1);
  EXPECT_EQ(WholeMonthsBetween(Date(2026, 1, 31), Date(2026, 2, 28)), 1);
  EXPECT_EQ(WholeMonthsBetween(Date(2026, 2, 15), Date(2026, 1, 15)), -1);
}

}  // namespace
}  // namespace ankerbericht
