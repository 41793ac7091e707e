// Breakdowns of the period's totals: events by format, topic, target group
// and speaker; participants by format; responses by channel and format; age
// groups from tallies and events; the weekday x hour matrix of mean visits;
// for a mobile site the figures per stop (stop_figures.h).
// Raw values: the privacy rule is applied afterwards (ProtectBreakdowns).
#ifndef ANKERBERICHT_EVALUATE_BREAKDOWNS_H_
#define ANKERBERICHT_EVALUATE_BREAKDOWNS_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

// Every breakdown of |data|, in a fixed order. Where the cells partition the
// total (overlapping = false) they sum to it.
std::vector<Breakdown> ComputeBreakdowns(const PeriodData& data);

// Responses per channel (paper, digital): the breakdown ComputeBreakdowns
// lists as "feedback.responses_by_channel".
Breakdown ResponsesByChannel(const PeriodData& data);

// Mean visits per weekday and hour: for each weekday, the counter's visits in
// that hour averaged over the days of that weekday with counter data (an hour
// without readings on such a day counts as 0). Cells "Mo 09" .. "So 23" for the
// hours that have readings or lie in the opening hours (those are marked, on
// any day of the period); no total. The keys are stable machine output (the
// figures JSON/CSV); documents name the weekday in their own language.
Breakdown WeekdayHourMatrix(const PeriodData& data);

// The weekday (0 = Monday ... 6 = Sunday) and hour of a WeekdayHourMatrix key
// ("Di 14" -> {1, 14}); nullopt for any other text.
std::optional<std::pair<int, int>> WeekdayHourOfKey(const std::string& key);

// Applies SuppressSmallCounts to every protected breakdown (and hides the
// visits per hour of stops whose visitors it hid).
void ProtectBreakdowns(int k, std::vector<Breakdown>* breakdowns);

const Breakdown* FindBreakdown(const std::vector<Breakdown>& breakdowns, const std::string& id);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_BREAKDOWNS_H_
