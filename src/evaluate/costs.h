// The financial effects of the consolidation (Finanzielle Auswirkungen): the
// configured running costs per year, who pays them, and what one visit and
// one event participation cost, computed from the last full year of figures.
#ifndef ANKERBERICHT_EVALUATE_COSTS_H_
#define ANKERBERICHT_EVALUATE_COSTS_H_

#include <optional>
#include <vector>

#include "model/period.h"
#include "model/vorlage.h"

namespace ankerbericht {

struct HistoryPoint;

struct CostFigures {
  bool configured = false;  // the site has a "kosten" block
  double total = 0;         // sum of the cost items, € per year
  double city = 0;          // financing marked as the city's own money
  double other = 0;         // the other financing
  // total - city - other: costs no financing covers yet (may be negative
  // when more is pledged than needed); nullopt when no financing is given.
  std::optional<double> uncovered;
  // The two half-years the costs are divided by (the last two of the
  // history, which together make a year); empty when there are fewer.
  std::vector<Period> basis;
  std::optional<double> visits;             // visitors.total over |basis|
  std::optional<double> participations;     // events.participants over |basis|
  std::optional<double> per_visit;          // total / visits
  std::optional<double> per_participation;  // total / participations
};

// Pure. |history| is Evaluation::history (every half-year up to the period).
// A half-year without a value (no data or withheld) leaves the per-visit
// figure empty rather than dividing by a part of the year.
CostFigures ComputeCosts(const Kosten& kosten, const std::vector<HistoryPoint>& history);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_COSTS_H_
