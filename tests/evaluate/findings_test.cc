// The rule that decides what a summary mentions: headline indicators with
// both changes, missed and nearly missed targets, and large moves either way.
#include "evaluate/findings.h"

#include <gtest/gtest.h>

#include <string>

namespace ankerbericht {
namespace {

class FindingsTest : public ::testing::Test {
 protected:
  void Set(const std::string& id, std::optional<double> value,
           std::optional<double> previous = std::nullopt,
           std::optional<double> year_before = std::nullopt) {
    ev_.indicators[id] = IndicatorValue{value, previous, year_before};
  }
  void AddTarget(const std::string& id, double min, TargetState status) {
    TargetResult t;
    t.target.indicator = id;
    t.target.min = min;
    t.value = ev_.indicators[id].value;
    t.status = status;
    ev_.targets.push_back(t);
  }
  const Finding* Find(const std::vector<Finding>& all, const std::string& id) {
    for (const Finding& f : all)
      if (f.indicator == id) return &f;
    return nullptr;
  }

  Evaluation ev_;
  FindingRule rule_;
};

TEST(ChangeOfTest, SharesChangeInPointsEverythingElseInPercent) {
  EXPECT_NEAR(*ChangeOf("percent", 58.2, 72.4), -14.2, 1e-9);
  EXPECT_NEAR(*ChangeOf("count", 11011, 10010), 10.0, 1e-9);
  EXPECT_NEAR(*ChangeOf("per_hour", 4.5, 5.0), -10.0, 1e-9);
  EXPECT_EQ(ChangeOf("count", 3, 0), std::nullopt);  // no percentage of nothing
  EXPECT_EQ(ChangeOf("count", 3, std::nullopt), std::nullopt);
  EXPECT_EQ(ChangeOf("percent", std::nullopt, 50), std::nullopt);
}

TEST(ChangeOfTest, LargeMeansBeyondTheThresholdInEitherDirection) {
  FindingRule rule;  // 10 % and 5 percentage points
  EXPECT_TRUE(IsLargeChange(rule, "count", -10.5));
  EXPECT_TRUE(IsLargeChange(rule, "count", 10.5));
  EXPECT_FALSE(IsLargeChange(rule, "count", 10.0));  // "more than"
  EXPECT_TRUE(IsLargeChange(rule, "percent", -5.1));
  EXPECT_FALSE(IsLargeChange(rule, "percent", 4.9));
  EXPECT_FALSE(IsLargeChange(rule, "count", std::nullopt));
}

TEST_F(FindingsTest, HeadlineIndicatorsComeFirstWithBothChanges) {
  Set("visitors.total", 11011, 10010, 9009);
  Set("events.held", 62, 60, 61);
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_EQ(f.size(), 2u);  // the other headline indicators have no value
  EXPECT_EQ(f[0].indicator, "visitors.total");
  EXPECT_TRUE(f[0].headline);
  EXPECT_NEAR(*f[0].change_previous, 10.0, 1e-9);
  EXPECT_NEAR(*f[0].change_year_before, 100.0 * 2002 / 9009, 1e-9);
  EXPECT_TRUE(f[0].large_year_before);
  EXPECT_EQ(f[1].indicator, "events.held");
  EXPECT_FALSE(f[1].large_previous);
  EXPECT_FALSE(f[1].target.has_value());
}

TEST_F(FindingsTest, MissedAndNearlyMissedTargetsAreMentionedMetOnesAreNot) {
  Set("events.fill_rate", 66, 67, 66);           // missed, hardly moved
  Set("visitors.per_open_hour", 3.9, 3.9, 3.9);  // nearly missed
  Set("partners.distinct", 12, 12, 12);          // met
  AddTarget("events.fill_rate", 70, TargetState::kMissed);
  AddTarget("visitors.per_open_hour", 4, TargetState::kNear);
  AddTarget("partners.distinct", 8, TargetState::kMet);
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].indicator, "events.fill_rate");
  EXPECT_EQ(f[0].target->status, TargetState::kMissed);
  EXPECT_EQ(f[1].indicator, "visitors.per_open_hour");
  EXPECT_EQ(f[1].target->status, TargetState::kNear);
  EXPECT_EQ(Find(f, "partners.distinct"), nullptr);
}

TEST_F(FindingsTest, LargeMovesUpAndDownAreMentionedSmallOnesNot) {
  // The sample's share from the target age groups: 72,4 -> 70,0 -> 58,2 %.
  Set("events.target_age_share", 58.2, 70.0, 72.4);
  Set("partners.new", 6, 4, 6);                 // +50 % against the previous half-year
  Set("events.fill_rate", 81.4, 79.0, 78.0);    // +2,4 and +3,4 points: no
  Set("visitors.days_without_data", 12, 2, 1);  // data quality, not a result
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_NE(Find(f, "events.target_age_share"), nullptr);
  EXPECT_TRUE(Find(f, "events.target_age_share")->large_previous);     // -11,8 points
  EXPECT_TRUE(Find(f, "events.target_age_share")->large_year_before);  // -14,2 points
  ASSERT_NE(Find(f, "partners.new"), nullptr);
  EXPECT_TRUE(Find(f, "partners.new")->large_previous);
  EXPECT_FALSE(Find(f, "partners.new")->large_year_before);  // 6 as a year before
  EXPECT_EQ(Find(f, "events.fill_rate"), nullptr);
  EXPECT_EQ(Find(f, "visitors.days_without_data"), nullptr);
}

TEST_F(FindingsTest, SumsAgainstAPeriodThePlaceWasOnlyPartlyOpenHaveNoChange) {
  // Opened 01.10.2025: the previous half-year 2025-H2 had 92 of 184 days.
  Site site;
  site.opened = Date(2025, 10, 1);
  ev_.site = &site;
  ev_.period = *ParsePeriod("2026-H1");
  ev_.previous = *ParsePeriod("2025-H2");
  ev_.year_before = *ParsePeriod("2025-H1");
  Set("visitors.total", 2580, 1320);          // +95 % from the opening alone
  Set("partners.new", 6, 2);                  // a sum too: not a large move
  Set("visitors.per_open_hour", 20.0, 15.0);  // a rate stays comparable: +33 %
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_NE(Find(f, "visitors.total"), nullptr);  // a headline indicator
  EXPECT_EQ(Find(f, "visitors.total")->previous, 1320);
  EXPECT_FALSE(Find(f, "visitors.total")->change_previous);
  EXPECT_FALSE(Find(f, "visitors.total")->large_previous);
  EXPECT_EQ(Find(f, "partners.new"), nullptr);
  ASSERT_NE(Find(f, "visitors.per_open_hour"), nullptr);
  EXPECT_TRUE(Find(f, "visitors.per_open_hour")->large_previous);
}

TEST_F(FindingsTest, AnIndicatorIsMentionedOnceWithAllItsReasons) {
  Set("feedback.recommend_rate", 79.0, 82.0, 88.0);
  AddTarget("feedback.recommend_rate", 85, TargetState::kMissed);
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].headline);
  EXPECT_TRUE(f[0].target.has_value());
  EXPECT_FALSE(f[0].large_previous);    // -3 points
  EXPECT_TRUE(f[0].large_year_before);  // -9 points
}

TEST_F(FindingsTest, WithheldIndicatorsAreNotJudgedAndItemFiguresCanBeTargets) {
  Set("feedback.recommend_rate", std::nullopt, 82.0, 88.0);  // withheld for privacy
  ev_.extra_indicators.push_back(
      {"feedback.item.zufrieden.positive_share", "percent", {78.0, 84.0, 86.0}});
  TargetResult t;
  t.target.indicator = "feedback.item.zufrieden.positive_share";
  t.target.min = 80;
  t.value = 78.0;
  t.status = TargetState::kNear;
  ev_.targets.push_back(t);
  std::vector<Finding> f = SelectFindings(ev_, rule_);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].indicator, "feedback.item.zufrieden.positive_share");
  EXPECT_EQ(f[0].unit, "percent");
  EXPECT_NEAR(*f[0].change_previous, -6.0, 1e-9);
}

}  // namespace
}  // namespace ankerbericht
