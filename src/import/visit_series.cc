#include "import/visit_series.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

int64_t AbsoluteMinute(const Timestamp& t) { return int64_t{t.date.days()} * 24 * 60 + t.minute; }

// Decides the interval of one sensor from the distinct starts of its
// readings in the first chunk that holds it.
SeriesTally::Interval InferInterval(const std::vector<int64_t>& starts) {
  SeriesTally::Interval found;
  if (starts.size() < 2) {
    found.basis = SeriesTally::Basis::kSingle;
    return found;
  }
  int64_t spacing = 0;
  for (size_t i = 1; i < starts.size(); ++i) spacing = std::gcd(spacing, starts[i] - starts[i - 1]);
  // A reading an hour or more from the next: hourly (a longer grid, 2 or 4
  // hours, is rare and an hourly reading of it still counts everyone once).
  // A spacing that divides the hour from 5 minutes on is the export's
  // interval; anything else (1, 4, 7 minutes) is the irregular rhythm of
  // people passing a light barrier.
  if (spacing >= 60) {
    found.minutes = 60;
  } else if (spacing >= 5 && 60 % spacing == 0) {
    found.minutes = static_cast<int>(spacing);
  } else {
    found.basis = SeriesTally::Basis::kCrossings;
  }
  return found;
}

std::string SensorName(const std::string& sensor) {
  return sensor.empty() ? CliWords().Get("import.series.the_counter")
                        : CliWords().Format("import.series.sensor", {{"sensor", sensor}});
}

std::string When(const Timestamp& t) { return t.date.ToGerman() + " " + FormatTimeOfDay(t.minute); }

std::string LengthWords(int minutes) {
  return minutes == 60
             ? CliWords().Get("import.series.hourly")
             : CliWords().Format("import.series.minutes", {{"minutes", std::to_string(minutes)}});
}

}  // namespace

bool IsMissingReading(std::string_view text) {
  std::string t = AsciiLower(Trim(text));
  // input vocabulary: how exports write a missing value
  return t.empty() || t == "na" || t == "n/a" || t == "n.a." || t == "nan" || t == "-" ||
         t == "\xE2\x80\x93";
  // end of input vocabulary
}

void DecideVisitIntervals(SeriesTally* tally, const std::vector<VisitCount>& visits, bool final) {
  // From the spacing of all starts of a sensor met for the first time, the
  // missing ones included (a gap is still a step of the grid).
  std::map<std::string, std::vector<int64_t>> starts;
  for (const VisitCount& v : visits)
    if (v.interval_unknown && !tally->intervals.count(v.sensor))
      starts[v.sensor].push_back(AbsoluteMinute(v.start));
  for (auto& [sensor, list] : starts) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    if (list.size() < 2 && !final) continue;  // more may come
    tally->intervals[sensor] = InferInterval(list);
  }
}

std::vector<char> ReadingsToHold(const SeriesTally& tally, const std::vector<VisitCount>& visits,
                                 size_t cut) {
  auto crossing = [&](const VisitCount& v) {
    auto it = tally.intervals.find(v.sensor);
    return v.interval_unknown && it != tally.intervals.end() &&
           it->second.basis == SeriesTally::Basis::kCrossings;
  };
  using Hour = std::tuple<std::string, Date, int>;
  auto hour = [](const VisitCount& v) { return Hour{v.sensor, v.start.date, v.start.minute / 60}; };
  // The hours that may go on: each crossing sensor's last, and those the
  // readings after the cut have.
  std::map<std::string, std::pair<Date, int>> last;
  std::set<Hour> open;
  for (size_t i = 0; i < visits.size(); ++i) {
    const VisitCount& v = visits[i];
    if (!crossing(v)) continue;
    auto [it, added] = last.try_emplace(v.sensor, v.start.date, v.start.minute / 60);
    if (!added)
      it->second = std::max(it->second, std::pair<Date, int>(v.start.date, v.start.minute / 60));
    if (i >= cut) open.insert(hour(v));
  }
  for (const auto& [sensor, when] : last) open.insert({sensor, when.first, when.second});
  std::vector<char> hold(std::min(cut, visits.size()), 0);
  for (size_t i = 0; i < hold.size(); ++i) {
    const VisitCount& v = visits[i];
    if (v.interval_unknown && !tally.intervals.count(v.sensor)) hold[i] = 1;
    if (crossing(v) && open.count(hour(v))) hold[i] = 1;
  }
  return hold;
}

void SettleVisitSeries(SeriesTally* tally, ImportOutcome* outcome) {
  std::vector<VisitCount>& visits = outcome->batch.visits;
  if (visits.empty()) return;
  DecideVisitIntervals(tally, visits, /*final=*/true);

  // Crossings summed per sensor and hour; the other readings get their
  // sensor's interval. A repeated start on a grid stays two readings: it is
  // a repeat or a conflict for import/visit_overlaps.h to settle.
  std::map<std::tuple<std::string, Date, int>, size_t>
      hour_of;  // (sensor, day, hour) -> kept reading
  std::vector<char> drop(visits.size(), 0);
  for (size_t i = 0; i < visits.size(); ++i) {
    VisitCount& v = visits[i];
    if (!v.interval_unknown) continue;
    SeriesTally::Interval& interval = tally->intervals[v.sensor];
    v.interval_unknown = false;
    v.interval_minutes = interval.minutes;
    if (interval.basis != SeriesTally::Basis::kCrossings || v.missing) continue;
    ++interval.crossings;
    auto [it, first] = hour_of.try_emplace({v.sensor, v.start.date, v.start.minute / 60}, i);
    if (first) {
      ++interval.readings;
      v.start.minute = v.start.minute / 60 * 60;
      continue;
    }
    VisitCount& kept = visits[it->second];
    kept.in += v.in;
    if (v.out) kept.out = kept.out.value_or(0) + *v.out;
    drop[i] = 1;
  }

  // Gaps: the missing readings leave the batch and join their sensor's
  // stretches; a stretch goes on while the next missing reading starts where
  // the last one ended (or at the same time).
  std::vector<size_t> missing;
  for (size_t i = 0; i < visits.size(); ++i)
    if (visits[i].missing && !drop[i]) missing.push_back(i);
  std::sort(missing.begin(), missing.end(), [&](size_t a, size_t b) {
    return std::tie(visits[a].sensor, visits[a].start) <
           std::tie(visits[b].sensor, visits[b].start);
  });
  for (size_t i : missing) {
    const VisitCount& v = visits[i];
    drop[i] = 1;
    std::vector<SeriesTally::Gap>& gaps = tally->gaps[v.sensor];
    if (!gaps.empty()) {
      SeriesTally::Gap& last = gaps.back();
      const int64_t step = AbsoluteMinute(v.start) - AbsoluteMinute(last.last);
      if (step == 0) continue;  // the same interval twice
      if (step > 0 && step <= std::max(last.interval_minutes, 1)) {
        last.last = v.start;
        ++last.count;
        continue;
      }
    }
    gaps.push_back({v.start, v.start, v.interval_minutes, 1});
  }

  size_t w = 0;
  for (size_t i = 0; i < visits.size(); ++i) {
    if (drop[i]) continue;
    if (w != i) visits[w] = std::move(visits[i]);
    ++w;
  }
  visits.resize(w);
}

namespace {

// "Zähler A", "Zähler A, B und C", at most five names.
std::string SensorNames(const std::vector<std::string>& sensors) {
  if (sensors.size() == 1) return SensorName(sensors[0]);
  const Strings& words = CliWords();
  constexpr size_t kNamed = 5;
  std::string names;
  for (size_t i = 0; i < sensors.size() && i < kNamed; ++i) {
    if (i > 0) names += i + 1 == sensors.size() ? words.Get("import.series.and") : ", ";
    names += sensors[i].empty() ? words.Get("import.series.unnamed") : sensors[i];
  }
  if (sensors.size() > kNamed) {
    names +=
        words.Format("import.series.and_more", {{"n", std::to_string(sensors.size() - kNamed)}});
  }
  return words.Format("import.series.sensors", {{"names", names}});
}

}  // namespace

void AddSeriesNotices(const SeriesTally& tally, ImportOutcome* outcome) {
  // One line per way an interval was found, naming its sensors.
  std::map<std::pair<SeriesTally::Basis, int>, std::vector<std::string>> groups;
  int64_t crossings = 0, crossing_readings = 0;
  for (const auto& [sensor, interval] : tally.intervals) {
    groups[{interval.basis, interval.minutes}].push_back(sensor);
    crossings += interval.crossings;
    crossing_readings += interval.readings;
  }
  for (const auto& [key, sensors] : groups) {
    const auto& [basis, minutes] = key;
    switch (basis) {
      case SeriesTally::Basis::kSpacing:
        outcome->notices.push_back(CliWords().Format(
            "import.notice.interval_by_spacing",
            {{"sensors", SensorNames(sensors)}, {"length", LengthWords(minutes)}}));
        break;
      case SeriesTally::Basis::kCrossings:
        outcome->notices.push_back(CliWords().Format(
            "import.notice.interval_crossings", {{"sensors", SensorNames(sensors)},
                                                 {"rows", std::to_string(crossings)},
                                                 {"readings", std::to_string(crossing_readings)}}));
        break;
      case SeriesTally::Basis::kSingle:
        outcome->notices.push_back(CliWords().Format("import.notice.interval_single",
                                                     {{"sensors", SensorNames(sensors)}}));
        break;
    }
  }
  constexpr size_t kGapsShown = 10;
  for (const auto& [sensor, gaps] : tally.gaps) {
    int64_t rest_intervals = 0;
    for (size_t i = 0; i < gaps.size(); ++i) {
      const SeriesTally::Gap& g = gaps[i];
      if (i >= kGapsShown) {
        rest_intervals += g.count;
        continue;
      }
      std::string span = When(g.first);
      if (g.last != g.first) {
        span += "\xE2\x80\x93";
        span += g.last.date == g.first.date ? FormatTimeOfDay(g.last.minute) : When(g.last);
      }
      outcome->notices.push_back(CliWords().Format(
          g.count == 1 ? "import.notice.gap_one" : "import.notice.gap",
          {{"sensor", SensorName(sensor)}, {"span", span}, {"n", std::to_string(g.count)}}));
    }
    if (gaps.size() > kGapsShown) {
      outcome->notices.push_back(CliWords().Format(
          "import.notice.gaps_more", {{"sensor", SensorName(sensor)},
                                      {"gaps", std::to_string(gaps.size() - kGapsShown)},
                                      {"intervals", std::to_string(rest_intervals)}}));
    }
  }
}

}  // namespace ankerbericht
