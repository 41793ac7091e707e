// Cumulative reach since opening: what the place has achieved in all its
// half-years together, the headline of the consolidation case.
#ifndef ANKERBERICHT_EVALUATE_CUMULATIVE_H_
#define ANKERBERICHT_EVALUATE_CUMULATIVE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/period_data.h"
#include "util/date.h"

namespace ankerbericht {

struct HistoryPoint;

// The count indicators that add up over half-years (a share or a rate does
// not: it is shown as history instead).
const std::vector<std::string>& CumulativeIndicatorIds();

struct CumulativeReach {
  std::optional<Date> from;  // start of the first half-year with data; nullopt: no history
  std::optional<Date> to;    // end of the evaluated period
  int half_years = 0;        // how many half-years were added up
  // id -> sum over the half-years that have a value. nullopt when no
  // half-year has one (all missing or withheld by the privacy rule).
  // "partners.distinct" is not a sum: it is the number of different partners
  // of held events from the first data up to the period's end.
  std::map<std::string, std::optional<double>> values;
};

// Adds up |history| (every half-year up to and including the evaluated
// period, as Evaluation::history holds it); |period_data| is the evaluated
// period's data, whose partners_before gives the partners of earlier
// periods. Pure.
CumulativeReach Cumulate(const std::vector<HistoryPoint>& history, const PeriodData& period_data);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_CUMULATIVE_H_
