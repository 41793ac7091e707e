#include "document/qualitative_sections.h"

#include <algorithm>

#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/rule_words.h"
#include "evaluate/comparison_basis.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// Counts below the threshold are printed as "< k": the theme table is a
// breakdown of what people wrote.
std::string SafeCount(int n, int k, const std::string& lang) {
  if (n > 0 && n < k) return "< " + std::to_string(k);
  return BuiltinLocale(lang).FormatNumber(n, 0);
}

std::string TrendText(int now, int before, int k, const BuildContext& c) {
  if (now < k && before < k) return "–";  // too few to speak of a trend
  if (now > before) return c.S("qualitative.trend_text.more");
  if (now < before) return c.S("qualitative.trend_text.fewer");
  return c.S("qualitative.trend_text.same");
}

std::string ShareText(const ThemeCount& t, const ThemeSummary& s, int k, const std::string& lang) {
  if (s.responses_with_text < k || (t.responses > 0 && t.responses < k)) return "–";
  return BuiltinLocale(lang).FormatPercent(100.0 * t.responses / s.responses_with_text);
}

void AddQuote(const std::string& text, const std::string& source, Document* doc) {
  doc->blocks.push_back(Quote{text, source});
}

}  // namespace

std::vector<size_t> LeadingThemes(const ThemeSummary& s) {
  std::vector<size_t> order;
  for (size_t i = 0; i < s.themes.size(); ++i)
    if (s.themes[i].mentions() > 0) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return s.themes[a].mentions() > s.themes[b].mentions();
  });
  return order;
}

void AddThemesTable(const BuildContext& c, Document* doc) {
  const Qualitative& q = c.ev.qualitative;
  int k = c.ev.privacy_threshold;
  if (!q.has_codebook) {
    doc->blocks.push_back(Paragraph{c.S("qualitative.themes_table.no_codebook_set_up")});
    return;
  }
  std::vector<size_t> order = LeadingThemes(q.themes);
  if (order.empty()) {
    doc->blocks.push_back(Paragraph{c.S("qualitative.themes_table.none_codebook_s_themes")});
    return;
  }
  Table table;
  table.columns = {{c.S("qualitative.themes_table.theme"), false},
                   {c.S("qualitative.themes_table.mentions"), true},
                   {c.S("qualitative.themes_table.share_free_texts"), true},
                   {c.ev.period.Previous().Label(c.lang), true},
                   {c.S("qualitative.themes_table.trend"), false}};
  // Themes compare whole periods: a part of one against all of the other
  // would read as a decline. A period before the place opened holds no
  // mentions to compare with: "–", no trend (comparison_basis.h).
  const Period previous = c.ev.period.Previous();
  const bool not_open = NotYetOpen(*c.ev.site, previous);
  bool comparable = c.ev.coverage.complete() && !not_open;
  for (size_t i : order) {
    const ThemeCount& now = q.themes.themes[i];
    const ThemeCount& before = q.themes_previous.themes[i];
    table.rows.push_back({now.label, SafeCount(now.mentions(), k, c.lang),
                          ShareText(now, q.themes, k, c.lang),
                          not_open ? "–" : SafeCount(before.mentions(), k, c.lang),
                          comparable ? TrendText(now.mentions(), before.mentions(), k, c) : "–"});
  }
  std::string texts = std::to_string(q.themes.responses_with_text);
  table.caption = c.words.Format("qualitative.themes_table.caption", {{"texts", texts}});
  if (not_open) {
    std::string label = c.en() ? ShortPeriodLabel(previous, c.lang) : previous.Label(c.lang);
    table.caption.append(" ").append(
        c.words.Format("qualitative.themes_table.not_open", {{"period", label}}));
  } else if (!comparable) {
    table.caption.append(" ")
        .append(CoverageNotice(c))
        .append(c.S("qualitative.themes_table.no_trend_until_period"));
  }
  doc->blocks.push_back(table);
}

namespace {

// The quotes of a theme not printed yet in this document (a quote printed
// under the goal areas of the consolidation case is not repeated).
std::vector<const SelectedQuote*> FreshQuotes(const BuildContext& c, const std::string& theme) {
  std::vector<const SelectedQuote*> fresh;
  auto quotes = c.ev.qualitative.quotes.find(theme);
  if (quotes == c.ev.qualitative.quotes.end()) return fresh;
  for (const SelectedQuote& quote : quotes->second)
    if (!c.log.quotes_shown.count(quote.id)) fresh.push_back(&quote);
  return fresh;
}

}  // namespace

bool AnyQuoteToShow(const BuildContext& c) {
  const Qualitative& q = c.ev.qualitative;
  if (!q.has_codebook) return false;
  for (size_t i : LeadingThemes(q.themes))
    if (!FreshQuotes(c, q.themes.themes[i].id).empty()) return true;
  return false;
}

void AddQuotes(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const Qualitative& q = c.ev.qualitative;
  if (!q.has_codebook) return;
  size_t max_themes = section.has("max_themes") ? section.getValue<size_t>("max_themes") : 3;
  int k = c.ev.privacy_threshold;
  size_t shown = 0;
  for (size_t i : LeadingThemes(q.themes)) {
    if (shown >= max_themes) break;
    const ThemeCount& t = q.themes.themes[i];
    // A theme left without quotes gives way to the next.
    std::vector<const SelectedQuote*> fresh = FreshQuotes(c, t.id);
    if (fresh.empty()) continue;
    ++shown;
    doc->blocks.push_back(Heading{2, t.label});
    // The figure beside its voices (joint display).
    doc->blocks.push_back(Paragraph{
        c.S("qualitative.quotes.mentions_period") + SafeCount(t.mentions(), k, c.lang) + " · " +
        c.S("qualitative.quotes.share_free_texts") + ShareText(t, q.themes, k, c.lang)});
    for (const SelectedQuote* quote : fresh) {
      c.log.quotes_shown.insert(quote->id);
      std::string when = QuoteWhen(*quote).Label(c.lang);
      AddQuote(
          Quoted(ReaderText(c, quote->text), c.lang),
          ReaderText(c, QuoteSourceText(c.words, quote->source_kind, quote->source)) + ", " + when,
          doc);
    }
  }
  // The rules explain the quotes shown; without one, a sentence says so
  // (a template says it with "no_quotes" and leaves the section out).
  if (shown == 0) {
    doc->blocks.push_back(Paragraph{c.S("qualitative.quotes.no_statement_period_meets")});
    return;
  }
  doc->blocks.push_back(Remark{QuoteRuleText(c.words, q.quote_rules)});
}

void AddInsights(const BuildContext& c, Document* doc) {
  const Qualitative& q = c.ev.qualitative;
  // Insights from an interview with one person are in the team's edition
  // only (evaluate/qualitative.h): the public one says that it leaves them out.
  std::string left_out =
      q.insights_left_out > 0 ? c.S("qualitative.insights.one_person_left_out") : "";
  if (q.insights.empty()) {
    std::string none = q.notes_in_period == 0
                           ? c.S("qualitative.insights.no_notes_team_reflections")
                       : left_out.empty() ? c.S("qualitative.insights.period_s_notes_have")
                                          : c.S("qualitative.insights.none_to_publish");
    doc->blocks.push_back(Paragraph{left_out.empty() ? none : none + " " + left_out});
    return;
  }
  BulletList list;
  for (const Insight& i : q.insights) {
    // The team's edition names the note and its day; the public one the kind
    // of note and the quarter, which point to no one person or event.
    std::string when =
        c.internal() ? c.locale().FormatDate(i.date) : QuarterOf(i.date).Label(c.lang);
    list.items.push_back(ReaderText(c, i.text) + " (" +
                         ReaderText(c, QuoteSourceText(c.words, i.source_kind, i.source)) + ", " +
                         when + ")");
  }
  doc->blocks.push_back(list);
  if (!left_out.empty()) doc->blocks.push_back(Remark{left_out});
}

void AddActionsTable(const BuildContext& c, Document* doc) {
  const Qualitative& q = c.ev.qualitative;
  const Period& p = c.ev.period;
  // Who is responsible is a name: only the internal edition shows it.
  const bool owners = c.internal();
  Table table;
  table.columns = {{c.S("qualitative.actions_table.action"), false}};
  if (owners) table.columns.push_back({c.S("qualitative.actions_table.owner"), false});
  table.columns.insert(table.columns.end(), {{c.S("qualitative.actions_table.decided"), false},
                                             {c.S("qualitative.actions_table.due"), false},
                                             {c.S("qualitative.actions_table.status"), false}});
  for (const TrackedAction& a : q.actions) {
    // The period's work: actions decided by its end that were not already
    // done before it started.
    if (a.decided > p.to || (a.done && *a.done < p.from)) continue;
    std::string status;
    if (a.done && *a.done <= p.to) {
      status = c.S("qualitative.actions_table.done") + c.locale().FormatDate(*a.done);
    } else if (a.due && *a.due < p.to) {
      status = c.S("qualitative.actions_table.overdue");
    } else {
      status = c.S("qualitative.actions_table.open");
    }
    std::vector<std::string> row = {ReaderText(c, a.text)};
    if (owners) {
      row.push_back(a.owner.empty() ? "–" : a.owner);
      if (!a.owner.empty()) ++c.log.named_owners;
    }
    row.insert(row.end(), {c.locale().FormatDate(a.decided),
                           a.due ? c.locale().FormatDate(*a.due) : "–", status});
    table.rows.push_back(std::move(row));
  }
  const ActionCounts& n = q.action_counts;
  std::string summary =
      c.words.Format("qualitative.actions_table.summary", {{"decided", std::to_string(n.decided)},
                                                           {"done", std::to_string(n.done)},
                                                           {"open", std::to_string(n.open)},
                                                           {"overdue", std::to_string(n.overdue)}});
  doc->blocks.push_back(Paragraph{summary});
  if (!table.rows.empty()) doc->blocks.push_back(table);
}

}  // namespace ankerbericht
