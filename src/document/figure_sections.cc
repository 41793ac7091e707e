#include "document/figure_sections.h"

#include <algorithm>
#include <cmath>

#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/finding_sections.h"
#include "document/rule_words.h"
#include "evaluate/privacy.h"
#include "util/format.h"
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
    std::string change = ChangeValueText(c, def.unit, v.value, before);
    // No-break spaces: "2. Hj." at a line end would read as a sentence end.
    if (change.empty()) continue;
    // An unfinished period compares with spans whose dates do not fit a
    // tile: the tile names them in words, the remark below gives the dates.
    parts.push_back(change + c.T(" ggü. ", " vs. ") +
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
  return FormatNumber(*cell.value, unit == "count" ? 0 : 1, lang);
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

const char* kWeekdays[] = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};

// "Jan", "Mär", "Mai": three letters, an umlaut counting as one.
std::string MonthLabel(const Date& m, const std::string& lang) {
  std::string name = lang == "en" ? EnglishMonthName(m.month()) : GermanMonthName(m.month());
  return name.substr(0, name[0] == 'M' && name.size() > 3 && name[1] == '\xC3' ? 4 : 3);
}

}  // namespace

BarChart VisitsByMonthChart(const BuildContext& c, const std::string& title) {
  BarChart chart;
  chart.title = title;
  chart.unit = c.S("chart.visits.unit");
  chart.empty_message = c.S("chart.visits.empty");
  ChartSeries current{c.ev.period.Label(c.lang), {}};
  ChartSeries before{ComparisonLabel(c, c.ev.year_before), {}};
  for (const MonthValue& m : c.ev.visits_by_month) {
    chart.categories.push_back(MonthLabel(m.month, c.lang));
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
    return Status::Config(c.file + ": " + path + ".indicators: a list of indicator ids is needed");
  KpiTiles tiles;
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string id = ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      return Status::Config(c.file + ": " + path + ".indicators[" + std::to_string(i) +
                            "]: unknown indicator \"" + id + "\"");
    }
    const IndicatorValue& v = c.ev.indicators.at(id);
    KpiTile tile;
    auto withheld = c.ev.withheld.find(id);
    tile.value =
        withheld != c.ev.withheld.end() ? withheld->second : FormatValue(*def, v.value, c.lang);
    tile.label = CatalogueLabel(c.words, *def);
    tile.change = ChangeText(c, *def, v);
    if (v.value && v.previous) {
      tile.trend = *v.value > *v.previous   ? Trend::kUp
                   : *v.value < *v.previous ? Trend::kDown
                                            : Trend::kFlat;
    }
    if (const TargetResult* t = FindTarget(c, id); t && t->provisional) {
      // A total that still grows: what it shows so far is no verdict.
      tile.status_text = c.T("Ziel: vorläufig", "target: provisional");
    } else if (t) {
      switch (t->status) {
        case TargetState::kMet:
          tile.status = TargetStatus::kMet;
          tile.status_text = c.T("Ziel erreicht", "target met");
          break;
        case TargetState::kNear:
          tile.status = TargetStatus::kNear;
          tile.status_text = c.T("Ziel knapp verfehlt", "target nearly met");
          break;
        case TargetState::kMissed:
          tile.status = TargetStatus::kMissed;
          tile.status_text = c.T("Ziel verfehlt", "target missed");
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
        Remark{notice +
               c.T(": Die Veränderungen vergleichen mit demselben Abschnitt der früheren "
                   "Zeiträume (",
                   ": changes compare with the same span of the earlier periods (") +
               ComparisonLabel(c, c.ev.previous) +
               (c.one_comparison() ? "" : ", " + ComparisonLabel(c, c.ev.year_before)) + ")."});
  }
  return Status::Ok();
}

void AddGoalProfile(const BuildContext& c, Document* doc) {
  RadarChart radar;
  radar.title = c.T("Zielprofil: Priorität der sieben Zielbereiche",
                    "Goal profile: priority of the seven goal areas");
  radar.empty_message = c.T("Für diesen Ort sind keine Prioritäten der Zielbereiche hinterlegt.",
                            "No goal-area priorities are configured for this place.");
  // Priority 1 is drawn on the outer ring and the rings say which priority
  // they stand for, so the largest area is the one that matters most.
  ChartSeries priority{c.T("Priorität", "Priority"), {}};
  radar.scale_min = 0;
  radar.scale_max = kGoalPriorities;
  for (int p = 1; p <= kGoalPriorities; ++p) {
    radar.ring_labels.push_back({static_cast<double>(kGoalPriorities + 1 - p),
                                 p == 1 ? c.T("Priorität 1", "Priority 1") : std::to_string(p)});
  }
  // The count columns are named in full ("knapp verfehlt", not "knapp"), and
  // the caption explains exactly these names.
  Table table;
  table.columns = {{c.T("Zielbereich", "Goal area"), false},
                   {c.T("Priorität", "Priority"), true},
                   {c.T("erreicht", "met"), true},
                   {c.T("knapp verfehlt", "nearly met"), true},
                   {c.T("verfehlt", "missed"), true}};
  std::vector<const GoalProfile*> by_priority;
  for (const GoalProfile& g : c.ev.goals) {
    radar.axes.push_back(c.en() ? g.label_en : g.label_de);
    priority.values.push_back(g.priority ? std::optional<double>(kGoalPriorities + 1 - *g.priority)
                                         : std::nullopt);
    by_priority.push_back(&g);
  }
  std::stable_sort(by_priority.begin(), by_priority.end(),
                   [](const GoalProfile* a, const GoalProfile* b) {
                     return a->priority.value_or(99) < b->priority.value_or(99);
                   });
  for (const GoalProfile* g : by_priority) {
    table.rows.push_back({c.en() ? g->label_en : g->label_de,
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
    std::string note = c.T(
        "Priorität 1 = wichtigster Zielbereich, in der Grafik außen. Der Ort hat keine eigene "
        "Rangfolge festgelegt; gezeigt sind die Ziele, die die Difu-Studie für seinen Typ nennt (",
        "Priority 1 = most important goal area, outermost in the chart. The place has not ranked "
        "its goals itself; shown are the goals the Difu study names for its type (");
    doc->blocks.push_back(Remark{note + SiteTypeText(c.words, c.ev.site->type) + ")."});
  } else if (ranked) {
    doc->blocks.push_back(
        Remark{c.T("Priorität 1 = wichtigster Zielbereich (Selbsteinschätzung des Teams), in der "
                   "Grafik außen: Je weiter die Fläche zu einem Zielbereich reicht, desto "
                   "wichtiger ist er dem Ort.",
                   "Priority 1 = most important goal area (the team's own ranking), outermost in "
                   "the chart: the further the area reaches towards a goal area, the more it "
                   "matters to the place.")});
  }
  table.caption =
      c.T("Zielwerte je Zielbereich: wie viele Kennzahlen des Zielbereichs mit einem vereinbarten "
          "Zielwert ihn erreicht, knapp verfehlt oder verfehlt haben.",
          "Targets per goal area: how many of the area's indicators with an agreed target met it, "
          "nearly met it or missed it.");
  if (!c.ev.targets.empty()) {
    table.caption += c.T(
        " Jede Kennzahl zählt in dem Zielbereich, dem sie zugeordnet ist, in mehreren nur, wo der "
        "Ort es so festgelegt hat (siehe „zählt für“ in der Tabelle der Zielwerte).",
        " Each indicator counts in the goal area it is assigned to, in several only where the "
        "place "
        "decided so (see “counts for” in the table of targets).");
  }
  doc->blocks.push_back(table);
  if (c.ev.targets.empty()) return;
  Table targets;
  targets.columns = {{c.T("Kennzahl", "Indicator"), false},
                     {c.T("Ziel", "Target"), true},
                     {c.T("Wert", "Value"), true},
                     {c.T("Stand", "Status"), false},
                     {c.T("zählt für", "counts for"), false}};
  for (const TargetResult& t : c.ev.targets) {
    const std::string& id = t.target.indicator;
    std::string label = IndicatorLabel(c, id);
    std::string goal;
    auto bound = [&](double v) { return ValueText(c, id, v); };
    if (t.target.min && t.target.max)
      goal = bound(*t.target.min) + " – " + bound(*t.target.max);
    else if (t.target.min)
      goal = c.T("mind. ", "at least ") + bound(*t.target.min);
    else if (t.target.max)
      goal = c.T("höchstens ", "at most ") + bound(*t.target.max);
    std::string status;
    switch (t.status) {
      case TargetState::kMet:
        status = c.T("erreicht", "met");
        break;
      case TargetState::kNear:
        status = c.T("knapp verfehlt", "nearly met");
        break;
      case TargetState::kMissed:
        status = c.T("verfehlt", "missed");
        break;
      case TargetState::kNoData:
        status = c.T("keine Daten", "no data");
        break;
    }
    std::vector<std::string> areas;
    for (const GoalProfile* g : by_priority) {
      for (const GoalIndicator& i : g->indicators)
        if (i.id == id) areas.push_back(c.en() ? g->label_en : g->label_de);
    }
    if (t.provisional) status = ProvisionalText(c, t);
    targets.rows.push_back(
        {label, goal, ValueText(c, id, t.value), status, areas.empty() ? "–" : Join(areas, ", ")});
  }
  targets.caption =
      c.T("Vereinbarte Zielwerte des Ortes; „zählt für“: die Zielbereiche, in denen die Kennzahl "
          "mitgezählt wird.",
          "The place's agreed targets; “counts for”: the goal areas in which the indicator is "
          "counted.");
  if (std::string notice = CoverageNotice(c); !notice.empty()) {
    targets.caption += " " + notice +
                       c.T(": Summen wachsen noch, ihr Stand ist vorläufig.",
                           ": totals still grow, their status is provisional.");
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
    doc->blocks.push_back(Paragraph{c.T("Keine Gruppe erreicht die Mindestzahl an Antworten.",
                                        "No group reaches the minimum number of answers.")});
    return;
  }
  Table table;
  table.columns.push_back({by == "channel"  ? c.T("Erfassung", "Channel")
                           : by == "format" ? c.T("Format", "Format")
                                            : c.T("Referent*in", "Speaker"),
                           false});
  // Item texts are long sentences: short headers keep the group column
  // readable, and the caption says which question is which.
  std::string legend;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string key = c.T("F", "Q") + std::to_string(i + 1);
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
                        ? FormatPercent(*it->second.positive_share, c.lang)
                        : "–");
    }
    table.rows.push_back(row);
  }
  std::string ks = std::to_string(c.ev.privacy_threshold);
  table.caption = c.en() ? "Share of positive answers per item (" + legend + "); “–”: fewer than " +
                               ks + " answers or no data."
                         : "Anteil positiver Antworten je Frage (" + legend +
                               "); „–“: weniger als " + ks + " Antworten oder keine Daten.";
  doc->blocks.push_back(table);
  if (by == "speaker") c.log.named_speakers = static_cast<int>(groups.size());
}

void AddWeekdayHourHeatmap(const BuildContext& c, Document* doc) {
  HeatmapChart heat;
  heat.title = c.T("Mittlere Besuche je Wochentag und Stunde", "Mean visits per weekday and hour");
  heat.unit = c.T("Besuche je Stunde (Ø)", "Visits per hour (mean)");
  heat.empty_message = c.T("Für diesen Zeitraum liegen keine stündlichen Zählerdaten vor.",
                           "There is no hourly counter data for this period.");
  heat.missing_label = c.T("keine Daten", "no data");
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, "visitors.by_weekday_hour");
  int first = 24, last = -1;
  if (b) {
    for (const Cell& cell : b->cells) {
      int hour = std::atoi(cell.key.substr(3).c_str());
      first = std::min(first, hour);
      last = std::max(last, hour);
    }
  }
  for (const char* d : kWeekdays) heat.row_labels.push_back(d);
  for (int h = first; h <= last; ++h) heat.column_labels.push_back(std::to_string(h));
  heat.closed_label = c.T("geschlossen", "closed");
  heat.values.assign(7, std::vector<std::optional<double>>(heat.column_labels.size()));
  // A weekday and hour the matrix leaves out lies outside the opening hours
  // and has no readings: closed. So is an hour outside the opening hours
  // whose readings are all zero; visits outside them (an evening event) show.
  heat.closed.assign(7, std::vector<bool>(heat.column_labels.size(), true));
  if (b) {
    for (const Cell& cell : b->cells) {
      for (int d = 0; d < 7; ++d) {
        if (cell.key.rfind(kWeekdays[d], 0) == 0) {
          size_t h = std::atoi(cell.key.substr(3).c_str()) - first;
          heat.values[d][h] = cell.value;
          heat.closed[d][h] = !cell.marked && (!cell.value || *cell.value == 0);
          if (heat.closed[d][h]) heat.values[d][h].reset();
        }
      }
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
    return Status::Config(c.file + ": " + path + ".breakdown: unknown breakdown \"" + id + "\"");
  AddBreakdownTableOf(c, *b, Localized(section, "label", c.lang), doc);
  return Status::Ok();
}

void AddBreakdownTableOf(const BuildContext& c, const Breakdown& breakdown,
                         const std::string& label, Document* doc) {
  const Breakdown* b = &breakdown;
  if (b->cells.empty()) {
    doc->blocks.push_back(
        Paragraph{c.T("Für diesen Zeitraum liegen keine Daten vor.", "No data for this period.")});
    return;
  }
  Table table;
  table.columns = {{label.empty() ? c.T("Kategorie", "Category") : label, false},
                   {c.T("Anzahl", "Count"), true}};
  // Overlapping cells (a multiple-choice question) have shares only where
  // they were computed per respondent.
  bool any_share = std::any_of(b->cells.begin(), b->cells.end(),
                               [](const Cell& x) { return x.share.has_value(); });
  bool shares = b->total && (!b->overlapping || any_share);
  if (shares) table.columns.push_back({c.T("Anteil", "Share"), true});
  int k = c.ev.privacy_threshold;
  for (const Cell& cell : b->cells) {
    // Channel keys are stored in English ("paper"); readers see their language.
    std::string name = ChannelName(c, cell.label);
    std::vector<std::string> row = {name, CellText(cell, k, b->unit, c.lang)};
    if (shares) row.push_back(cell.share ? FormatPercent(*cell.share, c.lang) : "–");
    table.rows.push_back(row);
  }
  if (b->total || b->total_suppression != Suppression::kNone) {
    // A multiple-choice question's total is the people who answered it.
    std::string total_label = b->overlapping && any_share
                                  ? c.T("Befragte mit Antwort", "Respondents who answered")
                                  : c.T("Gesamt", "Total");
    Cell total{"", total_label, b->total, std::nullopt, b->total_suppression, false};
    std::vector<std::string> row = {total.label, CellText(total, k, b->unit, c.lang)};
    // Nothing to share out of none; the shares of several answers per
    // person add up to more than 100 %, so their total row has no share.
    const bool whole = b->total && *b->total > 0 && !b->overlapping;
    if (shares) row.push_back(whole ? FormatPercent(100.0, c.lang) : "–");
    table.rows.push_back(row);
  }
  doc->blocks.push_back(table);
  bool suppressed = std::any_of(b->cells.begin(), b->cells.end(),
                                [](const Cell& x) { return x.suppression != Suppression::kNone; });
  if (suppressed) {
    std::string ks = std::to_string(k);
    doc->blocks.push_back(Remark{c.en() ? "“< " + ks + "”: fewer than " + ks +
                                              " cases; “x”: hidden so that small numbers cannot be "
                                              "worked out from the total (privacy)."
                                        : "„< " + ks + "“: weniger als " + ks +
                                              " Fälle; „x“: ausgeblendet, damit sich kleine Zahlen "
                                              "nicht aus der Summe errechnen lassen "
                                              "(Datenschutz)."});
  }
}

void AddFeedbackItems(const BuildContext& c, Document* doc) {
  DivergingChart chart;
  chart.title = c.T("Zustimmung zu den Aussagen des Feedbackbogens",
                    "Agreement with the statements of the form");
  chart.answers = c.en() ? std::vector<std::string>{"strongly disagree", "disagree", "neutral",
                                                    "agree", "strongly agree"}
                         : std::vector<std::string>{"stimme gar nicht zu", "eher nicht",
                                                    "teils/teils", "eher ja", "stimme voll zu"};
  chart.neutral = 2;
  chart.withheld_label = c.T("nicht ausgewiesen (Datenschutz)", "not shown (privacy)");
  chart.empty_message =
      c.T("Keine Antworten auf Zustimmungsfragen im Zeitraum.", "No answers to agreement items.");
  Table table;
  table.columns = {{c.T("Frage", "Item"), false},
                   {"n", true},
                   {c.T("Mittelwert (95 %-KI)", "Mean (95 % CI)"), true},
                   {c.T("positiv (95 %-KI)", "positive (95 % CI)"), true}};
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
    std::string n = s.n ? FormatNumber(*s.n, 0, c.lang)
                        : SuppressedText(s.n_suppression, c.ev.privacy_threshold);
    auto mean_text = [&](const ItemStats& st) {
      return st.mean && st.mean_low && st.mean_high
                 ? FormatNumber(*st.mean, 1, c.lang) + " (" +
                       FormatNumber(*st.mean_low, 1, c.lang) + "–" +
                       FormatNumber(*st.mean_high, 1, c.lang) + ")"
                 : std::string("–");
    };
    std::string mean = mean_text(s);
    std::string positive = s.positive_share && s.positive_low && s.positive_high
                               ? FormatPercent(*s.positive_share, c.lang) + " (" +
                                     FormatNumber(*s.positive_low, 0, c.lang) + "–" +
                                     FormatNumber(*s.positive_high, 0, c.lang) + ")"
                               : "–";
    table.rows.push_back({item.text.empty() ? item.id : item.text, n, mean, positive});
    // Asked on several scales (paper in school grades, online on five
    // steps): a row per scale with its own mean, never one across them.
    for (const auto& [scale, st] : item.by_scale) {
      std::string words =
          scale == "grade6"    ? c.T("davon in Schulnoten", "of which in school grades")
          : scale == "scale10" ? c.T("davon auf der Skala 0–10", "of which on the scale 0–10")
          : scale == "yesno"   ? c.T("davon ja/nein", "of which yes/no")
                               : c.T("davon auf der Skala 1–5", "of which on the scale 1–5");
      std::string scale_n = st.n ? FormatNumber(*st.n, 0, c.lang)
                                 : SuppressedText(st.n_suppression, c.ev.privacy_threshold);
      std::string scale_positive =
          st.positive_share ? FormatPercent(*st.positive_share, c.lang) : "–";
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
    withheld = c.T(
        " Grau abgesetzt („nicht ausgewiesen“): Antworten unter 5 und, damit sie sich nicht aus n "
        "zurückrechnen lassen, die nächstkleinere Antwortstufe mit mindestens 5 Antworten; sie "
        "zählen "
        "zu n, jeder Balken zeigt alle Antworten.",
        " Grey (“not shown”): answers below 5 and, so that they cannot be worked out from n, the "
        "next "
        "smallest answer with at least 5 answers; they are part of n, every bar shows all "
        "answers.");
  }
  doc->blocks.push_back(Remark{IntervalMethodText(c.words) + " " +
                               c.T("Positiv: Zustimmung (4–5), Schulnoten 1–2, „ja“.",
                                   "Positive: agreement (4–5), grades 1–2, “yes”.") +
                               withheld});
}

void AddSignals(const BuildContext& c, Document* doc) {
  if (c.ev.signals.empty()) {
    doc->blocks.push_back(Paragraph{
        c.T("Im Zeitraum fanden keine Veranstaltungen statt.", "No events in this period.")});
    return;
  }
  Table table;
  table.columns = {{c.T("Format", "Format"), false},       {c.T("Veranst.", "Events"), true},
                   {c.T("Auslastung", "Fill rate"), true}, {c.T("Bögen", "Forms"), true},
                   {c.T("positiv", "positive"), true},     {c.T("Empfehlung", "Signal"), false}};
  int k = c.ev.privacy_threshold;
  for (const FormatSignal& s : c.ev.signals) {
    std::string signal;
    switch (s.signal) {
      case Signal::kRepeat:
        signal = c.T("wiederholen", "repeat");
        break;
      case Signal::kAdapt:
        signal = c.T("anpassen", "adapt");
        break;
      case Signal::kDrop:
        signal = c.T("streichen", "drop");
        break;
      case Signal::kTooFewData:
        signal = c.T("zu wenige Daten", "too few data");
        break;
    }
    std::string forms = s.responses_suppression != Suppression::kNone
                            ? SuppressedText(s.responses_suppression, k)
                            : std::to_string(s.responses);
    table.rows.push_back({s.format, std::to_string(s.events),
                          s.fill_rate ? FormatPercent(*s.fill_rate, c.lang) : "–", forms,
                          s.positive_share ? FormatPercent(*s.positive_share, c.lang) : "–",
                          signal});
  }
  doc->blocks.push_back(table);
  doc->blocks.push_back(Remark{SignalRuleText(c.words, c.ev.signal_rule)});
}

}  // namespace ankerbericht
