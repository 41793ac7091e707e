// The catalogue indicators added with the evaluation engine (no-show rate,
// events with feedback, events for the target groups, recurring partners,
// speakers), and the goal areas of every catalogue entry. Expected values are
// worked out by hand in the comments.
#include <gtest/gtest.h>

#include <set>

#include "evaluate/indicators.h"
#include "evaluate/period_data.h"

namespace ankerbericht {
namespace {

Event MakeEvent(const std::string& id, EventStatus status, std::optional<int64_t> registrations,
                std::optional<int64_t> participants, std::vector<std::string> speakers,
                std::vector<std::string> partners, std::vector<std::string> groups) {
  Event e;
  e.id = id;
  e.date = Date(2026, 3, 3);
  e.format = "Workshop";
  e.status = status;
  e.registrations = registrations;
  e.participants = participants;
  e.speakers = std::move(speakers);
  e.partners = std::move(partners);
  e.target_groups = std::move(groups);
  return e;
}

FeedbackResponse Linked(const std::string& event_id) {
  FeedbackResponse r;
  r.date = Date(2026, 3, 3);
  r.event_id = event_id;
  return r;
}

class EngineIndicatorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "s";
    site_.target_groups = {"Familien", "Senior*innen"};
    data_.site = &site_;
    data_.period = *ParsePeriod("2026-03");
    data_.events = {
        // 10 registered, 8 came: 2 no-shows
        MakeEvent("E1", EventStatus::kHeld, 10, 8, {"Ada"}, {"VHS"}, {"Familien"}),
        // 5 registered, 7 came (walk-ins): 0 no-shows, not -2
        MakeEvent("E2", EventStatus::kHeld, 5, 7, {"Ada", "Bo"}, {"Bibliothek"}, {"Studierende"}),
        // no registrations: left out of the no-show rate; "familien" is "Familien"
        MakeEvent("E3", EventStatus::kHeld, std::nullopt, 4, {}, {}, {"familien"}),
        // cancelled: counts nowhere below
        MakeEvent("E4", EventStatus::kCancelled, 6, std::nullopt, {"Cy"}, {"Jobcenter"},
                  {"Familien"}),
    };
    data_.feedback = {Linked("E1"), Linked("E1"), Linked("E3"), Linked("E4"), Linked("")};
    data_.partners_before = {"VHS"};
  }

  std::optional<double> Value(const std::string& id) const {
    const IndicatorDef* def = FindIndicator(id);
    EXPECT_NE(def, nullptr) << id;
    return def ? def->compute(data_) : std::nullopt;
  }

  Site site_;
  PeriodData data_;
};

TEST_F(EngineIndicatorsTest, NoShowRate) {
  // (2 + 0) no-shows / (10 + 5) registrations
  EXPECT_NEAR(*Value("events.no_show_rate"), 100.0 * 2 / 15, 1e-9);
  for (Event& e : data_.events) e.registrations.reset();
  EXPECT_EQ(Value("events.no_show_rate"), std::nullopt);  // nothing registered: no rate
}

TEST_F(EngineIndicatorsTest, ShareOfEventsWithFeedback) {
  // held: E1, E2, E3; with a linked form: E1, E3 (E4 is cancelled) -> 2 of 3
  EXPECT_NEAR(*Value("events.with_feedback_share"), 100.0 * 2 / 3, 1e-9);
  data_.events.resize(0);
  EXPECT_EQ(Value("events.with_feedback_share"), std::nullopt);
}

TEST_F(EngineIndicatorsTest, EventsForTheTargetGroups) {
  // E1 (Familien) and E3 (familien) name a site target group, E2 does not: 2 of 3
  EXPECT_NEAR(*Value("events.for_target_groups"), 100.0 * 2 / 3, 1e-9);
  site_.target_groups.clear();
  EXPECT_EQ(Value("events.for_target_groups"), std::nullopt);
}

TEST_F(EngineIndicatorsTest, PartnersNewAndRecurringAddUpToDistinct) {
  // partners of held events: VHS (known before) and Bibliothek (new)
  EXPECT_EQ(Value("partners.distinct"), 2);
  EXPECT_EQ(Value("partners.new"), 1);
  EXPECT_EQ(Value("partners.recurring"), 1);
}

TEST_F(EngineIndicatorsTest, DistinctSpeakersOfEventsHeld) {
  // Ada (twice) and Bo; Cy only spoke at the cancelled event
  EXPECT_EQ(Value("speakers.distinct"), 2);
}

TEST_F(EngineIndicatorsTest, VisitsOutsideOpeningHours) {
  EXPECT_EQ(Value("visitors.outside_opening_share"), std::nullopt);  // no counter hours
  // Open Tuesdays 14:00-16:00.
  site_.opening_hours = {{Date(2026, 1, 1), {{1, 14 * 60, 16 * 60}}}};
  data_.counter_hours = {{Date(2026, 3, 3), 13, 2},   // Tuesday before opening: outside
                         {Date(2026, 3, 3), 14, 10},  // inside
                         {Date(2026, 3, 3), 15, 5},   // inside
                         {Date(2026, 3, 3), 16, 3},   // 16:00-17:00 starts at closing: outside
                         {Date(2026, 3, 4), 10, 4}};  // Wednesday, closed: outside
  // outside 2 + 3 + 4 = 9 of 24 visits
  EXPECT_NEAR(*Value("visitors.outside_opening_share"), 100.0 * 9 / 24, 1e-9);
  // A closure on 03.03. puts every visit outside.
  site_.closures.push_back({Date(2026, 3, 3), Date(2026, 3, 3), "Klausur"});
  EXPECT_NEAR(*Value("visitors.outside_opening_share"), 100, 1e-9);
}

TEST_F(EngineIndicatorsTest, TargetAgeShares) {
  site_.age_groups = {{"u18", "unter 18", true}, {"30-64", "30–64", false}, {"65+", "65+", true}};
  data_.tallies = {{Date(2026, 3, 3), 20, {{"u18", 3}, {"30-64", 10}, {"65+", 5}}},
                   {Date(2026, 3, 10), 4, {{"30-64", 2}}}};
  // tallies: target groups 3 + 5 = 8 of 3 + 10 + 5 + 2 = 20 counted by age
  EXPECT_NEAR(*Value("visitors.target_age_share"), 40, 1e-9);
  data_.events[0].age_counts = {{"u18", 6}, {"30-64", 2}};
  data_.events[3].age_counts = {{"65+", 9}};  // cancelled: not counted
  // events held: 6 of 6 + 2 = 8
  EXPECT_NEAR(*Value("events.target_age_share"), 75, 1e-9);
  data_.tallies.clear();
  EXPECT_EQ(Value("visitors.target_age_share"), std::nullopt);  // nothing counted by age
  for (AgeGroup& g : site_.age_groups) g.target = false;
  EXPECT_EQ(Value("events.target_age_share"), std::nullopt);  // no target age group
}

TEST(IndicatorGoalsTest, EveryGoalIdIsAKnownGoalArea) {
  std::set<std::string> known;
  for (const GoalArea& g : GoalAreas()) known.insert(g.id);
  std::set<std::string> covered;
  for (const IndicatorDef& def : Indicators()) {
    for (const std::string& g : def.goals) {
      EXPECT_TRUE(known.count(g)) << def.id << ": " << g;
      covered.insert(g);
    }
  }
  // Each of the seven goal areas has at least one indicator speaking to it.
  EXPECT_EQ(covered, known);
}

}  // namespace
}  // namespace ankerbericht
