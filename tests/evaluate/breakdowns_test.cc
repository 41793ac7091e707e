// Breakdowns on hand-built data: each cell worked out by hand, cells that
// partition a total add up to it, and the privacy rule on people counts.
#include "evaluate/breakdowns.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Event MakeEvent(const std::string& id, const std::string& format, EventStatus status,
                std::optional<int64_t> participants, std::vector<std::string> groups,
                std::map<std::string, int64_t> ages = {}) {
  Event e;
  e.id = id;
  e.date = Date(2026, 3, 3);
  e.format = format;
  e.status = status;
  e.participants = participants;
  e.target_groups = std::move(groups);
  e.location = "vor Ort";
  e.age_counts = std::move(ages);
  return e;
}

FeedbackResponse Response(const std::string& event_id, Channel channel) {
  FeedbackResponse r;
  r.date = Date(2026, 3, 3);
  r.event_id = event_id;
  r.channel = channel;
  return r;
}

class BreakdownsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "s";
    site_.target_groups = {"Familien", "Senior*innen"};
    site_.age_groups = {{"u18", "unter 18"}, {"65+", "65 und älter"}};
    // Open Tuesdays 14:00-16:00.
    site_.opening_hours = {{Date(2026, 1, 1), {{1, 14 * 60, 16 * 60}}}};
    data_.site = &site_;
    data_.period = *ParsePeriod("2026-03-02..2026-03-15");
    data_.events = {
        MakeEvent("E1", "Workshop", EventStatus::kHeld, 8, {"Familien"}, {{"u18", 6}, {"65+", 2}}),
        MakeEvent("E2", "Workshop", EventStatus::kHeld, 7, {"Studierende", "Familien"}),
        MakeEvent("E3", "Vortrag", EventStatus::kHeld, 4, {"familien"}, {{"65+", 4}}),
        MakeEvent("E4", "Vortrag", EventStatus::kCancelled, std::nullopt, {"Senior*innen"}),
    };
    data_.feedback = {Response("E1", Channel::kPaper), Response("E1", Channel::kDigital),
                      Response("E3", Channel::kPaper), Response("", Channel::kPaper)};
    data_.tallies = {{Date(2026, 3, 3), 13, {{"u18", 3}, {"65+", 10}}},
                     {Date(2026, 3, 10), 6, {{"u18", 4}, {"xx", 2}}}};
    data_.counter_hours = {{Date(2026, 3, 3), 14, 10},
                           {Date(2026, 3, 3), 15, 6},
                           {Date(2026, 3, 10), 14, 4},
                           {Date(2026, 3, 4), 10, 3}};
    breakdowns_ = ComputeBreakdowns(data_);
  }

  const Breakdown& Get(const std::string& id) {
    const Breakdown* b = FindBreakdown(breakdowns_, id);
    EXPECT_NE(b, nullptr) << id;
    return *b;
  }
  static std::map<std::string, std::optional<double>> Cells(const Breakdown& b) {
    std::map<std::string, std::optional<double>> m;
    for (const Cell& c : b.cells) m[c.key] = c.value;
    return m;
  }
  static double Sum(const Breakdown& b) {
    double s = 0;
    for (const Cell& c : b.cells) s += c.value.value_or(0);
    return s;
  }

  Site site_;
  PeriodData data_;
  std::vector<Breakdown> breakdowns_;
};

TEST_F(BreakdownsTest, EventsByFormatSumToEventsHeld) {
  const Breakdown& b = Get("events.by_format");
  // held: Workshop E1, E2; Vortrag E3 (E4 cancelled)
  EXPECT_EQ(Cells(b),
            (std::map<std::string, std::optional<double>>{{"Vortrag", 1}, {"Workshop", 2}}));
  EXPECT_EQ(b.total, 3);
  EXPECT_EQ(Sum(b), *b.total);
  EXPECT_NEAR(*b.cells[1].share, 100.0 * 2 / 3, 1e-9);
}

TEST_F(BreakdownsTest, ParticipantsByFormatSumToParticipants) {
  const Breakdown& b = Get("events.participants_by_format");
  // Workshop 8 + 7 = 15, Vortrag 4; total 19
  EXPECT_EQ(Cells(b),
            (std::map<std::string, std::optional<double>>{{"Vortrag", 4}, {"Workshop", 15}}));
  EXPECT_EQ(b.total, 19);
  EXPECT_EQ(Sum(b), *b.total);
  EXPECT_TRUE(b.protect);
}

TEST_F(BreakdownsTest, TargetGroupsOverlapAndListConfiguredGroupsFirst) {
  const Breakdown& b = Get("events.by_target_group");
  EXPECT_TRUE(b.overlapping);
  ASSERT_EQ(b.cells.size(), 3u);
  // Familien: E1, E2, E3 ("familien"); Senior*innen only at the cancelled E4: 0;
  // Studierende (not configured) last: E2
  EXPECT_EQ(b.cells[0].key, "Familien");
  EXPECT_EQ(b.cells[0].value, 3);
  EXPECT_EQ(b.cells[1].key, "Senior*innen");
  EXPECT_EQ(b.cells[1].value, 0);
  EXPECT_EQ(b.cells[2].key, "Studierende");
  EXPECT_EQ(b.cells[2].value, 1);
  EXPECT_EQ(b.total, 3);            // events held, not the sum of the overlapping cells
  EXPECT_TRUE(b.cells[1].marked);   // a configured target group, even with 0 events
  EXPECT_FALSE(b.cells[2].marked);  // Studierende is not one
}

TEST_F(BreakdownsTest, ResponsesByChannelAndFormatSumToResponses) {
  const Breakdown& ch = Get("feedback.responses_by_channel");
  // paper 3, digital 1
  EXPECT_EQ(Cells(ch),
            (std::map<std::string, std::optional<double>>{{"digital", 1}, {"paper", 3}}));
  EXPECT_EQ(Sum(ch), 4);
  const Breakdown& f = Get("feedback.responses_by_format");
  // Workshop (E1) 2, Vortrag (E3) 1, not linked ("-") 1
  EXPECT_EQ(Cells(f), (std::map<std::string, std::optional<double>>{
                          {"-", 1}, {"Vortrag", 1}, {"Workshop", 2}}));
  EXPECT_EQ(Sum(f), *f.total);
}

TEST_F(BreakdownsTest, AgeGroupsFromTalliesAndEvents) {
  const Breakdown& v = Get("visitors.age_groups");
  // u18 3 + 4 = 7, 65+ 10, unknown id "xx" 2; total 19; configured groups first
  ASSERT_EQ(v.cells.size(), 3u);
  EXPECT_EQ(v.cells[0].key, "u18");
  EXPECT_EQ(v.cells[0].label, "unter 18");
  EXPECT_EQ(v.cells[0].value, 7);
  EXPECT_EQ(v.cells[1].value, 10);
  EXPECT_EQ(v.cells[2].key, "xx");
  EXPECT_EQ(v.total, 19);
  EXPECT_NEAR(*v.cells[1].share, 100.0 * 10 / 19, 1e-9);
  const Breakdown& e = Get("events.age_groups");
  // E1: u18 6, 65+ 2; E3: 65+ 4 -> u18 6, 65+ 6, total 12
  EXPECT_EQ(Cells(e), (std::map<std::string, std::optional<double>>{{"65+", 6}, {"u18", 6}}));
  EXPECT_EQ(e.total, 12);
}

TEST_F(BreakdownsTest, PrivacyHidesSmallAgeGroupsWithAComplement) {
  ProtectBreakdowns(5, &breakdowns_);
  const Breakdown& v = Get("visitors.age_groups");
  // "xx" 2 < 5 is hidden; the total 19 would give it back (19 - 7 - 10), so
  // the smallest other cell (u18, 7) is hidden too; 65+ 10 stays.
  EXPECT_EQ(v.cells[2].suppression, Suppression::kSmall);
  EXPECT_EQ(v.cells[0].suppression, Suppression::kComplementary);
  EXPECT_EQ(v.cells[1].value, 10);
  EXPECT_EQ(v.total, 19);
  // Event counts are not about people: a format with 1 event stays visible.
  EXPECT_EQ(Cells(Get("events.by_format"))["Vortrag"], 1);
  // Participants: Vortrag 4 < 5, Workshop 15 hidden as complement.
  EXPECT_EQ(Cells(Get("events.participants_by_format"))["Workshop"], std::nullopt);
}

TEST_F(BreakdownsTest, WeekdayHourMatrixOfMeanVisits) {
  const Breakdown& b = Get("visitors.by_weekday_hour");
  // Tuesdays with counter data: 03.03. and 10.03. -> 2 days
  //   Di 14: (10 + 4) / 2 = 7; Di 15: (6 + 0) / 2 = 3
  // Wednesdays with counter data: 04.03. -> 1 day: Mi 10: 3 / 1 = 3
  EXPECT_EQ(Cells(b), (std::map<std::string, std::optional<double>>{
                          {"Di 14", 7}, {"Di 15", 3}, {"Mi 10", 3}}));
  EXPECT_EQ(b.total, std::nullopt);
  EXPECT_EQ(b.cells[0].key, "Di 14");  // weekday, then hour
  EXPECT_EQ(b.marks, "open_hour");
  EXPECT_TRUE(b.cells[0].marked);   // Tuesday 14-16 is open
  EXPECT_FALSE(b.cells[2].marked);  // Wednesday is not
}

// The opening hours change in the period: Tuesdays 14-16 until 08.03.,
// from 09.03. also 10-12 (and Thursdays 16-17). An hour is averaged over the Tuesdays on which it
// was open, not over every Tuesday with counter data; a closure day counts
// for no hour.
TEST_F(BreakdownsTest, WeekdayHourMeanIsTakenOverTheDaysTheHourWasOpen) {
  site_.opening_hours = {
      {Date(2026, 1, 1), {{1, 14 * 60, 16 * 60}}},
      {Date(2026, 3, 9), {{1, 10 * 60, 12 * 60}, {1, 14 * 60, 16 * 60}, {3, 16 * 60, 17 * 60}}}};
  site_.closures = {{Date(2026, 3, 24), Date(2026, 3, 24)}};
  data_.period = *ParsePeriod("2026-03-02..2026-03-31");
  // Tuesdays 03.03. (14-16 only), 10.03., 17.03. (both slots), 24.03.
  // (closed, the counter runs), 31.03. (both slots).
  data_.counter_hours = {
      {Date(2026, 3, 3), 10, 0},  {Date(2026, 3, 3), 14, 10}, {Date(2026, 3, 10), 10, 6},
      {Date(2026, 3, 10), 14, 4}, {Date(2026, 3, 17), 10, 9}, {Date(2026, 3, 17), 14, 7},
      {Date(2026, 3, 24), 10, 0}, {Date(2026, 3, 24), 14, 0}, {Date(2026, 3, 31), 10, 12},
      {Date(2026, 3, 31), 14, 3}, {Date(2026, 3, 4), 19, 8},  {Date(2026, 3, 5), 16, 2}};
  Breakdown b = WeekdayHourMatrix(data_);
  std::map<std::string, std::optional<double>> cells = Cells(b);
  // Di 10 open on 10., 17., 31.03.: (6 + 9 + 12) / 3 = 9 (over all five
  // Tuesdays it would read 27 / 5 = 5.4).
  EXPECT_EQ(cells["Di 10"], 9);
  // Di 14 open on 03., 10., 17., 31.03.: (10 + 4 + 7 + 3) / 4 = 6.
  EXPECT_EQ(cells["Di 14"], 6);
  // Di 11 open on the same three days, nothing counted: 0, not "no data".
  EXPECT_EQ(cells["Di 11"], 0);
  // Wednesday is never open: an evening event's visits over all Wednesdays
  // with counter data (one).
  EXPECT_EQ(cells["Mi 19"], 8);
  // Thursdays 16-17 open from 09.03., counted only on 05.03., before: no
  // mean while open, not the 2 visits of a closed hour.
  EXPECT_EQ(cells.count("Do 16"), 1u);
  EXPECT_EQ(cells["Do 16"], std::nullopt);
}

TEST_F(BreakdownsTest, OpenHourWithoutAnyCounterDayHasNoMean) {
  data_.counter_hours.clear();
  Breakdown b = WeekdayHourMatrix(data_);
  // The opening hours still give the cells Di 14 and Di 15, without a value.
  ASSERT_EQ(b.cells.size(), 2u);
  EXPECT_EQ(b.cells[0].value, std::nullopt);
}

TEST(WeekdayHourOfKeyTest, ReadsTheMatrixKeysAndNothingElse) {
  // The machine keys stay German codes; the document reads them back.
  EXPECT_EQ(WeekdayHourOfKey("Mo 09"), (std::optional<std::pair<int, int>>{{0, 9}}));
  EXPECT_EQ(WeekdayHourOfKey("Di 14"), (std::optional<std::pair<int, int>>{{1, 14}}));
  EXPECT_EQ(WeekdayHourOfKey("So 23"), (std::optional<std::pair<int, int>>{{6, 23}}));
  EXPECT_EQ(WeekdayHourOfKey("Tu 14"), std::nullopt);
  EXPECT_EQ(WeekdayHourOfKey("2 14"), std::nullopt);
  EXPECT_EQ(WeekdayHourOfKey("Di 24"), std::nullopt);
  EXPECT_EQ(WeekdayHourOfKey("Di 1x"), std::nullopt);
  EXPECT_EQ(WeekdayHourOfKey(""), std::nullopt);
}

}  // namespace
}  // namespace ankerbericht
