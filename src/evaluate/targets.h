// Targets from the configuration give each indicator a status, and the seven
// goal areas collect the statuses of their indicators (the data behind the
// radar profile of a site).
#ifndef ANKERBERICHT_EVALUATE_TARGETS_H_
#define ANKERBERICHT_EVALUATE_TARGETS_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/period.h"
#include "model/site.h"

namespace ankerbericht {

enum class TargetState { kMet, kNear, kMissed, kNoData };
const char* TargetStateName(TargetState s);  // "met", "near", "missed", "no_data"

struct TargetResult {
  Target target;
  std::optional<double> value;
  TargetState status = TargetState::kNoData;
  // A total that still grows (the period is not over, or its data ends
  // early): |status| is what the value says so far, not a verdict.
  bool provisional = false;
};

// met: inside [min, max]; near: outside by at most near_percent of the bound
// (|bound| · near_percent / 100); missed: further out; no_data: no value.
TargetState Judge(const Target& target, std::optional<double> value);

// Looks up a (published) indicator value; returns false for an unknown id.
using IndicatorLookup = std::function<bool(const std::string& id, std::optional<double>* value)>;

// The targets of |site| that apply to |period|: a target naming this period
// wins over a general one for the same indicator; targets for other periods
// are left out. Fails with kConfig ("$.sites[0].targets[1].indicator: unknown
// indicator ...") when a target names an indicator |lookup| does not know.
Result<std::vector<TargetResult>> EvaluateTargets(const Site& site, const Period& period,
                                                  const IndicatorLookup& lookup);

// True if |id| is a catalogue indicator or an item figure of |site|'s
// questionnaire (feedback.item.<id>.n / .mean / .positive_share of an item
// with a scale).
bool IsKnownIndicator(const Site& site, const std::string& id);

// Checks every target of |site| without data (for `check`): fails with
// kConfig naming the target's JSON path when its indicator is unknown.
Status ValidateTargets(const Site& site);

struct GoalIndicator {
  std::string id;
  std::optional<double> value;
  std::optional<TargetState> status;  // nullopt: no target for it
  bool provisional = false;           // see TargetResult::provisional
};

struct GoalProfile {
  std::string id;               // a goal area id: document/ words it ("goal_area.<id>")
  std::optional<int> priority;  // 1 = most important; nullopt when not configured
  std::vector<GoalIndicator> indicators;
  int met = 0, near = 0, missed = 0, no_data = 0;
  int provisional = 0;  // targets on totals that still grow: not judged yet
  // (met + near/2) / (met + near + missed) in percent: the radar's value;
  // nullopt when no indicator of the area has a target with a value.
  std::optional<double> score;
};

// One profile per goal area, in the study's order. |goal_indicators| lists,
// per indicator id, the goal areas it speaks to.
std::vector<GoalProfile> GoalProfiles(
    const Site& site,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& goal_indicators,
    const IndicatorLookup& lookup, const std::vector<TargetResult>& targets);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_TARGETS_H_
