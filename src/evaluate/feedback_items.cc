#include "evaluate/feedback_items.h"

#include <cmath>

#include "evaluate/stats.h"
#include "model/scale.h"

namespace ankerbericht {

namespace {

bool HasMean(ScaleType t) {
  return t == ScaleType::kAgree5 || t == ScaleType::kGrade6 || t == ScaleType::kScale10;
}
bool HasPositive(ScaleType t) { return HasMean(t) || t == ScaleType::kYesNo; }

// The cells of an item's distribution, lowest value first, so a chart can
// draw them in order and empty steps still show as 0.
std::vector<std::pair<int, std::string>> ScaleSteps(const QuestionItem& item) {
  std::vector<std::pair<int, std::string>> steps;
  auto range = [&](int lo, int hi) {
    for (int v = lo; v <= hi; ++v) steps.push_back({v, std::to_string(v)});
  };
  switch (item.scale) {
    case ScaleType::kAgree5:
      range(1, 5);
      break;
    case ScaleType::kGrade6:
      range(1, 6);
      break;
    case ScaleType::kScale10:
      range(0, 10);
      break;
    case ScaleType::kYesNo:
      steps = {{1, "ja"}, {0, "nein"}};
      break;
    case ScaleType::kSingle:
      for (size_t i = 0; i < item.labels.size(); ++i)
        steps.push_back({static_cast<int>(i) + 1, item.labels[i]});
      break;
    default:
      break;
  }
  return steps;
}

// Collects the values of one group and turns them into statistics.
// A mean only when every value lies on |scale|: school grades and agreement
// steps are never averaged together (their positive answers are pooled).
struct Accumulator {
  std::vector<double> values;
  int positive = 0;
  bool other_scale = false;  // some value lies on another scale than the one finished on

  ItemStats Finish(ScaleType scale) const {
    ItemStats s;
    s.raw_n = static_cast<int>(values.size());
    s.n = s.raw_n;
    if (values.empty()) return s;
    if (HasMean(scale) && !other_scale) {
      auto m = MeanWithInterval(values);
      s.mean = m->mean;
      s.mean_low = m->low;
      s.mean_high = m->high;
    }
    if (HasPositive(scale)) {
      s.positive_share = 100.0 * positive / s.raw_n;
      auto w = WilsonInterval(positive, s.raw_n);
      s.positive_low = w->first;
      s.positive_high = w->second;
    }
    return s;
  }
};

void Withhold(int k, ItemStats* s) {
  if (s->raw_n >= k) return;
  s->withheld = true;
  s->mean.reset();
  s->mean_low.reset();
  s->mean_high.reset();
  s->positive_share.reset();
  s->positive_low.reset();
  s->positive_high.reset();
}

// A published mean carries the one decimal the documents print. With more
// decimals, a mean over n answers and the shown cells of its distribution
// would give a withheld cell back (hidden = (n * mean - shown sum) / value).
void RoundAsPrinted(ItemStats* s) {
  auto round1 = [](std::optional<double>* v) {
    if (*v) **v = std::round(**v * 10.0) / 10.0;
  };
  round1(&s->mean);
  round1(&s->mean_low);
  round1(&s->mean_high);
}

// Group counts (channels, formats) are a breakdown of the item's n: the same
// small-count rule applies to them.
void ProtectGroups(int k, int total, std::map<std::string, ItemStats>* groups) {
  Breakdown b;
  b.protect = true;
  b.total = total;
  for (const auto& [key, s] : *groups)
    b.cells.push_back({key, key, static_cast<double>(s.raw_n), {}, {}});
  SuppressSmallCounts(k, &b);
  for (const Cell& c : b.cells) {
    ItemStats& s = (*groups)[c.key];
    s.n_suppression = c.suppression;
    s.n = c.value;
    Withhold(k, &s);
  }
}

}  // namespace

std::vector<ItemResult> ComputeItems(const PeriodData& data) {
  std::map<std::string, const Event*> events;
  for (const Event& e : data.events) events[e.id] = &e;
  std::vector<ItemResult> results;
  for (const QuestionItem& item : data.site->questionnaire) {
    if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) continue;
    Accumulator all;
    std::map<std::string, Accumulator> by_channel, by_format, by_speaker;
    std::map<ScaleType, Accumulator> by_scale;
    std::map<int, int> counts;
    for (const FeedbackResponse& r : data.feedback) {
      std::optional<AnswerReading> a = ReadAnswer(item, r);
      if (!a) continue;
      const bool own_scale = a->scale == item.scale;
      auto add = [&](Accumulator& acc) {
        acc.values.push_back(a->value);
        acc.positive += HasPositive(a->scale) && a->positive;
        acc.other_scale |= !own_scale;
      };
      add(all);
      add(by_channel[ChannelName(r.channel)]);
      Accumulator& on_scale = by_scale[a->scale];
      on_scale.values.push_back(a->value);
      on_scale.positive += HasPositive(a->scale) && a->positive;
      // The distribution's cells are the steps of the item's own scale.
      if (own_scale) ++counts[static_cast<int>(a->value)];
      auto ev = events.find(r.event_id);
      if (ev == events.end()) continue;
      if (!ev->second->format.empty()) add(by_format[ev->second->format]);
      for (const std::string& sp : ev->second->speakers) add(by_speaker[sp]);
    }
    ItemResult res;
    res.id = item.id;
    res.text = item.text;
    res.scale = item.scale;
    res.all = all.Finish(item.scale);
    const auto own = by_scale.find(item.scale);
    // Answers on more than the item's own scale: a mean per scale.
    if (by_scale.size() > 1 || (by_scale.size() == 1 && own == by_scale.end())) {
      for (const auto& [scale, a] : by_scale) res.by_scale[ScaleTypeName(scale)] = a.Finish(scale);
    }
    res.distribution.id = "feedback.item." + item.id + ".distribution";
    res.distribution.unit = "count";
    res.distribution.protect = true;
    res.distribution.total =
        own == by_scale.end() ? 0 : static_cast<int>(own->second.values.size());
    for (const auto& [value, label] : ScaleSteps(item)) {
      res.distribution.cells.push_back(
          {std::to_string(value), label, static_cast<double>(counts[value]), {}, {}});
    }
    FillShares(&res.distribution);
    for (const auto& [k, a] : by_channel) res.by_channel[k] = a.Finish(item.scale);
    for (const auto& [k, a] : by_format) res.by_format[k] = a.Finish(item.scale);
    for (const auto& [k, a] : by_speaker) res.by_speaker[k] = a.Finish(item.scale);
    results.push_back(std::move(res));
  }
  return results;
}

void ProtectItems(int k, std::vector<ItemResult>* items) {
  if (k <= 1) return;
  for (ItemResult& item : *items) {
    Withhold(k, &item.all);
    SuppressSmallCounts(k, &item.distribution);
    if (item.distribution.total_suppression != Suppression::kNone) {
      item.all.n.reset();
      item.all.n_suppression = item.distribution.total_suppression;
    }
    ProtectGroups(k, item.all.raw_n, &item.by_channel);
    ProtectGroups(k, item.all.raw_n, &item.by_format);
    ProtectGroups(k, item.all.raw_n, &item.by_scale);
    // A speaker is a person: fewer than k answers about them are not shown
    // at all, not even as "< k" next to their name.
    for (auto it = item.by_speaker.begin(); it != item.by_speaker.end();) {
      it = it->second.raw_n < k ? item.by_speaker.erase(it) : std::next(it);
    }
    RoundAsPrinted(&item.all);
    for (auto* groups : {&item.by_channel, &item.by_format, &item.by_speaker, &item.by_scale}) {
      for (auto& [key, st] : *groups) RoundAsPrinted(&st);
    }
  }
}

}  // namespace ankerbericht
