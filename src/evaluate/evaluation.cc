#include "evaluate/evaluation.h"

#include <algorithm>

#include "evaluate/choice_answers.h"
#include "evaluate/comparison_basis.h"
#include "evaluate/custom_indicators.h"
#include "evaluate/event_privacy.h"
#include "evaluate/period_reader.h"
#include "evaluate/stop_figures.h"
#include "evaluate/wishes.h"
#include "store/store.h"
#include "util/strings.h"

namespace ankerbericht {

std::vector<MonthValue> VisitsByMonth(const PeriodData& data) {
  std::vector<MonthValue> months;
  for (Date m = data.period.from.FirstOfMonth(); m <= data.period.to; m = m.AddMonths(1)) {
    months.push_back({m, std::nullopt});
  }
  for (const auto& [date, day] : data.visit_days) {
    for (MonthValue& mv : months) {
      if (mv.month.year() == date.year() && mv.month.month() == date.month()) {
        mv.value = mv.value.value_or(0) + static_cast<double>(day.count);
      }
    }
  }
  return months;
}

namespace {

// Shares computed from forms are withheld below k answers, like every other
// share: a recommendation rate of "50 %" from two forms tells who said no.
void WithholdSmallShares(const PeriodData& data, std::map<std::string, IndicatorValue>* values,
                         std::map<std::string, std::string>* withheld, int k) {
  // The shares' own bases (indicators.h), so the rule and the figure count alike.
  const std::pair<const char*, int> shares[] = {
      {"feedback.recommend_rate", RecommendBasisOf(data).answered},
      {"feedback.response_rate", ResponseRateBasisOf(data).linked_responses}};
  for (const auto& [id, basis] : shares) {
    auto it = values->find(id);
    if (it == values->end() || !it->second.value || basis >= k) continue;
    it->second.value.reset();
    if (withheld) (*withheld)[id] = SuppressedText(Suppression::kSmall, k);
  }
}

// Counts of people published on their own (IsSmallPeopleCount) follow the
// small-count rule as the cells of a breakdown do.
void WithholdSmallPeopleCounts(std::map<std::string, IndicatorValue>* values,
                               std::map<std::string, std::string>* withheld, int k) {
  for (auto& [id, v] : *values) {
    if (!IsSmallPeopleCount(id, v.value, k)) continue;
    v.value.reset();
    if (withheld) (*withheld)[id] = SuppressedText(Suppression::kSmall, k);
  }
}

// The catalogue's channel counts are the cells of the responses-by-channel
// breakdown: they must not show what the breakdown hides. Headline totals
// (forms, events, visits) are published as they are: they are not broken down.
void ProtectCatalogue(const std::vector<Breakdown>& breakdowns,
                      std::map<std::string, IndicatorValue>* values,
                      std::map<std::string, std::string>* withheld, int k) {
  const Breakdown* channels = FindBreakdown(breakdowns, "feedback.responses_by_channel");
  if (!channels) return;
  for (const Cell& c : channels->cells) {
    if (c.suppression == Suppression::kNone) continue;
    std::string id = "feedback.responses." + c.key;
    (*values)[id].value.reset();
    if (withheld) (*withheld)[id] = SuppressedText(c.suppression, k);
  }
}

// The same people can be counted in several tables: forms per format in the
// responses-by-format breakdown, in the programme signals and (nearly) in the
// items' per-format n; forms per channel likewise. A count hidden in one table
// must not be published in another, or the hidden small cell next to it can
// be recomputed. So hidden format and channel cells hide their twins.
void HideTwins(const std::vector<Breakdown>& breakdowns, std::vector<ItemResult>* items,
               std::vector<FormatSignal>* signals) {
  auto hidden = [&](const std::string& id) {
    std::map<std::string, Suppression> keys;
    if (const Breakdown* b = FindBreakdown(breakdowns, id))
      for (const Cell& c : b->cells)
        if (c.suppression != Suppression::kNone) keys[c.key] = c.suppression;
    return keys;
  };
  const std::map<std::string, Suppression> formats = hidden("feedback.responses_by_format");
  const std::map<std::string, Suppression> channels = hidden("feedback.responses_by_channel");
  auto hide = [](ItemStats* s) {
    if (s->n_suppression != Suppression::kNone) return;
    s->n.reset();
    s->n_suppression = Suppression::kComplementary;
  };
  for (ItemResult& item : *items) {
    for (auto& [format, s] : item.by_format)
      if (formats.count(format)) hide(&s);
    for (auto& [channel, s] : item.by_channel)
      if (channels.count(channel)) hide(&s);
  }
  if (!signals) return;
  for (FormatSignal& s : *signals) {
    auto it = formats.find(s.format);
    if (it != formats.end() && s.responses_suppression == Suppression::kNone) {
      s.responses_suppression = Suppression::kComplementary;
    }
  }
}

// Indicators, items and breakdowns of one period, protected unless internal.
struct PeriodFigures {
  std::map<std::string, IndicatorValue> indicators;
  std::map<std::string, std::string> withheld;
  std::vector<Breakdown> breakdowns;
  std::vector<ItemResult> items;
};

// |light|: of the breakdowns only responses per channel, the one the
// catalogue's privacy rule reads (as HistoryValues), and a mobile site's
// stops, which the overview shows (cheap: days times stops); the catalogue, its
// withheld values and the items' overall figures come out the same.
PeriodFigures Figures(const PeriodData& data, int k, bool internal, bool light = false) {
  PeriodFigures f;
  f.indicators = ComputeIndicators(data);
  if (light) {
    f.breakdowns = {ResponsesByChannel(data)};
    for (Breakdown& b : StopBreakdowns(data)) f.breakdowns.push_back(std::move(b));
  } else {
    f.breakdowns = ComputeBreakdowns(data);
    // Choice answers and the wish board are breakdowns too: the same privacy
    // rule, the same place in `figures --json`, the same report sections.
    for (Breakdown& b : ChoiceAnswers(data)) f.breakdowns.push_back(std::move(b));
    f.breakdowns.push_back(RankWishes(data));
  }
  f.items = ComputeItems(data);
  if (!internal) {
    ProtectBreakdowns(k, &f.breakdowns);
    ProtectItems(k, &f.items);
    ProtectCatalogue(f.breakdowns, &f.indicators, &f.withheld, k);
    WithholdSmallShares(data, &f.indicators, &f.withheld, k);
    WithholdSmallPeopleCounts(&f.indicators, &f.withheld, k);
    HideTwins(f.breakdowns, &f.items, nullptr);
  }
  return f;
}

// What a history point holds: the values Figures() gives the catalogue and
// the items, computed without the breakdowns only a report of the period
// itself shows (the weekday x hour matrix is most of a half-year's cost). The
// one breakdown the privacy rule of the catalogue reads, responses per
// channel, is protected here as in Figures().
std::map<std::string, std::optional<double>> HistoryValues(const PeriodData& data, int k,
                                                           bool internal) {
  std::map<std::string, IndicatorValue> indicators = ComputeIndicators(data);
  std::vector<ItemResult> items = ComputeItems(data);
  if (!internal) {
    std::vector<Breakdown> channels = {ResponsesByChannel(data)};
    ProtectBreakdowns(k, &channels);
    ProtectItems(k, &items);
    ProtectCatalogue(channels, &indicators, nullptr, k);
    WithholdSmallShares(data, &indicators, nullptr, k);
    WithholdSmallPeopleCounts(&indicators, nullptr, k);
  }
  std::map<std::string, std::optional<double>> values;
  for (const auto& [id, v] : indicators) values[id] = v.value;
  // Item figures too: satisfaction over time is a trend chart of its own.
  for (const ExtraIndicator& e : ItemIndicators(items)) values[e.id] = e.value.value;
  return values;
}

std::optional<double> ExtraValue(const std::vector<ExtraIndicator>& extras, const std::string& id,
                                 bool* found) {
  for (const ExtraIndicator& e : extras) {
    if (e.id == id) {
      *found = true;
      return e.value.value;
    }
  }
  *found = false;
  return std::nullopt;
}

}  // namespace

std::vector<ExtraIndicator> ItemIndicators(const std::vector<ItemResult>& items) {
  std::vector<ExtraIndicator> out;
  for (const ItemResult& item : items) {
    std::string base = "feedback.item." + item.id;
    out.push_back({base + ".n", "count", {item.all.n, {}, {}}});
    out.push_back({base + ".mean", "points", {item.all.mean, {}, {}}});
    out.push_back({base + ".positive_share", "percent", {item.all.positive_share, {}, {}}});
  }
  return out;
}

namespace {

// The half-years from the one holding |first| (the site's first data) to the
// one holding |upto|.to, as one period.
Period HistorySpan(Date first, const Period& upto) {
  Period all = HalfYearOf(upto.to);
  all.from = HalfYearOf(first).from;
  return all;
}

// History() with the site's first data day |first| (none: no data) known
// and its records read through |records|.
Result<std::vector<HistoryPoint>> HistoryFrom(const PeriodReader& records, Store* store,
                                              const Site& site, std::optional<Date> first_day,
                                              const Period& upto, int k, bool internal) {
  std::vector<HistoryPoint> history;
  if (!first_day || *first_day > upto.to) return history;
  const Date first = *first_day;
  // Every half-year's records in one query per kind, split here: a query
  // per kind and half-year would cost more to prepare than to run.
  const Period all = HistorySpan(first, upto);
  Result<PeriodData> read = PeriodData{};
  const PeriodData* data = records.Covering(all);
  if (data == nullptr) {
    read = LoadPeriodData(store, site, all);
    if (!read.ok()) return read.status();
    data = &*read;
  }
  for (Period half = HalfYearOf(upto.to); half.to >= first; half = half.Previous()) {
    HistoryPoint point;
    point.period = half;
    const PeriodData part = SlicePeriodData(*data, half);
    for (const auto& [id, v] : HistoryValues(part, k, internal)) point.values[id] = v;
    for (const CustomIndicator& c : site.custom_indicators)
      point.values[c.id] = ComputeCustom(c, part, internal ? 0 : k);
    history.push_back(std::move(point));
  }
  std::reverse(history.begin(), history.end());
  return history;
}

}  // namespace

Result<std::vector<HistoryPoint>> History(Store* store, const Site& site, const Period& upto, int k,
                                          bool internal) {
  auto span = store->DataSpan(site.id);
  if (!span.ok()) return span.status();
  std::optional<Date> first;
  if (*span) first = (*span)->first;
  return HistoryFrom(PeriodReader(store, site), store, site, first, upto, k, internal);
}

namespace {

// Forgets the values of a comparison period that ended before the place
// opened: every figure there is nullopt, as in `figures --json` (null).
void ClearNotYetOpen(Evaluation* ev) {
  const bool previous = NotYetOpen(*ev->site, ev->previous);
  const bool year_before = NotYetOpen(*ev->site, ev->year_before);
  auto clear = [&](IndicatorValue* v) {
    if (previous) v->previous.reset();
    if (year_before) v->year_before.reset();
  };
  for (auto& [id, v] : ev->indicators) clear(&v);
  for (ExtraIndicator& e : ev->extra_indicators) clear(&e.value);
  if (year_before)
    for (MonthValue& m : ev->visits_by_month_year_before) m.value.reset();
}

}  // namespace

Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period, bool compare) {
  EvaluateOptions options;
  options.compare = compare;
  return Evaluate(store, site, period, options);
}

Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period,
                            const EvaluateOptions& options) {
  const int k = options.privacy_threshold;
  Evaluation ev;
  ev.site = &site;
  ev.period = period;
  ev.covered = period;
  ev.previous = period.Previous();
  ev.year_before = period.YearBefore();
  ev.privacy_threshold = k;
  ev.internal = options.internal;
  // A report with its history looks at every half-year up to the period:
  // their records, and those of the comparison periods, are read once.
  PeriodReader records(store, site);
  std::optional<Date> first_day;  // of the site's data: where the history starts
  if (options.history && !options.light) {
    auto span = store->DataSpan(site.id);
    if (!span.ok()) return span.status();
    if (*span) {
      first_day = (*span)->first;
      Period window = HistorySpan(*first_day, period);
      window.from = std::min({window.from, period.Previous().from, period.YearBefore().from});
      ANKER_RETURN_IF_ERROR(records.ReadAhead(window));
    }
  }
  auto data = records.Read(period);
  if (!data.ok()) return data.status();
  ev.data = std::move(*data);
  // Without a "today" the period is judged by its data alone.
  ev.coverage = ComputeCoverage(site, period, ev.data.visit_days,
                                options.today.value_or(period.to.AddDays(1)));
  if (!ev.coverage.complete()) {
    // Days not reached yet are neither gaps nor opening hours, and a part of
    // a half-year is compared with the same part of the others.
    ev.covered = CoveredPart(period, ev.coverage.covered_to);
    ev.previous = SameSpan(period.Previous(), period, ev.coverage.covered_to);
    ev.year_before = SameSpan(period.YearBefore(), period, ev.coverage.covered_to);
    auto covered = records.Read(ev.covered);
    if (!covered.ok()) return covered.status();
    ev.data = std::move(*covered);
  }
  PeriodFigures now = Figures(ev.data, k, options.internal, options.light);
  ev.indicators = std::move(now.indicators);
  ev.withheld = std::move(now.withheld);
  ev.breakdowns = std::move(now.breakdowns);
  ev.items = std::move(now.items);
  ev.extra_indicators = ItemIndicators(ev.items);
  if (!options.light && !options.internal) {
    // The list of events shows each event's participants beside the totals
    // per format and for the period: no total may give a hidden count back.
    Breakdown* by_format = nullptr;
    for (Breakdown& b : ev.breakdowns)
      if (b.id == "events.participants_by_format") by_format = &b;
    EventParticipantsProtection events = ProtectEventParticipants(k, ev.data.events, by_format);
    ev.event_participants = std::move(events.per_event);
    if (events.hide_total) {
      ev.indicators["events.participants"].value.reset();
      ev.withheld["events.participants"] = SuppressedText(Suppression::kComplementary, k);
      if (by_format && by_format->total) {
        by_format->total.reset();
        by_format->total_suppression = Suppression::kComplementary;
        by_format->withheld.reset();
        for (Cell& c : by_format->cells) c.share.reset();
      }
    }
  }
  if (!options.light) {
    ev.visits_by_month = VisitsByMonth(ev.data);
    // A signal needs at least as many forms as the privacy rule shows.
    ev.signal_rule.min_responses = std::max(ev.signal_rule.min_responses, options.internal ? 1 : k);
    ev.signals = FormatSignals(ev.data, ev.signal_rule);
    if (!options.internal) {
      ProtectSignals(k, &ev.signals);
      HideTwins(ev.breakdowns, &ev.items, &ev.signals);
    }
  }

  // The year before is only drawn (months) and compared: not in the light one.
  Result<PeriodData> year_before = PeriodData{};
  if (!options.light || options.compare) year_before = records.Read(ev.year_before);
  if (!year_before.ok()) return year_before.status();
  if (!options.light) ev.visits_by_month_year_before = VisitsByMonth(*year_before);
  if (options.compare) {
    ev.compared = true;
    auto previous = records.Read(ev.previous);
    if (!previous.ok()) return previous.status();
    PeriodFigures prev = Figures(*previous, k, options.internal);
    PeriodFigures before = Figures(*year_before, k, options.internal);
    for (auto& [id, value] : ev.indicators) {
      value.previous = prev.indicators[id].value;
      value.year_before = before.indicators[id].value;
    }
    std::vector<ExtraIndicator> prev_items = ItemIndicators(prev.items);
    std::vector<ExtraIndicator> before_items = ItemIndicators(before.items);
    for (ExtraIndicator& e : ev.extra_indicators) {
      bool found = false;
      e.value.previous = ExtraValue(prev_items, e.id, &found);
      e.value.year_before = ExtraValue(before_items, e.id, &found);
    }
  }
  // The team's own indicators, computed and protected like the catalogue's.
  {
    const int custom_k = options.internal ? 0 : k;
    std::optional<PeriodData> previous, before;
    for (const CustomIndicator& c : site.custom_indicators) {
      IndicatorValue v{ComputeCustom(c, ev.data, custom_k), std::nullopt, std::nullopt};
      if (options.compare) {
        if (!previous) {
          auto p = records.Read(ev.previous);
          if (!p.ok()) return p.status();
          previous = std::move(*p);
        }
        v.previous = ComputeCustom(c, *previous, custom_k);
        v.year_before = ComputeCustom(c, *year_before, custom_k);
      }
      ev.extra_indicators.push_back({c.id, CustomUnit(c), v});
    }
  }

  // A complete period's records are loaded already (an incomplete one's
  // cover only the days the data reaches; its texts are read whole).
  auto qualitative = EvaluateQualitative(
      records, site, period, options.codebook, options.quote_choices, k,
      options.internal || options.internal_texts, ev.coverage.complete() ? &ev.data : nullptr);
  if (!qualitative.ok()) return qualitative.status();
  ev.qualitative = std::move(*qualitative);
  for (const QualitativeIndicator& q : QualitativeIndicators(ev.qualitative, k, options.internal)) {
    ev.extra_indicators.push_back(
        {q.id, q.unit, IndicatorValue{q.value, q.previous, std::nullopt}});
  }

  // A period that ended before the place opened holds none of its figures:
  // its zeros are no values to compare with (comparison_basis.h).
  ClearNotYetOpen(&ev);

  IndicatorLookup lookup = [&ev](const std::string& id, std::optional<double>* value) {
    auto it = ev.indicators.find(id);
    if (it != ev.indicators.end()) {
      *value = it->second.value;
      return true;
    }
    bool found = false;
    *value = ExtraValue(ev.extra_indicators, id, &found);
    return found;
  };
  auto targets = EvaluateTargets(site, period, lookup);
  if (!targets.ok()) return targets.status();
  ev.targets = std::move(*targets);
  if (!ev.coverage.complete()) {
    // Counts still grow until the period is over: no verdict on them yet.
    for (TargetResult& t : ev.targets) {
      const IndicatorDef* def = FindIndicator(t.target.indicator);
      std::string unit = def ? def->unit : "";
      for (const ExtraIndicator& e : ev.extra_indicators)
        if (e.id == t.target.indicator) unit = e.unit;
      t.provisional = unit == "count";
    }
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> catalogue;
  std::map<std::string, std::string> units;
  for (const IndicatorDef& def : Indicators()) {
    catalogue.push_back({def.id, def.goals});
    units[def.id] = def.unit;
  }
  for (const ExtraIndicator& e : ev.extra_indicators) {
    units[e.id] = e.unit;
    // Item figures speak to citizen proximity: they are the users' own verdict.
    if (e.id.ends_with(".positive_share")) catalogue.push_back({e.id, {"citizen_proximity"}});
    if (site.FindCustom(e.id)) catalogue.push_back({e.id, {}});
  }
  const auto areas = EvidenceAreas(site, catalogue);
  ev.goals = GoalProfiles(site, areas, lookup, ev.targets);

  if (options.history && !options.light) {
    auto history = HistoryFrom(records, store, site, first_day, period, k, options.internal);
    if (!history.ok()) return history.status();
    ev.history = std::move(*history);
    // The unfinished last half-year counts only its covered days, like the
    // figures above (no future days as gaps or opening hours).
    if (!ev.coverage.complete() && !ev.history.empty() &&
        ev.history.back().period.id == period.id) {
      for (auto& [id, v] : ev.indicators) ev.history.back().values[id] = v.value;
    }
    ev.cumulative = Cumulate(ev.history, ev.data);
    // Cost per visit over the last full year: an unfinished half-year would
    // set the yearly costs against a few months of visits.
    std::vector<HistoryPoint> finished = ev.history;
    if (!ev.coverage.complete() && !finished.empty() && finished.back().period.id == period.id)
      finished.pop_back();
    ev.costs = ComputeCosts(site.kosten, finished);
    // Themes and quotes of the whole time since the first data, not only
    // of the last half-year: the case is made over the funding period.
    Qualitative since_start;
    if (ev.cumulative.from) {
      Period whole{Period::Kind::kRange, "", *ev.cumulative.from, period.to};
      whole.id = whole.from.ToIso() + ".." + whole.to.ToIso();
      auto q = EvaluateQualitative(records, site, whole, options.codebook, options.quote_choices, k,
                                   options.internal || options.internal_texts);
      if (!q.ok()) return q.status();
      since_start = std::move(*q);
    }
    ev.goal_evidence = CollectGoalEvidence(site, areas, units, ev.history, ev.cumulative.values,
                                           ev.targets, since_start);
  }
  if (options.today) {
    // The paper is read at its meeting: months left and "heute" are counted
    // from that day, whether the meeting was chosen (--meeting) or is the
    // next one that can still decide. Without a meeting ahead, from today.
    std::optional<Date> meeting = options.meeting;
    if (!meeting) meeting = ComputeFundingTimeline(site, *options.today, std::nullopt).meeting;
    ev.today = meeting ? meeting : options.today;
    ev.funding = ComputeFundingTimeline(site, meeting.value_or(*options.today), meeting);
  }
  return ev;
}

Result<Period> ResolvePeriod(Store* store, const Site& site, const std::string& expr, Date today) {
  if (expr != "latest-half" && expr != "latest-year") return ParsePeriod(expr);
  auto span = store->DataSpan(site.id);
  if (!span.ok()) return span.status();
  Date last = *span ? std::min((*span)->second, today) : today;
  if (expr == "latest-year") {
    // The last calendar year that has ended by |today| (the year report).
    Result<Period> year = ParsePeriod(std::to_string(last.year()));
    if (year.ok() && year->to > today) year = ParsePeriod(std::to_string(last.year() - 1));
    // A year ParsePeriod cannot take (before 1990, after 2200) is refused as what was typed.
    if (!year.ok())
      return Status::Usage(CliWords().Format("cli.period.unknown", {{"period", expr}}));
    return year;
  }
  Period half = HalfYearOf(last);
  if (half.to > today && *span) half = half.Previous();
  return half;
}

}  // namespace ankerbericht
