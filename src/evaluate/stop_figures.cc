#include "evaluate/stop_figures.h"

#include <map>
#include <set>
#include <string>

namespace ankerbericht {

namespace {

struct StopTotals {
  double days = 0;
  double hours = 0;
  double visits = 0;
  double events = 0;
};

Breakdown Make(const std::string& id, const std::string& unit, bool protect,
               const std::vector<Cell>& cells, std::optional<double> total) {
  Breakdown b;
  b.id = id;
  b.unit = unit;
  b.protect = protect;
  b.cells = cells;
  b.total = total;
  // Days, hours and rates do not partition a total in shares a reader needs.
  if (unit == "count" && id != "stops.days") FillShares(&b);
  return b;
}

}  // namespace

std::vector<Breakdown> StopBreakdowns(const PeriodData& data) {
  const Site& site = *data.site;
  if (!site.mobile()) return {};
  std::map<std::string, StopTotals> totals;
  // Two stops on one day make one day out: the total counts days, as
  // opening.days does.
  std::set<Date> days_out;
  for (const Stop& stop : site.stops) {
    StopTotals& t = totals[stop.id];
    for (Date d = data.period.from; d <= data.period.to; d = d.AddDays(1)) {
      std::vector<OpeningSlot> slots = site.StopHoursOn(stop, d);
      if (slots.empty()) continue;
      t.days += 1;
      days_out.insert(d);
      for (const OpeningSlot& s : slots) t.hours += (s.end - s.start) / 60.0;
    }
  }
  // Records naming a stop since removed from the configuration count as
  // records without a stop: the reader cannot place them either.
  auto key_of = [&](const std::string& stop) {
    return totals.count(stop) ? stop : std::string(kNoStopKey);
  };
  bool unplaced = false;
  for (const TallyDay& day : data.tallies) {
    for (const auto& [stop, n] : day.stop_counts) {
      const std::string key = key_of(stop);
      unplaced |= key == kNoStopKey;
      totals[key].visits += static_cast<double>(n);
    }
  }
  for (const Event& e : data.events) {
    if (e.status != EventStatus::kHeld) continue;
    const std::string key = key_of(e.stop);
    unplaced |= key == kNoStopKey;
    totals[key].events += 1;
  }

  std::vector<std::pair<std::string, std::string>> keys;  // key, label
  for (const Stop& stop : site.stops) keys.push_back({stop.id, stop.name});
  if (unplaced) keys.push_back({kNoStopKey, kNoStopKey});
  std::vector<Cell> days, hours, visits, rates, events;
  StopTotals sum;
  for (const auto& [key, label] : keys) {
    const StopTotals& t = totals[key];
    sum.hours += t.hours;
    sum.visits += t.visits;
    sum.events += t.events;
    const bool scheduled = key != kNoStopKey;
    days.push_back({key, label, scheduled ? std::optional<double>(t.days) : std::nullopt, {}, {}});
    hours.push_back(
        {key, label, scheduled ? std::optional<double>(t.hours) : std::nullopt, {}, {}});
    visits.push_back({key, label, t.visits, {}, {}});
    std::optional<double> rate;
    if (scheduled && t.hours > 0) rate = t.visits / t.hours;
    rates.push_back({key, label, rate, {}, {}});
    events.push_back({key, label, t.events, {}, {}});
  }
  std::optional<double> total_rate;
  if (sum.hours > 0) total_rate = sum.visits / sum.hours;
  return {Make("stops.days", "count", false, days, static_cast<double>(days_out.size())),
          Make("stops.hours", "hours", false, hours, sum.hours),
          Make("stops.visits", "count", true, visits, sum.visits),
          Make("stops.visits_per_hour", "per_hour", false, rates, total_rate),
          Make("stops.events", "count", false, events, sum.events)};
}

void HideStopRates(std::vector<Breakdown>* breakdowns) {
  const Breakdown* visits = nullptr;
  Breakdown* rates = nullptr;
  for (Breakdown& b : *breakdowns) {
    if (b.id == "stops.visits") visits = &b;
    if (b.id == "stops.visits_per_hour") rates = &b;
  }
  if (!visits || !rates) return;
  for (size_t i = 0; i < rates->cells.size() && i < visits->cells.size(); ++i) {
    if (visits->cells[i].suppression == Suppression::kNone) continue;
    rates->cells[i].value.reset();
    rates->cells[i].suppression = visits->cells[i].suppression;
  }
  if (visits->total_suppression != Suppression::kNone) {
    rates->total.reset();
    rates->total_suppression = visits->total_suppression;
  }
}

}  // namespace ankerbericht
