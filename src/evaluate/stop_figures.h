// The figures per stop of a mobile site (a bus, a trailer): how long it stood
// at each stop, the visitors counted there on the tally sheets, visitors per
// hour at the stop, and the events held there. Breakdowns like the others,
// so `figures` prints them and reports draw them; none for a site without
// stops.
#ifndef ANKERBERICHT_EVALUATE_STOP_FIGURES_H_
#define ANKERBERICHT_EVALUATE_STOP_FIGURES_H_

#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

// The key of the cell for records that name no stop.
inline constexpr const char* kNoStopKey = "-";

// For a mobile site, in this order (one cell per configured stop, in the
// configuration's order, key = stop id, label = stop name; then a cell
// kNoStopKey where records name no stop):
//   stops.days             days the bus stood at the stop (closures excluded);
//                          the total counts a day with two stops once
//   stops.hours            hours it stood there
//   stops.visits           visitors on the tally sheets (protected, partition)
//   stops.visits_per_hour  stops.visits / stops.hours
//   stops.events           events held there (partition of events.held)
// Empty for a site without stops. Pure.
std::vector<Breakdown> StopBreakdowns(const PeriodData& data);

// After the privacy rule: clears the visits per hour of every stop whose
// visitors are hidden (the rate times the published hours would give them
// back), and the total rate when the total is hidden.
void HideStopRates(std::vector<Breakdown>* breakdowns);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_STOP_FIGURES_H_
