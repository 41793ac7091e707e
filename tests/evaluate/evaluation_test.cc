// The engine end to end on an in-memory store: privacy applied by default and
// not with `internal`, per-item indicators with comparisons, targets, goal
// profiles and the half-year history.
#include "evaluate/evaluation.h"

#include <gtest/gtest.h>

#include "store/store.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

SourceFile File(InputKind kind, const std::string& path) {
  SourceFile f;
  f.site = "s";
  f.kind = kind;
  f.path = path;
  f.format = "csv";
  f.hash = path;
  f.encoding = "UTF-8";
  f.imported_at = "2026-07-01T10:00:00Z";
  return f;
}

Event MakeEvent(const std::string& id, Date date, const std::string& format, int64_t participants) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = id;
  e.format = format;
  e.participants = participants;
  e.capacity = 20;
  e.speakers = {"Ada"};
  return e;
}

FeedbackResponse Form(const std::string& event, Date date, Channel channel, const std::string& z) {
  FeedbackResponse r;
  r.date = date;
  r.event_id = event;
  r.channel = channel;
  r.answers = {{"zufrieden", z}};
  return r;
}

class EvaluationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "s";
    site_.name = "S";
    site_.opening_hours = {{Date(2025, 1, 1), {{1, 14 * 60, 18 * 60}}}};
    site_.questionnaire = {{"zufrieden", "Zufrieden", ScaleType::kAgree5, "", {}}};
    site_.goal_priorities = {{"citizen_proximity", 1}};
    store_ = std::move(*Store::Open(":memory:"));
    // 2025-H2: one event with 2 forms. 2026-H1: two events, 7 forms: paper 6, digital 1.
    ImportBatch events;
    events.events = {MakeEvent("A", Date(2025, 9, 2), "Workshop", 10),
                     MakeEvent("B", Date(2026, 3, 3), "Workshop", 12),
                     MakeEvent("C", Date(2026, 3, 10), "Vortrag", 8)};
    ASSERT_TRUE(store_->ImportFile(File(InputKind::kEvents, "e.csv"), events).ok());
    ImportBatch forms;
    const Channel P = Channel::kPaper;
    forms.feedback = {Form("A", Date(2025, 9, 2), P, "5"),
                      Form("A", Date(2025, 9, 2), P, "3"),
                      Form("B", Date(2026, 3, 3), P, "5"),
                      Form("B", Date(2026, 3, 3), P, "4"),
                      Form("B", Date(2026, 3, 3), P, "4"),
                      Form("B", Date(2026, 3, 3), P, "4"),
                      Form("C", Date(2026, 3, 10), P, "2"),
                      Form("C", Date(2026, 3, 10), P, "5"),
                      Form("C", Date(2026, 3, 10), Channel::kDigital, "5")};
    ASSERT_TRUE(store_->ImportFile(File(InputKind::kFeedback, "f.csv"), forms).ok());
    period_ = *ParsePeriod("2026-H1");
  }

  const ExtraIndicator* Extra(const Evaluation& ev, const std::string& id) {
    for (const ExtraIndicator& e : ev.extra_indicators)
      if (e.id == id) return &e;
    return nullptr;
  }

  Site site_;
  std::unique_ptr<Store> store_;
  Period period_;
};

TEST_F(EvaluationTest, PublicFiguresHideSmallCountsInternalOnesDoNot) {
  EvaluateOptions options;
  auto pub = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(pub.ok()) << pub.status().ToString();
  EXPECT_FALSE(pub->internal);
  // 7 forms: paper 6, digital 1. Digital 1 < 5; 7 - 6 would give it back, so
  // paper is hidden too; the catalogue's channel counts follow the breakdown.
  EXPECT_EQ(pub->indicators.at("feedback.responses").value, 7);
  EXPECT_EQ(pub->indicators.at("feedback.responses.digital").value, std::nullopt);
  EXPECT_EQ(pub->withheld.at("feedback.responses.digital"), "< 5");
  EXPECT_EQ(pub->withheld.at("feedback.responses.paper"), "x");
  // zufrieden 5, 4, 4, 4, 2, 5, 5: n 7, mean 29 / 7, positive 6 of 7
  EXPECT_EQ(Extra(*pub, "feedback.item.zufrieden.n")->value.value, 7);
  // published with the one decimal the documents print: 4.142… -> 4.1
  EXPECT_NEAR(*Extra(*pub, "feedback.item.zufrieden.mean")->value.value, 4.1, 1e-9);
  EXPECT_NEAR(*Extra(*pub, "feedback.item.zufrieden.positive_share")->value.value, 600.0 / 7, 1e-9);
  // Ada has 7 answers >= 5: she is listed; the formats (4 and 3) are withheld.
  EXPECT_EQ(pub->items[0].by_speaker.count("Ada"), 1u);
  EXPECT_TRUE(pub->items[0].by_format.at("Vortrag").withheld);

  options.internal = true;
  auto raw = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(raw.ok());
  EXPECT_TRUE(raw->internal);
  EXPECT_EQ(raw->indicators.at("feedback.responses.digital").value, 1);
  EXPECT_TRUE(raw->withheld.empty());
  EXPECT_NEAR(*raw->items[0].by_format.at("Vortrag").mean, 4, 1e-9);  // (2 + 5 + 5) / 3
}

// The list of events shows each event's participants beside the total per
// format: one Workshop of 3 next to two shown would come back as the total
// minus those two, so the public evaluation withholds a second one. The
// internal evaluation withholds nothing.
TEST_F(EvaluationTest, EventCountsAreProtectedAgainstTheFormatTotal) {
  ImportBatch more;
  more.events = {MakeEvent("D", Date(2026, 4, 7), "Workshop", 3),
                 MakeEvent("E", Date(2026, 5, 5), "Workshop", 20)};
  ASSERT_TRUE(store_->ImportFile(File(InputKind::kEvents, "e2.csv"), more).ok());
  EvaluateOptions options;
  auto pub = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(pub.ok()) << pub.status().ToString();
  // B Workshop 12, C Vortrag 8, D Workshop 3, E Workshop 20: Workshop 35 is shown.
  ASSERT_EQ(pub->data.events.size(), 4u);
  const Breakdown* by_format = FindBreakdown(pub->breakdowns, "events.participants_by_format");
  ASSERT_NE(by_format, nullptr);
  EXPECT_EQ(by_format->cells.at(1).key, "Workshop");
  EXPECT_EQ(by_format->cells.at(1).value, 35);
  EXPECT_EQ(pub->event_participants,
            (std::vector<Suppression>{Suppression::kComplementary, Suppression::kNone,
                                      Suppression::kSmall, Suppression::kNone}));

  options.internal = true;
  auto raw = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(raw.ok());
  EXPECT_TRUE(raw->event_participants.empty());
  EXPECT_TRUE(raw->withheld.empty());
  EXPECT_EQ(raw->data.events.at(2).participants, 3);
}

// The number of speakers is a count of people: Ada alone gave every event, and
// "Referierende: 1" would point to her as the stated rule says it does not.
TEST_F(EvaluationTest, ASmallNumberOfSpeakersIsShownAsLessThanK) {
  EvaluateOptions options;
  options.history = true;
  auto pub = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(pub.ok()) << pub.status().ToString();
  EXPECT_EQ(pub->indicators.at("speakers.distinct").value, std::nullopt);
  EXPECT_EQ(pub->withheld.at("speakers.distinct"), "< 5");
  ASSERT_FALSE(pub->history.empty());
  EXPECT_EQ(pub->history.back().values.at("speakers.distinct"), std::nullopt);
  options.internal = true;
  auto raw = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw->indicators.at("speakers.distinct").value, 1);
}

// The internal edition of a report keeps its figures protected and takes the
// team's texts as the team's: quotes and insights with their full credit.
TEST_F(EvaluationTest, InternalTextsLeaveTheFiguresProtected) {
  EvaluateOptions options;
  options.internal_texts = true;
  auto ev = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(ev.ok()) << ev.status().ToString();
  EXPECT_TRUE(ev->qualitative.quote_rules.internal);
  EXPECT_EQ(ev->withheld.at("speakers.distinct"), "< 5");
  EXPECT_EQ(ev->withheld.at("feedback.responses.digital"), "< 5");
  options.internal_texts = false;
  auto pub = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(pub.ok());
  EXPECT_FALSE(pub->qualitative.quote_rules.internal);
}

TEST_F(EvaluationTest, ACountHiddenInOneTableIsHiddenInTheOthers) {
  // Six more Workshop forms: Workshop 4 + 6 = 10, Vortrag 3; total 13.
  ImportBatch more;
  for (int i = 0; i < 6; ++i)
    more.feedback.push_back(Form("B", Date(2026, 3, 3), Channel::kPaper, "5"));
  ASSERT_TRUE(store_->ImportFile(File(InputKind::kFeedback, "g.csv"), more).ok());
  auto ev = Evaluate(store_.get(), site_, period_, EvaluateOptions{});
  ASSERT_TRUE(ev.ok());
  // responses by format: Vortrag 3 "< 5", so Workshop 10 is hidden as "x"
  // (13 - 10 would give the 3 back).
  const Breakdown* b = FindBreakdown(ev->breakdowns, "feedback.responses_by_format");
  ASSERT_NE(b, nullptr);
  std::map<std::string, Suppression> s;
  for (const Cell& c : b->cells) s[c.key] = c.suppression;
  EXPECT_EQ(s["Vortrag"], Suppression::kSmall);
  EXPECT_EQ(s["Workshop"], Suppression::kComplementary);
  // The same 10 forms must not reappear in the signals or the items' groups.
  for (const FormatSignal& f : ev->signals)
    if (f.format == "Workshop") EXPECT_EQ(f.responses_suppression, Suppression::kComplementary);
  EXPECT_EQ(ev->items[0].by_format.at("Workshop").n, std::nullopt);
  // ... while its figures from 10 answers (>= 5) stay: 4 + 4 + 4 + 5 + 6 x 5 = 47 -> 4.7
  EXPECT_NEAR(*ev->items[0].by_format.at("Workshop").mean, 4.7, 1e-9);
}

TEST_F(EvaluationTest, ItemIndicatorsAreComparedAndWithheldBelowK) {
  EvaluateOptions options;
  options.compare = true;
  auto ev = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(ev.ok());
  // 2025-H2 has two answers (5, 3): below 5, so its mean is withheld and its n
  // (2, all in one cell) hidden.
  const ExtraIndicator* mean = Extra(*ev, "feedback.item.zufrieden.mean");
  EXPECT_EQ(mean->unit, "points");
  EXPECT_EQ(mean->value.previous, std::nullopt);
  EXPECT_EQ(Extra(*ev, "feedback.item.zufrieden.n")->value.previous, std::nullopt);
  options.internal = true;
  auto raw = Evaluate(store_.get(), site_, period_, options);
  EXPECT_EQ(Extra(*raw, "feedback.item.zufrieden.mean")->value.previous, 4);  // (5 + 3) / 2
  EXPECT_EQ(Extra(*raw, "feedback.item.zufrieden.n")->value.previous, 2);
}

TEST_F(EvaluationTest, HistoryHasEveryHalfYearSinceTheFirstData) {
  EvaluateOptions options;
  options.history = true;
  auto ev = Evaluate(store_.get(), site_, period_, options);
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->history.size(), 2u);  // first data 02.09.2025: 2025-H2, 2026-H1
  EXPECT_EQ(ev->history[0].period.id, "2025-H2");
  EXPECT_EQ(ev->history[0].values.at("events.held"), 1);
  EXPECT_EQ(ev->history[1].values.at("events.held"), 2);
  EXPECT_EQ(ev->history[1].values.at("events.participants"), 20);  // 12 + 8
  // item figures: 2025-H2 has 2 answers (withheld), 2026-H1 7 answers, mean 29 / 7
  EXPECT_EQ(ev->history[0].values.at("feedback.item.zufrieden.mean"), std::nullopt);
  EXPECT_NEAR(*ev->history[1].values.at("feedback.item.zufrieden.mean"), 4.1,
              1e-9);  // 29 / 7 as printed
}

// The history loads all half-years at once and splits them; each point must
// hold what evaluating that half-year on its own gives, public and internal.
TEST_F(EvaluationTest, EachHistoryPointIsThatHalfYearsOwnEvaluation) {
  for (bool internal : {false, true}) {
    EvaluateOptions options;
    options.history = true;
    options.internal = internal;
    auto ev = Evaluate(store_.get(), site_, period_, options);
    ASSERT_TRUE(ev.ok());
    ASSERT_EQ(ev->history.size(), 2u);
    for (const HistoryPoint& point : ev->history) {
      EvaluateOptions own;
      own.internal = internal;
      auto half = Evaluate(store_.get(), site_, point.period, own);
      ASSERT_TRUE(half.ok());
      for (const auto& [id, value] : half->indicators)
        EXPECT_EQ(point.values.at(id), value.value) << id;
      for (const ExtraIndicator& e : ItemIndicators(half->items))
        EXPECT_EQ(point.values.at(e.id), e.value.value) << e.id;
    }
    // partners and counts of 2025-H2 are not those of 2026-H1
    EXPECT_EQ(ev->history[0].values.at("events.held"), 1);
  }
}

TEST_F(EvaluationTest, TargetsAndGoals) {
  site_.targets.push_back(
      {"feedback.item.zufrieden.positive_share", 80, std::nullopt, "", 10, "$.t[0]"});
  site_.targets.push_back({"events.fill_rate", 60, std::nullopt, "", 10, "$.t[1]"});
  auto ev = Evaluate(store_.get(), site_, period_, EvaluateOptions{});
  ASSERT_TRUE(ev.ok()) << ev.status().ToString();
  ASSERT_EQ(ev->targets.size(), 2u);
  EXPECT_EQ(ev->targets[0].status, TargetState::kMet);  // 85.7 >= 80
  // fill rate (12 + 8) / (20 + 20) = 50 %, below 60 - 10 % of 60 = 54: missed
  EXPECT_EQ(ev->targets[1].status, TargetState::kMissed);
  // citizen proximity (priority 1) holds the item's positive share: met -> 100 %;
  // digital education holds the fill rate: missed -> 0 %
  ASSERT_EQ(ev->goals.size(), 7u);
  EXPECT_EQ(ev->goals[4].id, "citizen_proximity");
  EXPECT_EQ(ev->goals[4].priority, 1);
  EXPECT_EQ(ev->goals[4].score, 100);
  EXPECT_EQ(ev->goals[1].score, 0);
  site_.targets.push_back({"nope", 1, std::nullopt, "", 10, "$.t[2]"});
  auto bad = Evaluate(store_.get(), site_, period_, EvaluateOptions{});
  EXPECT_EQ(bad.status().code(), Status::Code::kConfig);
}

// ResolvePeriod words its own refusals for the command line, naming what was
// typed: also "latest-year" when the year it stands for is out of reach.
TEST_F(EvaluationTest, ResolvePeriodRefusesWithTheExpressionTyped) {
  Result<Period> latest = ResolvePeriod(store_.get(), site_, "latest-year", Date(2026, 11, 30));
  ASSERT_TRUE(latest.ok()) << latest.status().ToString();
  EXPECT_EQ(latest->id, "2025");
  Result<Period> early = ResolvePeriod(store_.get(), site_, "latest-year", Date(1985, 6, 1));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.status().code(), Status::Code::kUsage);
  EXPECT_NE(early.status().message().find("\"latest-year\""), std::string::npos)
      << early.status().message();
  Result<Period> backwards =
      ResolvePeriod(store_.get(), site_, "2026-06-30..2026-01-01", Date(2026, 11, 30));
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(
      backwards.status().message(),
      CliWords().Format("cli.period.end_before_start", {{"period", "2026-06-30..2026-01-01"}}));
}

}  // namespace
}  // namespace ankerbericht
