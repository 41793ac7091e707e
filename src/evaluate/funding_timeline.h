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

#include "model/site.h"
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
  // True while today is on or before planning_start_due (the date has not
  // passed: says nothing about whether planning has begun).
  bool lead_time_met = false;
  std::optional<Date> budget_deadline;
  // The latest committee meeting on or after |today| and on or before the
  // budget deadline (or the funding end when no deadline is configured).
  std::optional<Date> last_deciding_meeting;
  // Meetings still ahead of today, in date order (for the timeline chart).
  std::vector<Date> meetings_ahead;

  // The steps the team recorded (lease notice, contracts, reviews, ...), by
  // date; their status is what the team recorded, never inferred from today.
  std::vector<RecordedStep> steps;
  // When the team recorded the start of the consolidation planning (a step
  // of kind "planung" with erledigt_am); nullopt: not recorded.
  std::optional<Date> planning_started;
  // The meeting the paper is for (--meeting, else the next one before the
  // deadline whose submission date has not passed), the day the paper must be submitted for it, and
  // the body of the Beratungsfolge that decides after it (the council; without one marked
  // "Entscheidung", the next body).
  std::optional<Date> meeting;
  std::optional<Date> submit_by;
  std::optional<Beratung> next_body;
};

// Computes the timeline of |site| as seen on |today|. |meeting|, when given,
// is the meeting the paper is for; else the next meeting that can decide.
FundingTimeline ComputeFundingTimeline(const Site& site, const Date& today,
                                       std::optional<Date> meeting = std::nullopt);

// Whole months from |from| to |to| (negative when |to| lies before |from|):
// 15.01. -> 14.02. is 0 months, 15.01. -> 15.02. is 1.
int WholeMonthsBetween(const Date& from, const Date& to);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FUNDING_TIMELINE_H_
