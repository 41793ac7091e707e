// The development of several sites over their half-years from sums the store
// adds up (Store::RangeSums), for the overview report: a few count
// indicators per half-year, the same values History() gives for them, at a
// fraction of its cost (no half-year's records are loaded and no day is
// looked at in C++).
#ifndef ANKERBERICHT_EVALUATE_HISTORY_SUMS_H_
#define ANKERBERICHT_EVALUATE_HISTORY_SUMS_H_

#include <string>
#include <vector>

#include "evaluate/evaluation.h"

namespace ankerbericht {

// The catalogue indicators a summed history holds: visitors.total,
// events.held, events.participants, feedback.responses. The privacy rule
// hides none of them (they are not broken down).
const std::vector<std::string>& SummedHistoryIndicators();

// For each of |sites|, in order: every half-year from the one holding the
// site's first data up to the one holding |upto|.to (as History()), each
// with the values of SummedHistoryIndicators() only. Empty for a site
// without data. One query per kind of record for all sites. Fails with
// kDatabase.
Result<std::vector<std::vector<HistoryPoint>>> SummedHistories(
    Store* store, const std::vector<const Site*>& sites, const Period& upto);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_HISTORY_SUMS_H_
