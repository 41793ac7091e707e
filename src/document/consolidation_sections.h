// Report sections of the consolidation case (Verstetigungsvorlage): the
// history of the key figures over every half-year since opening, the
// cumulative reach, the growth of the partner network, the evidence per goal
// area and the funding timeline. The committee deck (slide_sections.h)
// reuses the charts built here, so a figure looks the same in both.
#ifndef ANKERBERICHT_DOCUMENT_CONSOLIDATION_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_CONSOLIDATION_SECTIONS_H_

#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// "1. Hj. 2026" / "H1 2026" (from the strings table of |lang|): half-years as
// axis and column labels.
std::string ShortPeriodLabel(const Period& p, const std::string& lang);
// "31.12.2027" (German) or "2027-12-31" (English).
std::string DateText(const Date& d, const std::string& lang);

// {"type": "history_table", "indicators": [...]}: one row per indicator, one
// column per half-year (the last six when there are more). Fails with
// kConfig for an unknown indicator.
Status AddHistoryTable(const BuildContext& c, const Poco::JSON::Object& section,
                       const std::string& path, Document* doc);
// {"type": "history_chart", "indicator": "visitors.total"[, "title": {...}]}:
// bars per half-year. Fails with kConfig for an unknown indicator.
Status AddHistoryChart(const BuildContext& c, const Poco::JSON::Object& section,
                       const std::string& path, Document* doc);
// The bar chart of |def| over the history (shared with the deck).
BarChart HistoryBarChart(const BuildContext& c, const IndicatorDef& def, const std::string& title);

// Tiles with the sums since opening (CumulativeReach) and how they were made.
void AddCumulativeReach(const BuildContext& c, Document* doc);
// Partners per half-year, new ones among them, and the network in total.
void AddPartnerGrowth(const BuildContext& c, Document* doc);
BarChart PartnerGrowthChart(const BuildContext& c);
// Per goal area, by the team's priority: the indicators that speak to it,
// their targets and a verdict (evidenced / partly / not yet / no target).
void AddGoalEvidence(const BuildContext& c, Document* doc);
// Funding end, months left, the 18-month rule, the last deciding meeting:
// facts, a timeline chart and a table. Without a configured funding end, a
// paragraph saying where to configure it.
void AddFundingTimeline(const BuildContext& c, Document* doc);
// The timeline alone (shared with the deck); span_days == 0 without a funding end.
TimelineChart FundingTimelineChart(const BuildContext& c);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_CONSOLIDATION_SECTIONS_H_
