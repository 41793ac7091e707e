// The helpers every section of a report template is built with
// (build_context.h): template texts, placeholders, the team's Markdown texts,
// and the names and values of indicators.
#include "document/build_context.h"

#include <Poco/JSON/Object.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>

#include "document/comparison_words.h"
#include "document/edition.h"
#include "document/figure_sections.h"
#include "document/rule_words.h"
#include "document/stop_sections.h"
#include "document/text_language.h"
#include "document/vorlage_sections.h"
#include "util/file.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

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
      // The comparison periods in a sentence, none before the place opened.
      {"{comparison}", ComparisonSentence(c)},
      {"{date}", LongDate(c.in.today, c.lang)},
      {"{privacy_threshold}", std::to_string(c.ev.privacy_threshold)},
      {"{covered}", CoveredSpan(c)},
      // The method texts by the place's kind: tally sheets per stop and
      // stop hours for a bus, opening hours for a building and its visits by
      // what it has: a counter, tally sheets or both.
      {"{count_method}", CountWord(c, "method.count_method")},
      {"{count_rule}", CountWord(c, "method.count_rule")},
      {"{visits_counted}", CountWord(c, "method.visits_counted")},
      // The monthly chart draws the same months a year earlier only when
      // there are any (not before the place opened).
      {"{beside_year_before}", VisitsByMonthChart(c, "").series.size() > 1
                                   ? c.S("method.beside_year_before")
                                   : std::string()},
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
  if (const IndicatorDef* def = FindIndicator(id)) return SiteLabel(c, *def);
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
  // 1. Halbjahr 2026" and "210.000 €", never "im H1 2026" or "€210,000".
  const std::string text_lang = declared.empty() ? GuessTextLanguage(body) : declared;
  if (!text_lang.empty() && text_lang != c.lang) {
    if (Result<const Strings*> words = Strings::Builtin(text_lang); words.ok()) {
      BuildContext in_text{c.in, c.ev, text_lang, c.file, **words, {}};
      return std::optional<std::string>(Substitute(body, in_text));
    }
  }
  return std::optional<std::string>(Substitute(body, c));
}

}  // namespace ankerbericht
