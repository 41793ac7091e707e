// Whether a comparison period is a fair basis: a place that opened in the
// middle of the previous half-year (or year) had fewer days to gather
// visits, events and hours than in a whole period, so "+250 %" against it
// says more about the opening date than about the place. Sums (counts,
// hours, days) are therefore not compared with such a period; rates and
// shares (visits per hour, fill rate, recommendation) still are.
#ifndef ANKERBERICHT_EVALUATE_COMPARISON_BASIS_H_
#define ANKERBERICHT_EVALUATE_COMPARISON_BASIS_H_

#include <optional>
#include <string>

#include "model/period.h"
#include "model/site.h"

namespace ankerbericht {

// The part of a period a place was open: from its opening day to the end.
struct PartOpening {
  Date opened;
  int open_days = 0;    // calendar days from |opened| to the period's end
  int period_days = 0;  // calendar days of the whole period
};

// The part of |p| that |site| was open, when it opened after p.from and on
// or before p.to (Site::opened); nullopt when it was open all of |p|, has
// no opening date, or opened after |p| (then |p| holds no figures at all).
// Pure.
std::optional<PartOpening> PartlyOpen(const Site& site, const Period& p);

// True for units that add up over the days of a period ("count", "hours",
// "days"): their change against a partly open period is not shown.
bool IsSumUnit(const std::string& unit);

// True when a change of a value in |unit| against |p| means something:
// false for a sum against a period |site| was only partly open.
bool Comparable(const Site& site, const std::string& unit, const Period& p);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_COMPARISON_BASIS_H_
