// Evidence per goal area over the whole funding period: each indicator
// under its own area only, development from the first to the latest
// half-year, sums for counts, and themes only where the team assigned them.
#include "evaluate/goal_evidence.h"

#include <gtest/gtest.h>

#include "evaluate/evaluation.h"

namespace ankerbericht {
namespace {

HistoryPoint Half(const std::string& id, std::map<std::string, std::optional<double>> values) {
  Result<Period> p = ParsePeriod(id);
  EXPECT_TRUE(p.ok()) << id;
  return HistoryPoint{*p, std::move(values)};
}

const AreaEvidence& Area(const std::vector<AreaEvidence>& all, const std::string& id) {
  for (const AreaEvidence& a : all)
    if (a.id == id) return a;
  static AreaEvidence none;
  ADD_FAILURE() << "no area " << id;
  return none;
}

std::vector<std::string> Ids(const AreaEvidence& a) {
  std::vector<std::string> ids;
  for (const AreaIndicator& i : a.indicators) ids.push_back(i.id);
  return ids;
}

TEST(EvidenceAreasTest, AnIndicatorCountsForItsFirstAreaUnlessConfigured) {
  Site site;
  CustomIndicator custom;
  custom.id = "custom.gruendung";
  custom.goals = {"economic_development"};
  site.custom_indicators = {custom};
  site.evidence_indicators["events.fill_rate"] = {"digital_education", "craft_education"};
  auto areas = EvidenceAreas(
      site, {{"events.held", {"digital_education", "craft_education", "smart_city_information"}},
             {"events.fill_rate", {"digital_education", "craft_education"}},
             {"partners.distinct", {"networking", "economic_development"}},
             {"custom.gruendung", {}},
             {"visitors.days_without_data", {}}});
  ASSERT_EQ(areas.size(), 4u);  // data-quality figures are evidence for nothing
  EXPECT_EQ(areas[0].second, std::vector<std::string>{"digital_education"});
  EXPECT_EQ(areas[1].second.size(), 2u);
  EXPECT_EQ(areas[2].second, std::vector<std::string>{"networking"});
  EXPECT_EQ(areas[3].second, std::vector<std::string>{"economic_development"});
}

TEST(GoalEvidenceTest, WholePeriodPerAreaWithOwnEvidenceOnly) {
  Site site;
  site.goal_priorities["networking"] = 2;
  site.evidence_themes["senioren"] = {"social_aspects"};
  std::vector<HistoryPoint> history = {
      Half("2025-H1", {{"events.held", 40}, {"partners.distinct", 5}}),
      Half("2025-H2", {{"events.held", 60}, {"partners.distinct", 8}, {"events.fill_rate", 65}}),
      Half("2026-H1", {{"events.held", 72}, {"partners.distinct", 11}, {"events.fill_rate", 68.3}}),
  };
  TargetResult fill;
  fill.target.indicator = "events.fill_rate";
  fill.value = 68.3;
  fill.status = TargetState::kNear;
  Qualitative q;
  q.themes.themes = {ThemeCount{"senioren", "Seniorinnen und Senioren", 12, 3, {}},
                     ThemeCount{"technik", "Technik", 9, 0, {}}};
  q.quotes["senioren"] = {SelectedQuote{"a1b2c3d4", "Endlich erklärt mir das jemand.",
                                        Date(2026, 3, 1), "Teilnehmerin", false}};
  auto areas = EvidenceAreas(site, {{"events.held", {"digital_education", "craft_education"}},
                                    {"events.fill_rate", {"digital_education"}},
                                    {"partners.distinct", {"networking", "economic_development"}}});
  std::map<std::string, std::string> units = {
      {"events.held", "count"}, {"events.fill_rate", "percent"}, {"partners.distinct", "count"}};
  // The cumulative reach: events add up, partners are counted as different
  // ones since the start (11 of them, not 5 + 8 + 11).
  std::map<std::string, std::optional<double>> since_start = {{"events.held", 172},
                                                              {"partners.distinct", 11}};
  std::vector<AreaEvidence> all =
      CollectGoalEvidence(site, areas, units, history, since_start, {fill}, q);
  ASSERT_EQ(all.size(), 7u);

  const AreaEvidence& education = Area(all, "digital_education");
  // The indicator with a target first.
  EXPECT_EQ(Ids(education), (std::vector<std::string>{"events.fill_rate", "events.held"}));
  const AreaIndicator& held = education.indicators[1];
  EXPECT_EQ(held.first_period->id, "2025-H1");
  EXPECT_EQ(held.first, 40);
  EXPECT_EQ(held.last, 72);
  EXPECT_EQ(held.total, 172);
  const AreaIndicator& rate = education.indicators[0];
  EXPECT_EQ(rate.first_period->id, "2025-H2");  // the first half-year with a value
  EXPECT_FALSE(rate.total);                     // rates do not add up
  EXPECT_EQ(education.near, 1);

  EXPECT_EQ(Ids(Area(all, "networking")), std::vector<std::string>{"partners.distinct"});
  EXPECT_EQ(Area(all, "networking").indicators[0].total, 11);
  EXPECT_EQ(*Area(all, "networking").priority, 2);
  // Partners are no evidence of economic development unless the team says so.
  EXPECT_TRUE(Area(all, "economic_development").empty());
  EXPECT_TRUE(Area(all, "craft_education").empty());
  // Themes go where the team assigned them; unassigned ones go nowhere.
  const AreaEvidence& social = Area(all, "social_aspects");
  ASSERT_EQ(social.themes.size(), 1u);
  EXPECT_EQ(social.themes[0].mentions, 15);
  ASSERT_EQ(social.themes[0].quotes.size(), 1u);
  for (const AreaEvidence& a : all)
    for (const AreaTheme& t : a.themes) EXPECT_NE(t.id, "technik");
}

}  // namespace
}  // namespace ankerbericht
