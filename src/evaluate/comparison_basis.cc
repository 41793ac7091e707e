#include "evaluate/comparison_basis.h"

namespace ankerbericht {

std::optional<PartOpening> PartlyOpen(const Site& site, const Period& p) {
  if (!site.opened || *site.opened <= p.from || *site.opened > p.to) return std::nullopt;
  PartOpening part;
  part.opened = *site.opened;
  part.open_days = p.to.days() - site.opened->days() + 1;
  part.period_days = p.to.days() - p.from.days() + 1;
  return part;
}

bool IsSumUnit(const std::string& unit) {
  return unit == "count" || unit == "hours" || unit == "days";
}

bool Comparable(const Site& site, const std::string& unit, const Period& p) {
  return !IsSumUnit(unit) || !PartlyOpen(site, p);
}

}  // namespace ankerbericht
