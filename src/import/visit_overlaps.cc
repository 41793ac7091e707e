#include "import/visit_overlaps.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "util/strings.h"

namespace ankerbericht {

namespace {

bool SameCounts(int64_t in_a, const std::optional<int64_t>& out_a, int64_t in_b,
                const std::optional<int64_t>& out_b) {
  return in_a == in_b && out_a == out_b;
}

std::string Counts(int64_t in, const std::optional<int64_t>& out) {
  return out ? std::to_string(in) + "/" + std::to_string(*out) : std::to_string(in);
}

// A crossing (interval 0) occupies its minute.
int End(const VisitCount& v) { return v.start.minute + std::max(v.interval_minutes, 1); }

std::string DescribeLength(int interval_minutes) {
  if (interval_minutes >= 24 * 60) return CliWords().Get("import.overlap.daily_total");
  if (interval_minutes == 60) return CliWords().Get("import.overlap.hourly_reading");
  return CliWords().Format("import.overlap.minutes_reading",
                           {{"minutes", std::to_string(interval_minutes)}});
}

// "überschneidet sich mit der Tagessumme in a.csv:3 ..."
std::string OverlapMessage(int other_interval, const std::string& where) {
  return CliWords().Format("import.overlap.overlaps",
                           {{"reading", DescribeLength(other_interval)}, {"where", where}});
}

// "Zeile 3 dieser Datei"
std::string LineOfThisFile(int line) {
  return CliWords().Format("import.overlap.line_of_this_file", {{"line", std::to_string(line)}});
}

std::string ConflictMessage(const std::string& where, const std::string& counts) {
  return CliWords().Format("import.overlap.conflicts", {{"where", where}, {"counts", counts}});
}

}  // namespace

bool InRepeatedDstHour(const Timestamp& t) {
  return t.date.month() == 10 && t.date.weekday() == 6 && t.date.day() >= 25 && t.minute >= 120 &&
         t.minute < 180;
}

void ResolveVisitChunk(const std::vector<EarlierReading>& earlier, OverlapTally* tally,
                       ImportOutcome* outcome) {
  std::vector<VisitCount>& visits = outcome->batch.visits;
  if (visits.empty()) return;
  std::vector<char> drop(visits.size(), 0);
  std::vector<Rejection> conflicts;

  for (const EarlierReading& e : earlier) {
    if (e.index >= visits.size() || drop[e.index]) continue;
    const VisitCount& v = visits[e.index];
    drop[e.index] = 1;
    const std::string where =
        e.file.empty() ? LineOfThisFile(e.line) : e.file + ":" + std::to_string(e.line);
    const bool repeat = e.interval_minutes < 0 ||
                        (e.interval_minutes == v.interval_minutes && e.minute == v.start.minute);
    if (!repeat) {
      conflicts.push_back(
          {v.line, "in", OverlapMessage(e.interval_minutes, where), Counts(v.in, v.out)});
    } else if (SameCounts(v.in, v.out, e.in, e.out)) {
      if (e.file.empty()) {
        ++tally->repeated_inside;
      } else {
        ++tally->repeated_from[e.file];
      }
    } else {
      conflicts.push_back(
          {v.line, "in", ConflictMessage(where, Counts(e.in, e.out)), Counts(v.in, v.out)});
    }
  }

  // Overlaps inside the batch: sort an index (4 bytes a reading, not a copy)
  // by sensor, start and line, and sweep each sensor's day. Readings kept so
  // far do not overlap each other, so the last one kept is the only one a
  // later reading can overlap.
  std::vector<uint32_t> order(visits.size());
  std::iota(order.begin(), order.end(), 0u);
  auto key = [&](uint32_t i) {
    return std::tie(visits[i].sensor, visits[i].start, visits[i].line);
  };
  // An export lists each sensor's readings in order: then the index is
  // sorted already, and checking costs a fraction of sorting.
  auto by_key = [&](uint32_t a, uint32_t b) { return key(a) < key(b); };
  if (!std::is_sorted(order.begin(), order.end(), by_key))
    std::sort(order.begin(), order.end(), by_key);
  std::vector<char> merged(visits.size(), 0);
  std::optional<uint32_t> last;  // the last reading kept on the current sensor and day
  for (uint32_t i : order) {
    if (drop[i]) continue;
    VisitCount& v = visits[i];
    if (last && (visits[*last].sensor != v.sensor || visits[*last].start.date != v.start.date))
      last.reset();
    if (!last || v.start.minute >= End(visits[*last])) {
      last = i;
      continue;
    }
    VisitCount& kept = visits[*last];
    drop[i] = 1;
    const std::string where = LineOfThisFile(kept.line);
    if (kept.start.minute != v.start.minute || kept.interval_minutes != v.interval_minutes) {
      conflicts.push_back(
          {v.line, "in", OverlapMessage(kept.interval_minutes, where), Counts(v.in, v.out)});
    } else if (InRepeatedDstHour(v.start) && !merged[*last]) {
      // Not a repeat but the second pass through the hour: both count.
      kept.in += v.in;
      if (v.out) kept.out = kept.out.value_or(0) + *v.out;
      merged[*last] = 1;
      ++tally->dst_merged;
    } else if (SameCounts(v.in, v.out, kept.in, kept.out)) {
      ++tally->repeated_inside;
    } else {
      conflicts.push_back(
          {v.line, "in", ConflictMessage(where, Counts(kept.in, kept.out)), Counts(v.in, v.out)});
    }
  }

  // The batch leaves in time order: the store's index on (site, date, ...)
  // then grows near its end instead of being updated all over, and unsorted
  // exports (Würzburg) come out sorted.
  size_t w = 0;
  for (size_t i = 0; i < visits.size(); ++i) {
    if (drop[i]) continue;
    if (w != i) visits[w] = std::move(visits[i]);  // a self-move would empty the sensor
    ++w;
  }
  visits.resize(w);
  std::sort(visits.begin(), visits.end(), [](const VisitCount& a, const VisitCount& b) {
    return std::tie(a.start, a.sensor, a.line) < std::tie(b.start, b.sensor, b.line);
  });
  std::sort(conflicts.begin(), conflicts.end(),
            [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
  outcome->rejected.insert(outcome->rejected.end(), conflicts.begin(), conflicts.end());
}

void AddOverlapNotices(const OverlapTally& tally, ImportOutcome* outcome) {
  for (const auto& [file, n] : tally.repeated_from) {
    outcome->notices.push_back(CliWords().Format("import.notice.readings_known",
                                                 {{"n", std::to_string(n)}, {"file", file}}));
  }
  if (tally.dst_merged > 0) {
    outcome->notices.push_back(
        CliWords().Format("import.notice.dst_merged", {{"n", std::to_string(tally.dst_merged)}}));
  }
  if (tally.repeated_inside > 0) {
    outcome->notices.push_back(CliWords().Format("import.notice.readings_twice",
                                                 {{"n", std::to_string(tally.repeated_inside)}}));
  }
}

void ResolveVisitOverlaps(const std::vector<EarlierReading>& earlier, ImportOutcome* outcome) {
  OverlapTally tally;
  ResolveVisitChunk(earlier, &tally, outcome);
  AddOverlapNotices(tally, outcome);
}

}  // namespace ankerbericht
