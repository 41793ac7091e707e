// Targets from the configuration and the goal-area profile built from them.
#include "evaluate/targets.h"

#include <gtest/gtest.h>

#include <map>

#include "config/workspace_config.h"

namespace ankerbericht {
namespace {

Target MakeTarget(const std::string& id, std::optional<double> min, std::optional<double> max,
                  const std::string& period = "") {
  Target t;
  t.indicator = id;
  t.min = min;
  t.max = max;
  t.period = period;
  t.path = "$.sites[0].targets[0]";
  return t;
}

TEST(TargetsTest, JudgeMinAndMax) {
  Target fill = MakeTarget("events.fill_rate", 70, std::nullopt);
  EXPECT_EQ(Judge(fill, 75), TargetState::kMet);
  EXPECT_EQ(Judge(fill, 70), TargetState::kMet);   // the bound itself is met
  EXPECT_EQ(Judge(fill, 63), TargetState::kNear);  // 70 - 10 % of 70 = 63
  EXPECT_EQ(Judge(fill, 62.9), TargetState::kMissed);
  EXPECT_EQ(Judge(fill, std::nullopt), TargetState::kNoData);
  Target cancel = MakeTarget("events.cancel_rate", std::nullopt, 10);
  EXPECT_EQ(Judge(cancel, 10), TargetState::kMet);
  EXPECT_EQ(Judge(cancel, 11), TargetState::kNear);  // 10 + 10 % of 10 = 11
  EXPECT_EQ(Judge(cancel, 11.5), TargetState::kMissed);
  Target band = MakeTarget("visitors.per_open_hour", 4, 20);
  EXPECT_EQ(Judge(band, 12), TargetState::kMet);
  EXPECT_EQ(Judge(band, 21), TargetState::kNear);  // up to 22
  band.near_percent = 0;
  EXPECT_EQ(Judge(band, 21), TargetState::kMissed);
  EXPECT_STREQ(TargetStateName(TargetState::kNear), "near");
}

class TargetsSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.goal_priorities = {{"networking", 1}, {"digital_education", 2}};
    values_ = {{"events.fill_rate", 68},
               {"partners.distinct", 9},
               {"events.held", 40},
               {"events.cancel_rate", std::nullopt}};
    lookup_ = [this](const std::string& id, std::optional<double>* v) {
      auto it = values_.find(id);
      if (it == values_.end()) return false;
      *v = it->second;
      return true;
    };
    period_ = *ParsePeriod("2026-H1");
  }
  Site site_;
  std::map<std::string, std::optional<double>> values_;
  IndicatorLookup lookup_;
  Period period_;
};

TEST_F(TargetsSiteTest, PeriodTargetWinsOverTheGeneralOne) {
  site_.targets = {MakeTarget("events.held", 30, std::nullopt),
                   MakeTarget("events.held", 50, std::nullopt, "2026-H1"),
                   MakeTarget("events.fill_rate", 70, std::nullopt, "2025-H2"),  // another period
                   MakeTarget("partners.distinct", 8, std::nullopt)};
  auto r = EvaluateTargets(site_, period_, lookup_);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].target.indicator, "events.held");
  EXPECT_EQ((*r)[0].target.min, 50);  // 40 < 50 - 5: missed (the general 30 would be met)
  EXPECT_EQ((*r)[0].status, TargetState::kMissed);
  EXPECT_EQ((*r)[1].status, TargetState::kMet);  // 9 >= 8
}

TEST_F(TargetsSiteTest, UnknownIndicatorIsAConfigErrorWithThePath) {
  site_.targets = {MakeTarget("events.nope", 1, std::nullopt)};
  auto r = EvaluateTargets(site_, period_, lookup_);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kConfig);
  EXPECT_NE(r.status().message().find(
                "$.sites[0].targets[0].indicator: unbekannte Kennzahl \"events.nope\""),
            std::string::npos)
      << r.status().message();
}

TEST_F(TargetsSiteTest, GoalProfiles) {
  site_.targets = {MakeTarget("events.fill_rate", 70, std::nullopt),     // 68: near
                   MakeTarget("partners.distinct", 8, std::nullopt),     // 9: met
                   MakeTarget("events.cancel_rate", std::nullopt, 10)};  // no value
  auto targets = EvaluateTargets(site_, period_, lookup_);
  ASSERT_TRUE(targets.ok());
  std::vector<std::pair<std::string, std::vector<std::string>>> goals = {
      {"events.fill_rate", {"digital_education"}},
      {"partners.distinct", {"networking", "digital_education"}},
      {"events.cancel_rate", {"networking"}},
      {"events.held", {"digital_education"}}};
  std::vector<GoalProfile> p = GoalProfiles(site_, goals, lookup_, *targets);
  ASSERT_EQ(p.size(), 7u);  // all seven areas, in the study's order
  EXPECT_EQ(p[1].id, "digital_education");
  EXPECT_EQ(p[1].priority, 2);
  ASSERT_EQ(p[1].indicators.size(), 3u);
  // near + met (held has no target): (1 + 0.5) / 2 = 75 %
  EXPECT_EQ(p[1].met, 1);
  EXPECT_EQ(p[1].near, 1);
  EXPECT_NEAR(*p[1].score, 75, 1e-9);
  EXPECT_EQ(p[1].indicators[2].status, std::nullopt);
  // networking: partners met, cancel rate without data -> 1 / 1 = 100 %
  EXPECT_EQ(p[5].id, "networking");
  EXPECT_EQ(p[5].priority, 1);
  EXPECT_EQ(p[5].no_data, 1);
  EXPECT_NEAR(*p[5].score, 100, 1e-9);
  // economic development: no indicator here, no priority, no score
  EXPECT_EQ(p[6].priority, std::nullopt);
  EXPECT_EQ(p[6].score, std::nullopt);
}

TEST(ValidateTargetsTest, CatalogueAndItemIdsAreKnown) {
  Site site;
  site.questionnaire = {{"zufrieden", "", ScaleType::kAgree5, "", {}},
                        {"kommentar", "", ScaleType::kText, "", {}}};
  site.targets = {MakeTarget("events.fill_rate", 70, std::nullopt),
                  MakeTarget("feedback.item.zufrieden.positive_share", 80, std::nullopt)};
  EXPECT_TRUE(ValidateTargets(site).ok());
  EXPECT_FALSE(IsKnownIndicator(site, "feedback.item.kommentar.mean"));  // text has no figures
  EXPECT_FALSE(IsKnownIndicator(site, "feedback.item.nope.mean"));
  site.targets.push_back(MakeTarget("visitors.nope", 1, std::nullopt));
  Status s = ValidateTargets(site);
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("unbekannte Kennzahl \"visitors.nope\""), std::string::npos);
}

std::string ConfigWithTargets(const std::string& targets) {
  return R"({ "sites": [ { "id": "a", "name": "A", "targets": )" + targets + " } ] }";
}

TEST(TargetsConfigTest, ParsesTargets) {
  auto c =
      ParseWorkspaceConfig(ConfigWithTargets(R"([ { "indicator": "events.fill_rate", "min": 70 },
                             { "indicator": "events.cancel_rate", "max": 7.5, "period": "2026-h1", "near_percent": 5 } ])"),
                           "x.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  const std::vector<Target>& t = c->sites[0].targets;
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].min, 70);
  EXPECT_EQ(t[0].max, std::nullopt);
  EXPECT_EQ(t[0].near_percent, 10);
  EXPECT_EQ(t[1].max, 7.5);
  EXPECT_EQ(t[1].period, "2026-H1");
  EXPECT_EQ(t[1].near_percent, 5);
  EXPECT_EQ(t[1].path, "$.sites[0].targets[1]");
}

TEST(TargetsConfigTest, AgeGroupsCanBeMarkedAsTargets) {
  auto c = ParseWorkspaceConfig(
      R"({ "sites": [ { "id": "a", "name": "A", "age_groups": [ { "id": "u18", "target": true }, { "id": "65+" } ] } ] })",
      "x.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_TRUE(c->sites[0].age_groups[0].target);
  EXPECT_FALSE(c->sites[0].age_groups[1].target);
  auto bad = ParseWorkspaceConfig(
      R"({ "sites": [ { "id": "a", "name": "A", "age_groups": [ { "id": "u18", "target": "ja" } ] } ] })",
      "x.json");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(
      bad.status().message().find("$.sites[0].age_groups[0].target: muss true oder false sein"),
      std::string::npos)
      << bad.status().message();
}

TEST(TargetsConfigTest, ErrorsNameTheJsonPath) {
  struct Case {
    std::string targets, message;
  } cases[] = {
      {R"([ { "min": 1 } ])", "x.json: $.sites[0].targets[0].indicator: fehlt"},
      {R"([ { "indicator": "a" } ])",
       "x.json: $.sites[0].targets[0]: braucht \"min\" oder \"max\""},
      {R"([ { "indicator": "a", "min": 5, "max": 1 } ])",
       "x.json: $.sites[0].targets[0].max: ist kleiner"},
      {R"([ { "indicator": "a", "min": "viel" } ])",
       "x.json: $.sites[0].targets[0].min: muss eine Zahl"},
      {R"([ { "indicator": "a", "min": 1, "period": "bald" } ])",
       "x.json: $.sites[0].targets[0].period: "},
      {R"([ { "indicator": "a", "min": 1, "near_percent": 300 } ])",
       "x.json: $.sites[0].targets[0].near_percent: muss zwischen 0 und 100 liegen"},
  };
  for (const Case& c : cases) {
    auto r = ParseWorkspaceConfig(ConfigWithTargets(c.targets), "x.json");
    ASSERT_FALSE(r.ok()) << c.targets;
    EXPECT_EQ(r.status().code(), Status::Code::kConfig);
    EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace ankerbericht
