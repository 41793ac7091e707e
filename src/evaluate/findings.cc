#include "evaluate/findings.h"

#include <algorithm>
#include <cmath>

#include "evaluate/comparison_basis.h"

namespace ankerbericht {

namespace {

// The value of a catalogue indicator or an item figure, as published.
std::optional<IndicatorValue> ValueOf(const Evaluation& ev, const std::string& id,
                                      std::string* unit) {
  if (const IndicatorDef* def = FindIndicator(id)) {
    *unit = def->unit;
    auto it = ev.indicators.find(id);
    return it == ev.indicators.end() ? std::nullopt : std::optional<IndicatorValue>(it->second);
  }
  for (const ExtraIndicator& e : ev.extra_indicators) {
    if (e.id == id) {
      *unit = e.unit;
      return e.value;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> ChangeOf(const std::string& unit, std::optional<double> now,
                               std::optional<double> before) {
  if (!now || !before) return std::nullopt;
  if (unit == "percent") return *now - *before;
  if (*before == 0) return std::nullopt;
  return 100.0 * (*now - *before) / std::fabs(*before);
}

bool IsLargeChange(const FindingRule& rule, const std::string& unit, std::optional<double> change) {
  if (!change) return false;
  return std::fabs(*change) > (unit == "percent" ? rule.change_points : rule.change_percent);
}

std::vector<Finding> SelectFindings(const Evaluation& ev, const FindingRule& rule) {
  std::vector<Finding> out;
  // A sum against a period the place was only partly open, anything against
  // a period before it opened, and new partners against its opening period
  // have no change (comparison_basis.h): the summary must not call the
  // opening a growth.
  auto comparable = [&](const std::string& id, const std::string& unit, const Period& p) {
    return !ev.site || Comparable(*ev.site, id, unit, p);
  };
  // Returns the finding for |id|, adding it when new; nullptr when the
  // indicator is unknown or has no published value.
  auto get = [&](const std::string& id) -> Finding* {
    for (Finding& f : out)
      if (f.indicator == id) return &f;
    std::string unit;
    std::optional<IndicatorValue> v = ValueOf(ev, id, &unit);
    if (!v || !v->value) return nullptr;
    Finding f;
    f.indicator = id;
    f.unit = unit;
    f.value = v->value;
    f.previous = v->previous;
    f.year_before = v->year_before;
    if (comparable(id, unit, ev.previous)) f.change_previous = ChangeOf(unit, f.value, f.previous);
    if (comparable(id, unit, ev.year_before))
      f.change_year_before = ChangeOf(unit, f.value, f.year_before);
    f.large_previous = IsLargeChange(rule, unit, f.change_previous);
    f.large_year_before = IsLargeChange(rule, unit, f.change_year_before);
    out.push_back(f);
    return &out.back();
  };
  for (const std::string& id : rule.headline) {
    if (Finding* f = get(id)) f->headline = true;
  }
  for (const TargetResult& t : ev.targets) {
    if (t.status != TargetState::kMissed && t.status != TargetState::kNear) continue;
    // A total that still grows has missed nothing yet.
    if (t.provisional) continue;
    if (Finding* f = get(t.target.indicator)) f->target = t;
  }
  // Large moves: the indicators that speak to a goal area (data-quality
  // figures such as days without data are not results).
  for (const IndicatorDef& def : Indicators()) {
    if (def.goals.empty()) continue;
    auto it = ev.indicators.find(def.id);
    if (it == ev.indicators.end() || !it->second.value) continue;
    const IndicatorValue& v = it->second;
    auto large = [&](std::optional<double> before, const Period& p) {
      return comparable(def.id, def.unit, p) &&
             IsLargeChange(rule, def.unit, ChangeOf(def.unit, v.value, before));
    };
    if (large(v.previous, ev.previous) || large(v.year_before, ev.year_before)) {
      get(def.id);
    }
  }
  return out;
}

}  // namespace ankerbericht
