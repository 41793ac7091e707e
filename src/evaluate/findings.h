// What a summary must mention. A public paper that picks its good news and
// leaves out the rest misleads the council, so a rule decides, not the
// writer: every headline indicator with its change against both comparison
// periods, every target missed or nearly missed, and every indicator of a
// goal area that moved beyond a stated threshold, up or down. The rule
// returns values and reasons; the document stage words them.
#ifndef ANKERBERICHT_EVALUATE_FINDINGS_H_
#define ANKERBERICHT_EVALUATE_FINDINGS_H_

#include <optional>
#include <string>
#include <vector>

#include "evaluate/evaluation.h"

namespace ankerbericht {

struct FindingRule {
  // Always mentioned, in this order (catalogue ids).
  std::vector<std::string> headline = {"visitors.total", "events.held", "events.participants",
                                       "feedback.recommend_rate"};
  // A move counts as large beyond these, in either direction: percent of the
  // earlier value for counts and rates, percentage points for shares.
  double change_percent = 10;
  double change_points = 5;
};

// The change of |now| against |before|: percentage points when |unit| is
// "percent", else percent of |before|. nullopt when a value is missing, and
// for a relative change from 0 (there is no percentage of nothing).
std::optional<double> ChangeOf(const std::string& unit, std::optional<double> now,
                               std::optional<double> before);

// True when |change| (from ChangeOf with the same |unit|) exceeds the
// rule's threshold in either direction.
bool IsLargeChange(const FindingRule& rule, const std::string& unit, std::optional<double> change);

struct Finding {
  std::string indicator;  // catalogue id or an item figure "feedback.item.<id>.positive_share"
  std::string unit;       // "count", "percent", ...
  std::optional<double> value, previous, year_before;
  std::optional<double> change_previous, change_year_before;  // see ChangeOf
  // Why the summary must mention it (one indicator may have several reasons).
  bool headline = false;
  std::optional<TargetResult> target;  // set when its target is missed or nearly missed
  bool large_previous = false, large_year_before = false;
};

// Applies |rule| to |ev| (an evaluation with comparisons; without them no
// move can be large). Returns each indicator at most once: the headline
// indicators first in the rule's order, then the targets missed or nearly
// missed in the configuration's order, then the large moves in catalogue
// order. Indicators withheld for privacy have no value and are not judged.
std::vector<Finding> SelectFindings(const Evaluation& ev, const FindingRule& rule);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FINDINGS_H_
