// The evaluation of one site for one period: every indicator (optionally with
// the previous period and the same period a year earlier) and the breakdowns
// the reports draw. This is what `figures` prints and what reports show.
#ifndef ANKERBERICHT_EVALUATE_EVALUATION_H_
#define ANKERBERICHT_EVALUATE_EVALUATION_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/indicators.h"
#include "evaluate/period_data.h"

namespace ankerbericht {

struct MonthValue {
  Date month;  // first of the month
  std::optional<double> value;  // nullopt: no visit data in that month
};

struct Evaluation {
  const Site* site = nullptr;
  Period period;
  bool compared = false;
  Period previous;
  Period year_before;
  std::map<std::string, IndicatorValue> indicators;
  PeriodData data;                            // the period's records, for lists
  std::vector<MonthValue> visits_by_month;    // months of the period
  std::vector<MonthValue> visits_by_month_year_before;  // same months a year earlier
};

// Evaluates |site| for |period|; with |compare| also the previous period and the
// year before. Fails with kDatabase.
Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period, bool compare);

// Visits per calendar month of |data|'s period (pure; exposed for tests).
std::vector<MonthValue> VisitsByMonth(const PeriodData& data);

// Resolves a period expression; "latest-half" is the last half-year that has
// ended by |today| and holds data of |site| (falls back to the half-year of
// |today| when there is no data at all). Fails with kUsage.
Result<Period> ResolvePeriod(Store* store, const Site& site, const std::string& expr, Date today);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_EVALUATION_H_
