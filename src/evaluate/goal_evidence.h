// Evidence per goal area over the whole funding period: for each of the
// seven goal areas, the indicators that speak for that area (each indicator
// under one area only unless the configuration names more), their first and
// latest half-year, the sum since the start for counts, the target verdict,
// and the codebook themes (with quotes) the team assigned to the area.
#ifndef ANKERBERICHT_EVALUATE_GOAL_EVIDENCE_H_
#define ANKERBERICHT_EVALUATE_GOAL_EVIDENCE_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "evaluate/qualitative.h"
#include "evaluate/targets.h"
#include "model/period.h"
#include "model/site.h"

namespace ankerbericht {

struct HistoryPoint;

struct AreaIndicator {
  std::string id;
  std::string unit;                    // "count", "percent", ...
  std::optional<Period> first_period;  // first half-year with a value
  std::optional<double> first;
  std::optional<Period> last_period;  // latest half-year with a value
  std::optional<double> last;
  // Since the first data: the cumulative reach for the counts that add up
  // (visits, events, participations, forms; "partners.distinct" as the
  // number of different partners), the sum of a custom count; nullopt for
  // rates, shares and counts of people per half-year, which do not add up.
  std::optional<double> total;
  std::optional<TargetState> status;  // the target verdict in the evaluated period
  bool provisional = false;           // see TargetResult::provisional: not judged yet
};

struct AreaTheme {
  std::string id, label;
  int mentions = 0;
  std::vector<SelectedQuote> quotes;
};

struct AreaEvidence {
  std::string id;  // a goal area id: document/ words it ("goal_area.<id>")
  std::optional<int> priority;
  std::vector<AreaIndicator> indicators;  // with a target first, then by catalogue order
  std::vector<AreaTheme> themes;
  int met = 0, near = 0, missed = 0;
  int provisional = 0;  // targets on totals that still grow: not judged yet
  bool empty() const { return indicators.empty() && themes.empty(); }
};

// The goal areas each indicator is evidence for: the configured
// goal_evidence.indicators entry, else a custom indicator's "goals", else
// the first goal area the catalogue names. |catalogue| lists (id, areas).
std::vector<std::pair<std::string, std::vector<std::string>>> EvidenceAreas(
    const Site& site,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& catalogue);

// One entry per goal area in the study's order. |areas| from EvidenceAreas,
// |units| the unit of every indicator id, |history| every half-year up to the
// evaluated one, |since_start| the cumulative reach (CumulativeReach::values),
// |qualitative| the themes and quotes since the start (only themes named in
// the site's goal_evidence.themes are assigned). Pure.
std::vector<AreaEvidence> CollectGoalEvidence(
    const Site& site, const std::vector<std::pair<std::string, std::vector<std::string>>>& areas,
    const std::map<std::string, std::string>& units, const std::vector<HistoryPoint>& history,
    const std::map<std::string, std::optional<double>>& since_start,
    const std::vector<TargetResult>& targets, const Qualitative& qualitative);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_GOAL_EVIDENCE_H_
