// How much of a period its data covers. A report on a half-year that is still
// running, or whose visit data ends before its last day, must say so, must
// not count days that have not come yet as gaps, and must compare like with
// like: the same span of days in the periods it is compared with.
#ifndef ANKERBERICHT_EVALUATE_COVERAGE_H_
#define ANKERBERICHT_EVALUATE_COVERAGE_H_

#include <map>
#include <optional>

#include "evaluate/period_data.h"
#include "model/period.h"
#include "model/site.h"

namespace ankerbericht {

enum class CoverageState {
  kComplete,       // the period is over and its visit data reaches its last opening day
  kRunning,        // the period has not ended yet (today <= its last day)
  kDataEndsEarly,  // the period is over, but the visit data stops before its end
};
// "complete", "running", "data_ends_early" (for figures --json).
const char* CoverageStateName(CoverageState s);

struct Coverage {
  CoverageState state = CoverageState::kComplete;
  // The last day of the period with visit data (counter or tally sheet);
  // nullopt when the period has none.
  std::optional<Date> data_end;
  // The last day the figures reach: the period's end when complete, else
  // data_end (or, without any visit data, the day before today).
  Date covered_to;
  bool complete() const { return state == CoverageState::kComplete; }
};

// Judges |visit_days| of |period| as seen on |today| (pure). A period without
// any visit data that is over counts as complete: its figures say "no data"
// themselves. Closed days at the end of a period do not make it incomplete:
// the data only has to reach the last day |site| was open.
Coverage ComputeCoverage(const Site& site, const Period& period,
                         const std::map<Date, VisitDay>& visit_days, Date today);

// The first part of |p| that matches [reference.from, covered_to] in length:
// the same number of whole months and the same day of the month (a month's
// last day matches the other month's last day). 2025-H2 for 2026-H2 covered to
// 31.10.2026 gives 01.07.2025..31.10.2025; 2026-H1 gives 01.01.2026..30.04.2026.
Period SameSpan(const Period& p, const Period& reference, Date covered_to);

// The part of |p| up to |covered_to| as a date range (its id "from..to").
Period CoveredPart(const Period& p, Date covered_to);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_COVERAGE_H_
