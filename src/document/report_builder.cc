#include "document/report_builder.h"

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

std::string Localized(const Object& o, const std::string& key, const std::string& lang) {
  if (!o.has(key)) return "";
  if (Object::Ptr texts = o.getObject(key)) {
    if (texts->has(lang)) return texts->getValue<std::string>(lang);
    if (texts->has("de")) return texts->getValue<std::string>("de");
    return "";
  }
  return o.getValue<std::string>(key);
}

std::string Substitute(std::string text, const BuildContext& c) {
  const Site& site = *c.ev.site;
  const std::pair<const char*, std::string> vars[] = {
      {"{site}", site.name},
      {"{municipality}", site.municipality},
      {"{period}", c.ev.period.Describe(c.lang)},
      {"{period_label}", c.ev.period.Label(c.lang)},
      {"{previous}", ComparisonLabel(c, c.ev.previous)},
      {"{year_before}", ComparisonLabel(c, c.ev.year_before)},
      {"{date}", LongDate(c.in.today, c.lang)},
      {"{privacy_threshold}", std::to_string(c.ev.privacy_threshold)},
      {"{covered}", CoveredSpan(c)},
      // The method texts by the place's kind: tally sheets per stop and
      // stop hours for a bus, the counter and opening hours for a building.
      {"{count_method}",
       KindWord(c, "method.count_method.mobile", "method.count_method.stationary")},
      {"{count_rule}", KindWord(c, "method.count_rule.mobile", "method.count_rule.stationary")},
      {"{hours_rule}", KindWord(c, "method.hours_rule.mobile", "method.hours_rule.stationary")},
      {"{costs_total}",
       c.ev.costs.configured ? EuroText(c.ev.costs.total, 0, c.lang) : kBlankField},
      {"{costs_city}", c.ev.costs.configured && !site.kosten.finanzierung.empty()
                           ? EuroText(c.ev.costs.city, 0, c.lang)
                           : kBlankField},
  };
  for (const auto& [name, value] : vars) text = ReplaceAll(std::move(text), name, value);
  return text;
}

std::string IndicatorLabel(const BuildContext& c, const std::string& id) {
  if (const IndicatorDef* def = FindIndicator(id)) return CatalogueLabel(c.words, *def);
  if (const CustomIndicator* custom = c.ev.site->FindCustom(id))
    return c.en() ? custom->label_en : custom->label_de;
  const std::string prefix = "feedback.item.";
  if (id.starts_with(prefix)) {
    std::string rest = id.substr(prefix.size());
    std::string item = rest.substr(0, rest.find('.'));
    if (const QuestionItem* q = c.ev.site->FindItem(item)) {
      if (id.ends_with(".positive_share"))
        return q->text + c.S("report.indicator_label.positive_answers");
      return q->text;
    }
  }
  return id;
}

std::string ValueText(const BuildContext& c, const std::string& id, std::optional<double> v) {
  if (const IndicatorDef* def = FindIndicator(id)) return c.locale().FormatByUnit(v, def->unit);
  if (!v) return "–";
  if (const CustomIndicator* custom = c.ev.site->FindCustom(id)) {
    return custom->kind == CustomKind::kParticipantsShare ? c.locale().FormatPercent(*v)
                                                          : c.locale().FormatNumber(*v, 0);
  }
  return id.ends_with("share") ? c.locale().FormatPercent(*v)
                               : c.locale().FormatNumber(*v, id.ends_with(".mean") ? 1 : 0);
}

Result<std::optional<std::string>> ReadTeamText(const BuildContext& c, const std::string& name,
                                                const std::string& path, std::string* lang) {
  // A template names the file, and whatever it holds is printed in a public
  // report: never a file from outside the workspace ("../../etc/passwd").
  Result<std::filesystem::path> inside = ResolveInside(c.in.workspace_dir, name);
  if (!inside.ok()) return inside.status().WithContext(c.file + ": " + path + ".file");
  // A workspace of several sites keeps a site's own texts in a folder named
  // after the site ("texte/digitalbus/vorwort.md"). When that folder exists
  // it replaces the shared one: another site's foreword must not appear.
  std::string own = (std::filesystem::path(name).parent_path() / c.ev.site->id /
                     std::filesystem::path(name).filename())
                        .string();
  Result<std::filesystem::path> own_inside = ResolveInside(c.in.workspace_dir, own);
  if (!own_inside.ok()) return own_inside.status().WithContext(c.file + ": " + path + ".file");
  std::string chosen = name;
  if (std::filesystem::is_directory(own_inside->parent_path())) {
    inside = own_inside;
    chosen = own;
  }
  std::filesystem::path file = *inside;
  if (c.en()) {
    // "texte/vorwort.md" -> "texte/vorwort.en.md" when an English version
    // exists; it is checked too, as it may be a link of its own.
    std::string en = std::filesystem::path(chosen).replace_extension(".en.md").string();
    Result<std::filesystem::path> en_inside = ResolveInside(c.in.workspace_dir, en);
    if (!en_inside.ok()) return en_inside.status().WithContext(c.file + ": " + path + ".file");
    if (std::filesystem::exists(*en_inside)) file = *en_inside;
  }
  Result<std::string> text = ReadFile(file.string());
  if (!text.ok()) return std::optional<std::string>();
  // A "Sprache: en" first line is for the report, never printed.
  std::string body = std::move(*text);
  std::string declared = TakeDeclaredLanguage(&body);
  if (lang != nullptr) *lang = declared;
  // What the placeholders put into the team's text is in the text's language,
  // not the report's: a German foreword in the English edition says "im
  // 1. Halbjahr 2026" and "210.000 €", never "im First half of 2026".
  const std::string text_lang = declared.empty() ? GuessTextLanguage(body) : declared;
  if (!text_lang.empty() && text_lang != c.lang) {
    if (Result<const Strings*> words = Strings::Builtin(text_lang); words.ok()) {
      BuildContext in_text{c.in, c.ev, text_lang, c.file, **words};
      return std::optional<std::string>(Substitute(body, in_text));
    }
  }
  return std::optional<std::string>(Substitute(body, c));
}

namespace {

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
  auto add_row = [&](const std::string& id, const std::string& unit, const IndicatorValue& v) {
    auto change = [&](std::optional<double> before, const Period& p) {
      std::string text = ComparedChangeText(c, unit, v.value, before, p);
      return text.empty() ? std::string("–") : text;
    };
    table.rows.push_back({IndicatorLabel(c, id), ValueText(c, id, v.value),
                          ValueText(c, id, v.previous), change(v.previous, c.ev.previous),
                          ValueText(c, id, v.year_before),
                          change(v.year_before, c.ev.year_before)});
    if (c.one_comparison()) table.rows.back().resize(4);
  };
  if (c.one_comparison()) table.columns.resize(4);
  std::vector<std::string> listed;
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string id = ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      return Status::Config(c.file + ": " + path + ".indicators[" + std::to_string(i) + "]: " +
                            CliWords().Format("cli.template.unknown_indicator", {{"id", id}}));
    }
    auto it = c.ev.indicators.find(id);
    add_row(id, def->unit, it == c.ev.indicators.end() ? IndicatorValue{} : it->second);
    listed.push_back(id);
  }
  // What the summary ("findings") names, a reader looks up here: every
  // indicator the rule picks that the template does not list follows, with
  // the values the summary quotes.
  for (const Finding& f : SelectFindings(c.ev, ReportFindingRule())) {
    if (std::find(listed.begin(), listed.end(), f.indicator) != listed.end()) continue;
    add_row(f.indicator, f.unit, IndicatorValue{f.value, f.previous, f.year_before});
  }
  doc->blocks.push_back(table);
  std::string remark = c.S("report.indicator_table.change_value") + c.ev.period.Label(c.lang) +
                       c.S("report.indicator_table.against_column_left_shares");
  if (std::string notice = CoverageNotice(c); !notice.empty()) {
    remark = notice + c.S("report.indicator_table.comparison_columns_show_same") + remark;
  }
  if (std::string part = PartOpenRemark(c); !part.empty()) remark += " " + part;
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
  doc->blocks.push_back(Remark{c.words.Format(
      "report.data_gaps.text", {{"days", std::to_string(days)}, {"ranges", Join(ranges, ", ")}})});
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
  // The small-number rule holds here too: a count of three at a dated event
  // points to the people who came (the internal edition shows it).
  const int k = c.ev.privacy_threshold;
  auto participants = [&](const Event& e) -> std::string {
    if (e.status != EventStatus::kHeld || !e.participants) return "–";
    if (*e.participants > 0 && *e.participants < k && !c.internal())
      return "< " + std::to_string(k);
    return c.locale().FormatNumber(static_cast<double>(*e.participants), 0);
  };
  for (const Event& e : c.ev.data.events) {
    bool held = e.status == EventStatus::kHeld;
    table.rows.push_back(
        {c.locale().FormatDate(e.date), ReaderText(c, e.title), e.format, participants(e),
         held ? c.S("report.events_table.held") : c.S("report.events_table.cancelled")});
  }
  doc->blocks.push_back(table);
}

void AddDefinitions(const BuildContext& c, Document* doc) {
  BulletList list;
  for (const IndicatorDef& def : Indicators()) {
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
    list.items.push_back(CatalogueLabel(c.words, def) + id + ": " + SiteDefinition(c, def) + goals);
  }
  doc->blocks.push_back(list);
}

// A text the team keeps in the workspace (foreword, outlook) as Markdown. A
// missing file leaves the section out, heading included: a council paper must
// not show placeholders.
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

// What a template section of each type adds to the document. One table, so
// that the list of known types in the error message cannot go stale.
using SectionFn = std::function<Status(const BuildContext& c, const std::string& kicker,
                                       const Object& s, const std::string& path, Document* doc)>;

// Adapters for the section functions that cannot fail or need no options.
SectionFn Always(void (*add)(const BuildContext&, Document*)) {
  return [add](const BuildContext& c, const std::string&, const Object&, const std::string&,
               Document* doc) {
    add(c, doc);
    return Status::Ok();
  };
}
SectionFn WithSection(void (*add)(const BuildContext&, const Object&, Document*)) {
  return [add](const BuildContext& c, const std::string&, const Object& s, const std::string&,
               Document* doc) {
    add(c, s, doc);
    return Status::Ok();
  };
}
SectionFn Checked(Status (*add)(const BuildContext&, const Object&, const std::string&,
                                Document*)) {
  return [add](const BuildContext& c, const std::string&, const Object& s, const std::string& path,
               Document* doc) { return add(c, s, path, doc); };
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

const std::vector<std::pair<std::string, SectionFn>>& SectionTable() {
  static const std::vector<std::pair<std::string, SectionFn>> table = {
      // A4 reports
      {"title",
       [](const BuildContext& c, const std::string& kicker, const Object&, const std::string&,
          Document* doc) {
         AddTitle(c, kicker, doc);
         return Status::Ok();
       }},
      {"toc", Always(AddToc)},
      {"heading", Checked(AddHeading)},
      {"text", Checked(AddText)},
      {"markdown", Checked(AddMarkdown)},
      {"indicator_table", Checked(AddIndicatorTable)},
      {"kpi_tiles", Checked(AddKpiTiles)},
      {"findings", WithSection(AddFindings)},
      {"findings_rule", Always(AddFindingRule)},
      {"goal_profile", Always(AddGoalProfile)},
      {"chart", Checked(AddChart)},
      {"heatmap", Always(AddWeekdayHourHeatmap)},
      {"breakdown_table", Checked(AddBreakdownTable)},
      {"breakdown_chart", Checked(AddBreakdownChart)},
      {"choice_items", Always(AddChoiceItems)},
      {"data_gaps", Always(AddDataGaps)},
      {"events_table", Always(AddEventsTable)},
      {"feedback_items", Always(AddFeedbackItems)},
      {"item_groups", Checked(AddItemGroupsSection)},
      {"signals", Always(AddSignals)},
      {"stops", Always(AddStops)},
      {"themes_table", Always(AddThemesTable)},
      {"quotes", WithSection(AddQuotes)},
      {"insights", Always(AddInsights)},
      {"actions_table", Always(AddActionsTable)},
      {"sources_table", Always(AddSourcesTable)},
      {"privacy_note", Always(AddPrivacyNote)},
      {"definitions", Always(AddDefinitions)},
      // The consolidation case
      {"history_table", Checked(AddHistoryTable)},
      {"history_chart", Checked(AddHistoryChart)},
      {"cumulative", Always(AddCumulativeReach)},
      {"partner_growth", Always(AddPartnerGrowth)},
      {"goal_evidence", Always(AddGoalEvidence)},
      {"funding_timeline", Always(AddFundingTimeline)},
      {"vorlage_head", Always(AddVorlageHead)},
      {"finance", Always(AddFinance)},
      {"vorlage_check", Always(AddVorlageCheck)},
      {"success_factors", Always(AddSuccessFactorSection)},
      // Slides of the committee deck
      {"title_slide", [](const BuildContext& c, const std::string& kicker, const Object& s,
                         const std::string& path,
                         Document* doc) { return AddTitleSlide(c, kicker, s, path, doc); }},
      {"figure_slide", Checked(AddFigureSlide)},
      {"findings_slide", WithSection(AddFindingsSlide)},
      {"cumulative_slide", WithSection(AddCumulativeSlide)},
      {"quotes_slide", WithSection(AddQuotesSlide)},
      {"timeline_slide", WithSection(AddTimelineSlide)},
      {"cost_slide", WithSection(AddCostSlide)},
      {"wishes_slide", WithSection(AddWishesSlide)},
      {"markdown_slide", Checked(AddMarkdownSlide)},
  };
  return table;
}

// "data_table": true on a chart section: the chart's values as a table
// right after the figure, for readers who cannot see the bars (and anyone who
// wants the exact numbers). Only bar-chart sections know their categories.
Status AddChartDataTable(const BuildContext& c, const Object& s, const std::string& path,
                         Document* doc) {
  if (!s.has("data_table")) return Status::Ok();
  std::string type = s.getValue<std::string>("type");
  const BarChart* chart =
      doc->blocks.empty() ? nullptr : std::get_if<BarChart>(&doc->blocks.back());
  if (type != "chart" && type != "history_chart") {
    return Status::Config(c.file + ": " + path +
                          ".data_table: " + CliWords()("cli.template.data_table_only_charts"));
  }
  if (!s.get("data_table").isBoolean()) {
    return Status::Config(c.file + ": " + path +
                          ".data_table: " + CliWords()("cli.template.true_or_false"));
  }
  if (!s.getValue<bool>("data_table") || chart == nullptr) return Status::Ok();
  std::string first = type == "chart" ? c.S("report.chart_data_table.month")
                                      : c.S("report.chart_data_table.half_year");
  Table table = ChartDataTable(*chart, first, c.lang);
  if (!table.rows.empty()) doc->blocks.push_back(std::move(table));
  return Status::Ok();
}

Status AddSection(const BuildContext& c, const std::string& kicker, const Object& s,
                  const std::string& path, Document* doc) {
  std::string type = s.has("type") ? s.getValue<std::string>("type") : "";
  std::vector<std::string> known;
  for (const auto& [name, add] : SectionTable()) {
    if (name == type) {
      ANKER_RETURN_IF_ERROR(add(c, kicker, s, path, doc));
      return AddChartDataTable(c, s, path, doc);
    }
    known.push_back(name);
  }
  return Status::Config(c.file + ": " + path + ".type: " +
                        CliWords().Format("cli.template.unknown_section_type",
                                          {{"type", type}, {"known", Join(known, ", ")}}));
}

}  // namespace

Result<std::vector<std::string>> TemplateTeamTexts(const std::string& template_dir,
                                                   const std::string& template_id) {
  std::string file = (std::filesystem::path(template_dir) / (template_id + ".json")).string();
  Result<std::string> text = ReadFile(file);
  if (!text.ok()) {
    return Status::NotFound(CliWords().Format("cli.template.not_found",
                                              {{"template", template_id}, {"dir", template_dir}}));
  }
  Result<Object::Ptr> parsed = ParseJsonObject(*text, file);
  if (!parsed.ok()) return parsed.status();
  std::vector<std::string> texts;
  Array::Ptr sections = (*parsed)->getArray("sections");
  for (size_t i = 0; sections && i < sections->size(); ++i) {
    Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
    if (!s || !s->has("file") || !s->get("file").isString()) continue;
    std::string name = s->getValue<std::string>("file");
    texts.push_back(name);
    texts.push_back(std::filesystem::path(name).replace_extension(".en.md").string());
  }
  return texts;
}

Result<Document> BuildReport(const std::string& template_dir, const std::string& template_id,
                             const ReportInput& input) {
  std::string file = (std::filesystem::path(template_dir) / (template_id + ".json")).string();
  Result<std::string> text = ReadFile(file);
  if (!text.ok()) {
    return Status::NotFound(CliWords().Format("cli.template.not_found",
                                              {{"template", template_id}, {"dir", template_dir}}) +
                            " " + CliWords()("cli.template.known_reports"));
  }
  Result<Object::Ptr> parsed = ParseJsonObject(*text, file);
  if (!parsed.ok()) return parsed.status();
  Object::Ptr root = *parsed;
  Result<const Strings*> words = Strings::Builtin(input.lang);
  if (!words.ok()) return words.status();
  BuildContext c{input, *input.evaluation, input.lang, file, **words, EditionLog{}};
  Document doc;
  std::string kicker = Localized(*root, "title", input.lang);
  // A consolidation case covers the whole time since the start ("covers":
  // "since_start"), not the last half-year its figures end with.
  bool since_start = root->has("covers") && root->getValue<std::string>("covers") == "since_start";
  std::string span_label = since_start ? CoveredSpan(c) : c.ev.period.Label(input.lang);
  doc.info.title = kicker + " " + c.ev.site->name + " – " + span_label;
  doc.info.author = c.ev.site->municipality.empty() ? c.ev.site->name : c.ev.site->municipality;
  // A viewer's document properties are read by the press office and the
  // website's search: words, no period ids and no program name.
  // "Halbjahresbericht 1. Halbjahr 2026", "Half-yearly report – First half of 2026".
  doc.info.subject = kicker + c.S("report.document.subject_dash") + c.ev.period.Label(input.lang);
  doc.info.keywords = c.S("report.document.digital_anchor_place_evaluation") + c.ev.site->name +
                      ", " + c.ev.period.Label(input.lang);
  doc.info.creator = c.ev.site->name;
  if (input.internal) {
    // The marker goes wherever the file may travel: every page, the title
    // and subject shown by viewers, and the keywords. The team's copy may
    // say how it was made.
    doc.info.marker = InternalMarker(**words);
    doc.info.title += " (" + doc.info.marker + ")";
    doc.info.subject += " – " + doc.info.marker;
    doc.info.keywords += ", " + c.ev.period.id + ", " + doc.info.marker;
    doc.info.creator =
        c.words.Format("report.document.creator", {{"version", ANKERBERICHT_VERSION}});
  }
  doc.info.language = input.lang;
  doc.info.locale = (*words)->locale();
  std::string format = root->has("format") ? root->getValue<std::string>("format") : "a4";
  if (format != "a4" && format != "slides") {
    return Status::Config(
        file + ": $.format: " +
        CliWords().Format("cli.template.one_of", {{"values", "\"a4\", \"slides\""}}));
  }
  doc.info.format = format == "slides" ? PageFormat::kSlides : PageFormat::kA4;
  doc.info.header_text = c.ev.site->name + " · " + kicker + " · " + span_label;
  doc.info.footer_text = c.ev.site->municipality;
  doc.info.page_label = c.S("report.document.page");
  doc.info.page_of = c.S("report.document.of");
  doc.info.slide_label = c.S("render.slide.label");
  doc.info.shortened_note = c.S("render.chart.shortened");
  doc.info.no_data = c.S("render.heatmap.no_data");
  doc.info.closed = c.S("render.heatmap.closed");
  doc.info.untitled = c.S("render.untitled");
  SetBoundWords(c.words, &doc.info);
  // The city's look: paths in the configuration are relative to the workspace.
  const Branding& brand = c.ev.site->branding;
  auto in_workspace = [&](const std::string& p) {
    return p.empty() ? p : (std::filesystem::path(input.workspace_dir) / p).string();
  };
  doc.info.primary_color = brand.primary_color;
  doc.info.logo_path = in_workspace(brand.logo);
  doc.info.font_regular = in_workspace(brand.font_regular);
  doc.info.font_bold = in_workspace(brand.font_bold);
  Array::Ptr sections = root->getArray("sections");
  if (!sections) {
    return Status::Config(file + ": $.sections: " + CliWords()("cli.template.sections_needed"));
  }
  try {
    for (size_t i = 0; i < sections->size(); ++i) {
      std::string path = "$.sections[" + std::to_string(i) + "]";
      Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
      if (!s) {
        return Status::Config(file + ": " + path + ": " +
                              CliWords()("cli.template.section_not_object"));
      }
      // "when": "mobile" / "stationary": a section only for sites with stops
      // (a bus) or only for sites with opening hours.
      std::string when = s->has("when") ? s->getValue<std::string>("when") : "";
      if (!when.empty() && when != "mobile" && when != "stationary") {
        return Status::Config(
            file + ": " + path + ".when: " +
            CliWords().Format("cli.template.one_of", {{"values", "\"mobile\", \"stationary\""}}));
      }
      if (!when.empty() && (when == "mobile") != c.ev.site->mobile()) continue;
      ANKER_RETURN_IF_ERROR(AddSection(c, kicker, *s, path, &doc));
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(file + ": " + e.displayText());
  }
  MarkForeignTexts(c.words, &doc);
  // Alt texts come last: they describe the charts as built, in the report's language.
  FillChartAltTexts(&doc);
  return doc;
}

}  // namespace ankerbericht
