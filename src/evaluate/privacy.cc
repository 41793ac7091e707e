#include "evaluate/privacy.h"

#include <algorithm>

namespace ankerbericht {

void FillShares(Breakdown* b) {
  if (b->overlapping || !b->total || *b->total <= 0) return;
  for (Cell& c : b->cells) {
    if (c.value) c.share = 100.0 * *c.value / *b->total;
  }
}

bool HiddenCellsAreNarrowed(int k, const Breakdown& b, double sum) {
  struct Bounds {
    bool small;
    double lo, hi;
  };
  std::vector<Bounds> bounds;
  for (const Cell& c : b.cells) {
    if (c.suppression == Suppression::kNone) continue;
    const bool small = c.suppression == Suppression::kSmall;
    bounds.push_back({small, small ? 1.0 : static_cast<double>(k), small ? k - 1.0 : sum});
  }
  double lo_all = 0, hi_all = 0;
  for (const Bounds& x : bounds) {
    lo_all += x.lo;
    hi_all += x.hi;
  }
  for (const auto& [small, lo, hi] : bounds) {
    // The bounds the others leave this cell; with one linear sum over boxes
    // every value in between is reachable, so these are exact.
    const double min = std::max(lo, sum - (hi_all - hi));
    const double max = std::min(hi, sum - (lo_all - lo));
    if (small ? min > 1.0 : max <= min) return true;
  }
  return false;
}

void SuppressSmallCounts(int k, Breakdown* b) {
  if (!b->protect || k <= 1) return;
  // Primary suppression. Zero cells stay visible: they describe no one.
  for (Cell& c : b->cells) {
    if (c.value && *c.value > 0 && *c.value < k) c.suppression = Suppression::kSmall;
  }
  // Complementary suppression. With one hidden cell, total minus the visible
  // cells gives it back exactly; with hidden cells summing to less than k the
  // group itself is a small count. So hide more cells, smallest first, until
  // neither holds; if no cell is left, the total goes instead. Hidden cells
  // must also not be narrowed by their bounds (see
  // HiddenCellsAreNarrowed). Smallest first is also the least hidden:
  // every candidate holds at least k (smaller ones are hidden already), so
  // one of them brings the hidden sum to k, and the smallest does it with
  // the fewest answers out of sight.
  while (true) {
    int hidden = 0;
    double sum = 0;
    for (const Cell& c : b->cells) {
      if (c.suppression != Suppression::kNone) {
        ++hidden;
        sum += c.value.value_or(0);
      }
    }
    if (hidden == 0) break;
    if (hidden >= 2 && sum >= k && !(b->total && HiddenCellsAreNarrowed(k, *b, sum))) break;
    Cell* next = nullptr;
    for (Cell& c : b->cells) {
      if (c.suppression != Suppression::kNone || !c.value || *c.value <= 0) continue;
      if (!next || *c.value < *next->value) next = &c;
    }
    if (!next) {
      if (b->total) b->total_suppression = Suppression::kComplementary;
      break;
    }
    next->suppression = Suppression::kComplementary;
  }
  if (b->total_suppression == Suppression::kNone && b->total && !b->overlapping) {
    double hidden = 0;
    for (const Cell& c : b->cells)
      if (c.suppression != Suppression::kNone) hidden += c.value.value_or(0);
    b->withheld = hidden;
  }
  if (b->total_suppression != Suppression::kNone) {
    // A total below k is itself a small count.
    if (b->total && *b->total > 0 && *b->total < k) b->total_suppression = Suppression::kSmall;
    b->total.reset();
  }
  for (Cell& c : b->cells) {
    // A share of a visible cell with a hidden total would give the total back.
    if (c.suppression != Suppression::kNone || b->total_suppression != Suppression::kNone)
      c.share.reset();
    if (c.suppression != Suppression::kNone) c.value.reset();
  }
}

bool IsSmallPeopleCount(const std::string& id, std::optional<double> value, int k) {
  return id == "speakers.distinct" && value && *value > 0 && *value < k;
}

std::string SuppressedText(Suppression s, int k) {
  switch (s) {
    case Suppression::kNone:
      return "";
    case Suppression::kSmall:
      return "< " + std::to_string(k);
    case Suppression::kComplementary:
      return "x";
  }
  return "";
}

}  // namespace ankerbericht
