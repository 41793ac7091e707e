// The figures of an Evaluation as JSON and as CSV (long format): what
// `figures --json/--csv` prints, the open-data form of every number in a
// report. Both carry the same numbers; suppressed values appear as "< k" or
// "x" exactly as the privacy rule left them in the Evaluation.
#ifndef ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_
#define ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_

#include <ostream>
#include <string>

#include "evaluate/evaluation.h"
#include "evaluate/site_columns.h"

namespace ankerbericht {

// The notice printed with internal (unprotected) figures.
const char* InternalNotice();

// {"site","period":{"id","from","to"}[,"comparisons"],"privacy",
//  "indicators":{"<id>":{"value","unit"[,"previous","year_before"][,"suppressed"]}},
//  "breakdowns","feedback_items","targets","goals","signals","history",
//  "visits_by_month":{"period":[{"month","value"}],"year_before":[...]},
//  ["cumulative":{"from","to","half_years","indicators"}] (with history),
//  ["funding":{"as_of","funding_end","months_left",...}] (with today),
//  "qualitative":{"themes":[{...,"by_format","quotes"}],"actions"}}
void WriteFiguresJson(const Evaluation& ev, std::ostream& out);

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
void WriteFiguresCsv(const Evaluation& ev, std::ostream& out, const CsvStyle& style = CsvStyle());

// Several sites side by side (`figures --site a,b --json`):
// {"sites":[{"id","name","type","type_de","type_en"}],"period","privacy",
//  "indicators":{"<id>":{"unit","values":{"<site>":v,...,"total":v}
//  [,"suppressed":{"<site>"|"total":"< 5"|"x"}]}},
//  "per_site":{"<site>":<what WriteFiguresJson prints for it>}}.
void WriteSiteColumnsJson(const SiteColumns& columns, std::ostream& out);

// Header indicator,unit,<site>...,total; one row per catalogue indicator,
// suppressed cells as "< 5" or "x".
void WriteSiteColumnsCsv(const SiteColumns& columns, std::ostream& out);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FIGURES_EXPORT_H_
