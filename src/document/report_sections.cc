// The sections of a report template that belong to no topic of their own
// (report_sections.h).
#include "document/report_sections.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>

#include "document/build_context.h"
#include "document/chart_alt_text.h"
#include "document/chart_data_table.h"
#include "document/choice_sections.h"
#include "document/comparison_words.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/figure_sections.h"
#include "document/finding_sections.h"
#include "document/markdown_text.h"
#include "document/qualitative_sections.h"
#include "document/rule_words.h"
#include "document/slide_sections.h"
#include "document/stop_sections.h"
#include "document/success_factor_sections.h"
#include "document/text_language.h"
#include "document/vorlage_sections.h"
#include "evaluate/period_data.h"
#include "util/file.h"
#include "util/json_file.h"
#include "util/strings.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

using Poco::JSON::Array;
using Poco::JSON::Object;

void AddTitle(const BuildContext& c, const std::string& kicker, Document* doc) {
  TitleBlock t;
  t.kicker = kicker;
  t.title = c.ev.site->name;
  t.subtitle = c.ev.site->municipality;
  t.period = c.ev.period.Label(c.lang) + " · " + c.ev.period.Describe(c.lang);
  t.facts.push_back(c.S("report.title.data_as_of") + LongDate(c.in.today, c.lang));
  if (std::string notice = CoverageNotice(c); !notice.empty()) t.facts.push_back(notice);
  // The software's name is for the team, not for the council.
  if (c.internal()) {
    t.facts.push_back(c.S("report.title.made_ankerbericht") + std::string(ANKERBERICHT_VERSION));
  }
  doc->blocks.push_back(t);
}

Status AddIndicatorTable(const BuildContext& c, const Object& section, const std::string& path,
                         Document* doc) {
  Array::Ptr ids = section.getArray("indicators");
  if (!ids) {
    return Status::Config(c.file + ": " + path +
                          ".indicators: " + CliWords()("cli.template.indicators_needed"));
  }
  // Both comparisons with their change, as in the tiles and the summary.
  Table table;
  table.columns = {{c.S("report.indicator_table.indicator"), false},
                   {ShortLabel(c, c.ev.period), true},
                   {ShortLabel(c, c.ev.previous), true},
                   {c.S("report.indicator_table.change"), true},
                   {ShortLabel(c, c.ev.year_before), true},
                   {c.S("report.indicator_table.change"), true}};
  std::vector<std::string> listed;
  auto add_row = [&](const std::string& id, const std::string& unit, const IndicatorValue& v) {
    auto change = [&](std::optional<double> before, const Period& p) {
      std::string text = ComparedChangeText(c, id, unit, v.value, before, p);
      return text.empty() ? std::string("–") : text;
    };
    // A count withheld for privacy says so ("< 5"), not "–" as for no data;
    // a share or mean of too few answers stays "–" ("fewer than 5 answers or
    // no data"), as "< 5" would read as a count (a response rate of no forms).
    auto withheld = c.ev.withheld.find(id);
    const IndicatorDef* def = FindIndicator(id);
    const bool count = def && std::string_view(def->unit) == "count";
    std::string now = !v.value && count && withheld != c.ev.withheld.end()
                          ? withheld->second
                          : ValueText(c, id, v.value);
    table.rows.push_back({IndicatorLabel(c, id), now, ValueText(c, id, v.previous),
                          change(v.previous, c.ev.previous), ValueText(c, id, v.year_before),
                          change(v.year_before, c.ev.year_before)});
    if (c.one_comparison()) table.rows.back().resize(4);
  };
  if (c.one_comparison()) table.columns.resize(4);
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string id = ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      return Status::Config(c.file + ": " + path + ".indicators[" + std::to_string(i) + "]: " +
                            CliWords().Format("cli.template.unknown_indicator", {{"id", id}}));
    }
    auto it = c.ev.indicators.find(id);
    if (!IndicatorApplies(*c.ev.site, id)) continue;
    add_row(id, def->unit, it == c.ev.indicators.end() ? IndicatorValue{} : it->second);
    listed.push_back(id);
  }
  // What the summary ("findings") names, a reader looks up here: every
  // indicator the rule picks that the template does not list follows, with
  // the values the summary quotes.
  for (const Finding& f : SelectFindings(c.ev, ReportFindingRule())) {
    if (std::find(listed.begin(), listed.end(), f.indicator) != listed.end()) continue;
    add_row(f.indicator, f.unit, IndicatorValue{f.value, f.previous, f.year_before});
    listed.push_back(f.indicator);
  }
  doc->blocks.push_back(table);
  std::string remark = c.S("report.indicator_table.change_value") + c.ev.period.Label(c.lang) +
                       c.S("report.indicator_table.against_column_left_shares");
  if (std::string notice = CoverageNotice(c); !notice.empty()) {
    remark = notice + c.S("report.indicator_table.comparison_columns_show_same") + remark;
  }
  if (std::string basis = ComparisonRemark(c, listed); !basis.empty()) remark += " " + basis;
  doc->blocks.push_back(Remark{remark});
  return Status::Ok();
}

void AddDataGaps(const BuildContext& c, Document* doc) {
  auto it = c.ev.indicators.find("visitors.days_without_data");
  if (it == c.ev.indicators.end() || !it->second.value || *it->second.value == 0) return;
  int days = static_cast<int>(*it->second.value);
  // List the gaps as date ranges so the team can find the missing sheets.
  std::vector<std::string> ranges;
  std::optional<Date> start, last;
  auto flush = [&] {
    if (!start) return;
    ranges.push_back(*start == *last
                         ? c.locale().FormatDate(*start)
                         : c.locale().FormatDate(*start) + "–" + c.locale().FormatDate(*last));
    start.reset();
  };
  // Only the days the figures cover: a day still to come is no gap.
  for (Date d : DaysWithoutData(c.ev.data)) {
    // Closed days between two missing days keep the range; an open day with data ends it.
    if (last && OpenDays(*c.ev.site, MakeRange(last->AddDays(1), d.AddDays(-1))) > 0) flush();
    if (!start) start = d;
    last = d;
  }
  flush();
  if (ranges.size() > 12) {
    ranges.resize(12);
    ranges.push_back("…");
  }
  doc->blocks.push_back(Remark{
      c.words.Format(c.ev.site->mobile() ? "report.data_gaps.text_mobile" : "report.data_gaps.text",
                     {{"days", std::to_string(days)}, {"ranges", Join(ranges, ", ")}})});
}

void AddEventsTable(const BuildContext& c, Document* doc) {
  if (c.ev.data.events.empty()) {
    doc->blocks.push_back(Paragraph{c.S("report.events_table.no_events_period")});
    return;
  }
  Table table;
  table.columns = {{c.S("report.events_table.date"), false},
                   {c.S("report.events_table.event"), false},
                   {c.S("report.events_table.format"), false},
                   {c.S("report.events_table.participants"), true},
                   {c.S("report.events_table.status"), false}};
  // A bus holds its events at its stops: where, beside when.
  const bool stops = c.ev.site->mobile();
  if (stops)
    table.columns.insert(table.columns.begin() + 1, {c.S("report.events_table.stop"), false});
  auto stop_name = [&](const Event& e) -> std::string {
    for (const Stop& s : c.ev.site->stops)
      if (s.id == e.stop) return s.name;
    return "–";
  };
  // The small-number rule holds here too: a count of three at a dated event
  // points to the people who came, and so would the total of its format
  // minus the counts shown beside it. The evaluation says which counts the
  // public edition withholds (event_privacy.h); the internal one shows them.
  const int k = c.ev.privacy_threshold;
  bool small = false, complementary = false;
  auto participants = [&](size_t i) -> std::string {
    const Event& e = c.ev.data.events[i];
    if (e.status != EventStatus::kHeld || !e.participants) return "–";
    Suppression s =
        i < c.ev.event_participants.size() ? c.ev.event_participants[i] : Suppression::kNone;
    if (s != Suppression::kNone && !c.internal()) {
      (s == Suppression::kSmall ? small : complementary) = true;
      return SuppressedText(s, k);
    }
    return c.locale().FormatNumber(static_cast<double>(*e.participants), 0);
  };
  for (size_t i = 0; i < c.ev.data.events.size(); ++i) {
    const Event& e = c.ev.data.events[i];
    bool held = e.status == EventStatus::kHeld;
    table.rows.push_back(
        {c.locale().FormatDate(e.date), ReaderText(c, e.title), e.format, participants(i),
         held ? c.S("report.events_table.held") : c.S("report.events_table.cancelled")});
    if (stops) table.rows.back().insert(table.rows.back().begin() + 1, stop_name(e));
  }
  doc->blocks.push_back(table);
  if (small || complementary) {
    doc->blocks.push_back(Remark{c.words.Format(
        complementary ? "report.events_table.withheld_remark" : "report.events_table.small_remark",
        {{"k", std::to_string(k)}})});
  }
}

void AddDefinitions(const BuildContext& c, Document* doc) {
  BulletList list;
  for (const IndicatorDef& def : Indicators()) {
    if (!IndicatorApplies(*c.ev.site, def.id)) continue;
    // The id is how the team finds the figure in its own tables; readers of
    // the public paper need only the name.
    std::string id = c.internal() ? std::string(" (") + def.id + ")" : "";
    // The goal areas an indicator counts in: the same assignment the goal
    // table, the targets' "zählt für" and the evidence per area use (one area
    // unless the place decided otherwise), so the annex never tells another
    // story than the tables.
    std::vector<std::string> areas;
    for (const GoalProfile& g : c.ev.goals)
      for (const GoalIndicator& i : g.indicators)
        if (i.id == def.id) areas.push_back(GoalAreaText(c.words, g.id));
    std::string goals = areas.empty() ? ""
                        : areas.size() == 1
                            ? c.S("report.definitions.goal_area") + areas[0] + "."
                            : c.S("report.definitions.goal_areas") + Join(areas, ", ") + ".";
    list.items.push_back(SiteLabel(c, def) + id + ": " + SiteDefinition(c, def) + goals);
  }
  doc->blocks.push_back(list);
}

Status AddMarkdown(const BuildContext& c, const Object& s, const std::string& path, Document* doc) {
  std::string name = s.has("file") ? s.getValue<std::string>("file") : "";
  if (name.empty())
    return Status::Config(c.file + ": " + path +
                          ".file: " + CliWords()("cli.template.markdown_file_missing"));
  std::string declared;
  Result<std::optional<std::string>> read = ReadTeamText(c, name, path, &declared);
  if (!read.ok()) return read.status();
  const std::optional<std::string>& text = *read;
  if (!text) return Status::Ok();
  std::string heading = Localized(s, "heading", c.lang);
  int level = s.has("level") ? std::clamp(s.getValue<int>("level"), 1, 2) : 1;
  if (!heading.empty()) doc->blocks.push_back(Heading{level, Substitute(heading, c)});
  // The template's heading is the report's; the text below it is the team's,
  // marked when it is written in another language (text_language.h).
  std::string lang = ForeignLanguage(declared, *text, c.lang);
  for (Block& b : MarkdownToBlocks(*text, heading.empty() ? level : 2)) {
    std::visit(
        [&](auto& block) {
          if constexpr (requires { block.lang; }) block.lang = lang;
        },
        b);
    doc->blocks.push_back(std::move(b));
  }
  return Status::Ok();
}

Status AddHeading(const BuildContext& c, const Object& s, const std::string&, Document* doc) {
  int level = s.has("level") ? s.getValue<int>("level") : 1;
  doc->blocks.push_back(Heading{level, Substitute(Localized(s, "text", c.lang), c)});
  return Status::Ok();
}

Status AddText(const BuildContext& c, const Object& s, const std::string&, Document* doc) {
  doc->blocks.push_back(Paragraph{Substitute(Localized(s, "text", c.lang), c)});
  return Status::Ok();
}

Status AddChart(const BuildContext& c, const Object& s, const std::string& path, Document* doc) {
  std::string chart = s.has("chart") ? s.getValue<std::string>("chart") : "";
  if (chart != "visits_by_month") {
    return Status::Config(c.file + ": " + path + ".chart: " +
                          CliWords().Format("cli.template.unknown_chart",
                                            {{"chart", chart}, {"known", "visits_by_month"}}));
  }
  doc->blocks.push_back(VisitsByMonthChart(c, Localized(s, "title", c.lang)));
  return Status::Ok();
}

Status AddItemGroupsSection(const BuildContext& c, const Object& s, const std::string& path,
                            Document* doc) {
  std::string by = s.has("by") ? s.getValue<std::string>("by") : "";
  if (by != "channel" && by != "format" && by != "speaker") {
    return Status::Config(c.file + ": " + path + ".by: " +
                          CliWords().Format("cli.template.one_of",
                                            {{"values", "\"channel\", \"format\", \"speaker\""}}));
  }
  AddItemGroups(c, by, doc);
  return Status::Ok();
}

void AddToc(const BuildContext& c, Document* doc) {
  doc->blocks.push_back(TocBlock{c.S("report.toc.contents"), 2});
}

void AddSuccessFactorSection(const BuildContext& c, Document* doc) {
  AddSuccessFactors(c, c.in.success_factors, doc);
}

}  // namespace ankerbericht
