// A chart's data as a table, for templates that ask for it ("data_table":
// true on a chart section): printed right after the figure, so a reader who
// cannot see the bars, or wants the exact numbers, finds every value in a real
// table (tagged as Table › THead/TBody › TR › TH/TD in the PDF).
#ifndef ANKERBERICHT_DOCUMENT_CHART_DATA_TABLE_H_
#define ANKERBERICHT_DOCUMENT_CHART_DATA_TABLE_H_

#include <string>

#include "document/document.h"

namespace ankerbericht {

// One row per category, a first column titled |category_title| ("Monat")
// with the category, then one numeric column per series titled by the
// series' name (or the chart's unit when there is a single unnamed series).
// Values are formatted for |lang| ("de" or "en"; anything else is German) as
// the report's tables print them: whole numbers without decimals, others
// with one; no data is "–". The caption is "Werte zum Diagramm „title“".
// A chart without a single value (no categories, no series, or nothing but
// "no data") gives a table without rows, which the report leaves out. Never fails.
Table ChartDataTable(const BarChart& chart, const std::string& category_title,
                     const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_CHART_DATA_TABLE_H_
