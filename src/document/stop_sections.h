// The report section of a mobile site: its stops in a table (no map: days,
// hours, visitors, visitors per hour and events per stop) and a chart of
// the visitors per stop.
#ifndef ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_

#include "document/build_context.h"

namespace ankerbericht {

// {"type": "stops"}: the table and the chart from the "stops.*" breakdowns
// (evaluate/stop_figures.h), with the privacy remark when a cell is hidden.
// Adds a sentence instead when the site has no stops.
void AddStops(const BuildContext& c, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_STOP_SECTIONS_H_
