// The figures of an Evaluation, and of several sites side by side, as JSON
// (figures_export.h): `figures --json`.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "evaluate/choice_answers.h"
#include "evaluate/figures_export.h"
#include "evaluate/findings.h"
#include "evaluate/qualitative_export.h"

namespace ankerbericht {

namespace {

Poco::Dynamic::Var JsonNumber(std::optional<double> v) {
  if (!v) return Poco::Dynamic::Var();
  double rounded = static_cast<double>(static_cast<int64_t>(*v));
  if (rounded == *v) return static_cast<Poco::Int64>(*v);
  return std::round(*v * 10000.0) / 10000.0;
}

using Poco::JSON::Array;
using Poco::JSON::Object;

// The word the caller gave for |code|; "" when it gave none.
std::string Lookup(const std::map<std::string, std::string>& words, const std::string& code) {
  auto it = words.find(code);
  return it == words.end() ? std::string() : it->second;
}

// A suppressed value prints as its mark ("< 5", "x"), any other as a number.
Poco::Dynamic::Var JsonCell(std::optional<double> v, Suppression s, int k) {
  if (s != Suppression::kNone) return SuppressedText(s, k);
  return JsonNumber(v);
}

Object JsonStats(const ItemStats& st, int k) {
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("n", JsonCell(st.n, st.n_suppression, k));
  o.set("mean", JsonNumber(st.mean));
  Array ci;
  ci.add(JsonNumber(st.mean_low));
  ci.add(JsonNumber(st.mean_high));
  o.set("mean_ci", ci);
  o.set("positive_share", JsonNumber(st.positive_share));
  Array pci;
  pci.add(JsonNumber(st.positive_low));
  pci.add(JsonNumber(st.positive_high));
  o.set("positive_ci", pci);
  if (st.withheld) o.set("withheld", true);
  return o;
}

Object JsonBreakdown(const Breakdown& b, int k) {
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("unit", b.unit);
  o.set("protected", b.protect);
  o.set("overlapping", b.overlapping);
  o.set("total", JsonCell(b.total, b.total_suppression, k));
  // The hidden cells together: the cells shown plus this give the total.
  if (!b.overlapping && b.unit == "count" && b.total) o.set("withheld", b.withheld.value_or(0));
  Array cells;
  for (const Cell& c : b.cells) {
    Object cell(Poco::JSON_PRESERVE_KEY_ORDER);
    cell.set("key", c.key);
    if (c.label != c.key) cell.set("label", c.label);
    if (!b.marks.empty()) cell.set(b.marks, c.marked);
    cell.set("value", JsonCell(c.value, c.suppression, k));
    if (HasCellShares(b)) cell.set("share", JsonNumber(c.share));
    cells.add(cell);
  }
  o.set("cells", cells);
  return o;
}

void SetIndicator(Object* indicators, const std::string& id, const std::string& unit,
                  const IndicatorValue& v, bool compared, const std::string& withheld) {
  Object item(Poco::JSON_PRESERVE_KEY_ORDER);
  item.set("value", JsonNumber(v.value));
  item.set("unit", unit);
  if (compared) {
    item.set("previous", JsonNumber(v.previous));
    item.set("year_before", JsonNumber(v.year_before));
    // The changes the reports print (percentage points for shares).
    item.set("change_previous", JsonNumber(ChangeOf(unit, v.value, v.previous)));
    item.set("change_year_before", JsonNumber(ChangeOf(unit, v.value, v.year_before)));
  }
  if (!withheld.empty()) item.set("suppressed", withheld);
  indicators->set(id, item);
}

// The consolidation timeline as seen on |today|; dates as ISO strings, null
// where not configured.
Object FundingJson(const FundingTimeline& t, const Date& today) {
  auto date = [](const std::optional<Date>& d) {
    return d ? Poco::Dynamic::Var(d->ToIso()) : Poco::Dynamic::Var();
  };
  Object o(Poco::JSON_PRESERVE_KEY_ORDER);
  o.set("as_of", today.ToIso());
  o.set("funding_end", date(t.funding_end));
  o.set("months_left", t.funding_end ? Poco::Dynamic::Var(t.months_left) : Poco::Dynamic::Var());
  o.set("planning_start_due", date(t.planning_start_due));
  o.set("lead_time_met",
        t.funding_end ? Poco::Dynamic::Var(t.lead_time_met) : Poco::Dynamic::Var());
  o.set("budget_deadline", date(t.budget_deadline));
  o.set("last_deciding_meeting", date(t.last_deciding_meeting));
  Array meetings;
  for (const Date& m : t.meetings_ahead) meetings.add(m.ToIso());
  o.set("meetings_ahead", meetings);
  o.set("meeting", date(t.meeting));
  o.set("submit_by", date(t.submit_by));
  o.set("planning_started", date(t.planning_started));
  return o;
}

}  // namespace

bool HasCellShares(const Breakdown& b) {
  if (b.unit != "count") return false;
  return !b.overlapping || b.id.starts_with(ChoiceBreakdownId(""));
}

namespace {

Object PeriodJson(const Evaluation& ev) {
  Object period(Poco::JSON_PRESERVE_KEY_ORDER);
  period.set("id", ev.period.id);
  period.set("from", ev.period.from.ToIso());
  period.set("to", ev.period.to.ToIso());
  // How far the data reaches: figures of an unfinished period cover
  // from..covered_to, and the comparisons cover the same span.
  period.set("coverage", std::string(CoverageStateName(ev.coverage.state)));
  period.set("data_end", ev.coverage.data_end ? Poco::Dynamic::Var(ev.coverage.data_end->ToIso())
                                              : Poco::Dynamic::Var());
  period.set("covered_to", ev.coverage.covered_to.ToIso());
  return period;
}

Object PrivacyJson(int k, bool internal, const FigureWords& words) {
  Object privacy(Poco::JSON_PRESERVE_KEY_ORDER);
  privacy.set("threshold", k);
  privacy.set("internal", internal);
  if (internal) privacy.set("notice", words.BothNotices());
  privacy.set("rule_de", words.de.privacy_rule);
  privacy.set("rule_en", words.en.privacy_rule);
  return privacy;
}

Object IndicatorsJson(const Evaluation& ev) {
  Object indicators(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const IndicatorDef& def : Indicators()) {
    auto w = ev.withheld.find(def.id);
    SetIndicator(&indicators, def.id, def.unit, ev.indicators.at(def.id), ev.compared,
                 w == ev.withheld.end() ? "" : w->second);
  }
  for (const ExtraIndicator& e : ev.extra_indicators)
    SetIndicator(&indicators, e.id, e.unit, e.value, ev.compared, "");
  return indicators;
}

Object ItemsJson(const Evaluation& ev, const FigureWords& words) {
  const int k = ev.privacy_threshold;
  Object items(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const ItemResult& item : ev.items) {
    Object o = JsonStats(item.all, k);
    o.set("text", item.text);
    o.set("scale", std::string(ScaleTypeName(item.scale)));
    o.set("distribution", JsonBreakdown(item.distribution, k));
    for (const auto& [name, groups] : {std::pair{"by_channel", &item.by_channel},
                                       {"by_format", &item.by_format},
                                       {"by_speaker", &item.by_speaker},
                                       {"by_scale", &item.by_scale}}) {
      Object g(Poco::JSON_PRESERVE_KEY_ORDER);
      for (const auto& [key, st] : *groups) g.set(key, JsonStats(st, k));
      o.set(name, g);
    }
    items.set(item.id, o);
  }
  Object items_root(Poco::JSON_PRESERVE_KEY_ORDER);
  items_root.set("ci_method_de", words.de.interval_method);
  items_root.set("ci_method_en", words.en.interval_method);
  items_root.set("items", items);
  return items_root;
}

Array TargetsJson(const Evaluation& ev) {
  Array targets;
  for (const TargetResult& t : ev.targets) {
    Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("indicator", t.target.indicator);
    o.set("min", JsonNumber(t.target.min));
    o.set("max", JsonNumber(t.target.max));
    if (!t.target.period.empty()) o.set("period", t.target.period);
    o.set("value", JsonNumber(t.value));
    o.set("status", std::string(TargetStateName(t.status)));
    o.set("provisional", t.provisional);
    targets.add(o);
  }
  return targets;
}

Array GoalsJson(const Evaluation& ev, const FigureWords& words) {
  Array goals;
  for (const GoalProfile& g : ev.goals) {
    Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("id", g.id);
    o.set("label_de", Lookup(words.de.goal_areas, g.id));
    o.set("label_en", Lookup(words.en.goal_areas, g.id));
    o.set("priority", g.priority ? Poco::Dynamic::Var(*g.priority) : Poco::Dynamic::Var());
    o.set("score", JsonNumber(g.score));
    o.set("met", g.met);
    o.set("near", g.near);
    o.set("missed", g.missed);
    Array list;
    for (const GoalIndicator& gi : g.indicators) {
      Object i(Poco::JSON_PRESERVE_KEY_ORDER);
      i.set("id", gi.id);
      i.set("value", JsonNumber(gi.value));
      i.set("status", gi.status ? Poco::Dynamic::Var(std::string(TargetStateName(*gi.status)))
                                : Poco::Dynamic::Var());
      list.add(i);
    }
    o.set("indicators", list);
    goals.add(o);
  }
  return goals;
}

Object SignalsJson(const Evaluation& ev, const FigureWords& words) {
  Object signals(Poco::JSON_PRESERVE_KEY_ORDER);
  signals.set("rule_de", words.de.signal_rule);
  signals.set("rule_en", words.en.signal_rule);
  Array formats;
  for (const FormatSignal& f : ev.signals) {
    Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("format", f.format);
    o.set("events", f.events);
    o.set("fill_rate", JsonNumber(f.fill_rate));
    o.set("responses",
          f.responses_suppression != Suppression::kNone
              ? Poco::Dynamic::Var(SuppressedText(f.responses_suppression, ev.privacy_threshold))
              : Poco::Dynamic::Var(f.responses));
    o.set("positive_share", JsonNumber(f.positive_share));
    o.set("signal", std::string(SignalName(f.signal)));
    formats.add(o);
  }
  signals.set("formats", formats);
  return signals;
}

Array HistoryJson(const Evaluation& ev) {
  Array history;
  for (const HistoryPoint& h : ev.history) {
    Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("period", h.period.id);
    o.set("from", h.period.from.ToIso());
    o.set("to", h.period.to.ToIso());
    Object values(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const IndicatorDef& def : Indicators()) {
      auto it = h.values.find(def.id);
      values.set(def.id, JsonNumber(it == h.values.end() ? std::nullopt : it->second));
    }
    for (const auto& [id, v] : h.values)
      if (!FindIndicator(id)) values.set(id, JsonNumber(v));
    o.set("indicators", values);
    history.add(o);
  }
  return history;
}

// The monthly visits the reports chart, beside the same months a year
// earlier: the chart's bars must be checkable like every other figure.
Object VisitsByMonthJson(const Evaluation& ev) {
  Object months(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const auto* list : {&ev.visits_by_month, &ev.visits_by_month_year_before}) {
    Array values;
    for (const MonthValue& m : *list) {
      Object o(Poco::JSON_PRESERVE_KEY_ORDER);
      o.set("month", m.month.ToIso().substr(0, 7));
      o.set("value", JsonNumber(m.value));
      values.add(o);
    }
    months.set(list == &ev.visits_by_month ? "period" : "year_before", values);
  }
  return months;
}

Object CumulativeJson(const CumulativeReach& c) {
  Object cumulative(Poco::JSON_PRESERVE_KEY_ORDER);
  cumulative.set("from", c.from->ToIso());
  cumulative.set("to", c.to->ToIso());
  cumulative.set("half_years", c.half_years);
  Object values(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const auto& [id, v] : c.values) values.set(id, JsonNumber(v));
  cumulative.set("indicators", values);
  return cumulative;
}

// The finance table of the consolidation case, so its figures can be checked.
Object CostsJson(const Evaluation& ev) {
  const CostFigures& c = ev.costs;
  Object costs(Poco::JSON_PRESERVE_KEY_ORDER);
  Array items, financing;
  for (const KostenPosten& p : ev.site->kosten.posten) {
    Object item(Poco::JSON_PRESERVE_KEY_ORDER);
    item.set("item", p.art);
    item.set("amount", p.betrag);
    items.add(item);
  }
  for (const Finanzierungsanteil& a : ev.site->kosten.finanzierung) {
    Object share(Poco::JSON_PRESERVE_KEY_ORDER);
    share.set("source", a.quelle);
    share.set("amount", a.betrag);
    share.set("city", a.stadt);
    financing.add(share);
  }
  costs.set("from", ev.site->kosten.ab);
  costs.set("items", items);
  costs.set("financing", financing);
  costs.set("total", c.total);
  costs.set("city", c.city);
  costs.set("other", c.other);
  costs.set("uncovered", JsonNumber(c.uncovered));
  Array basis;
  for (const Period& p : c.basis) basis.add(p.id);
  costs.set("basis", basis);
  costs.set("visits", JsonNumber(c.visits));
  costs.set("participations", JsonNumber(c.participations));
  costs.set("per_visit", JsonNumber(c.per_visit));
  costs.set("per_participation", JsonNumber(c.per_participation));
  return costs;
}

Object FiguresJson(const Evaluation& ev, const FigureWords& words) {
  Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  root.set("site", ev.site->id);
  root.set("period", PeriodJson(ev));
  if (ev.compared) {
    Object comparisons(Poco::JSON_PRESERVE_KEY_ORDER);
    comparisons.set("previous", ev.previous.id);
    comparisons.set("year_before", ev.year_before.id);
    root.set("comparisons", comparisons);
  }
  root.set("privacy", PrivacyJson(ev.privacy_threshold, ev.internal, words));
  root.set("indicators", IndicatorsJson(ev));
  Object breakdowns(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const Breakdown& b : ev.breakdowns)
    breakdowns.set(b.id, JsonBreakdown(b, ev.privacy_threshold));
  root.set("breakdowns", breakdowns);
  root.set("feedback_items", ItemsJson(ev, words));
  root.set("targets", TargetsJson(ev));
  root.set("goals", GoalsJson(ev, words));
  root.set("signals", SignalsJson(ev, words));
  root.set("history", HistoryJson(ev));
  root.set("visits_by_month", VisitsByMonthJson(ev));
  if (ev.cumulative.from) root.set("cumulative", CumulativeJson(ev.cumulative));
  if (ev.today) root.set("funding", FundingJson(ev.funding, *ev.today));
  if (ev.costs.configured) root.set("costs", CostsJson(ev));
  root.set("qualitative",
           QualitativeJson(ev.qualitative, ev.privacy_threshold, ev.internal, words.de));
  return root;
}

}  // namespace

void WriteFiguresJson(const Evaluation& ev, const FigureWords& words, std::ostream& out) {
  FiguresJson(ev, words).stringify(out, 2);
}

void WriteSiteColumnsJson(const SiteColumns& columns, const FigureWords& words, std::ostream& out) {
  const int k = columns.privacy_threshold;
  Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  Array sites;
  for (const Evaluation& ev : columns.sites) {
    Object o(Poco::JSON_PRESERVE_KEY_ORDER);
    o.set("id", ev.site->id);
    o.set("name", ev.site->name);
    o.set("type", ev.site->type > 0 ? Poco::Dynamic::Var(ev.site->type) : Poco::Dynamic::Var());
    auto type = [&](const FigureWords::Language& l) {
      auto it = l.site_types.find(ev.site->type);
      return it == l.site_types.end() ? std::string() : it->second;
    };
    o.set("type_de", type(words.de));
    o.set("type_en", type(words.en));
    sites.add(o);
  }
  root.set("sites", sites);
  Object period(Poco::JSON_PRESERVE_KEY_ORDER);
  period.set("id", columns.period.id);
  period.set("from", columns.period.from.ToIso());
  period.set("to", columns.period.to.ToIso());
  root.set("period", period);
  root.set("privacy", PrivacyJson(k, columns.internal, words));
  root.set("total_rule_en", words.en.sites_total_rule);
  Object indicators(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const IndicatorDef& def : Indicators()) {
    Object row(Poco::JSON_PRESERVE_KEY_ORDER);
    row.set("unit", std::string(def.unit));
    Object values(Poco::JSON_PRESERVE_KEY_ORDER);
    Object suppressed(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const Evaluation& ev : columns.sites) {
      values.set(ev.site->id, JsonNumber(ev.indicators.at(def.id).value));
      if (auto w = ev.withheld.find(def.id); w != ev.withheld.end())
        suppressed.set(ev.site->id, w->second);
    }
    values.set("total", JsonNumber(columns.total.at(def.id)));
    if (auto w = columns.total_withheld.find(def.id); w != columns.total_withheld.end())
      suppressed.set("total", w->second);
    row.set("values", values);
    if (suppressed.size() > 0) row.set("suppressed", suppressed);
    indicators.set(def.id, row);
  }
  root.set("indicators", indicators);
  // Each site's full figures, exactly as `figures --site ID --json` prints them.
  Object per_site(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const Evaluation& ev : columns.sites) per_site.set(ev.site->id, FiguresJson(ev, words));
  root.set("per_site", per_site);
  root.stringify(out, 2);
}

}  // namespace ankerbericht
