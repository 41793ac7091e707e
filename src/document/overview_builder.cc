#include "document/overview_builder.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include <filesystem>
#include <functional>
#include <set>

#include "document/build_context.h"
#include "document/chart_alt_text.h"
#include "document/edition.h"
#include "document/overview_sections.h"
#include "document/rule_words.h"
#include "evaluate/privacy.h"
#include "util/file.h"
#include "util/json_file.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

// Where a section stands in the template, for messages.
constexpr const char* kSectionPath = "$.sections[{i}]";

Result<Object::Ptr> ReadTemplate(const std::string& template_dir, const std::string& template_id,
                                 std::string* file) {
  *file = (std::filesystem::path(template_dir) / (template_id + ".json")).string();
  Result<std::string> text = ReadFile(*file);
  if (!text.ok())
    return Status::NotFound(CliWords().Format("cli.template.not_found",
                                              {{"template", template_id}, {"dir", template_dir}}));
  return ParseJsonObject(*text, *file);
}

// The places' shared municipality, or "" when they belong to several.
std::string CommonMunicipality(const SiteColumns& cols) {
  std::set<std::string> names;
  for (const Evaluation& ev : cols.sites) names.insert(ev.site->municipality);
  return names.size() == 1 ? *names.begin() : "";
}

std::string SiteNames(const OverviewContext& c) {
  std::vector<std::string> names;
  for (const Evaluation* ev : c.order) names.push_back(ev->site->name);
  return Join(names, ", ");
}

std::string Fill(std::string text, const OverviewContext& c) {
  const std::pair<const char*, std::string> vars[] = {
      {"{sites}", SiteNames(c)},
      {"{site_count}", std::to_string(c.cols.sites.size())},
      {"{municipality}", CommonMunicipality(c.cols)},
      {"{period}", c.cols.period.Describe(c.lang)},
      {"{period_label}", c.cols.period.Label(c.lang)},
      {"{date}", LongDate(c.in.today, c.lang)},
      {"{privacy_threshold}", std::to_string(c.in.columns->privacy_threshold)},
  };
  for (const auto& [name, value] : vars) text = ReplaceAll(std::move(text), name, value);
  return text;
}

void AddTitle(const OverviewContext& c, const std::string& kicker, Document* doc) {
  TitleBlock t;
  t.kicker = kicker;
  std::string municipality = CommonMunicipality(c.cols);
  t.title = c.S("overview.title.anchor_places_digital_change");
  t.subtitle = municipality.empty() ? SiteNames(c) : municipality;
  t.period = c.cols.period.Label(c.lang) + " · " + c.cols.period.Describe(c.lang);
  t.facts.push_back(c.S("overview.title.data_as_of") + LongDate(c.in.today, c.lang));
  t.facts.push_back(std::to_string(c.cols.sites.size()) + c.S("overview.title.places") +
                    SiteNames(c));
  doc->blocks.push_back(t);
}

using SectionFn = std::function<Status(const OverviewContext&, const std::string& kicker,
                                       const Object&, const std::string& path, Document*)>;

SectionFn Always(void (*add)(const OverviewContext&, Document*)) {
  return [add](const OverviewContext& c, const std::string&, const Object&, const std::string&,
               Document* doc) {
    add(c, doc);
    return Status::Ok();
  };
}
SectionFn Checked(Status (*add)(const OverviewContext&, const Object&, const std::string&,
                                Document*)) {
  return [add](const OverviewContext& c, const std::string&, const Object& s,
               const std::string& path, Document* doc) { return add(c, s, path, doc); };
}

const std::vector<std::pair<std::string, SectionFn>>& SectionTable() {
  static const std::vector<std::pair<std::string, SectionFn>> table = {
      {"title",
       [](const OverviewContext& c, const std::string& kicker, const Object&, const std::string&,
          Document* doc) {
         AddTitle(c, kicker, doc);
         return Status::Ok();
       }},
      {"toc",
       [](const OverviewContext& c, const std::string&, const Object&, const std::string&,
          Document* doc) {
         doc->blocks.push_back(TocBlock{c.S("overview.toc.contents"), 2});
         return Status::Ok();
       }},
      {"heading",
       [](const OverviewContext& c, const std::string&, const Object& s, const std::string&,
          Document* doc) {
         int level = s.has("level") ? s.getValue<int>("level") : 1;
         doc->blocks.push_back(Heading{level, Fill(Localized(s, "text", c.lang), c)});
         return Status::Ok();
       }},
      {"text",
       [](const OverviewContext& c, const std::string&, const Object& s, const std::string&,
          Document* doc) {
         doc->blocks.push_back(Paragraph{Fill(Localized(s, "text", c.lang), c)});
         return Status::Ok();
       }},
      {"site_types", Always(AddSiteTypes)},
      {"site_table", Checked(AddSiteTable)},
      {"site_multiples", Checked(AddSiteMultiples)},
      {"site_stops", Always(AddSiteStops)},
      {"site_history", Checked(AddSiteHistory)},
      {"events_by_format", Always(AddEventsByFormat)},
      {"feedback_by_site", Always(AddFeedbackBySite)},
      {"targets_by_site", Always(AddTargetsBySite)},
      {"themes_across_sites", Always(AddThemesAcrossSites)},
      {"site_pages", Checked(AddSitePages)},
      {"overview_notes", Always(AddOverviewNotes)},
  };
  return table;
}

}  // namespace

bool IsOverviewTemplate(const std::string& template_dir, const std::string& template_id) {
  std::string file;
  Result<Object::Ptr> root = ReadTemplate(template_dir, template_id, &file);
  if (!root.ok()) return false;
  // The scopes a template can declare, and whether each is about several sites.
  static const std::pair<const char*, bool> kScopes[] = {
      {"sites", true},
  };
  try {
    if (!(*root)->has("scope")) return false;
    std::string scope = (*root)->getValue<std::string>("scope");
    for (const auto& [name, several] : kScopes)
      if (scope == name) return several;
    return false;
  } catch (const Poco::Exception&) {
    return false;
  }
}

std::string SeveralSitesTemplate(const std::string& template_dir, const std::string& template_id) {
  std::string file;
  Result<Object::Ptr> root = ReadTemplate(template_dir, template_id, &file);
  if (!root.ok()) return "";
  try {
    return (*root)->has("several_sites") ? (*root)->getValue<std::string>("several_sites") : "";
  } catch (const Poco::Exception&) {
    return "";
  }
}

Result<Document> BuildOverview(const std::string& template_dir, const std::string& template_id,
                               const OverviewInput& input) {
  std::string file;
  Result<Object::Ptr> parsed = ReadTemplate(template_dir, template_id, &file);
  if (!parsed.ok()) return parsed.status();
  Object::Ptr root = *parsed;
  Result<const Strings*> words = Strings::Builtin(input.lang);
  if (!words.ok()) return words.status();
  OverviewContext c{input, *input.columns, input.lang, file, **words, SitesByType(*input.columns)};
  if (c.cols.sites.empty()) return Status::Usage(CliWords().Get("cli.overview.needs_site"));
  Document doc;
  std::string kicker = Localized(*root, "title", input.lang);
  std::string municipality = CommonMunicipality(c.cols);
  doc.info.title = kicker + " – " + c.cols.period.Label(input.lang);
  doc.info.author = municipality.empty() ? SiteNames(c) : municipality;
  doc.info.subject =
      kicker + c.S("overview.document.subject_dash") + c.cols.period.Label(input.lang);
  doc.info.keywords = c.S("overview.document.digital_anchor_places_evaluation") + SiteNames(c) +
                      ", " + c.cols.period.Label(input.lang);
  doc.info.creator = doc.info.author;
  if (input.internal) {
    doc.info.marker = InternalMarker(**words);
    doc.info.title += " (" + doc.info.marker + ")";
    doc.info.subject += " – " + doc.info.marker;
    doc.info.keywords += ", " + doc.info.marker;
    doc.info.creator =
        c.words.Format("overview.document.creator", {{"version", ANKERBERICHT_VERSION}});
  }
  doc.info.language = input.lang;
  doc.info.locale = (*words)->locale();
  doc.info.format = PageFormat::kA4;
  doc.info.header_text =
      kicker + c.S("overview.document.subject_dash") + c.cols.period.Label(input.lang);
  doc.info.footer_text = municipality;
  doc.info.page_label = c.S("overview.document.page");
  doc.info.page_of = c.S("overview.document.of");
  doc.info.slide_label = c.S("render.slide.label");
  doc.info.shortened_note = c.S("render.chart.shortened");
  doc.info.no_data = c.S("render.heatmap.no_data");
  doc.info.closed = c.S("render.heatmap.closed");
  doc.info.untitled = c.S("render.untitled");
  SetBoundWords(c.words, &doc.info);
  Array::Ptr sections = root->getArray("sections");
  if (!sections)
    return Status::Config(CliWords().Format("cli.overview.sections_needed", {{"file", file}}));
  try {
    for (size_t i = 0; i < sections->size(); ++i) {
      std::string path = ReplaceAll(kSectionPath, "{i}", std::to_string(i));
      Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
      if (!s) {
        return Status::Config(
            CliWords().Format("cli.overview.section_not_object", {{"file", file}, {"path", path}}));
      }
      std::string type = s->has("type") ? s->getValue<std::string>("type") : "";
      std::vector<std::string> known;
      bool found = false;
      for (const auto& [name, add] : SectionTable()) {
        known.push_back(name);
        if (name != type) continue;
        ANKER_RETURN_IF_ERROR(add(c, kicker, *s, path, &doc));
        found = true;
      }
      if (!found) {
        return Status::Config(CliWords().Format(
            "cli.overview.unknown_section",
            {{"file", file}, {"path", path}, {"type", type}, {"known", Join(known, ", ")}}));
      }
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(file + ": " + e.displayText());
  }
  FillChartAltTexts(&doc);
  return doc;
}

}  // namespace ankerbericht
