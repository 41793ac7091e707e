// The indicator catalogue: one row per indicator with its stable id, unit,
// goal areas and computation (its label and definition are in the strings
// tables).
// docs/indicators.md is generated from this table (`ankerbericht figures --definitions`).
#ifndef ANKERBERICHT_EVALUATE_INDICATORS_H_
#define ANKERBERICHT_EVALUATE_INDICATORS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/period_data.h"

namespace ankerbericht {

struct IndicatorDef {
  const char* id;    // stable: "visitors.total"
  const char* unit;  // "count", "percent", "per_hour", "hours", "days", "points"
  // Its name and the definition printed in report appendices are words:
  // "indicator.<id>.label" and "indicator.<id>.definition" in the strings
  // tables (templates/strings/, util/strings.h).
  // nullopt when the period has no data the indicator can be computed from
  // (e.g. a response rate without participants), never a made-up zero.
  std::optional<double> (*compute)(const PeriodData& data);
  // The goal areas (GoalAreas() ids) the indicator speaks to; empty for
  // indicators about data quality.
  std::vector<std::string> goals;
};

// What feedback.response_rate is computed from: forms linked to held events
// that counted participants, and those events' participants.
struct ResponseRateBasis {
  int linked_responses = 0;
  double participants = 0;
};
ResponseRateBasis ResponseRateBasisOf(const PeriodData& data);

// What feedback.recommend_rate is computed from: answers on the site's
// recommendation item, and how many of them are positive.
struct RecommendBasis {
  int answered = 0;
  int positive = 0;
};
RecommendBasis RecommendBasisOf(const PeriodData& data);

// The parts a share or rate is computed from: value = scale * part / whole.
// Shares of several sites together are computed from the summed parts,
// never averaged (evaluate/site_columns.h).
struct Ratio {
  double part = 0;
  double whole = 0;  // <= 0: nothing to divide by, the value is nullopt
};
struct RatioBasis {
  Ratio ratio;
  double scale = 100;  // 100 for percent, 1 for visits per hour
  std::optional<double> Value() const;
};
// The parts of catalogue indicator |id| for |data|; nullopt for indicators
// that are not a ratio (counts, hours, days). Value() equals the catalogue's
// computation.
std::optional<RatioBasis> RatioBasisOf(const std::string& id, const PeriodData& data);

const std::vector<IndicatorDef>& Indicators();
const IndicatorDef* FindIndicator(const std::string& id);

struct IndicatorValue {
  std::optional<double> value;
  std::optional<double> previous;     // with comparisons only
  std::optional<double> year_before;  // with comparisons only
};

// Computes every indicator for |data|.
std::map<std::string, IndicatorValue> ComputeIndicators(const PeriodData& data);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_INDICATORS_H_
