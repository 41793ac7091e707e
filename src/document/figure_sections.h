// Report sections that show the evaluation's figures: key-figure tiles, the
// goal profile, the weekday x hour heatmap, breakdown tables, the feedback
// items and the programme signals.
#ifndef ANKERBERICHT_DOCUMENT_FIGURE_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_FIGURE_SECTIONS_H_

#include "document/build_context.h"

namespace ankerbericht {

// {"type": "kpi_tiles", "indicators": [...]}: one tile per indicator with the
// change against the previous period and the year before, and its target status. Fails with
// kConfig for an unknown indicator.
Status AddKpiTiles(const BuildContext& c, const Poco::JSON::Object& section,
                   const std::string& path, Document* doc);
// Visits per month of the period beside the same months a year earlier.
BarChart VisitsByMonthChart(const BuildContext& c, const std::string& title);
// Radar of the goal areas' priorities and target scores, and a table.
void AddGoalProfile(const BuildContext& c, Document* doc);
void AddWeekdayHourHeatmap(const BuildContext& c, Document* doc);
// {"type": "breakdown_table", "breakdown": "events.by_format", "label": {...}}
Status AddBreakdownTable(const BuildContext& c, const Poco::JSON::Object& section,
                         const std::string& path, Document* doc);
// The table of |b|: one row per cell (suppressed ones as "< 5" or "x"), its
// share where there is one, the total, and the privacy remark when a cell is
// hidden. |label| heads the first column ("Kategorie" when empty).
void AddBreakdownTableOf(const BuildContext& c, const Breakdown& b, const std::string& label,
                         Document* doc);
// Diverging bars for the scale items and a table with n, mean and positive share.
void AddFeedbackItems(const BuildContext& c, Document* doc);
void AddSignals(const BuildContext& c, Document* doc);
// Positive share of every scale item per group: |by| is "channel", "format"
// or "speaker" (the speaker pool).
void AddItemGroups(const BuildContext& c, const std::string& by, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_FIGURE_SECTIONS_H_
