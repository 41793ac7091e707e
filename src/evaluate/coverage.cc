#include "evaluate/coverage.h"

#include <algorithm>

namespace ankerbericht {

namespace {

bool IsLastOfMonth(const Date& d) { return d.AddDays(1).month() != d.month(); }

}  // namespace

const char* CoverageStateName(CoverageState s) {
  switch (s) {
    case CoverageState::kComplete:
      return "complete";
    case CoverageState::kRunning:
      return "running";
    case CoverageState::kDataEndsEarly:
      return "data_ends_early";
  }
  return "complete";
}

Coverage ComputeCoverage(const Site& site, const Period& period,
                         const std::map<Date, VisitDay>& visit_days, Date today) {
  Coverage c;
  c.covered_to = period.to;
  for (auto it = visit_days.rbegin(); it != visit_days.rend(); ++it) {
    if (period.Contains(it->first)) {
      c.data_end = it->first;
      break;
    }
  }
  if (today <= period.to) {
    c.state = CoverageState::kRunning;
    // Without visit data the figures reach yesterday at most: today is not over.
    Date yesterday = std::max(period.from, today.AddDays(-1));
    c.covered_to = c.data_end ? std::min(*c.data_end, period.to) : std::min(yesterday, period.to);
    return c;
  }
  if (!c.data_end) return c;
  // Trailing closed days (a summer break at the end of June) are no gap.
  Date last_open = period.from;
  bool any_open = false;
  for (Date d = period.to; d >= period.from; d = d.AddDays(-1)) {
    if (!site.OpeningOn(d).empty()) {
      last_open = d;
      any_open = true;
      break;
    }
  }
  if (!any_open || *c.data_end >= last_open) return c;
  c.state = CoverageState::kDataEndsEarly;
  c.covered_to = *c.data_end;
  return c;
}

Period SameSpan(const Period& p, const Period& reference, Date covered_to) {
  int months = (covered_to.year() - reference.from.year()) * 12 +
               static_cast<int>(covered_to.month()) - static_cast<int>(reference.from.month());
  Date month = p.from.FirstOfMonth().AddMonths(months);
  Date last_of_month = month.AddMonths(1).AddDays(-1);
  Date end = IsLastOfMonth(covered_to) ? last_of_month
                                       : Date(month.year(), month.month(),
                                              std::min(covered_to.day(), last_of_month.day()));
  // A range period that does not start on the 1st: the same count of days.
  if (reference.from.day() != 1 || p.from.day() != 1)
    end = p.from.AddDays(covered_to.days() - reference.from.days());
  return MakeRange(p.from, std::min(end, p.to));
}

Period CoveredPart(const Period& p, Date covered_to) {
  return MakeRange(p.from, std::min(covered_to, p.to));
}

}  // namespace ankerbericht
