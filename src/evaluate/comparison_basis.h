// Whether a comparison period is a fair basis: a place that opened in the
// middle of the previous half-year (or year) had fewer days to gather
// visits, events and hours than in a whole period, so "+250 %" against it
// says more about the opening date than about the place. Sums (counts,
// hours, days) are therefore not compared with such a period; rates and
// shares (visits per hour, fill rate, recommendation) still are. A period
// that ended before the place opened is no comparison at all: it holds none
// of the place's figures, and "0" there is not a value. And in the period a
// place opened every partner is new and none recurring: new and recurring
// partners are not compared with it.
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

// True when |site| opened after the last day of |p|: the place did not
// exist yet, and nothing is compared with |p|. False without an opening
// date. Pure.
bool NotYetOpen(const Site& site, const Period& p);

// True when |site| opened on one of the days of |p| (its first included):
// the period the place began in. False without an opening date. Pure.
bool OpenedIn(const Site& site, const Period& p);

// True for units that add up over the days of a period ("count", "hours",
// "days"): their change against a partly open period is not shown.
bool IsSumUnit(const std::string& unit);

// True for indicators counted against everything before the period (new and
// recurring partners): in the period a place opened, all are new.
bool CountsAgainstEarlier(const std::string& id);

// True when a change of indicator |id| (in |unit|) against |p| means
// something: false against a period before |site| opened, for a sum against
// a period it was only partly open, and for new and recurring partners
// against the period it opened in.
bool Comparable(const Site& site, const std::string& id, const std::string& unit, const Period& p);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_COMPARISON_BASIS_H_
