// What every section of a report template is built from (shared by the files
// that fill sections: report_builder.cc, qualitative_sections.cc).
#ifndef ANKERBERICHT_DOCUMENT_BUILD_CONTEXT_H_
#define ANKERBERICHT_DOCUMENT_BUILD_CONTEXT_H_

#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>

#include "document/report_builder.h"
#include "util/strings.h"

namespace ankerbericht {

// What personal and technical detail the document holds so far, noted by the
// sections that add it: the data-protection paragraph is written from this,
// not assumed.
struct EditionLog {
  int named_speakers = 0;   // speakers shown by name with their ratings
  int named_owners = 0;     // actions shown with the staff member responsible
  bool file_names = false;  // the sources table lists file names and checksums
  // Ids of the quotes printed so far: a quote appears once in a document,
  // under the section that shows it first.
  std::set<std::string> quotes_shown;
};

struct BuildContext {
  const ReportInput& in;
  const Evaluation& ev;
  const std::string& lang;
  std::string file;        // the template file, for messages
  const Strings& words;    // the strings table of |lang| (util/strings.h)
  mutable EditionLog log;  // filled while the sections are built
  bool en() const { return lang == "en"; }
  bool internal() const { return in.internal; }
  // The word of |key| in the report's language (templates/strings/<lang>.json).
  const std::string& S(std::string_view key) const { return words.Get(key); }
  // How the report's language writes numbers and dates (util/locale.h).
  const Locale& locale() const { return words.locale(); }
  // A year report compares with one period: the year before is also the
  // previous period, and is named once.
  bool one_comparison() const { return ev.previous.id == ev.year_before.id; }
};

// A template text is {"de": "...", "en": "..."} or a plain string.
std::string Localized(const Poco::JSON::Object& o, const std::string& key, const std::string& lang);

// Replaces {site}, {period}, {period_label}, {previous}, {year_before},
// {date}, {municipality} and {privacy_threshold} in |text|; {comparison} with
// the sentence naming the comparison periods (comparison_words.h
// ComparisonSentence); the method words by the site's kind and counting
// {count_method}, {count_rule}, {visits_counted} (stop_sections.h CountWord)
// and {hours_rule} (KindWord); and {beside_year_before} with ", neben
// denselben Monaten des Vorjahres" when the monthly chart draws them, else "".
std::string Substitute(std::string text, const BuildContext& c);

// The team's own Markdown text |name| (relative to the workspace; for English
// "x.en.md" beside "x.md" wins when it exists) with the placeholders
// substituted; nullopt when the file does not exist or cannot be read. Fails
// with kConfig naming the template and |path| (the section's JSON path) when
// |name| lies outside the workspace (util/workspace_path.h). A first line
// "Sprache: en" is taken out of the text and, when |lang| is given, its code
// stored there ("" without one; see document/text_language.h).
Result<std::optional<std::string>> ReadTeamText(const BuildContext& c, const std::string& name,
                                                const std::string& path,
                                                std::string* lang = nullptr);

// The reader's name of a catalogue indicator or a questionnaire-item figure
// ("feedback.item.zufrieden.positive_share" -> the question's text with
// "(Zustimmung)"); the id itself when neither.
std::string IndicatorLabel(const BuildContext& c, const std::string& id);
// The value of such an indicator, formatted by its unit.
std::string ValueText(const BuildContext& c, const std::string& id, std::optional<double> v);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_BUILD_CONTEXT_H_
