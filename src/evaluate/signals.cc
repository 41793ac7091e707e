#include "evaluate/signals.h"

#include <map>

#include "model/scale.h"

namespace ankerbericht {

const char* SignalName(Signal s) {
  switch (s) {
    case Signal::kRepeat:
      return "repeat";
    case Signal::kAdapt:
      return "adapt";
    case Signal::kDrop:
      return "drop";
    case Signal::kTooFewData:
      return "too_few_data";
  }
  return "?";
}

std::vector<FormatSignal> FormatSignals(const PeriodData& data, const SignalRule& rule) {
  struct Acc {
    int events = 0, with_capacity = 0;
    double participants = 0, capacity = 0;
    int responses = 0, answers = 0, positive = 0;
  };
  std::map<std::string, Acc> acc;
  std::map<std::string, std::string> format_of;
  for (const Event& e : data.events) {
    if (e.status != EventStatus::kHeld || e.format.empty()) continue;
    Acc& a = acc[e.format];
    format_of[e.id] = e.format;
    ++a.events;
    if (e.participants && e.capacity && *e.capacity > 0) {
      ++a.with_capacity;
      a.participants += static_cast<double>(*e.participants);
      a.capacity += static_cast<double>(*e.capacity);
    }
  }
  for (const FeedbackResponse& r : data.feedback) {
    auto f = format_of.find(r.event_id);
    if (f == format_of.end()) continue;
    Acc& a = acc[f->second];
    ++a.responses;
    for (const QuestionItem& item : data.site->questionnaire) {
      if (item.scale == ScaleType::kSingle || item.scale == ScaleType::kMulti ||
          item.scale == ScaleType::kText)
        continue;
      std::optional<AnswerReading> reading = ReadAnswer(item, r);
      if (!reading) continue;
      ++a.answers;
      a.positive += reading->positive;
    }
  }
  std::vector<FormatSignal> out;
  for (const auto& [format, a] : acc) {
    FormatSignal s;
    s.format = format;
    s.events = a.events;
    s.responses = a.responses;
    if (a.capacity > 0) s.fill_rate = 100.0 * a.participants / a.capacity;
    if (a.answers > 0) s.positive_share = 100.0 * a.positive / a.answers;
    bool enough = a.with_capacity >= rule.min_events && a.responses >= rule.min_responses &&
                  s.fill_rate && s.positive_share;
    if (enough) {
      if (*s.fill_rate >= rule.repeat_fill && *s.positive_share >= rule.repeat_positive) {
        s.signal = Signal::kRepeat;
      } else if (*s.fill_rate < rule.drop_fill && *s.positive_share < rule.drop_positive) {
        s.signal = Signal::kDrop;
      } else {
        s.signal = Signal::kAdapt;
      }
    }
    out.push_back(s);
  }
  return out;
}

void ProtectSignals(int k, std::vector<FormatSignal>* signals) {
  for (FormatSignal& s : *signals) {
    if (s.responses > 0 && s.responses < k) {
      s.responses_suppression = Suppression::kSmall;
      s.positive_share.reset();
    }
  }
}

}  // namespace ankerbericht
