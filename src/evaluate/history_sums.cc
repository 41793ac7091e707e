#include "evaluate/history_sums.h"

#include <algorithm>

#include "store/store.h"

namespace ankerbericht {

const std::vector<std::string>& SummedHistoryIndicators() {
  static const std::vector<std::string> ids = {"visitors.total", "events.held",
                                               "events.participants", "feedback.responses"};
  return ids;
}

Result<std::vector<std::vector<HistoryPoint>>> SummedHistories(
    Store* store, const std::vector<const Site*>& sites, const Period& upto) {
  std::vector<std::vector<HistoryPoint>> histories(sites.size());
  // Each site's half-years, as History() walks them; the store sums every
  // half-year any site has, the sites' own spans pick theirs.
  std::vector<std::optional<Date>> first(sites.size());
  std::optional<Date> earliest;
  std::vector<std::string> ids;
  for (size_t i = 0; i < sites.size(); ++i) {
    ids.push_back(sites[i]->id);
    auto span = store->DataSpan(sites[i]->id);
    if (!span.ok()) return span.status();
    if (!*span || (*span)->first > upto.to) continue;
    first[i] = (*span)->first;
    earliest = earliest ? std::min(*earliest, *first[i]) : *first[i];
  }
  if (!earliest) return histories;
  std::vector<Period> halves;
  for (Period half = HalfYearOf(upto.to); half.to >= *earliest; half = half.Previous())
    halves.push_back(half);
  std::reverse(halves.begin(), halves.end());
  std::vector<std::pair<Date, Date>> ranges;
  for (const Period& h : halves) ranges.push_back({h.from, h.to});
  auto sums = store->RangeSums(ids, ranges);
  if (!sums.ok()) return sums.status();
  for (size_t i = 0; i < sites.size(); ++i) {
    if (!first[i]) continue;
    for (size_t h = 0; h < halves.size(); ++h) {
      if (halves[h].to < *first[i]) continue;
      auto it = sums->find({sites[i]->id, h});
      const RangeSum s = it == sums->end() ? RangeSum{} : it->second;
      HistoryPoint point;
      point.period = halves[h];
      // As the catalogue: no visit total without a day of visit data.
      point.values["visitors.total"] =
          s.visit_days > 0 ? std::optional<double>(static_cast<double>(s.visits)) : std::nullopt;
      point.values["events.held"] = static_cast<double>(s.events_held);
      point.values["events.participants"] = static_cast<double>(s.participants);
      point.values["feedback.responses"] = static_cast<double>(s.responses);
      histories[i].push_back(std::move(point));
    }
  }
  return histories;
}

}  // namespace ankerbericht
