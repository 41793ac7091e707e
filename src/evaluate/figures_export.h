// The figures of an Evaluation as JSON and as CSV (long format): what
// `figures --json/--csv` prints, the open-data form of every number in a
// report. Both carry the same numbers; suppressed values appear as "< k" or
// "x" exactly as the privacy rule left them in the Evaluation.
#ifndef ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_
#define ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_

#include <map>
#include <ostream>
#include <string>

#include "evaluate/evaluation.h"
#include "evaluate/site_columns.h"

namespace ankerbericht {

// The words the export carries beside its codes, per language: the rules
// of the JSON ("rule_de", "rule_en", ...) and the names of the German CSV.
// evaluate/ words nothing itself; the caller fills this from the strings
// tables (document/rule_words.h, FigureWordsFor).
struct FigureWords {
  struct Language {
    std::string privacy_rule;  // for the evaluation's threshold; "not applied" when internal
    std::string interval_method;
    std::string signal_rule;
    std::string quote_rule;
    std::string internal_notice;                    // printed with internal (unprotected) figures
    std::string sites_total_rule;                   // how the total of several sites is formed
    std::map<int, std::string> site_types;          // type 1..5 -> name
    std::map<std::string, std::string> indicators;  // catalogue id -> label
    std::map<std::string, std::string> goal_areas;  // goal area id -> name
    std::map<std::string, std::string> columns;     // CSV header: "site" -> "Ort"
    std::map<std::string, std::string> units;       // "count" -> "Anzahl"
    std::map<std::string, std::string> quote_sources;  // "feedback" -> "Feedbackbogen"
    std::string without_event;  // the format key of answers linked to no event
  };
  Language de, en;
  // "INTERN – ... / INTERNAL – ...": the JSON's notice, in both languages.
  std::string BothNotices() const { return de.internal_notice + " / " + en.internal_notice; }
};

// {"site","period":{"id","from","to"}[,"comparisons"],"privacy",
//  "indicators":{"<id>":{"value","unit"[,"previous","year_before"][,"suppressed"]}},
//  "breakdowns","feedback_items","targets","goals","signals","history",
//  "visits_by_month":{"period":[{"month","value"}],"year_before":[...]},
//  ["cumulative":{"from","to","half_years","indicators"}] (with history),
//  ["funding":{"as_of","funding_end","months_left",...}] (with today),
//  "qualitative":{"themes":[{...,"by_format","quotes"}],"actions"}}
void WriteFiguresJson(const Evaluation& ev, const FigureWords& words, std::ostream& out);

// How the CSV is written: plainly for programs (",", "12.5", no BOM, English
// header), or as German Excel opens it right with a double click (";",
// "12,5", a UTF-8 byte order mark so that umlauts survive, CRLF, German
// header and a column with each indicator's German name).
struct CsvStyle {
  char separator = ',';
  bool decimal_comma = false;
  bool bom = false;
  bool crlf = false;
  std::string lang = "en";  // "de": German header, units and labels
};
CsvStyle GermanExcelCsv();

// Header site,period,indicator,unit,value[,previous,year_before] (German
// style: Ort;Zeitraum;Kennzahl;Bezeichnung;Einheit;Wert[;Vorperiode;Vorjahr]); first the
// catalogue and item indicators, then breakdown cells "<id>[<key>]" and their
// shares "<id>.share[<key>]", item intervals and groups, targets, goals,
// signals, monthly visits "visits.month[2026-01]", cumulative sums
// "cumulative.<id>", "funding.months_left", and history rows with their
// half-year in the period column.
void WriteFiguresCsv(const Evaluation& ev, const FigureWords& words, std::ostream& out,
                     const CsvStyle& style = CsvStyle());

// Several sites side by side (`figures --site a,b --json`):
// {"sites":[{"id","name","type","type_de","type_en"}],"period","privacy",
//  "indicators":{"<id>":{"unit","values":{"<site>":v,...,"total":v}
//  [,"suppressed":{"<site>"|"total":"< 5"|"x"}]}},
//  "per_site":{"<site>":<what WriteFiguresJson prints for it>}}.
void WriteSiteColumnsJson(const SiteColumns& columns, const FigureWords& words, std::ostream& out);

// Counts have shares of their total; overlapping counts only where they
// were computed, per respondent (a multiple-choice question). Shared by the
// JSON (figures_json.cc) and the CSV (figures_csv.cc).
bool HasCellShares(const Breakdown& b);

// Header indicator,unit,<site>...,total; one row per catalogue indicator,
// suppressed cells as "< 5" or "x".
void WriteSiteColumnsCsv(const SiteColumns& columns, std::ostream& out);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_
