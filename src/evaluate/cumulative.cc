#include "evaluate/cumulative.h"

#include <set>

#include "evaluate/evaluation.h"
#include "model/records.h"

namespace ankerbericht {

const std::vector<std::string>& CumulativeIndicatorIds() {
  static const std::vector<std::string> ids = {
      "visitors.total", "events.held", "events.participants", "feedback.responses", "votes.total"};
  return ids;
}

CumulativeReach Cumulate(const std::vector<HistoryPoint>& history, const PeriodData& period_data) {
  CumulativeReach reach;
  if (history.empty()) return reach;
  reach.from = history.front().period.from;
  reach.to = history.back().period.to;
  reach.half_years = static_cast<int>(history.size());
  for (const std::string& id : CumulativeIndicatorIds()) {
    std::optional<double> sum;
    for (const HistoryPoint& h : history) {
      auto it = h.values.find(id);
      // A half-year without a value (no data, or withheld because it is
      // small) adds nothing; the sum then understates, never overstates.
      if (it == h.values.end() || !it->second) continue;
      sum = sum.value_or(0) + *it->second;
    }
    reach.values[id] = sum;
  }
  // Distinct partners cannot be added up: a partner of three half-years is
  // one partner. Earlier periods come from partners_before.
  std::set<std::string> partners = period_data.partners_before;
  for (const Event& e : period_data.events)
    if (e.status == EventStatus::kHeld) partners.insert(e.partners.begin(), e.partners.end());
  reach.values["partners.distinct"] = static_cast<double>(partners.size());
  return reach;
}

}  // namespace ankerbericht
