#include "import/visit_overlaps.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace ankerbericht {

namespace {

bool SameCounts(int64_t in_a, const std::optional<int64_t>& out_a, int64_t in_b,
                const std::optional<int64_t>& out_b) {
  return in_a == in_b && out_a == out_b;
}

std::string Counts(int64_t in, const std::optional<int64_t>& out) {
  return out ? std::to_string(in) + "/" + std::to_string(*out) : std::to_string(in);
}

// The hour that clocks in Germany pass twice: 02:00-03:00 on the last Sunday
// of October. Counters that write local time without an offset repeat it.
bool InRepeatedDstHour(const Timestamp& t) {
  return t.date.month() == 10 && t.date.weekday() == 6 && t.date.day() >= 25 && t.minute >= 120 &&
         t.minute < 180;
}

}  // namespace

void ResolveVisitOverlaps(const std::vector<EarlierReading>& earlier, ImportOutcome* outcome) {
  std::vector<VisitCount>& visits = outcome->batch.visits;
  if (visits.empty()) return;
  std::vector<char> drop(visits.size(), 0);
  std::map<std::string, int> repeated_from;  // file -> readings counted once
  std::vector<Rejection> conflicts;

  for (const EarlierReading& e : earlier) {
    if (e.index >= visits.size()) continue;
    const VisitCount& v = visits[e.index];
    drop[e.index] = 1;
    if (SameCounts(v.in, v.out, e.in, e.out)) {
      ++repeated_from[e.file];
    } else {
      conflicts.push_back({v.line, "in",
                           "conflicts with " + e.file + ":" + std::to_string(e.line) + ", which has " +
                               Counts(e.in, e.out) + " for the same sensor and interval",
                           Counts(v.in, v.out)});
    }
  }

  // Repeats inside the file: sort an index (4 bytes a reading, not a copy of
  // the readings) by start and sensor; within a run the earliest line wins.
  std::vector<uint32_t> order(visits.size());
  std::iota(order.begin(), order.end(), 0u);
  auto key = [&](uint32_t i) { return std::tie(visits[i].start, visits[i].sensor, visits[i].line); };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  int repeated_inside = 0;
  int dst_merged = 0;
  for (size_t k = 1; k < order.size(); ++k) {
    const VisitCount& first = visits[order[k - 1]];
    const VisitCount& v = visits[order[k]];
    if (v.sensor != first.sensor || v.start != first.start) continue;
    // |order[k-1]| may itself be a repeat; the run's first reading is what
    // later ones are compared with.
    size_t head = k - 1;
    while (head > 0 && visits[order[head - 1]].sensor == v.sensor && visits[order[head - 1]].start == v.start) --head;
    const VisitCount& kept = visits[order[head]];
    if (drop[order[k]]) continue;
    drop[order[k]] = 1;
    if (InRepeatedDstHour(v.start) && k == head + 1) {
      // Not a repeat but the second pass through the hour: both count.
      VisitCount& first_pass = visits[order[head]];
      first_pass.in += v.in;
      if (v.out) first_pass.out = first_pass.out.value_or(0) + *v.out;
      ++dst_merged;
    } else if (SameCounts(v.in, v.out, kept.in, kept.out)) {
      ++repeated_inside;
    } else {
      conflicts.push_back({v.line, "in",
                           "conflicts with line " + std::to_string(kept.line) + " of this file, which has " +
                               Counts(kept.in, kept.out) + " for the same sensor and interval",
                           Counts(v.in, v.out)});
    }
  }

  // The batch leaves in time order: the store's index on (site, date, minute)
  // then grows at its end instead of being updated all over (a large export
  // sorted by sensor imports twice as fast this way), and unsorted exports
  // (Würzburg) come out sorted. The permutation is applied in place, cycle by
  // cycle, so the readings are not copied.
  std::vector<char> placed(visits.size(), 0);
  std::vector<char> keep(visits.size());
  for (size_t k = 0; k < order.size(); ++k) keep[k] = !drop[order[k]];
  for (size_t i = 0; i < visits.size(); ++i) {
    if (placed[i] || order[i] == i) continue;
    VisitCount held = std::move(visits[i]);
    size_t j = i;
    while (order[j] != i) {
      visits[j] = std::move(visits[order[j]]);
      placed[j] = 1;
      j = order[j];
    }
    visits[j] = std::move(held);
    placed[j] = 1;
  }
  size_t w = 0;
  for (size_t i = 0; i < visits.size(); ++i) {
    if (!keep[i]) continue;
    if (w != i) visits[w] = std::move(visits[i]);  // a self-move would empty the sensor
    ++w;
  }
  visits.resize(w);
  std::sort(conflicts.begin(), conflicts.end(), [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
  outcome->rejected.insert(outcome->rejected.end(), conflicts.begin(), conflicts.end());
  for (const auto& [file, n] : repeated_from) {
    outcome->notices.push_back(std::to_string(n) + " reading(s) were already imported from " + file +
                               " with the same counts: counted once");
  }
  if (dst_merged > 0) {
    outcome->notices.push_back(std::to_string(dst_merged) +
                               " reading(s) in the hour repeated when daylight saving time ends (02:00-03:00 "
                               "on the last Sunday of October) were added to the first pass through that hour");
  }
  if (repeated_inside > 0) {
    outcome->notices.push_back(std::to_string(repeated_inside) +
                               " reading(s) appear twice in this file with the same counts: counted once");
  }
}

}  // namespace ankerbericht
