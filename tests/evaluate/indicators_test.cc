// The indicator catalogue on hand-built data: every value below is worked out
// by hand in the comments, so a change in a definition shows up here.
#include "evaluate/indicators.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "evaluate/evaluation.h"
#include "evaluate/period_data.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

Period MustParsePeriod(const std::string& text) {
  Result<Period> p = ParsePeriod(text);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  return p.ok() ? *p : Period{};
}

// Open on Tuesdays 14:00-18:00 only, from 01.01.2026. A questionnaire with a
// recommendation item (yes/no).
Site TuesdaySite() {
  Site site;
  site.id = "stadtlabor";
  site.name = "Stadtlabor";
  site.opened = Date(2026, 1, 1);
  site.opening_hours = {{Date(2026, 1, 1), {{/*Tuesday*/ 1, 14 * 60, 18 * 60}}}};
  site.questionnaire = {
      {"zufrieden", "Ich bin zufrieden", ScaleType::kAgree5, "", {}},
      {"empfehlen", "Würden Sie uns weiterempfehlen?", ScaleType::kYesNo, "recommend", {}},
  };
  return site;
}

Event MakeEvent(const std::string& id, Date date, EventStatus status,
                std::optional<int64_t> participants, std::optional<int64_t> capacity,
                std::vector<std::string> partners) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = "Veranstaltung " + id;
  e.format = "Workshop";
  e.status = status;
  e.participants = participants;
  e.capacity = capacity;
  e.partners = std::move(partners);
  return e;
}

FeedbackResponse MakeFeedback(const std::string& event_id, Channel channel,
                              std::map<std::string, std::string> answers) {
  FeedbackResponse r;
  r.date = Date(2026, 3, 3);
  r.event_id = event_id;
  r.channel = channel;
  r.answers = std::move(answers);
  return r;
}

class IndicatorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_ = TuesdaySite();
    // Two weeks, Monday 02.03.2026 to Sunday 15.03.2026. Open days: Tuesday
    // 03.03. and Tuesday 10.03., 4 hours each.
    data_.site = &site_;
    data_.period = MustParsePeriod("2026-03-02..2026-03-15");

    // 03.03.: counter 40, tally 35 -> the counter wins: 40.
    // 07.03.: tally only (a Saturday event): 12.
    // 10.03.: no data at all -> a day without data.
    data_.visit_days = MergeVisitDays({{Date(2026, 3, 3), 40}},
                                      {{Date(2026, 3, 3), 35, {}}, {Date(2026, 3, 7), 12, {}}});

    data_.events = {
        // held: 10 of 20 places, partners VHS and Bibliothek
        MakeEvent("E1", Date(2026, 3, 3), EventStatus::kHeld, 10, 20, {"VHS", "Bibliothek"}),
        // held: 6 participants, no capacity given, partners VHS and Repair-Café
        MakeEvent("E2", Date(2026, 3, 7), EventStatus::kHeld, 6, std::nullopt,
                  {"VHS", "Repair-Café"}),
        // cancelled: its capacity and partner count nowhere
        MakeEvent("E3", Date(2026, 3, 12), EventStatus::kCancelled, std::nullopt, 15,
                  {"Jobcenter"}),
        // held: 4 of 10 places, no partners
        MakeEvent("E4", Date(2026, 3, 14), EventStatus::kHeld, 4, 10, {}),
    };
    data_.feedback = {
        MakeFeedback("E1", Channel::kPaper, {{"empfehlen", "ja"}, {"zufrieden", "5"}}),
        MakeFeedback("E1", Channel::kDigital, {{"empfehlen", "nein"}}),
        MakeFeedback("E2", Channel::kPaper, {{"empfehlen", "ja"}}),
        MakeFeedback("", Channel::kDigital, {{"empfehlen", "k. A."}}),  // no answer, no event
        MakeFeedback("E3", Channel::kPaper, {{"zufrieden", "4"}}),  // linked to the cancelled event
    };
    data_.votes = {{Date(2026, 3, 3), "3D-Drucker", 7},
                   {Date(2026, 3, 10), "Lasercutter", 3},
                   {Date(2026, 3, 10), "Nähmaschine", 0}};
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

TEST_F(IndicatorsTest, MergeVisitDaysCounterWins) {
  ASSERT_EQ(data_.visit_days.size(), 2u);
  EXPECT_EQ(data_.visit_days.at(Date(2026, 3, 3)).count, 40);
  EXPECT_TRUE(data_.visit_days.at(Date(2026, 3, 3)).from_counter);
  EXPECT_EQ(data_.visit_days.at(Date(2026, 3, 7)).count, 12);
  EXPECT_FALSE(data_.visit_days.at(Date(2026, 3, 7)).from_counter);
}

TEST_F(IndicatorsTest, EveryIndicator) {
  // id -> value worked out by hand (nullopt: not computable).
  const std::map<std::string, std::optional<double>> expected = {
      // 40 (03.03., counter wins over the tally's 35) + 12 (07.03., tally) = 52
      {"visitors.total", 52},
      // 52 visits / 4 opening hours: only Tuesday 03.03. is open and has data
      // (10.03. is a gap, Saturday 07.03. is closed)
      {"visitors.per_open_hour", 13},
      // two Tuesdays x 4 hours
      {"opening.hours", 8},
      {"opening.days", 2},
      // Tuesday 10.03. is open but has neither counter nor tally data
      {"visitors.days_without_data", 1},
      // E1, E2, E4 held; E3 cancelled
      {"events.held", 3},
      {"events.cancelled", 1},
      // 1 of 4 events
      {"events.cancel_rate", 25},
      // 10 + 6 + 4
      {"events.participants", 20},
      // only events with a capacity: (10 + 4) / (20 + 10)
      {"events.fill_rate", 100.0 * 14 / 30},
      {"feedback.responses", 5},
      {"feedback.responses.paper", 3},
      {"feedback.responses.digital", 2},
      // forms linked to held events with participants (E1 x2, E2 x1) = 3, per
      // participant of those events (E1 10 + E2 6 + E4 4 = 20)
      {"feedback.response_rate", 15},
      // answers ja, nein, ja ("k. A." is no answer): 2 of 3 positive
      {"feedback.recommend_rate", 100.0 * 2 / 3},
      // VHS, Bibliothek, Repair-Café (Jobcenter only took part in the cancelled event)
      {"partners.distinct", 3},
      // VHS was a partner before the period
      {"partners.new", 2},
      // 7 + 3 + 0
      {"votes.total", 10},
      // No hourly counter data in this fixture: the share outside opening
      // hours cannot be computed.
      {"visitors.outside_opening_share", std::nullopt},
      // No age group is marked as a target, no registrations, no target groups.
      {"visitors.target_age_share", std::nullopt},
      {"events.no_show_rate", std::nullopt},
      {"events.for_target_groups", std::nullopt},
      {"events.target_age_share", std::nullopt},
      // Held: E1, E2, E4; forms for E1 and E2 -> 2 of 3.
      {"events.with_feedback_share", 100.0 * 2 / 3},
      // Partners now: VHS, Bibliothek, Repair-Café; known before: VHS -> 1.
      {"partners.recurring", 1},
      {"speakers.distinct", 0},
  };
  std::map<std::string, IndicatorValue> values = ComputeIndicators(data_);
  EXPECT_EQ(values.size(), Indicators().size());
  for (const IndicatorDef& def : Indicators()) {
    SCOPED_TRACE(def.id);
    auto want = expected.find(def.id);
    ASSERT_NE(want, expected.end()) << "indicator without an expected value in this test";
    std::optional<double> got = values.at(def.id).value;
    ASSERT_EQ(got.has_value(), want->second.has_value());
    if (got) {
      EXPECT_NEAR(*got, *want->second, 1e-9);
    }
    EXPECT_FALSE(values.at(def.id).previous.has_value());
    EXPECT_FALSE(values.at(def.id).year_before.has_value());
  }
  EXPECT_EQ(expected.size(), Indicators().size());
}

TEST_F(IndicatorsTest, CatalogueIdsAreUniqueAndDocumented) {
  std::set<std::string> ids;
  for (const IndicatorDef& def : Indicators()) {
    EXPECT_TRUE(ids.insert(def.id).second) << "duplicate id " << def.id;
    EXPECT_EQ(FindIndicator(def.id), &def);
  }
  EXPECT_EQ(FindIndicator("visitors.nope"), nullptr);
}

TEST_F(IndicatorsTest, ClosureRemovesOpeningHoursAndTheDataGap) {
  // Closed on Tuesday 10.03.: one open day of 4 hours left, and no gap.
  site_.closures.push_back({Date(2026, 3, 10), Date(2026, 3, 10), "Fortbildung"});
  EXPECT_EQ(Value("opening.hours"), 4);
  EXPECT_EQ(Value("opening.days"), 1);
  EXPECT_EQ(Value("visitors.days_without_data"), 0);
  EXPECT_EQ(Value("visitors.per_open_hour"), 13);  // 52 / 4
}

TEST_F(IndicatorsTest, RatePerOpenHourCountsOnlyHoursWithData) {
  // Counter data on 10.03. too: now both Tuesdays count, 8 hours.
  data_.visit_days[Date(2026, 3, 10)] = VisitDay{28, true};
  EXPECT_EQ(Value("visitors.per_open_hour"), 10);  // (52 + 28) / 8
  // A gap does not lower the rate: without 03.03. only 10.03. divides.
  data_.visit_days.erase(Date(2026, 3, 3));
  EXPECT_EQ(Value("visitors.per_open_hour"), 10);  // (12 + 28) / 4
  EXPECT_EQ(Value("opening.hours"), 8);            // the schedule itself is unchanged
}

TEST_F(IndicatorsTest, ScheduleChangeInsideThePeriod) {
  // From Monday 09.03. also open Fridays 10:00-12:00: Friday 13.03. adds 2 hours.
  site_.opening_hours.push_back({Date(2026, 3, 9), {{1, 14 * 60, 18 * 60}, {4, 10 * 60, 12 * 60}}});
  EXPECT_EQ(OpenHours(site_, data_.period), 10);
  EXPECT_EQ(OpenDays(site_, data_.period), 3);
  EXPECT_EQ(Value("visitors.days_without_data"), 2);  // 10.03. and 13.03.
}

// ---------------------------------------------------------------- no denominator

TEST_F(IndicatorsTest, EmptyPeriodHasNoRatesButZeroCounts) {
  PeriodData empty;
  empty.site = &site_;
  empty.period = data_.period;
  std::map<std::string, IndicatorValue> v = ComputeIndicators(empty);
  // Nothing to compute from: nullopt, never a made-up 0.
  for (const char* id : {"visitors.total", "visitors.per_open_hour", "events.cancel_rate",
                         "events.fill_rate", "feedback.response_rate", "feedback.recommend_rate"}) {
    EXPECT_EQ(v.at(id).value, std::nullopt) << id;
  }
  // Counts of things that did not happen are a real 0.
  for (const char* id :
       {"events.held", "events.cancelled", "events.participants", "feedback.responses",
        "feedback.responses.paper", "feedback.responses.digital", "partners.distinct",
        "partners.new", "votes.total"}) {
    EXPECT_EQ(v.at(id).value, 0) << id;
  }
  EXPECT_EQ(v.at("opening.hours").value, 8);
  EXPECT_EQ(v.at("visitors.days_without_data").value, 2);
}

TEST_F(IndicatorsTest, PerOpenHourNeedsOpeningHours) {
  site_.opening_hours.clear();
  EXPECT_EQ(Value("visitors.total"), 52);
  EXPECT_EQ(Value("opening.hours"), 0);
  EXPECT_EQ(Value("visitors.per_open_hour"), std::nullopt);
}

TEST_F(IndicatorsTest, FillRateNeedsACapacity) {
  for (Event& e : data_.events) e.capacity.reset();
  EXPECT_EQ(Value("events.fill_rate"), std::nullopt);
}

TEST_F(IndicatorsTest, ResponseRateNeedsCountedParticipants) {
  for (Event& e : data_.events) e.participants.reset();
  EXPECT_EQ(Value("feedback.response_rate"), std::nullopt);
  EXPECT_EQ(Value("events.participants"), 0);
}

TEST_F(IndicatorsTest, RecommendRateNeedsAnAnswer) {
  for (FeedbackResponse& r : data_.feedback) r.answers["empfehlen"] = "k. A.";
  EXPECT_EQ(Value("feedback.recommend_rate"), std::nullopt);
  EXPECT_EQ(Value("feedback.responses"), 5);
}

TEST_F(IndicatorsTest, RecommendRateNeedsARecommendItem) {
  site_.questionnaire[1].role = "";
  EXPECT_EQ(Value("feedback.recommend_rate"), std::nullopt);
}

TEST_F(IndicatorsTest, RecommendRateOnAgreeScaleCountsTopTwo) {
  site_.questionnaire[1].scale = ScaleType::kAgree5;
  data_.feedback = {MakeFeedback("", Channel::kPaper, {{"empfehlen", "5"}}),
                    MakeFeedback("", Channel::kPaper, {{"empfehlen", "stimme eher zu"}}),
                    MakeFeedback("", Channel::kPaper, {{"empfehlen", "3"}}),
                    MakeFeedback("", Channel::kPaper, {{"empfehlen", "1"}})};
  EXPECT_EQ(Value("feedback.recommend_rate"), 50);  // 5 and 4 of four answers
}

TEST_F(IndicatorsTest, CancelRateWithOnlyCancelledEvents) {
  data_.events = {
      MakeEvent("E3", Date(2026, 3, 12), EventStatus::kCancelled, std::nullopt, 15, {"Jobcenter"})};
  EXPECT_EQ(Value("events.cancel_rate"), 100);
  EXPECT_EQ(Value("events.fill_rate"), std::nullopt);  // nothing held
  EXPECT_EQ(Value("partners.distinct"), 0);
}

// ---------------------------------------------------------------- MergeVisitDays

TEST(MergeVisitDaysTest, TalliesFillDaysWithoutCounter) {
  std::map<Date, VisitDay> days =
      MergeVisitDays({{Date(2026, 3, 3), 40}, {Date(2026, 3, 4), 0}},
                     {{Date(2026, 3, 4), 9, {}}, {Date(2026, 3, 5), 7, {{"u18", 2}}}});
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days.at(Date(2026, 3, 4)).count, 0);  // a counter zero is data, and it wins
  EXPECT_TRUE(days.at(Date(2026, 3, 4)).from_counter);
  EXPECT_EQ(days.at(Date(2026, 3, 5)).count, 7);
  EXPECT_FALSE(days.at(Date(2026, 3, 5)).from_counter);
}

TEST(MergeVisitDaysTest, Empty) { EXPECT_TRUE(MergeVisitDays({}, {}).empty()); }

// ---------------------------------------------------------------- VisitsByMonth

TEST(VisitsByMonthTest, OneEntryPerMonthOfThePeriod) {
  Site site = TuesdaySite();
  PeriodData data;
  data.site = &site;
  data.period = MustParsePeriod("2026-H1");
  data.visit_days =
      MergeVisitDays({{Date(2026, 1, 6), 30}, {Date(2026, 1, 13), 25}, {Date(2026, 3, 3), 0}},
                     {{Date(2026, 4, 30), 12, {}}});
  std::vector<MonthValue> months = VisitsByMonth(data);
  ASSERT_EQ(months.size(), 6u);
  for (size_t i = 0; i < months.size(); ++i)
    EXPECT_EQ(months[i].month, Date(2026, static_cast<unsigned>(i + 1), 1));
  EXPECT_EQ(months[0].value, 55);            // January: 30 + 25
  EXPECT_EQ(months[1].value, std::nullopt);  // February: no data, not 0
  EXPECT_EQ(months[2].value, 0);             // March: one day counted with 0 visitors
  EXPECT_EQ(months[3].value, 12);            // April: tally
  EXPECT_EQ(months[4].value, std::nullopt);
  EXPECT_EQ(months[5].value, std::nullopt);
}

TEST(VisitsByMonthTest, RangeAcrossMonthsStartsAtTheFirstOfTheMonth) {
  Site site = TuesdaySite();
  PeriodData data;
  data.site = &site;
  data.period = MustParsePeriod("2026-01-20..2026-03-05");
  data.visit_days = MergeVisitDays({{Date(2026, 2, 17), 8}}, {});
  std::vector<MonthValue> months = VisitsByMonth(data);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].month, Date(2026, 1, 1));
  EXPECT_EQ(months[2].month, Date(2026, 3, 1));
  EXPECT_EQ(months[0].value, std::nullopt);
  EXPECT_EQ(months[1].value, 8);
}

TEST(VisitsByMonthTest, MonthEndsDoNotSkipMonths) {
  // Stepping month by month from the first never clamps into a later month.
  Site site = TuesdaySite();
  PeriodData data;
  data.site = &site;
  data.period = MustParsePeriod("2026");
  EXPECT_EQ(VisitsByMonth(data).size(), 12u);
}

}  // namespace
// The catalogue indicators added with the evaluation engine (no-show rate,
// events with feedback, events for the target groups, recurring partners,
// speakers), and the goal areas of every catalogue entry. Expected values are
// worked out by hand in the comments.
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
