// Format presets: the exports of tools our users have (hystreet, LimeSurvey,
// KoboToolbox, ODK Central, Microsoft Forms, Google Forms, light barriers). A preset
// recognises its tool by the header row and says which of its columns hold our
// fields; reading the cells stays with the table mapper. Every preset is also a
// row in the importer registry (import/importer_registry.cc), so --format can
// name it. The formats are described in docs/input-formats.md.
#ifndef ANKERBERICHT_IMPORT_PRESETS_H_
#define ANKERBERICHT_IMPORT_PRESETS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/records.h"
#include "model/site.h"
#include "util/date.h"
#include "util/strings.h"

namespace ankerbericht {

struct TableKind;  // import/table_mapper.h

struct Preset {
  const char* name;  // hystreet, as for --format
  InputKind kind;
  // Auto-detection: every group needs one of its header names in the header
  // row (compared with HeaderLooselyMatches). Empty: never auto-detected.
  std::vector<std::vector<const char*>> signature;
  // Our field -> the tool's header names, the first present one is used.
  std::vector<std::pair<const char*, std::vector<const char*>>> columns;
  // The row after the header holds HXL hashtags (#symmetry), not data.
  bool hxl_row = false;
  // Question headers are paths ("group/question", "group-question"): the last
  // part is matched against the questionnaire too.
  bool path_headers = false;
  // Answer codes (A1, AO02, Y, N) are translated through the questionnaire.
  bool answer_codes = false;
  // Answers arrive as digital forms (the feedback channel default).
  bool digital = false;
  // A detector for layouts a list of names cannot describe; null = use
  // |signature|.
  bool (*detect)(const std::vector<std::string>& header) = nullptr;
  // A table layout of its own (wide exports); null = the kind's usual one.
  const TableKind* (*table)() = nullptr;
  // Dates with slashes are month first ("1/18/2024 14:18:05"), as the tool
  // writes them in its US-English setting.
  bool us_dates = false;
  // The tool exports no response id: each row's id is its submission time to
  // the second and its answers (ResponseFingerprint), so that a response
  // downloaded twice is still recognised.
  bool fingerprint_ids = false;
};

// All presets, in the order auto-detection tries them.
const std::vector<Preset>& Presets();

// The one-line description of |preset| for inspect and the format
// catalogue, in the language of |words| (key import.preset.<name>).
std::string PresetDescription(const Preset& preset, const Strings& words = CliWords());

// The preset called |name|, or null.
const Preset* FindPreset(std::string_view name);

// The first preset for |kind| whose signature is in |header|, or null.
const Preset* DetectPreset(InputKind kind, const std::vector<std::string>& header);

// Like HeaderMatches (import/table_mapper.h), but a U+FFFD in |header| stands
// for any one character of |alias|: exports whose umlauts were destroyed
// before they reached us ("Fu\uFFFDg\uFFFDnger") still match "Fußgänger".
bool HeaderLooselyMatches(std::string_view header, std::string_view alias);

// Repairs words whose umlauts were replaced by U+FFFD when exactly one word of
// a small German dictionary fits ("Steinstra\uFFFDe" -> "Steinstraße").
// Returns |text| unchanged when nothing fits.
std::string RepairDamagedUmlauts(std::string_view text);

// A LimeSurvey / survey-tool answer code translated to an answer on |item|'s
// scale: "A4" / "AO04" / "4" -> "4"; "Y" -> "ja", "N" -> "nein"; for items with
// labels, the code's number picks the label. Anything else is returned as is.
std::string TranslateAnswerCode(const QuestionItem& item, const std::string& raw);

// A form tool's submission time with its seconds: "1/18/2024 14:18:05"
// (month first, only when |us_dates|), "18.01.2024 14:18:05" and
// "2024-01-18 14:18:05" (as the xlsx reader writes date cells); seconds and a
// trailing "AM"/"PM" are optional. nullopt for anything else, for impossible
// dates and times, and for slashed dates unless |us_dates|.
struct FormTimestamp {
  Date date;
  int second = 0;  // seconds since midnight
};
std::optional<FormTimestamp> ParseFormTimestamp(std::string_view text, bool us_dates);

// The response id of a row from a tool that exports none (Google Forms):
// "2024-01-18 14:18:05 #" and 16 hex digits of a SHA-256 over the row's
// non-empty cells as (header, value) pairs, in any column order. The same
// response gives the same id in the CSV and the xlsx download, and after a
// question was added to the form (its cell is empty in old rows).
std::string ResponseFingerprint(const FormTimestamp& when,
                                std::vector<std::pair<std::string, std::string>> cells);

// Eco-Visio wide exports (import/ecovisio_mapper.cc): the header test, the
// layout, and the month-name timestamps they use ("1. Jan. 2023 00:00",
// "Jan 1, 2023 12:00 AM"); nullopt for anything else.
bool LooksLikeEcoVisio(const std::vector<std::string>& header);
const TableKind& EcoVisioTable();
std::optional<Timestamp> ParseMonthNameTimestamp(std::string_view text);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_PRESETS_H_
