// The consolidation timeline (Verstetigung): how long the funding lasts, whether
// planning started early enough, and which committee meeting is the last one
// that can still decide in time.
//
// The Difu study's rule: consolidation planning must start at least 18 months
// before the funding ends, and the decision must fit the council's budget
// deadline and meeting cycle.
#ifndef ANKERBERICHT_EVALUATE_FUNDING_TIMELINE_H_
#define ANKERBERICHT_EVALUATE_FUNDING_TIMELINE_H_

#include <optional>
#include <vector>

#include "config/workspace_config.h"
#include "util/date.h"

namespace ankerbericht {

inline constexpr int kPlanningLeadMonths = 18;

struct FundingTimeline {
  std::optional<Date> funding_end;  // nullopt: no end configured
  // Whole calendar months from |today| to the funding end (0 when it has
  // passed or lies in the current month).
  int months_left = 0;
  // The day planning had to start: funding end minus 18 months.
  std::optional<Date> planning_start_due;
  // True while today is on or before planning_start_due.
  bool lead_time_met = false;
  std::optional<Date> budget_deadline;
  // The latest committee meeting on or after |today| and on or before the
  // budget deadline (or the funding end when no deadline is configured).
  std::optional<Date> last_deciding_meeting;
  // Meetings still ahead of today, in date order (for the timeline chart).
  std::vector<Date> meetings_ahead;
};

// Computes the timeline of |site| as seen on |today|.
FundingTimeline ComputeFundingTimeline(const Site& site, const Date& today);

// Whole months from |from| to |to| (negative when |to| lies before |from|):
// 15.01. -> 14.02. is 0 months, 15.01. -> 15.02. is 1.
int WholeMonthsBetween(const Date& from, const Date& to);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FUNDING_TIMELINE_H_
