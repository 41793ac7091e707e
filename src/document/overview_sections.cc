// The overview's sections across the sites (overview_sections.h): events by
// format, feedback, targets and themes per site, and the notes; and the values
// and words all the overview's sections share.
#include "document/overview_sections.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <map>
#include <set>

#include "document/build_context.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/rule_words.h"
#include "evaluate/breakdowns.h"
#include "evaluate/privacy.h"
#include "evaluate/stats.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::string SafeCount(int n, int k, const std::string& lang) {
  if (n > 0 && n < k) return "< " + std::to_string(k);
  return BuiltinLocale(lang).FormatNumber(n, 0);
}

}  // namespace

std::string Label(const OverviewContext& c, const IndicatorDef& def) {
  return CatalogueLabel(c.words, def);
}

std::string StateText(const OverviewContext& c, TargetState s) {
  switch (s) {
    case TargetState::kMet:
      return c.S("target.state.met");
    case TargetState::kNear:
      return c.S("target.state.near");
    case TargetState::kMissed:
      return c.S("target.state.missed");
    case TargetState::kNoData:
      return c.S("target.state.no_data");
  }
  return "";
}

std::string SiteIndicatorValue(const OverviewContext& c, const Evaluation& ev,
                               const std::string& id, std::optional<double> v) {
  ReportInput in;
  in.evaluation = &ev;
  in.lang = c.lang;
  in.today = c.in.today;
  BuildContext site{in, ev, c.lang, c.file, c.words, EditionLog{}};
  return ValueText(site, id, v);
}

std::string TargetText(const OverviewContext& c, const Evaluation& ev, const Target& t) {
  auto value = [&](double v) { return SiteIndicatorValue(c, ev, t.indicator, v); };
  if (t.min && t.max) return value(*t.min) + " – " + value(*t.max);
  if (t.min) return c.S("overview.target_text.at_least") + value(*t.min);
  if (t.max) return c.S("overview.target_text.at_most") + value(*t.max);
  return "–";
}

std::string IndicatorName(const OverviewContext& c, const Evaluation& ev, const std::string& id) {
  if (const IndicatorDef* def = FindIndicator(id))
    return CatalogueLabel(c.words, *def, CountKind(*ev.site, &ev.data));
  if (const CustomIndicator* custom = ev.site->FindCustom(id))
    return c.en() ? custom->label_en : custom->label_de;
  // "feedback.item.<id>.positive_share" and the like.
  const std::string prefix = std::string("feedback.item") + ".";
  if (id.starts_with(prefix)) {
    std::string item = id.substr(prefix.size());
    item = item.substr(0, item.find('.'));
    if (const QuestionItem* q = ev.site->FindItem(item)) {
      // A statement's full stop would run into the ": Ziel …" after it.
      std::string text = q->text;
      if (text.ends_with('.')) text.pop_back();
      return text;
    }
  }
  return c.S("overview.indicator_name.own_indicator");
}

std::vector<const Evaluation*> SitesByType(const SiteColumns& cols) {
  std::vector<const Evaluation*> order;
  for (const Evaluation& ev : cols.sites) order.push_back(&ev);
  // Places without a type come last; within a type, the order asked for.
  std::stable_sort(order.begin(), order.end(), [](const Evaluation* a, const Evaluation* b) {
    int ta = a->site->type > 0 ? a->site->type : 99, tb = b->site->type > 0 ? b->site->type : 99;
    return ta < tb;
  });
  return order;
}

std::string SiteValueText(const OverviewContext& c, const Evaluation& ev, const std::string& id) {
  if (auto w = ev.withheld.find(id); w != ev.withheld.end()) return w->second;
  const IndicatorDef* def = FindIndicator(id);
  return c.locale().FormatByUnit(ev.indicators.at(id).value, def->unit);
}

std::string TotalValueText(const OverviewContext& c, const std::string& id) {
  if (auto w = c.cols.total_withheld.find(id); w != c.cols.total_withheld.end()) return w->second;
  const IndicatorDef* def = FindIndicator(id);
  return c.locale().FormatByUnit(c.cols.total.at(id), def->unit);
}

void AddEventsByFormat(const OverviewContext& c, Document* doc) {
  std::map<std::string, std::map<const Evaluation*, int>> held;  // format -> site -> events
  for (const Evaluation* ev : c.order)
    for (const Event& e : ev->data.events)
      if (e.status == EventStatus::kHeld)
        ++held[e.format.empty() ? c.S("overview.events_by_format.not_given") : e.format][ev];
  if (held.empty()) {
    doc->blocks.push_back(Paragraph{c.S("overview.events_by_format.no_events_were_held")});
    return;
  }
  // Events carry no person: the counts are published as they are.
  BarChart chart;
  chart.title = c.S("overview.events_by_format.events_held_format_place");
  chart.unit = c.S("overview.events_by_format.events");
  chart.horizontal = true;
  chart.stacked = true;
  for (const Evaluation* ev : c.order) chart.categories.push_back(ev->site->name);
  Table table;
  table.columns.push_back({c.S("overview.events_by_format.format"), false});
  bool per_site = c.order.size() <= kMaxSiteColumns;
  if (per_site)
    for (const Evaluation* ev : c.order) table.columns.push_back({ev->site->name, true});
  table.columns.push_back({c.S("overview.events_by_format.places"), true});
  table.columns.push_back({c.S("overview.events_by_format.all_places"), true});
  for (const auto& [format, sites] : held) {
    ChartSeries series{format, {}};
    std::vector<std::string> row = {format};
    int all = 0;
    for (const Evaluation* ev : c.order) {
      auto it = sites.find(ev);
      int n = it == sites.end() ? 0 : it->second;
      all += n;
      series.values.push_back(n);
      if (per_site) row.push_back(c.locale().FormatNumber(n, 0));
    }
    row.push_back(c.locale().FormatNumber(static_cast<double>(sites.size()), 0));
    row.push_back(c.locale().FormatNumber(all, 0));
    chart.series.push_back(std::move(series));
    table.rows.push_back(std::move(row));
  }
  doc->blocks.push_back(std::move(chart));
  table.caption = c.S("overview.events_by_format.places_at_how_many");
  doc->blocks.push_back(std::move(table));
}

void AddFeedbackBySite(const OverviewContext& c, Document* doc) {
  Table table;
  table.columns = {{c.S("overview.feedback_by_site.place"), false},
                   {c.S("overview.feedback_by_site.feedback_forms"), true},
                   {c.S("overview.feedback_by_site.recommendation"), true},
                   {c.S("overview.feedback_by_site.95_confidence_interval"), true},
                   {c.S("overview.feedback_by_site.answers"), true}};
  const int k = c.in.columns->privacy_threshold;
  for (const Evaluation* ev : c.order) {
    const ItemResult* recommend = nullptr;
    // The questionnaire knows one role, the recommendation (questionnaire.h).
    for (const ItemResult& item : ev->items)
      if (const QuestionItem* q = ev->site->FindItem(item.id); q && !q->role.empty())
        recommend = &item;
    std::string interval = "–", answers = "–";
    if (recommend) {
      const ItemStats& st = recommend->all;
      if (st.positive_low && st.positive_high) {
        interval = c.locale().FormatPercent(*st.positive_low) + " – " +
                   c.locale().FormatPercent(*st.positive_high);
      }
      answers = st.n_suppression != Suppression::kNone ? SuppressedText(st.n_suppression, k)
                : st.n                                 ? c.locale().FormatNumber(*st.n, 0)
                                                       : "–";
    }
    table.rows.push_back({ev->site->name, SiteValueText(c, *ev, "feedback.responses"),
                          SiteValueText(c, *ev, "feedback.recommend_rate"), interval, answers});
  }
  // The interval of all places from all answers together, where the
  // recommendation of all places is shown.
  int positive = 0, answered = 0;
  for (const Evaluation& ev : c.cols.sites) {
    RecommendBasis b = RecommendBasisOf(ev.data);
    positive += b.positive;
    answered += b.answered;
  }
  std::string interval = "–";
  if (c.cols.total.at("feedback.recommend_rate") && answered > 0) {
    if (std::optional<std::pair<double, double>> ci = WilsonInterval(positive, answered)) {
      interval = c.locale().FormatPercent(ci->first) + " – " + c.locale().FormatPercent(ci->second);
    }
  }
  table.rows.push_back(
      {c.S("overview.feedback_by_site.all_places"), TotalValueText(c, "feedback.responses"),
       TotalValueText(c, "feedback.recommend_rate"), interval,
       c.cols.total.at("feedback.recommend_rate") ? c.locale().FormatNumber(answered, 0) : "–"});
  table.caption = IntervalMethodText(c.words) +
                  c.S("overview.feedback_by_site.recommendation_all_places_worked");
  doc->blocks.push_back(std::move(table));
}

void AddTargetsBySite(const OverviewContext& c, Document* doc) {
  Table table;
  table.columns = {{c.S("overview.targets_by_site.place"), false},
                   {c.S("overview.targets_by_site.indicator"), false},
                   {c.S("overview.targets_by_site.target"), false},
                   {c.S("overview.targets_by_site.value"), true},
                   {c.S("overview.targets_by_site.status"), false}};
  std::vector<std::string> without;
  for (const Evaluation* ev : c.order) {
    if (ev->targets.empty()) {
      without.push_back(ev->site->name);
      continue;
    }
    for (const TargetResult& t : ev->targets) {
      std::string value = SiteIndicatorValue(c, *ev, t.target.indicator, t.value);
      std::string state = StateText(c, t.status);
      if (t.provisional) state += c.S("overview.targets_by_site.provisional");
      table.rows.push_back({ev->site->name, IndicatorName(c, *ev, t.target.indicator),
                            TargetText(c, *ev, t.target), value, state});
    }
  }
  if (!table.rows.empty()) doc->blocks.push_back(std::move(table));
  if (!without.empty()) {
    doc->blocks.push_back(Paragraph{c.S("overview.targets_by_site.no_targets_their_own") +
                                    Join(without, ", ") + "."});
  }
}

void AddThemesAcrossSites(const OverviewContext& c, Document* doc) {
  const int k = c.in.columns->privacy_threshold;
  std::vector<std::string> ids;  // first-seen order over the sites' codebooks
  std::map<std::string, std::string> labels;
  std::map<std::string, std::map<const Evaluation*, int>> mentions;
  bool any_codebook = false;
  for (const Evaluation* ev : c.order) {
    any_codebook |= ev->qualitative.has_codebook;
    for (const ThemeCount& t : ev->qualitative.themes.themes) {
      if (t.mentions() == 0) continue;
      if (!labels.count(t.id)) ids.push_back(t.id);
      labels[t.id] = t.label;
      mentions[t.id][ev] = t.mentions();
    }
  }
  if (!any_codebook) {
    doc->blocks.push_back(Paragraph{c.S("overview.themes_across_sites.no_place_has_codebook")});
    return;
  }
  if (ids.empty()) {
    doc->blocks.push_back(Paragraph{c.S("overview.themes_across_sites.none_themes_came_up")});
    return;
  }
  // Themes raised at most places first: what the programme hears everywhere;
  // among those, the most mentioned first.
  auto total = [&](const std::string& id) {
    int n = 0;
    for (const auto& [ev, count] : mentions[id]) n += count;
    return n;
  };
  std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
    if (mentions[a].size() != mentions[b].size()) return mentions[a].size() > mentions[b].size();
    return total(a) > total(b);
  });
  Table table;
  bool per_site = c.order.size() <= kMaxSiteColumns;
  table.columns.push_back({c.S("overview.themes_across_sites.theme"), false});
  if (per_site)
    for (const Evaluation* ev : c.order) table.columns.push_back({ev->site->name, true});
  table.columns.push_back({c.S("overview.themes_across_sites.places"), true});
  table.columns.push_back({c.S("overview.themes_across_sites.mentions_all"), true});
  for (const std::string& id : ids) {
    std::vector<std::string> row = {labels[id]};
    int all = 0, hidden = 0, hidden_cells = 0;
    for (const Evaluation* ev : c.order) {
      auto it = mentions[id].find(ev);
      int n = it == mentions[id].end() ? 0 : it->second;
      all += n;
      if (n > 0 && n < k) {
        hidden += n;
        ++hidden_cells;
      }
      if (per_site) row.push_back(SafeCount(n, k, c.lang));
    }
    row.push_back(c.locale().FormatNumber(static_cast<double>(mentions[id].size()), 0));
    // With the sites shown, the total must not give a hidden small count back.
    bool reveals = per_site && hidden_cells > 0 && hidden < k;
    row.push_back(reveals ? "x" : SafeCount(all, k, c.lang));
    table.rows.push_back(std::move(row));
  }
  table.caption = c.S("overview.themes_across_sites.mentions_feedback_free_text");
  doc->blocks.push_back(std::move(table));
}

void AddOverviewNotes(const OverviewContext& c, Document* doc) {
  BulletList notes;
  notes.items.push_back(c.S("overview.overview_notes.all_places_counts_added"));
  notes.items.push_back(PrivacyRuleText(c.words, c.in.columns->privacy_threshold));
  notes.items.push_back(c.S("overview.overview_notes.no_data_place_period"));
  doc->blocks.push_back(std::move(notes));
}

}  // namespace ankerbericht
