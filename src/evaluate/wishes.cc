#include "evaluate/wishes.h"

#include <algorithm>
#include <map>
#include <utility>

#include "util/text.h"

namespace ankerbericht {

Breakdown RankWishes(const PeriodData& data) {
  Breakdown b;
  b.id = kWishesBreakdown;
  b.unit = "count";
  std::map<std::string, std::pair<std::string, double>> dots;  // folded wish -> (label, dots)
  double total = 0;
  for (const Vote& v : data.votes) {
    auto [it, added] = dots.try_emplace(FoldKey(v.wish), v.wish, 0.0);
    it->second.second += static_cast<double>(v.dots);
    total += static_cast<double>(v.dots);
  }
  if (dots.empty()) return b;
  std::vector<std::pair<std::string, double>> ranked;
  for (const auto& [key, wish] : dots) ranked.push_back(wish);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  for (const auto& [label, n] : ranked) {
    Cell c{label, label, n, std::nullopt, Suppression::kNone, false};
    if (total > 0) c.share = 100.0 * n / total;
    b.cells.push_back(c);
  }
  b.total = total;
  return b;
}

}  // namespace ankerbericht
