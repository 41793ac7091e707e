// The programme signal per format on hand-built events and forms.
#include "evaluate/signals.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

class SignalsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.questionnaire = {{"zufrieden", "", ScaleType::kAgree5, "", {}},
                           {"empfehlen", "", ScaleType::kYesNo, "recommend", {}},
                           {"kommentar", "", ScaleType::kText, "", {}}};
    data_.site = &site_;
    data_.period = *ParsePeriod("2026-03");
    // Workshop: 8/10 and 6/10 -> fill 14/20 = 70 %
    AddEvent("W1", "Workshop", 8, 10);
    AddEvent("W2", "Workshop", 6, 10);
    // Vortrag: 3/10 and 3/10 -> 30 %
    AddEvent("V1", "Vortrag", 3, 10);
    AddEvent("V2", "Vortrag", 3, 10);
    // Digitalcafé: 5/10 and 5/10 -> 50 %
    AddEvent("D1", "Digitalcafé", 5, 10);
    AddEvent("D2", "Digitalcafé", 5, 10);
    // Ausstellung: one event only
    AddEvent("A1", "Ausstellung", 30, 40);
    // Workshop forms: 5/ja and 4/ja -> 4 of 4 answers positive = 100 %
    AddForm("W1", "5", "ja");
    AddForm("W2", "4", "ja");
    // Vortrag forms: 2/nein and 4/nein -> 1 of 4 positive = 25 %
    AddForm("V1", "2", "nein");
    AddForm("V2", "4", "nein");
    // Digitalcafé: 5/ja and 5/ja -> 100 %
    AddForm("D1", "5", "ja");
    AddForm("D2", "5", "ja");
    AddForm("A1", "5", "ja");
    rule_.min_events = 2;
    rule_.min_responses = 2;
  }
  void AddEvent(const std::string& id, const std::string& format, int64_t participants,
                int64_t capacity) {
    Event e;
    e.id = id;
    e.format = format;
    e.participants = participants;
    e.capacity = capacity;
    data_.events.push_back(e);
  }
  void AddForm(const std::string& event, const std::string& z, const std::string& e) {
    FeedbackResponse r;
    r.event_id = event;
    r.answers = {{"zufrieden", z}, {"empfehlen", e}, {"kommentar", "gut"}};
    data_.feedback.push_back(r);
  }
  const FormatSignal& Get(const std::vector<FormatSignal>& s, const std::string& format) {
    for (const FormatSignal& f : s)
      if (f.format == format) return f;
    ADD_FAILURE() << format;
    return s[0];
  }
  Site site_;
  PeriodData data_;
  SignalRule rule_;
};

TEST_F(SignalsTest, RepeatAdaptDropAndTooFewData) {
  std::vector<FormatSignal> s = FormatSignals(data_, rule_);
  ASSERT_EQ(s.size(), 4u);
  const FormatSignal& w = Get(s, "Workshop");
  EXPECT_EQ(w.events, 2);
  EXPECT_NEAR(*w.fill_rate, 70, 1e-9);
  EXPECT_NEAR(*w.positive_share, 100, 1e-9);
  EXPECT_EQ(w.signal, Signal::kRepeat);  // 70 >= 60 and 100 >= 75
  const FormatSignal& v = Get(s, "Vortrag");
  EXPECT_NEAR(*v.fill_rate, 30, 1e-9);
  EXPECT_NEAR(*v.positive_share, 25, 1e-9);
  EXPECT_EQ(v.signal, Signal::kDrop);  // 30 < 40 and 25 < 60
  const FormatSignal& d = Get(s, "Digitalcafé");
  EXPECT_EQ(d.signal, Signal::kAdapt);  // 50: neither 60 nor below 40
  const FormatSignal& a = Get(s, "Ausstellung");
  EXPECT_EQ(a.signal, Signal::kTooFewData);  // one event < 2
  EXPECT_STREQ(SignalName(a.signal), "too_few_data");
}

TEST_F(SignalsTest, NoCapacityMeansTooFewData) {
  for (Event& e : data_.events) e.capacity.reset();
  for (const FormatSignal& f : FormatSignals(data_, rule_)) {
    EXPECT_EQ(f.fill_rate, std::nullopt);
    EXPECT_EQ(f.signal, Signal::kTooFewData);
  }
}

TEST_F(SignalsTest, PrivacyHidesFewForms) {
  std::vector<FormatSignal> s = FormatSignals(data_, rule_);
  ProtectSignals(5, &s);
  const FormatSignal& w = Get(s, "Workshop");
  EXPECT_EQ(w.responses_suppression, Suppression::kSmall);  // 2 forms < 5
  EXPECT_EQ(w.positive_share, std::nullopt);
}

}  // namespace
}  // namespace ankerbericht
