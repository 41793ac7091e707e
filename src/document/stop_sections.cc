#include "document/stop_sections.h"

#include <algorithm>

#include "document/rule_words.h"
#include "evaluate/breakdowns.h"
#include "evaluate/period_data.h"
#include "evaluate/stop_figures.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::string CellValue(const BuildContext& c, const Cell* cell, int decimals) {
  if (!cell) return "–";
  if (cell->suppression != Suppression::kNone)
    return SuppressedText(cell->suppression, c.ev.privacy_threshold);
  return cell->value ? c.locale().FormatNumber(*cell->value, decimals) : "–";
}

std::string TotalValue(const BuildContext& c, const Breakdown* b, int decimals) {
  if (!b) return "–";
  if (b->total_suppression != Suppression::kNone)
    return SuppressedText(b->total_suppression, c.ev.privacy_threshold);
  return b->total ? c.locale().FormatNumber(*b->total, decimals) : "–";
}

}  // namespace

void AddStops(const BuildContext& c, Document* doc) {
  const Breakdown* days = FindBreakdown(c.ev.breakdowns, "stops.days");
  const Breakdown* hours = FindBreakdown(c.ev.breakdowns, "stops.hours");
  const Breakdown* visits = FindBreakdown(c.ev.breakdowns, "stops.visits");
  const Breakdown* rates = FindBreakdown(c.ev.breakdowns, "stops.visits_per_hour");
  const Breakdown* events = FindBreakdown(c.ev.breakdowns, "stops.events");
  if (!days || !hours || !visits || !rates || !events || days->cells.empty()) {
    doc->blocks.push_back(Paragraph{c.S("stops.section.place_has_no_stops")});
    return;
  }
  Table table;
  table.columns = {
      {c.S("stops.section.stop"), false},           {c.S("stops.section.days"), true},
      {c.S("stops.section.hours"), true},           {c.S("stops.section.visits"), true},
      {c.S("stops.section.visits_per_hour"), true}, {c.S("stops.section.events"), true}};
  BarChart chart;
  chart.title = c.S("stops.section.visits_per_stop");
  chart.unit = c.S("stops.section.visits");
  chart.horizontal = true;  // stop names are long
  chart.empty_message = c.S("stops.section.no_visits_were_counted");
  ChartSeries series{c.S("stops.section.visits"), {}};
  bool any_visits = false;
  for (size_t i = 0; i < days->cells.size(); ++i) {
    const Cell& day = days->cells[i];
    const std::string name =
        day.key == kNoStopKey ? c.S("stops.section.stop_not_recorded") : day.label;
    auto at = [&](const Breakdown* b) { return i < b->cells.size() ? &b->cells[i] : nullptr; };
    table.rows.push_back({name, CellValue(c, at(days), 0), CellValue(c, at(hours), 1),
                          CellValue(c, at(visits), 0), CellValue(c, at(rates), 1),
                          CellValue(c, at(events), 0)});
    const Cell* v = at(visits);
    std::optional<double> shown;
    if (v && v->suppression == Suppression::kNone) shown = v->value;
    any_visits |= shown.value_or(0) > 0;
    chart.categories.push_back(name);
    series.values.push_back(shown);
  }
  table.rows.push_back({c.S("stops.section.total"), TotalValue(c, days, 0), TotalValue(c, hours, 1),
                        TotalValue(c, visits, 0), TotalValue(c, rates, 1),
                        TotalValue(c, events, 0)});
  doc->blocks.push_back(table);
  if (any_visits) chart.series.push_back(series);
  doc->blocks.push_back(chart);
  std::string remark = c.S("stops.section.hours_scheduled_hours_at");
  bool suppressed = std::any_of(visits->cells.begin(), visits->cells.end(),
                                [](const Cell& x) { return x.suppression != Suppression::kNone; });
  if (suppressed) {
    remark += " " + c.words.Format("stops.section.privacy",
                                   {{"k", std::to_string(c.ev.privacy_threshold)}});
  }
  doc->blocks.push_back(Remark{remark});
}

const std::string& KindWord(const BuildContext& c, std::string_view mobile_key,
                            std::string_view stationary_key) {
  return c.S(c.ev.site->mobile() ? mobile_key : stationary_key);
}

bool IndicatorApplies(const Site& site, std::string_view id) {
  return !(site.mobile() && id == "visitors.outside_opening_share");
}

std::string_view CountKind(const BuildContext& c) { return CountKind(*c.ev.site, &c.ev.data); }

const std::string& CountWord(const BuildContext& c, std::string_view prefix) {
  return c.S(std::string(prefix) + std::string(CountKind(c)));
}

std::string SiteLabel(const BuildContext& c, const IndicatorDef& def) {
  return CatalogueLabel(c.words, def, CountKind(c));
}

std::string SiteDefinition(const BuildContext& c, const IndicatorDef& def) {
  return CatalogueDefinition(c.words, def, CountKind(c));
}

}  // namespace ankerbericht
