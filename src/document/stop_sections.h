// The report section of a mobile site: its stops in a table (no map: days,
// hours, visitors, visitors per hour and events per stop) and a chart of
// the visitors per stop; and the words that differ between a mobile site
// and a building (method texts, indicator definitions).
#ifndef ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_

#include <string>
#include <string_view>

#include "document/build_context.h"

namespace ankerbericht {

// {"type": "stops"}: the table and the chart from the "stops.*" breakdowns
// (evaluate/stop_figures.h), with the privacy remark when a cell is hidden.
// Adds a sentence instead when the site has no stops.
void AddStops(const BuildContext& c, Document* doc);

// The word of |mobile_key| for a site with stops, of |stationary_key| for
// any other: method texts speak of tally sheets per stop and stop hours
// for a bus, of the counter and opening hours for a building.
const std::string& KindWord(const BuildContext& c, std::string_view mobile_key,
                            std::string_view stationary_key);

// Whether the catalogue indicator |id| is measured at |site|: a bus counts
// on tally sheets, so the visits outside opening hours an entrance counter
// sees are no figure of it (left out of its tables and definitions).
bool IndicatorApplies(const Site& site, std::string_view id);

// The word of "<prefix>.mobile" for a site with stops; for a building the
// word by what counted the visits of the report's period
// (evaluate/period_data.h CountedBy): "<prefix>.counter", "<prefix>.tallies",
// or "<prefix>.stationary" for both (and when there is no visit data). So a
// place with tally sheets only is never said to have a counter.
const std::string& CountWord(const BuildContext& c, std::string_view prefix);

// CountKind (rule_words.h) of the report's site and period.
std::string_view CountKind(const BuildContext& c);

// The catalogue's name of |def| as it holds for the report's site
// (CatalogueLabel with CountKind(c)): a bus's own name where the catalogue's
// speaks of opening hours ("indicator.<id>.label_mobile"); else the catalogue's.
std::string SiteLabel(const BuildContext& c, const IndicatorDef& def);

// The catalogue's definition of |def| as it holds for the report's site: a
// mobile site's own wording ("indicator.<id>.definition_mobile") where the
// catalogue's speaks of a counter or opening times, a building's with tally
// sheets only or a counter only ("definition_tallies", "definition_counter")
// where the catalogue's speaks of both; else the catalogue's (CatalogueDefinition
// with CountKind(c)).
std::string SiteDefinition(const BuildContext& c, const IndicatorDef& def);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_
