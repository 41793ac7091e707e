// The overview's light evaluation on an in-memory store: its summed history
// gives the values the full history gives, and its figures, withheld values,
// targets, recommendation and totals are those of the full evaluation.
#include "evaluate/history_sums.h"

#include <gtest/gtest.h>

#include "evaluate/site_columns.h"
#include "store/store.h"

namespace ankerbericht {
namespace {

SourceFile File(const std::string& site, InputKind kind, const std::string& path) {
  SourceFile f;
  f.site = site;
  f.kind = kind;
  f.path = path;
  f.format = "csv";
  f.hash = site + path;
  f.encoding = "UTF-8";
  f.imported_at = "2026-07-01T10:00:00Z";
  return f;
}

VisitCount Reading(Date date, int hour, int64_t in) {
  VisitCount v;
  v.sensor = "Eingang";
  v.start = {date, hour * 60};
  v.interval_minutes = 60;
  v.in = in;
  v.line = hour + 2;
  return v;
}

Tally Sheet(Date date, int64_t count) {
  Tally t;
  t.date = date;
  t.count = count;
  return t;
}

Event MakeEvent(const std::string& id, Date date, std::optional<int64_t> participants,
                EventStatus status = EventStatus::kHeld) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = id;
  e.format = "Workshop";
  e.participants = participants;
  e.capacity = 20;
  e.status = status;
  e.partners = {"Volkshochschule"};
  return e;
}

FeedbackResponse Form(const std::string& event, Date date, const std::string& answer) {
  FeedbackResponse r;
  r.date = date;
  r.event_id = event;
  r.channel = Channel::kPaper;
  r.answers = {{"empfehlen", answer}};
  return r;
}

Site MakeSite(const std::string& id) {
  Site site;
  site.id = id;
  site.name = id;
  site.opening_hours = {{Date(2024, 1, 1), {{2, 10 * 60, 18 * 60}, {4, 10 * 60, 18 * 60}}}};
  site.questionnaire = {
      {"empfehlen", "Würden Sie uns weiterempfehlen?", ScaleType::kYesNo, "recommend", {}}};
  site.targets = {{"events.participants", 20, std::nullopt, "", 10, ""},
                  {"feedback.recommend_rate", 80, std::nullopt, "", 10, ""}};
  return site;
}

class HistorySumsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::move(*Store::Open(":memory:"));
    // a: counter and tallies since 2024-H2 (a day counted by both counts
    // once, the counter's number), a cancelled event and one without a
    // count of participants, six forms (one answer "nein").
    ImportBatch visits;
    visits.visits = {Reading(Date(2024, 9, 3), 10, 7), Reading(Date(2024, 9, 3), 11, 5),
                     Reading(Date(2025, 3, 4), 10, 3), Reading(Date(2026, 2, 3), 12, 9),
                     Reading(Date(2026, 2, 3), 19, 2)};
    ASSERT_TRUE(store_->ImportFile(File("a", InputKind::kVisits, "z.csv"), visits).ok());
    ImportBatch tallies;
    tallies.tallies = {Sheet(Date(2024, 9, 3), 40), Sheet(Date(2025, 3, 6), 11),
                       Sheet(Date(2025, 3, 6), 4), Sheet(Date(2026, 2, 5), 0)};
    ASSERT_TRUE(store_->ImportFile(File("a", InputKind::kTallies, "t.csv"), tallies).ok());
    ImportBatch events;
    events.events = {MakeEvent("A1", Date(2024, 10, 1), 12),
                     MakeEvent("A2", Date(2025, 11, 4), 9, EventStatus::kCancelled),
                     MakeEvent("A3", Date(2026, 3, 3), 14),
                     MakeEvent("A4", Date(2026, 3, 5), std::nullopt)};
    ASSERT_TRUE(store_->ImportFile(File("a", InputKind::kEvents, "e.csv"), events).ok());
    ImportBatch forms;
    for (int i = 0; i < 6; ++i)
      forms.feedback.push_back(Form("A3", Date(2026, 3, 3), i ? "ja" : "nein"));
    ASSERT_TRUE(store_->ImportFile(File("a", InputKind::kFeedback, "f.csv"), forms).ok());
    // b: tallies only, from 2025-H2; two forms (below the privacy threshold).
    ImportBatch b_tallies;
    b_tallies.tallies = {Sheet(Date(2025, 8, 5), 21), Sheet(Date(2026, 1, 6), 17)};
    ASSERT_TRUE(store_->ImportFile(File("b", InputKind::kTallies, "t.csv"), b_tallies).ok());
    ImportBatch b_events;
    b_events.events = {MakeEvent("B1", Date(2026, 1, 8), 6)};
    ASSERT_TRUE(store_->ImportFile(File("b", InputKind::kEvents, "e.csv"), b_events).ok());
    ImportBatch b_forms;
    b_forms.feedback = {Form("B1", Date(2026, 1, 8), "ja"), Form("B1", Date(2026, 1, 8), "ja")};
    ASSERT_TRUE(store_->ImportFile(File("b", InputKind::kFeedback, "f.csv"), b_forms).ok());
    // c has no data at all.
    period_ = *ParsePeriod("2026-H1");
  }

  std::vector<const Site*> Sites() const { return {&a_, &b_, &c_}; }

  Site a_ = MakeSite("a"), b_ = MakeSite("b"), c_ = MakeSite("c");
  std::unique_ptr<Store> store_;
  Period period_;
};

TEST_F(HistorySumsTest, SummedHistoryEqualsTheFullHistory) {
  auto summed = SummedHistories(store_.get(), Sites(), period_);
  ASSERT_TRUE(summed.ok()) << summed.status().ToString();
  ASSERT_EQ(3u, summed->size());
  for (size_t i = 0; i < Sites().size(); ++i) {
    const Site& site = *Sites()[i];
    SCOPED_TRACE("site " + site.id);
    auto full = History(store_.get(), site, period_, 5, false);
    ASSERT_TRUE(full.ok());
    ASSERT_EQ(full->size(), (*summed)[i].size());
    for (size_t h = 0; h < full->size(); ++h) {
      const HistoryPoint& want = (*full)[h];
      const HistoryPoint& got = (*summed)[i][h];
      SCOPED_TRACE(want.period.id);
      EXPECT_EQ(want.period.id, got.period.id);
      for (const std::string& id : SummedHistoryIndicators())
        EXPECT_EQ(want.values.at(id), got.values.at(id)) << id;
    }
  }
  // By hand: a from 2024-H2 (4 half-years), b from 2025-H2, c none.
  ASSERT_EQ(4u, (*summed)[0].size());
  EXPECT_EQ(2u, (*summed)[1].size());
  EXPECT_TRUE((*summed)[2].empty());
  // 2024-H2: the counter's 12 on 3 September, not the tallies' 40.
  EXPECT_EQ(12, (*summed)[0][0].values.at("visitors.total"));
  // 2025-H1: counter 3 plus the tallies' 11 + 4 of a day without counter.
  EXPECT_EQ(18, (*summed)[0][1].values.at("visitors.total"));
  // 2025-H2: only a cancelled event: no visit data, nothing held.
  EXPECT_EQ(std::nullopt, (*summed)[0][2].values.at("visitors.total"));
  EXPECT_EQ(0, (*summed)[0][2].values.at("events.held"));
  // 2026-H1: a tally day of 0 visits is a day with data; 14 participants of two events held.
  EXPECT_EQ(11, (*summed)[0][3].values.at("visitors.total"));
  EXPECT_EQ(2, (*summed)[0][3].values.at("events.held"));
  EXPECT_EQ(14, (*summed)[0][3].values.at("events.participants"));
  EXPECT_EQ(6, (*summed)[0][3].values.at("feedback.responses"));
}

TEST_F(HistorySumsTest, LightEvaluationShowsTheFullFigures) {
  EvaluateOptions full;
  full.history = true;
  full.today = Date(2026, 11, 21);
  EvaluateOptions light = full;
  light.light = true;
  auto want = EvaluateSites(store_.get(), Sites(), period_, full);
  auto got = EvaluateSites(store_.get(), Sites(), period_, light);
  ASSERT_TRUE(want.ok() && got.ok());
  EXPECT_EQ(want->total, got->total);
  EXPECT_EQ(want->total_withheld, got->total_withheld);
  for (size_t i = 0; i < want->sites.size(); ++i) {
    const Evaluation& w = want->sites[i];
    const Evaluation& g = got->sites[i];
    SCOPED_TRACE("site " + w.site->id);
    for (const auto& [id, v] : w.indicators) EXPECT_EQ(v.value, g.indicators.at(id).value) << id;
    EXPECT_EQ(w.withheld, g.withheld);
    ASSERT_EQ(w.targets.size(), g.targets.size());
    for (size_t t = 0; t < w.targets.size(); ++t) {
      EXPECT_EQ(w.targets[t].value, g.targets[t].value);
      EXPECT_EQ(w.targets[t].status, g.targets[t].status);
    }
    ASSERT_EQ(w.items.size(), g.items.size());
    for (size_t t = 0; t < w.items.size(); ++t) {
      EXPECT_EQ(w.items[t].all.n, g.items[t].all.n);
      EXPECT_EQ(w.items[t].all.positive_share, g.items[t].all.positive_share);
      EXPECT_EQ(w.items[t].all.positive_low, g.items[t].all.positive_low);
      EXPECT_EQ(w.items[t].all.positive_high, g.items[t].all.positive_high);
    }
    ASSERT_EQ(w.history.size(), g.history.size());
    for (size_t h = 0; h < w.history.size(); ++h)
      for (const std::string& id : SummedHistoryIndicators())
        EXPECT_EQ(w.history[h].values.at(id), g.history[h].values.at(id)) << id;
  }
}

TEST_F(HistorySumsTest, TheUnfinishedHalfYearCountsItsCoveredDaysAsTheFullHistory) {
  EvaluateOptions full;
  full.history = true;
  full.today = Date(2026, 4, 1);  // 2026-H1 not over yet
  EvaluateOptions light = full;
  light.light = true;
  auto want = EvaluateSites(store_.get(), Sites(), period_, full);
  auto got = EvaluateSites(store_.get(), Sites(), period_, light);
  ASSERT_TRUE(want.ok() && got.ok());
  ASSERT_FALSE(want->sites[0].coverage.complete());
  for (size_t i = 0; i < want->sites.size(); ++i) {
    ASSERT_EQ(want->sites[i].history.size(), got->sites[i].history.size());
    if (want->sites[i].history.empty()) continue;
    for (const std::string& id : SummedHistoryIndicators())
      EXPECT_EQ(want->sites[i].history.back().values.at(id),
                got->sites[i].history.back().values.at(id))
          << id;
  }
}

}  // namespace
}  // namespace ankerbericht
