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
  site.committee_dates = {Date(2026, 11, 10), Date(2027, 3, 15), Date(2027, 6, 14),
                          Date(2027, 9, 20), Date(2027, 11, 29)};
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

// The paper is for the next meeting that can still decide, unless one is
// chosen; it must be submitted vorlauf_wochen before it, and the council
// that decides after it comes from the Beratungsfolge.
TEST(FundingTimelineTest, PaperIsForTheNextDecidingMeetingAndNamesTheCouncilAfterIt) {
  Site site = ExampleSite();
  site.vorlage.vorlauf_wochen = 4;
  site.vorlage.beratungsfolge = {
      {"Ausschuss", Date(2027, 3, 15), true, "Vorberatung"},
      {"Haupt- und Finanzausschuss", Date(2027, 3, 22), true, "Vorberatung"},
      {"Rat", Date(2027, 3, 29), true, "Entscheidung"}};
  FundingTimeline t = ComputeFundingTimeline(site, Date(2026, 11, 30));
  ASSERT_TRUE(t.meeting);
  EXPECT_EQ(*t.meeting, Date(2027, 3, 15));
  EXPECT_EQ(*t.submit_by, Date(2027, 2, 15));  // four weeks before
  ASSERT_TRUE(t.next_body);
  EXPECT_EQ(t.next_body->gremium, "Rat");  // the deciding body, not the next in line

  // --meeting chooses another one, and the timeline is seen from that day.
  FundingTimeline chosen = ComputeFundingTimeline(site, Date(2027, 6, 14), Date(2027, 6, 14));
  EXPECT_EQ(*chosen.meeting, Date(2027, 6, 14));
  EXPECT_EQ(chosen.months_left, 6);
  EXPECT_FALSE(chosen.next_body);  // no body meets after it

  // Three weeks before 15.03.2027 a paper can no longer be submitted for it
  // (four weeks' lead time): the next meeting is taken.
  FundingTimeline late = ComputeFundingTimeline(site, Date(2027, 2, 22));
  EXPECT_EQ(*late.meeting, Date(2027, 6, 14));
}

TEST(FundingTimelineTest, StepsKeepTheStatusTheTeamRecorded) {
  Site site = ExampleSite();
  site.vorlage.termine = {
      {"Planung beginnen", StepKind::kPlanning, Date(2026, 6, 30), Date(2026, 5, 12)},
      {"Mietvertrag verlängern", StepKind::kLease, Date(2027, 6, 30), std::nullopt}};
  // Seen long after the lease date, the step is still "planned": nothing is
  // inferred from today's date.
  FundingTimeline t = ComputeFundingTimeline(site, Date(2027, 9, 1));
  ASSERT_EQ(t.steps.size(), 2u);
  EXPECT_FALSE(t.steps[1].erledigt_am);
  EXPECT_EQ(t.planning_started, Date(2026, 5, 12));
  // Without a recorded planning step the start is unknown, not "met".
  FundingTimeline none = ComputeFundingTimeline(ExampleSite(), Date(2025, 6, 30));
  EXPECT_FALSE(none.planning_started);
}

}  // namespace
}  // namespace ankerbericht
