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

bool NotYetOpen(const Site& site, const Period& p) { return site.opened && *site.opened > p.to; }

bool OpenedIn(const Site& site, const Period& p) {
  return site.opened && p.from <= *site.opened && *site.opened <= p.to;
}

bool IsSumUnit(const std::string& unit) {
  return unit == "count" || unit == "hours" || unit == "days";
}

bool CountsAgainstEarlier(const std::string& id) {
  return id == "partners.new" || id == "partners.recurring";
}

bool Comparable(const Site& site, const std::string& id, const std::string& unit, const Period& p) {
  if (NotYetOpen(site, p)) return false;
  if (CountsAgainstEarlier(id) && OpenedIn(site, p)) return false;
  return !IsSumUnit(unit) || !PartlyOpen(site, p);
}

}  // namespace ankerbericht
