// The overview's sections that go site by site (overview_sections.h): the
// sites' types, the key figures per site, the stops of the mobile sites, a
// chart per indicator, the history per half-year, and a page per site.
#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <optional>

#include "document/build_context.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/overview_sections.h"
#include "document/rule_words.h"
#include "evaluate/breakdowns.h"
#include "evaluate/comparison_basis.h"
#include "evaluate/history_sums.h"
#include "evaluate/privacy.h"
#include "evaluate/stop_figures.h"
#include "util/text.h"

namespace ankerbericht {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// "$.sections[2].indicators[1]", for messages.
std::string IndicatorPath(const std::string& path, size_t i) {
  return path + ReplaceAll(".indicators[{i}]", "{i}", std::to_string(i));
}

// An indicator a section lists, with the words it is shown under: the
// catalogue's name, or a shorter one the template gives for a narrow column.
struct Listed {
  const IndicatorDef* def;
  std::string label;
  bool own_label = false;  // the template's words, for every site alike
};

// |l|'s words for the site of |ev|: a bus's stop hours where the
// catalogue's name speaks of opening hours (CountKind).
std::string SiteLabel(const OverviewContext& c, const Listed& l, const Evaluation& ev) {
  return l.own_label ? l.label : CatalogueLabel(c.words, *l.def, CountKind(*ev.site, &ev.data));
}

// "indicators": ["visitors.total", {"indicator": "events.held", "label": {"de": ..., "en": ...}},
// ...]
Result<std::vector<Listed>> ListedIndicators(const OverviewContext& c, const Object& s,
                                             const std::string& path) {
  Array::Ptr ids = s.getArray("indicators");
  if (!ids)
    return Status::Config(
        CliWords().Format("cli.overview.indicators_needed", {{"file", c.file}, {"path", path}}));
  std::vector<Listed> listed;
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string at = IndicatorPath(path, i);
    Object::Ptr entry = ids->getObject(static_cast<unsigned>(i));
    std::string id =
        entry ? (entry->has("indicator") ? entry->getValue<std::string>("indicator") : "")
              : ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      return Status::Config(CliWords().Format("cli.overview.unknown_indicator",
                                              {{"file", c.file}, {"path", at}, {"id", id}}));
    }
    std::string label = entry ? Localized(*entry, "label", c.lang) : "";
    listed.push_back({def, label.empty() ? Label(c, *def) : label, !label.empty()});
  }
  return listed;
}

std::string TypeText(const OverviewContext& c, int type) {
  if (type <= 0) return c.S("overview.type_text.type_not_given");
  return c.S("overview.type_text.type") + std::to_string(type) + ": " + SiteTypeText(c.words, type);
}

// The site's goal areas by priority, most important first.
std::vector<std::string> TopGoals(const OverviewContext& c, const Site& site, size_t n) {
  std::vector<std::pair<int, std::string>> ranked;
  for (const GoalArea& g : GoalAreas()) {
    auto it = site.goal_priorities.find(g.id);
    if (it != site.goal_priorities.end())
      ranked.push_back({it->second, GoalAreaText(c.words, g.id)});
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> names;
  for (size_t i = 0; i < ranked.size() && i < n; ++i) names.push_back(ranked[i].second);
  return names;
}

// "Daten bis 31.10.2026, Halbjahr noch nicht abgeschlossen" for a site whose
// data does not reach the period's end, as its own report says it; "" else.
std::string SiteCoverage(const OverviewContext& c, const Evaluation& ev) {
  ReportInput in;
  in.evaluation = &ev;
  in.lang = c.lang;
  in.today = c.in.today;
  BuildContext site{in, ev, c.lang, c.file, c.words, EditionLog{}};
  return CoverageNotice(site);
}

// A stop figure as the site's own report prints it: "< 5"/"x" where the
// privacy rule hides it, "–" without a value.
std::string StopCellText(const OverviewContext& c, const Evaluation& ev, const Cell* cell,
                         int decimals) {
  if (!cell) return "–";
  if (cell->suppression != Suppression::kNone)
    return SuppressedText(cell->suppression, ev.privacy_threshold);
  return cell->value ? c.locale().FormatNumber(*cell->value, decimals) : "–";
}

std::string StopTotalText(const OverviewContext& c, const Evaluation& ev, const Breakdown& b,
                          int decimals) {
  if (b.total_suppression != Suppression::kNone)
    return SuppressedText(b.total_suppression, ev.privacy_threshold);
  return b.total ? c.locale().FormatNumber(*b.total, decimals) : "–";
}

// The stop figures of a mobile site's evaluation (stop_figures.h), all or
// none.
struct StopFigures {
  const Breakdown* days = nullptr;
  const Breakdown* hours = nullptr;
  const Breakdown* visits = nullptr;
  const Breakdown* rates = nullptr;
};

std::optional<StopFigures> StopsOf(const Evaluation& ev) {
  if (!ev.site->mobile()) return std::nullopt;
  StopFigures f{FindBreakdown(ev.breakdowns, "stops.days"),
                FindBreakdown(ev.breakdowns, "stops.hours"),
                FindBreakdown(ev.breakdowns, "stops.visits"),
                FindBreakdown(ev.breakdowns, "stops.visits_per_hour")};
  if (!f.days || !f.hours || !f.visits || !f.rates || f.days->cells.empty()) return std::nullopt;
  return f;
}

}  // namespace

void AddSiteTypes(const OverviewContext& c, Document* doc) {
  Table table;
  table.columns = {{c.S("overview.site_types.type_place_difu_study"), false},
                   {c.S("overview.site_types.place"), false},
                   {c.S("overview.site_types.main_goal_areas"), false}};
  bool from_type = false;
  for (const Evaluation* ev : c.order) {
    std::string goals = Join(TopGoals(c, *ev->site, 3), ", ");
    if (ev->site->goal_priorities_from_type) {
      goals += " *";
      from_type = true;
    }
    table.rows.push_back(
        {TypeText(c, ev->site->type), ev->site->name, goals.empty() ? "–" : goals});
  }
  doc->blocks.push_back(table);
  if (from_type) {
    doc->blocks.push_back(Remark{c.S("overview.site_types.place_has_not_ranked")});
  }
}

Status AddSiteTable(const OverviewContext& c, const Object& s, const std::string& path,
                    Document* doc) {
  Result<std::vector<Listed>> listed = ListedIndicators(c, s, path);
  if (!listed.ok()) return listed.status();
  Table table;
  table.columns.push_back({c.S("overview.site_table.place"), false});
  for (const Listed& l : *listed) table.columns.push_back({l.label, true});
  for (const Evaluation* ev : c.order) {
    std::vector<std::string> row = {ev->site->name};
    for (const Listed& l : *listed) row.push_back(SiteValueText(c, *ev, l.def->id));
    table.rows.push_back(std::move(row));
  }
  std::vector<std::string> total = {c.S("overview.site_table.all_places")};
  for (const Listed& l : *listed) total.push_back(TotalValueText(c, l.def->id));
  table.rows.push_back(std::move(total));
  table.caption = Localized(s, "caption", c.lang);
  doc->blocks.push_back(table);
  std::vector<std::string> partial;
  for (const Evaluation* ev : c.order)
    if (std::string notice = SiteCoverage(c, *ev); !notice.empty())
      partial.push_back(ev->site->name + ": " + notice);
  if (!partial.empty()) doc->blocks.push_back(Remark{Join(partial, "; ") + "."});
  // A bus has no opening hours: its hours are those at its stops.
  for (const Evaluation* ev : c.order) {
    std::optional<StopFigures> stops = StopsOf(*ev);
    if (!stops) continue;
    size_t scheduled = 0;
    for (const Cell& cell : stops->days->cells) scheduled += cell.key != kNoStopKey;
    doc->blocks.push_back(Remark{
        c.words.Format("overview.site_table.mobile_hours",
                       {{"site", ev->site->name},
                        {"hours", SiteValueText(c, *ev, "opening.hours")},
                        {"stops", c.locale().FormatNumber(static_cast<double>(scheduled), 0)}})});
  }
  // "All places" per hour divides all visits by all hours: with a bus among
  // buildings, opening hours and stop hours together, which a reader must know.
  bool per_hour = std::any_of(listed->begin(), listed->end(), [](const Listed& l) {
    return l.def->id == std::string("visitors.per_open_hour");
  });
  std::vector<std::string> mobile;
  bool stationary = false;
  for (const Evaluation* ev : c.order) {
    if (ev->site->mobile())
      mobile.push_back(ev->site->name);
    else
      stationary = true;
  }
  if (per_hour && stationary && !mobile.empty()) {
    doc->blocks.push_back(Remark{
        c.words.Format("overview.site_table.pooled_hours", {{"sites", Join(mobile, ", ")}})});
  }
  return Status::Ok();
}

void AddSiteStops(const OverviewContext& c, Document* doc) {
  for (const Evaluation* ev : c.order) {
    std::optional<StopFigures> stops = StopsOf(*ev);
    if (!stops) continue;
    doc->blocks.push_back(
        Heading{2, c.words.Format("overview.site_stops.heading", {{"site", ev->site->name}})});
    Table table;
    table.columns = {{c.S("overview.site_stops.stop"), false},
                     {c.S("overview.site_stops.days"), true},
                     {c.S("overview.site_stops.hours"), true},
                     {c.S("overview.site_stops.visits"), true},
                     {c.S("overview.site_stops.visits_per_hour"), true}};
    auto at = [](const Breakdown* b, size_t i) {
      return i < b->cells.size() ? &b->cells[i] : nullptr;
    };
    for (size_t i = 0; i < stops->days->cells.size(); ++i) {
      const Cell& day = stops->days->cells[i];
      table.rows.push_back(
          {day.key == kNoStopKey ? c.S("overview.site_stops.stop_not_recorded") : day.label,
           StopCellText(c, *ev, at(stops->days, i), 0),
           StopCellText(c, *ev, at(stops->hours, i), 1),
           StopCellText(c, *ev, at(stops->visits, i), 0),
           StopCellText(c, *ev, at(stops->rates, i), 1)});
    }
    table.rows.push_back(
        {c.S("overview.site_stops.all_stops"), StopTotalText(c, *ev, *stops->days, 0),
         StopTotalText(c, *ev, *stops->hours, 1), StopTotalText(c, *ev, *stops->visits, 0),
         StopTotalText(c, *ev, *stops->rates, 1)});
    doc->blocks.push_back(std::move(table));
    doc->blocks.push_back(Remark{c.S("overview.site_stops.caption")});
  }
}

Status AddSiteMultiples(const OverviewContext& c, const Object& s, const std::string& path,
                        Document* doc) {
  Result<std::vector<Listed>> listed = ListedIndicators(c, s, path);
  if (!listed.ok()) return listed.status();
  for (const Listed& l : *listed) {
    const IndicatorDef* def = l.def;
    BarChart chart;
    chart.title = l.label;
    chart.unit = l.label;
    chart.horizontal = true;
    ChartSeries series{c.cols.period.Label(c.lang), {}};
    for (const Evaluation* ev : c.order) {
      chart.categories.push_back(ev->site->name);
      // A hidden value is no bar: the chart never shows what the table hides.
      series.values.push_back(ev->withheld.count(def->id) ? std::nullopt
                                                          : ev->indicators.at(def->id).value);
    }
    chart.series.push_back(std::move(series));
    chart.empty_message = c.S("overview.site_multiples.no_data_any_place");
    doc->blocks.push_back(std::move(chart));
  }
  return Status::Ok();
}

Status AddSiteHistory(const OverviewContext& c, const Object& s, const std::string& path,
                      Document* doc) {
  Result<std::vector<Listed>> listed = ListedIndicators(c, s, path);
  if (!listed.ok()) return listed.status();
  // The overview's history holds the summed indicators only (history_sums.h).
  const std::vector<std::string>& summed = SummedHistoryIndicators();
  for (size_t i = 0; i < listed->size(); ++i) {
    if (std::find(summed.begin(), summed.end(), (*listed)[i].def->id) != summed.end()) continue;
    return Status::Config(
        CliWords().Format("cli.overview.not_per_half_year", {{"file", c.file},
                                                             {"path", IndicatorPath(path, i)},
                                                             {"id", (*listed)[i].def->id},
                                                             {"possible", Join(summed, ", ")}}));
  }
  // The half-years any site has data for, oldest first.
  std::map<std::string, Period> halves;
  for (const Evaluation* ev : c.order)
    for (const HistoryPoint& h : ev->history) halves.emplace(h.period.id, h.period);
  // A half-year a place opened in is a short one: its lower value is the
  // opening, not a decline (comparison_basis.h). Said under every table, as
  // a reader may look at one only.
  std::vector<std::string> part_open;
  for (const Evaluation* ev : c.order) {
    for (const auto& [id, p] : halves) {
      std::optional<PartOpening> part = PartlyOpen(*ev->site, p);
      if (!part) continue;
      // A bus serves its stops on some days of the week: its open days of
      // a calendar span say nothing; when it took up service does.
      part_open.push_back(
          c.words.Format(ev->site->mobile() ? "overview.site_history.part_open_mobile"
                                            : "overview.site_history.part_open",
                         {{"site", ev->site->name},
                          {"period", c.en() ? ShortPeriodLabel(p, c.lang) : p.Label(c.lang)},
                          {"opened", LongDate(part->opened, c.lang)},
                          {"open", c.locale().FormatNumber(part->open_days, 0)},
                          {"days", c.locale().FormatNumber(part->period_days, 0)}}));
    }
  }
  for (const Listed& l : *listed) {
    const IndicatorDef* def = l.def;
    doc->blocks.push_back(Heading{2, l.label});
    if (halves.empty()) {
      doc->blocks.push_back(Paragraph{c.S("overview.site_history.no_data_any_place")});
      continue;
    }
    Table table;
    table.columns.push_back({c.S("overview.site_history.place"), false});
    // Grouped bars, a colour per place: lines would draw the second place
    // as a dashed "earlier period".
    BarChart chart;
    chart.title = l.label + c.S("overview.site_history.per_half_year");
    chart.unit = l.label;
    chart.empty_message = c.S("overview.site_history.no_data_any_place");
    for (const auto& [id, p] : halves) {
      table.columns.push_back({p.Label(c.lang), true});
      chart.categories.push_back(p.Label(c.lang));
    }
    for (const Evaluation* ev : c.order) {
      std::vector<std::string> row = {ev->site->name};
      ChartSeries series{ev->site->name, {}};
      for (const auto& [id, p] : halves) {
        std::optional<double> v;
        for (const HistoryPoint& h : ev->history)
          if (h.period.id == id) v = h.values.count(def->id) ? h.values.at(def->id) : std::nullopt;
        row.push_back(c.locale().FormatByUnit(v, def->unit));
        series.values.push_back(v);
      }
      table.rows.push_back(std::move(row));
      chart.series.push_back(std::move(series));
    }
    // Bars per place are readable for a few places; many need the table.
    if (c.order.size() <= kMaxSiteColumns) doc->blocks.push_back(std::move(chart));
    // Six half-years fit beside the names; an older start is in the chart.
    if (table.columns.size() > 7) {
      size_t drop = table.columns.size() - 7;
      table.columns.erase(table.columns.begin() + 1,
                          table.columns.begin() + 1 + static_cast<long>(drop));
      for (auto& row : table.rows)
        row.erase(row.begin() + 1, row.begin() + 1 + static_cast<long>(drop));
      table.caption = c.S("overview.site_history.last_six_half_years");
    }
    doc->blocks.push_back(std::move(table));
    if (!part_open.empty()) doc->blocks.push_back(Remark{Join(part_open, " ")});
  }
  return Status::Ok();
}

Status AddSitePages(const OverviewContext& c, const Object& s, const std::string& path,
                    Document* doc) {
  Result<std::vector<Listed>> listed = ListedIndicators(c, s, path);
  if (!listed.ok()) return listed.status();
  for (const Evaluation* ev : c.order) {
    const Site& site = *ev->site;
    doc->blocks.push_back(Heading{1, site.name});
    std::string intro = TypeText(c, site.type);
    if (!site.municipality.empty()) intro = site.municipality + " · " + intro;
    std::vector<std::string> goals = TopGoals(c, site, 3);
    if (!goals.empty())
      intro += ". " + c.S("overview.site_pages.main_goal_areas") + Join(goals, ", ");
    if (std::string notice = SiteCoverage(c, *ev); !notice.empty()) intro += ". " + notice;
    doc->blocks.push_back(Paragraph{intro + "."});
    KpiTiles tiles;
    for (const Listed& l : *listed) {
      KpiTile tile;
      tile.value = SiteValueText(c, *ev, l.def->id);
      tile.label = SiteLabel(c, l, *ev);
      tiles.tiles.push_back(std::move(tile));
    }
    doc->blocks.push_back(std::move(tiles));
    BulletList points;
    for (const TargetResult& t : ev->targets) {
      points.items.push_back(IndicatorName(c, *ev, t.target.indicator) + ": " +
                             c.S("overview.site_pages.target") + TargetText(c, *ev, t.target) +
                             ", " + StateText(c, t.status));
    }
    std::vector<std::pair<int, std::string>> themes;
    for (const ThemeCount& t : ev->qualitative.themes.themes)
      if (t.mentions() >= c.in.columns->privacy_threshold)
        themes.push_back({-t.mentions(), t.label});
    std::sort(themes.begin(), themes.end());
    if (!themes.empty()) {
      std::vector<std::string> names;
      for (size_t i = 0; i < themes.size() && i < 3; ++i) names.push_back(themes[i].second);
      points.items.push_back(c.S("overview.site_pages.most_frequent_themes") + Join(names, ", "));
    }
    if (!points.items.empty()) doc->blocks.push_back(std::move(points));
  }
  return Status::Ok();
}

}  // namespace ankerbericht
