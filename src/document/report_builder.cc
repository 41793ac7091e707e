// Builds a report from its template (report_builder.h): reads and checks the
// template, fills the document's info, and hands each section to the function
// of its type (SectionTable).
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
#include "document/report_sections.h"
#include "document/rule_words.h"
#include "document/slide_sections.h"
#include "document/stop_sections.h"
#include "document/success_factor_sections.h"
#include "document/text_language.h"
#include "document/vorlage_sections.h"
#include "evaluate/breakdowns.h"
#include "evaluate/period_data.h"
#include "util/file.h"
#include "util/json_file.h"
#include "util/strings.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

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

constexpr const char* kWhenValues =
    "\"mobile\", \"stationary\", \"hourly_counts\", \"feedback\", \"no_feedback\", "
    "\"votes\", \"quotes\", \"no_quotes\", \"actions\", \"texts\", \"no_texts\"";

// A count of the period that is known to be more than zero (a withheld
// count is small, not nothing).
bool AnyInPeriod(const BuildContext& c, const std::string& id) {
  if (c.ev.withheld.count(id)) return true;
  auto it = c.ev.indicators.find(id);
  return it != c.ev.indicators.end() && it->second.value && *it->second.value > 0;
}

// Whether the counter gave hourly readings in the period: the weekday x hour
// matrix has a mean somewhere. A place counted by tally sheets only has none.
bool AnyHourlyCounts(const BuildContext& c) {
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, "visitors.by_weekday_hour");
  return b && std::any_of(b->cells.begin(), b->cells.end(),
                          [](const Cell& cell) { return cell.value.has_value(); });
}

// Whether the period's free texts and notes mention a theme of the codebook.
bool AnyThemeMentioned(const BuildContext& c) {
  return c.ev.qualitative.has_codebook && !LeadingThemes(c.ev.qualitative.themes).empty();
}

// Whether the period has texts to read: free text in feedback forms or team
// notes. Without either, the qualitative chapter is one sentence.
bool AnyTexts(const BuildContext& c) {
  return c.ev.qualitative.themes.responses_with_text > 0 || c.ev.qualitative.notes_in_period > 0;
}

// Whether the period has actions to report: decided in it, done in it, or
// open at its end.
bool AnyActions(const BuildContext& c) {
  const ActionCounts& n = c.ev.qualitative.action_counts;
  return n.decided > 0 || n.done > 0 || n.open > 0;
}

// Whether a section with "when": |when| is printed; nullopt for a value
// that is none of kWhenValues.
std::optional<bool> WhenHolds(const BuildContext& c, const std::string& when) {
  if (when.empty()) return true;
  if (when == "mobile") return c.ev.site->mobile();
  if (when == "stationary") return !c.ev.site->mobile();
  if (when == "hourly_counts") return AnyHourlyCounts(c);
  if (when == "feedback") return AnyInPeriod(c, "feedback.responses");
  if (when == "no_feedback") return !AnyInPeriod(c, "feedback.responses");
  if (when == "votes") return AnyInPeriod(c, "votes.total");
  // Without a codebook or without a theme mentioned the themes table says
  // so, and that there is nothing to quote goes without saying.
  if (when == "quotes") return AnyQuoteToShow(c);
  if (when == "no_quotes") return AnyThemeMentioned(c) && !AnyQuoteToShow(c);
  if (when == "actions") return AnyActions(c);
  if (when == "texts") return AnyTexts(c);
  if (when == "no_texts") return !AnyTexts(c);
  return std::nullopt;
}

// "when" is one condition or a list of them that must all hold; nullopt for
// anything else.
std::optional<bool> SectionShown(const BuildContext& c, const Object& s) {
  if (!s.has("when")) return true;
  Poco::Dynamic::Var when = s.get("when");
  if (when.isString()) return WhenHolds(c, when.convert<std::string>());
  Array::Ptr list = s.getArray("when");
  if (!list) return std::nullopt;
  bool all = true;
  for (size_t i = 0; i < list->size(); ++i) {
    Poco::Dynamic::Var one = list->get(static_cast<unsigned>(i));
    if (!one.isString()) return std::nullopt;
    std::optional<bool> holds = WhenHolds(c, one.convert<std::string>());
    if (!holds) return std::nullopt;
    all = all && *holds;
  }
  return all;
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
  // "Halbjahresbericht 1. Halbjahr 2026", "Half-yearly report – H1 2026".
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
      // "when": a section only for sites with stops (a bus, "mobile") or
      // with opening hours ("stationary"); only where the counter gave hourly
      // readings ("hourly_counts"); only where feedback forms were
      // collected ("feedback") or, once, where none were ("no_feedback");
      // only where sticker dots were given ("votes"); only where a quote is
      // shown ("quotes") or, once, where none qualifies ("no_quotes"); only
      // where the period has actions ("actions"). A list: all of them.
      std::optional<bool> holds = SectionShown(c, *s);
      if (!holds) {
        return Status::Config(
            file + ": " + path +
            ".when: " + CliWords().Format("cli.template.when_values", {{"values", kWhenValues}}));
      }
      if (!*holds) continue;
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
