#include "document/figure_sections.h"

#include <algorithm>
#include <cmath>

#include "document/comparison_words.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/finding_sections.h"
#include "document/rule_words.h"
#include "document/stop_sections.h"
#include "evaluate/breakdowns.h"
#include "evaluate/comparison_basis.h"
#include "evaluate/privacy.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// "+12,3 % ggü. 2. Hj. 2025, +8,0 % ggü. 1. Hj. 2025": both comparisons, as
// in the indicator table and the summary; shares change in percentage points.
std::string ChangeText(const BuildContext& c, const IndicatorDef& def, const IndicatorValue& v) {
  std::vector<std::string> parts;
  for (const auto& [before, period] :
       {std::pair{v.previous, &c.ev.previous}, std::pair{v.year_before, &c.ev.year_before}}) {
    if (period == &c.ev.year_before && c.one_comparison()) continue;
    std::string change = ComparedChangeText(c, def.id, def.unit, v.value, before, *period);
    // No-break spaces: "2. Hj." at a line end would read as a sentence end.
    if (change.empty()) continue;
    // An unfinished period compares with spans whose dates do not fit a
    // tile: the tile names them in words, the remark below gives the dates.
    parts.push_back(change + c.S("figures.change_text.vs") +
                    ReplaceAll(BriefComparisonLabel(c, *period), " ", "\u00A0"));
  }
  return Join(parts, ", ");
}

const TargetResult* FindTarget(const BuildContext& c, const std::string& id) {
  for (const TargetResult& t : c.ev.targets)
    if (t.target.indicator == id) return &t;
  return nullptr;
}

std::string CellText(const Cell& cell, int k, const std::string& unit, const std::string& lang) {
  if (cell.suppression != Suppression::kNone) return SuppressedText(cell.suppression, k);
  if (!cell.value) return "–";
  return BuiltinLocale(lang).FormatNumber(*cell.value, unit == "count" ? 0 : 1);
}

// Channel keys are stored in English ("paper", "digital"); a table row
// names them in the reader's language, both capitalised alike.
std::string ChannelName(const BuildContext& c, const std::string& key) {
  if (key == "paper") return c.S("channel.paper");
  if (key == "digital") return c.S("channel.digital");
  return key;
}

// The goal areas are ranked 1 (most important) to 7.
constexpr int kGoalPriorities = 7;

}  // namespace

BarChart VisitsByMonthChart(const BuildContext& c, const std::string& title) {
  BarChart chart;
  chart.title = title;
  chart.unit = c.S("chart.visits.unit");
  chart.empty_message = c.S("chart.visits.empty");
  ChartSeries current{c.ev.period.Label(c.lang), {}};
  ChartSeries before{ComparisonLabel(c, c.ev.year_before), {}};
  for (const MonthValue& m : c.ev.visits_by_month) {
    chart.categories.push_back(c.locale().MonthShort(m.month.month()));  // "Jan", "Mär"
    current.values.push_back(m.value);
  }
  for (const MonthValue& m : c.ev.visits_by_month_year_before) before.values.push_back(m.value);
  before.values.resize(current.values.size());
  bool any_before =
      std::any_of(before.values.begin(), before.values.end(), [](auto v) { return v.has_value(); });
  chart.series.push_back(current);
  if (any_before) chart.series.push_back(before);
  return chart;
}

Status AddKpiTiles(const BuildContext& c, const Poco::JSON::Object& section,
                   const std::string& path, Document* doc) {
  Poco::JSON::Array::Ptr ids = section.getArray("indicators");
  if (!ids)
    return Status::Config(
        CliWords().Format("cli.template.indicators_missing", {{"where", c.file + ": " + path}}));
  KpiTiles tiles;
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string id = ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      std::string where = c.file + ": " + path + ".indicators[" + std::to_string(i) + "]";
      return Status::Config(
          CliWords().Format("cli.template.unknown_indicator_at", {{"where", where}, {"id", id}}));
    }
    const IndicatorValue& v = c.ev.indicators.at(id);
    KpiTile tile;
    auto withheld = c.ev.withheld.find(id);
    tile.value = withheld != c.ev.withheld.end() ? withheld->second
                                                 : c.locale().FormatByUnit(v.value, def->unit);
    tile.label = SiteLabel(c, *def);
    tile.change = ChangeText(c, *def, v);
    // The arrow points the way of the change against the previous period:
    // none where that change is not shown (comparison_basis.h).
    if (v.value && v.previous && Comparable(*c.ev.site, id, def->unit, c.ev.previous)) {
      tile.trend = *v.value > *v.previous   ? Trend::kUp
                   : *v.value < *v.previous ? Trend::kDown
                                            : Trend::kFlat;
    }
    if (const TargetResult* t = FindTarget(c, id); t && t->provisional) {
      // A total that still grows: what it shows so far is no verdict.
      tile.status_text = c.S("figures.kpi_tiles.target_provisional");
    } else if (t) {
      switch (t->status) {
        case TargetState::kMet:
          tile.status = TargetStatus::kMet;
          tile.status_text = c.S("figures.kpi_tiles.target_met");
          break;
        case TargetState::kNear:
          tile.status = TargetStatus::kNear;
          tile.status_text = c.S("figures.kpi_tiles.target_nearly_met");
          break;
        case TargetState::kMissed:
          tile.status = TargetStatus::kMissed;
          tile.status_text = c.S("figures.kpi_tiles.target_missed");
          break;
        case TargetState::kNoData:
          break;
      }
    }
    tiles.tiles.push_back(tile);
  }
  doc->blocks.push_back(tiles);
  if (std::string notice = CoverageNotice(c); !notice.empty()) {
    doc->blocks.push_back(
        Remark{notice + c.S("figures.kpi_tiles.changes_compare_same_span") +
               ComparisonLabel(c, c.ev.previous) +
               (c.one_comparison() ? "" : ", " + ComparisonLabel(c, c.ev.year_before)) + ")."});
  }
  return Status::Ok();
}

void AddGoalProfile(const BuildContext& c, Document* doc) {
  RadarChart radar;
  radar.title = c.S("figures.goal_profile.goal_profile_priority_seven");
  radar.empty_message = c.S("figures.goal_profile.no_goal_area_priorities");
  // Priority 1 is drawn on the outer ring and the rings say which priority
  // they stand for, so the largest area is the one that matters most.
  ChartSeries priority{c.S("figures.goal_profile.priority"), {}};
  radar.scale_min = 0;
  radar.scale_max = kGoalPriorities;
  for (int p = 1; p <= kGoalPriorities; ++p) {
    radar.ring_labels.push_back(
        {static_cast<double>(kGoalPriorities + 1 - p),
         p == 1 ? c.S("figures.goal_profile.priority_1") : std::to_string(p)});
  }
  // The count columns are named in full ("knapp verfehlt", not "knapp"), and
  // the caption explains exactly these names.
  Table table;
  table.columns = {{c.S("figures.goal_profile.goal_area"), false},
                   {c.S("figures.goal_profile.priority"), true},
                   {c.S("figures.goal_profile.met"), true},
                   {c.S("figures.goal_profile.nearly_met"), true},
                   {c.S("figures.goal_profile.missed"), true}};
  std::vector<const GoalProfile*> by_priority;
  for (const GoalProfile& g : c.ev.goals) {
    radar.axes.push_back(GoalAreaText(c.words, g.id));
    priority.values.push_back(g.priority ? std::optional<double>(kGoalPriorities + 1 - *g.priority)
                                         : std::nullopt);
    by_priority.push_back(&g);
  }
  std::stable_sort(by_priority.begin(), by_priority.end(),
                   [](const GoalProfile* a, const GoalProfile* b) {
                     return a->priority.value_or(99) < b->priority.value_or(99);
                   });
  for (const GoalProfile* g : by_priority) {
    table.rows.push_back({GoalAreaText(c.words, g->id),
                          g->priority ? std::to_string(*g->priority) : "–", std::to_string(g->met),
                          std::to_string(g->near), std::to_string(g->missed)});
  }
  radar.series.push_back(priority);
  doc->blocks.push_back(radar);
  // The chart's legend stands right under it (a note keeps with the figure
  // above it), not in the caption of the table that may start overleaf.
  bool ranked = std::any_of(c.ev.goals.begin(), c.ev.goals.end(),
                            [](const GoalProfile& g) { return g.priority; });
  if (ranked && c.ev.site->goal_priorities_from_type) {
    // No ranking of its own: the study's aims for the place's type stand in.
    std::string note = c.S("figures.goal_profile.priority_1_most_important");
    doc->blocks.push_back(Remark{note + SiteTypeText(c.words, c.ev.site->type) + ")."});
  } else if (ranked) {
    doc->blocks.push_back(Remark{c.S("figures.goal_profile.priority_1_most_important_self")});
  }
  table.caption = c.S("figures.goal_profile.targets_per_goal_area");
  if (!c.ev.targets.empty()) {
    table.caption += c.S("figures.goal_profile.each_indicator_counts_goal");
  }
  doc->blocks.push_back(table);
  if (c.ev.targets.empty()) return;
  Table targets;
  targets.columns = {{c.S("figures.goal_profile.indicator"), false},
                     {c.S("figures.goal_profile.target"), true},
                     {c.S("figures.goal_profile.value"), true},
                     {c.S("figures.goal_profile.status"), false},
                     {c.S("figures.goal_profile.counts"), false}};
  for (const TargetResult& t : c.ev.targets) {
    const std::string& id = t.target.indicator;
    std::string label = IndicatorLabel(c, id);
    std::string goal;
    auto bound = [&](double v) { return ValueText(c, id, v); };
    if (t.target.min && t.target.max)
      goal = bound(*t.target.min) + " – " + bound(*t.target.max);
    else if (t.target.min)
      goal = c.S("figures.goal_profile.at_least") + bound(*t.target.min);
    else if (t.target.max)
      goal = c.S("figures.goal_profile.at_most") + bound(*t.target.max);
    std::string status;
    switch (t.status) {
      case TargetState::kMet:
        status = c.S("figures.goal_profile.met");
        break;
      case TargetState::kNear:
        status = c.S("figures.goal_profile.nearly_met");
        break;
      case TargetState::kMissed:
        status = c.S("figures.goal_profile.missed");
        break;
      case TargetState::kNoData:
        status = c.S("figures.goal_profile.no_data");
        break;
    }
    std::vector<std::string> areas;
    for (const GoalProfile* g : by_priority) {
      for (const GoalIndicator& i : g->indicators)
        if (i.id == id) areas.push_back(GoalAreaText(c.words, g->id));
    }
    if (t.provisional) status = ProvisionalText(c, t);
    targets.rows.push_back(
        {label, goal, ValueText(c, id, t.value), status, areas.empty() ? "–" : Join(areas, ", ")});
  }
  targets.caption = c.S("figures.goal_profile.place_s_agreed_targets");
  if (std::string notice = CoverageNotice(c); !notice.empty()) {
    targets.caption += " " + notice + c.S("figures.goal_profile.totals_still_grow_their");
  }
  doc->blocks.push_back(targets);
}

void AddItemGroups(const BuildContext& c, const std::string& by, Document* doc) {
  // Rows: the groups (channel, format or speaker); columns: the share of
  // positive answers per scale item. Groups below the threshold arrive
  // withheld or left out from the engine.
  // Speakers are people rated by name: the public edition shows them only
  // in summary.
  if (by == "speaker" && !c.internal()) {
    AddSpeakerSummary(c, doc);
    return;
  }
  std::vector<const ItemResult*> items;
  for (const ItemResult& item : c.ev.items)
    if (item.scale != ScaleType::kText && item.scale != ScaleType::kMulti &&
        item.scale != ScaleType::kSingle)
      items.push_back(&item);
  if (items.empty()) return;
  std::vector<std::string> groups;
  for (const ItemResult* item : items) {
    const auto& m = by == "channel"  ? item->by_channel
                    : by == "format" ? item->by_format
                                     : item->by_speaker;
    for (const auto& [g, stats] : m)
      if (std::find(groups.begin(), groups.end(), g) == groups.end()) groups.push_back(g);
  }
  if (groups.empty()) {
    doc->blocks.push_back(Paragraph{c.S("figures.item_groups.no_group_reaches_minimum")});
    return;
  }
  Table table;
  table.columns.push_back({by == "channel"  ? c.S("figures.item_groups.channel")
                           : by == "format" ? c.S("figures.item_groups.format")
                                            : c.S("figures.item_groups.speaker"),
                           false});
  // Item texts are long sentences: short headers keep the group column
  // readable, and the caption says which question is which.
  std::string legend;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string key = c.S("figures.item_groups.q") + std::to_string(i + 1);
    table.columns.push_back({key, true});
    // "zufrieden.; F2: …" reads as a typo: the sentence's own full stop goes.
    std::string text = items[i]->text.empty() ? items[i]->id : items[i]->text;
    if (text.ends_with(".")) text.pop_back();
    legend += (i ? "; " : "") + key + ": " + text;
  }
  for (const std::string& g : groups) {
    std::vector<std::string> row = {ChannelName(c, g)};
    for (const ItemResult* item : items) {
      const auto& m = by == "channel"  ? item->by_channel
                      : by == "format" ? item->by_format
                                       : item->by_speaker;
      auto it = m.find(g);
      row.push_back(it != m.end() && it->second.positive_share
                        ? c.locale().FormatPercent(*it->second.positive_share)
                        : "–");
    }
    table.rows.push_back(row);
  }
  std::string ks = std::to_string(c.ev.privacy_threshold);
  table.caption = c.words.Format("figures.item_groups.caption", {{"legend", legend}, {"k", ks}});
  doc->blocks.push_back(table);
  if (by == "speaker") c.log.named_speakers = static_cast<int>(groups.size());
}

void AddWeekdayHourHeatmap(const BuildContext& c, Document* doc) {
  HeatmapChart heat;
  heat.title = c.S("figures.weekday_hour_heatmap.mean_visits_per_weekday");
  heat.unit = c.S("figures.weekday_hour_heatmap.visits_per_hour_mean");
  heat.empty_message = c.S("figures.weekday_hour_heatmap.there_no_hourly_counter");
  heat.missing_label = c.S("figures.weekday_hour_heatmap.no_data");
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, "visitors.by_weekday_hour");
  int first = 24, last = -1;
  if (b) {
    for (const Cell& cell : b->cells) {
      if (auto wh = WeekdayHourOfKey(cell.key)) {
        first = std::min(first, wh->second);
        last = std::max(last, wh->second);
      }
    }
  }
  for (int d = 0; d < 7; ++d) heat.row_labels.push_back(c.locale().WeekdayShort(d));
  for (int h = first; h <= last; ++h) heat.column_labels.push_back(std::to_string(h));
  heat.closed_label = c.S("figures.weekday_hour_heatmap.closed");
  heat.values.assign(7, std::vector<std::optional<double>>(heat.column_labels.size()));
  // A weekday and hour the matrix leaves out lies outside the opening hours
  // and has no readings: closed. So is an hour outside the opening hours
  // whose readings are all zero; visits outside them (an evening event) show.
  heat.closed.assign(7, std::vector<bool>(heat.column_labels.size(), true));
  if (b) {
    for (const Cell& cell : b->cells) {
      // The key is a code ("Di 14", evaluate/breakdowns.h); the row label
      // is the weekday as the document's language names it.
      std::optional<std::pair<int, int>> wh = WeekdayHourOfKey(cell.key);
      if (!wh) continue;
      int d = wh->first;
      size_t h = wh->second - first;
      heat.values[d][h] = cell.value;
      heat.closed[d][h] = !cell.marked && (!cell.value || *cell.value == 0);
      if (heat.closed[d][h]) heat.values[d][h].reset();
    }
  }
  if (heat.column_labels.empty()) heat.row_labels.clear();
  doc->blocks.push_back(heat);
}

Status AddBreakdownTable(const BuildContext& c, const Poco::JSON::Object& section,
                         const std::string& path, Document* doc) {
  std::string id = section.has("breakdown") ? section.getValue<std::string>("breakdown") : "";
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, id);
  if (!b)
    return Status::Config(CliWords().Format("cli.template.unknown_breakdown",
                                            {{"where", c.file + ": " + path}, {"id", id}}));
  AddBreakdownTableOf(c, *b, Localized(section, "label", c.lang), doc);
  return Status::Ok();
}

void AddBreakdownTableOf(const BuildContext& c, const Breakdown& breakdown,
                         const std::string& label, Document* doc) {
  const Breakdown* b = &breakdown;
  if (b->cells.empty()) {
    doc->blocks.push_back(Paragraph{c.S("figures.breakdown_table_of.no_data_period")});
    return;
  }
  Table table;
  table.columns = {{label.empty() ? c.S("figures.breakdown_table_of.category") : label, false},
                   {c.S("figures.breakdown_table_of.count"), true}};
  // Overlapping cells (a multiple-choice question) have shares only where
  // they were computed per respondent.
  bool any_share = std::any_of(b->cells.begin(), b->cells.end(),
                               [](const Cell& x) { return x.share.has_value(); });
  bool shares = b->total && (!b->overlapping || any_share);
  if (shares) table.columns.push_back({c.S("figures.breakdown_table_of.share"), true});
  int k = c.ev.privacy_threshold;
  for (const Cell& cell : b->cells) {
    // Channel keys are stored in English ("paper"); readers see their language.
    std::string name = ChannelName(c, cell.label);
    std::vector<std::string> row = {name, CellText(cell, k, b->unit, c.lang)};
    if (shares) row.push_back(cell.share ? c.locale().FormatPercent(*cell.share) : "–");
    table.rows.push_back(row);
  }
  if (b->total || b->total_suppression != Suppression::kNone) {
    // A multiple-choice question's total is the people who answered it.
    std::string total_label = b->overlapping && any_share
                                  ? c.S("figures.breakdown_table_of.respondents_who_answered")
                                  : c.S("figures.breakdown_table_of.total");
    Cell total{"", total_label, b->total, std::nullopt, b->total_suppression, false};
    std::vector<std::string> row = {total.label, CellText(total, k, b->unit, c.lang)};
    // Nothing to share out of none; the shares of several answers per
    // person add up to more than 100 %, so their total row has no share.
    const bool whole = b->total && *b->total > 0 && !b->overlapping;
    if (shares) row.push_back(whole ? c.locale().FormatPercent(100.0) : "–");
    table.rows.push_back(row);
  }
  doc->blocks.push_back(table);
  bool suppressed = std::any_of(b->cells.begin(), b->cells.end(),
                                [](const Cell& x) { return x.suppression != Suppression::kNone; });
  if (suppressed) {
    std::string ks = std::to_string(k);
    doc->blocks.push_back(
        Remark{c.words.Format("figures.breakdown_table_of.suppressed_remark", {{"k", ks}})});
  }
}

void AddFeedbackItems(const BuildContext& c, Document* doc) {
  DivergingChart chart;
  chart.title = c.S("figures.feedback_items.agreement_statements_form");
  for (const char* key : {"figures.feedback_items.answer_1", "figures.feedback_items.answer_2",
                          "figures.feedback_items.answer_3", "figures.feedback_items.answer_4",
                          "figures.feedback_items.answer_5"}) {
    chart.answers.push_back(c.S(key));
  }
  chart.neutral = 2;
  chart.withheld_label = c.S("figures.feedback_items.not_shown_privacy");
  chart.empty_message = c.S("figures.feedback_items.no_answers_agreement_items");
  Table table;
  table.columns = {{c.S("figures.feedback_items.item"), false},
                   {"n", true},
                   {c.S("figures.feedback_items.mean_95_ci"), true},
                   {c.S("figures.feedback_items.positive_95_ci"), true}};
  for (const ItemResult& item : c.ev.items) {
    // A choice question (age group, district) has options, not a scale: a
    // mean of option numbers means nothing. choice_items shows it as bars.
    if (item.scale == ScaleType::kSingle) continue;
    if (item.scale == ScaleType::kAgree5) {
      chart.items.push_back(item.text.empty() ? item.id : item.text);
      std::vector<std::optional<double>> row;
      for (const char* key : {"1", "2", "3", "4", "5"}) {
        std::optional<double> v;
        for (const Cell& cell : item.distribution.cells)
          if (cell.key == key && cell.suppression == Suppression::kNone) v = cell.value;
        row.push_back(item.all.withheld ? std::nullopt : v);
      }
      chart.values.push_back(row);
      chart.withheld.push_back(item.all.withheld ? 0 : item.distribution.withheld.value_or(0));
    }
    const ItemStats& s = item.all;
    std::string n = s.n ? c.locale().FormatNumber(*s.n, 0)
                        : SuppressedText(s.n_suppression, c.ev.privacy_threshold);
    auto mean_text = [&](const ItemStats& st) {
      return st.mean && st.mean_low && st.mean_high
                 ? c.locale().FormatNumber(*st.mean, 1) + " (" +
                       c.locale().FormatNumber(*st.mean_low, 1) + "–" +
                       c.locale().FormatNumber(*st.mean_high, 1) + ")"
                 : std::string("–");
    };
    std::string mean = mean_text(s);
    std::string positive = s.positive_share && s.positive_low && s.positive_high
                               ? c.locale().FormatPercent(*s.positive_share) + " (" +
                                     c.locale().FormatNumber(*s.positive_low, 0) + "–" +
                                     c.locale().FormatNumber(*s.positive_high, 0) + ")"
                               : "–";
    table.rows.push_back({item.text.empty() ? item.id : item.text, n, mean, positive});
    // Asked on several scales (paper in school grades, online on five
    // steps): a row per scale with its own mean, never one across them.
    for (const auto& [scale, st] : item.by_scale) {
      std::string words = scale == "grade6"    ? c.S("figures.feedback_items.which_school_grades")
                          : scale == "scale10" ? c.S("figures.feedback_items.which_scale_0_10")
                          : scale == "yesno"   ? c.S("figures.feedback_items.which_yes_no")
                                               : c.S("figures.feedback_items.which_scale_1_5");
      std::string scale_n = st.n ? c.locale().FormatNumber(*st.n, 0)
                                 : SuppressedText(st.n_suppression, c.ev.privacy_threshold);
      std::string scale_positive =
          st.positive_share ? c.locale().FormatPercent(*st.positive_share) : "–";
      table.rows.push_back({"    " + words, scale_n, mean_text(st), scale_positive});
    }
  }
  doc->blocks.push_back(chart);
  doc->blocks.push_back(table);
  std::string withheld;
  if (std::any_of(chart.withheld.begin(), chart.withheld.end(), [](double w) { return w > 0; })) {
    // A reader who sees only "small counts are hidden" and then a grey fifth
    // of a bar suspects whitewashing: say that a second answer is hidden with
    // the small one, and why.
    withheld = c.S("figures.feedback_items.grey_not_shown_answers");
  }
  doc->blocks.push_back(Remark{IntervalMethodText(c.words) + " " +
                               c.S("figures.feedback_items.positive_agreement_4_5") + withheld});
}

void AddSignals(const BuildContext& c, Document* doc) {
  if (c.ev.signals.empty()) {
    doc->blocks.push_back(Paragraph{c.S("figures.signals.no_events_period")});
    return;
  }
  Table table;
  table.columns = {
      {c.S("figures.signals.format"), false},   {c.S("figures.signals.events"), true},
      {c.S("figures.signals.fill_rate"), true}, {c.S("figures.signals.forms"), true},
      {c.S("figures.signals.positive"), true},  {c.S("figures.signals.signal"), false}};
  int k = c.ev.privacy_threshold;
  for (const FormatSignal& s : c.ev.signals) {
    std::string signal;
    switch (s.signal) {
      case Signal::kRepeat:
        signal = c.S("figures.signals.repeat");
        break;
      case Signal::kAdapt:
        signal = c.S("figures.signals.adapt");
        break;
      case Signal::kDrop:
        signal = c.S("figures.signals.drop");
        break;
      case Signal::kTooFewData:
        signal = c.S("figures.signals.too_few_data");
        break;
    }
    std::string forms = s.responses_suppression != Suppression::kNone
                            ? SuppressedText(s.responses_suppression, k)
                            : std::to_string(s.responses);
    table.rows.push_back({s.format, std::to_string(s.events),
                          s.fill_rate ? c.locale().FormatPercent(*s.fill_rate) : "–", forms,
                          s.positive_share ? c.locale().FormatPercent(*s.positive_share) : "–",
                          signal});
  }
  doc->blocks.push_back(table);
  doc->blocks.push_back(Remark{SignalRuleText(c.words, c.ev.signal_rule)});
}

}  // namespace ankerbericht
