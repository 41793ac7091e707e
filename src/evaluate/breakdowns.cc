#include "evaluate/breakdowns.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "evaluate/stop_figures.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

bool Held(const Event& e) { return e.status == EventStatus::kHeld; }

// Builds a breakdown from ordered (key, value) pairs.
Breakdown Make(const std::string& id, const std::string& unit, bool protect, bool overlapping,
               const std::vector<std::pair<std::string, double>>& cells,
               std::optional<double> total) {
  Breakdown b;
  b.id = id;
  b.unit = unit;
  b.protect = protect;
  b.overlapping = overlapping;
  for (const auto& [key, value] : cells) b.cells.push_back({key, key, value, {}, {}});
  b.total = total;
  FillShares(&b);
  return b;
}

std::vector<std::pair<std::string, double>> Sorted(const std::map<std::string, double>& m) {
  return {m.begin(), m.end()};
}

// Events held per value of a multi-valued field (topics, target groups): an
// event with two topics counts for both, so the cells overlap.
Breakdown EventsByList(const PeriodData& d, const std::string& id,
                       std::vector<std::string> Event::*field,
                       const std::vector<std::string>& always) {
  std::map<std::string, double> counts;
  for (const std::string& key : always) counts[key] = 0;
  double held = 0;
  for (const Event& e : d.events) {
    if (!Held(e)) continue;
    ++held;
    for (const std::string& v : e.*field) {
      // "familien" in the event list is the configured "Familien".
      std::string key = v;
      for (const std::string& a : always)
        if (FoldKey(a) == FoldKey(v)) key = a;
      counts[key] += 1;
    }
  }
  // Configured values first, in the configuration's order, then the others.
  std::vector<std::pair<std::string, double>> cells;
  for (const std::string& key : always) cells.push_back({key, counts[key]});
  for (const auto& [key, n] : counts) {
    if (std::find(always.begin(), always.end(), key) == always.end()) cells.push_back({key, n});
  }
  Breakdown b = Make(id, "count", false, true, cells, held);
  if (!always.empty()) {
    b.marks = "target_group";
    for (Cell& c : b.cells)
      c.marked = std::find(always.begin(), always.end(), c.key) != always.end();
  }
  return b;
}

// Counts per age group, the configured groups first (in their order, with
// their labels), then ids the configuration does not know.
Breakdown AgeGroups(const Site& site, const std::string& id,
                    const std::map<std::string, int64_t>& counts) {
  std::vector<std::pair<std::string, double>> cells;
  double total = 0;
  for (const AgeGroup& g : site.age_groups) {
    auto it = counts.find(g.id);
    cells.push_back({g.id, it == counts.end() ? 0.0 : static_cast<double>(it->second)});
  }
  for (const auto& [key, n] : counts) {
    bool known = false;
    for (const AgeGroup& g : site.age_groups) known |= g.id == key;
    if (!known) cells.push_back({key, static_cast<double>(n)});
  }
  for (const auto& c : cells) total += c.second;
  Breakdown b = Make(id, "count", true, false, cells,
                     counts.empty() ? std::nullopt : std::optional<double>(total));
  b.marks = "target_group";
  for (Cell& c : b.cells) {
    for (const AgeGroup& g : site.age_groups) {
      if (g.id != c.key) continue;
      c.label = g.label;
      c.marked = g.target;
    }
  }
  return b;
}

const char* const kWeekdays[] = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};

}  // namespace

Breakdown WeekdayHourMatrix(const PeriodData& d) {
  // Days with counter data, and the visits per day and hour.
  std::map<Date, std::map<int, double>> by_day;
  for (const HourCount& h : d.counter_hours) by_day[h.date][h.hour] += static_cast<double>(h.count);
  // An hour's mean is taken over the days of its weekday on which it was
  // open: when the opening hours change in the period (or a closure falls
  // into it), a day on which the hour was closed says nothing about how
  // well the open hour is used. An hour outside the opening hours of the
  // whole period (visits at an evening event) is taken over all days of its
  // weekday with counter data; an open hour never counted while open has no
  // mean.
  struct Sum {
    double open_visits = 0;
    int open_days = 0;
    double all_visits = 0;
  };
  std::map<std::pair<int, int>, Sum> sums;
  int days_per_weekday[7] = {0, 0, 0, 0, 0, 0, 0};
  for (const auto& [day, hours] : by_day) {
    const int wd = day.weekday();
    ++days_per_weekday[wd];
    std::set<int> open_hours;
    for (const OpeningSlot& s : d.site->OpeningOn(day))
      for (int h = s.start / 60; h * 60 < s.end; ++h) open_hours.insert(h);
    for (int h : open_hours) {
      Sum& sum = sums[{wd, h}];
      ++sum.open_days;
      auto it = hours.find(h);
      if (it != hours.end()) sum.open_visits += it->second;
    }
    for (const auto& [h, n] : hours) sums[{wd, h}].all_visits += n;
  }
  // Hours inside the opening hours appear even without a single visit: an
  // empty open hour is exactly what this matrix is for.
  std::set<std::pair<int, int>> cells, open;
  for (const auto& [key, sum] : sums) cells.insert(key);
  for (Date day = d.period.from; day <= d.period.to; day = day.AddDays(1)) {
    for (const OpeningSlot& s : d.site->OpeningOn(day)) {
      for (int h = s.start / 60; h * 60 < s.end; ++h) {
        cells.insert({s.weekday, h});
        open.insert({s.weekday, h});
      }
    }
  }
  Breakdown b;
  b.id = "visitors.by_weekday_hour";
  b.unit = "mean";
  b.marks = "open_hour";
  for (const auto& [wd, hour] : cells) {
    Cell c;
    c.marked = open.count({wd, hour}) > 0;
    // The key is machine output (figures JSON/CSV) and stays as it always
    // was; documents name the weekday through WeekdayHourOfKey().
    c.key = std::string(kWeekdays[wd]) + " " + (hour < 10 ? "0" : "") + std::to_string(hour);
    c.label = c.key + ":00";
    // A weekday without counter data has no mean, not a mean of 0.
    const Sum& sum = sums[{wd, hour}];
    if (sum.open_days > 0) {
      c.value = sum.open_visits / sum.open_days;
    } else if (!c.marked && days_per_weekday[wd] > 0) {
      c.value = sum.all_visits / days_per_weekday[wd];
    }
    b.cells.push_back(c);
  }
  return b;
}

Breakdown ResponsesByChannel(const PeriodData& d) {
  std::map<std::string, double> by_channel = {{"paper", 0}, {"digital", 0}};
  for (const FeedbackResponse& r : d.feedback) by_channel[ChannelName(r.channel)] += 1;
  return Make("feedback.responses_by_channel", "count", true, false,
              {{"paper", by_channel["paper"]}, {"digital", by_channel["digital"]}},
              static_cast<double>(d.feedback.size()));
}

std::vector<Breakdown> ComputeBreakdowns(const PeriodData& d) {
  std::vector<Breakdown> out;
  std::map<std::string, double> by_format, participants_by_format, by_speaker, by_location;
  double held = 0, participants = 0;
  for (const Event& e : d.events) {
    if (!Held(e)) continue;
    ++held;
    by_format[e.format.empty() ? "?" : e.format] += 1;
    by_location[e.location.empty() ? "?" : e.location] += 1;
    if (e.participants) {
      participants_by_format[e.format.empty() ? "?" : e.format] +=
          static_cast<double>(*e.participants);
      participants += static_cast<double>(*e.participants);
    }
    for (const std::string& s : e.speakers) by_speaker[s] += 1;
  }
  out.push_back(Make("events.by_format", "count", false, false, Sorted(by_format), held));
  out.push_back(Make("events.participants_by_format", "count", true, false,
                     Sorted(participants_by_format), participants));
  out.push_back(EventsByList(d, "events.by_topic", &Event::topics, {}));
  out.push_back(
      EventsByList(d, "events.by_target_group", &Event::target_groups, d.site->target_groups));
  out.push_back(Make("events.by_location", "count", false, false, Sorted(by_location), held));
  out.push_back(Make("events.by_speaker", "count", false, true, Sorted(by_speaker), held));

  std::map<std::string, double> responses_by_format;
  std::map<std::string, const Event*> events;
  for (const Event& e : d.events) events[e.id] = &e;
  for (const FeedbackResponse& r : d.feedback) {
    auto it = events.find(r.event_id);
    responses_by_format[it == events.end() ? "-" : it->second->format] += 1;
  }
  const double responses = static_cast<double>(d.feedback.size());
  out.push_back(ResponsesByChannel(d));
  out.push_back(Make("feedback.responses_by_format", "count", true, false,
                     Sorted(responses_by_format), responses));

  std::map<std::string, int64_t> tally_ages, event_ages;
  for (const TallyDay& t : d.tallies)
    for (const auto& [g, n] : t.age_counts) tally_ages[g] += n;
  for (const Event& e : d.events)
    if (Held(e))
      for (const auto& [g, n] : e.age_counts) event_ages[g] += n;
  out.push_back(AgeGroups(*d.site, "visitors.age_groups", tally_ages));
  out.push_back(AgeGroups(*d.site, "events.age_groups", event_ages));
  out.push_back(WeekdayHourMatrix(d));
  for (Breakdown& b : StopBreakdowns(d)) out.push_back(std::move(b));
  return out;
}

void ProtectBreakdowns(int k, std::vector<Breakdown>* breakdowns) {
  for (Breakdown& b : *breakdowns) SuppressSmallCounts(k, &b);
  HideStopRates(breakdowns);
}

const Breakdown* FindBreakdown(const std::vector<Breakdown>& breakdowns, const std::string& id) {
  for (const Breakdown& b : breakdowns)
    if (b.id == id) return &b;
  return nullptr;
}

std::optional<std::pair<int, int>> WeekdayHourOfKey(const std::string& key) {
  if (key.size() != 5 || key[2] != ' ') return std::nullopt;
  for (int d = 0; d < 7; ++d) {
    if (key.compare(0, 2, kWeekdays[d]) != 0) continue;
    if (!std::isdigit(static_cast<unsigned char>(key[3])) ||
        !std::isdigit(static_cast<unsigned char>(key[4])))
      return std::nullopt;
    int hour = (key[3] - '0') * 10 + (key[4] - '0');
    if (hour > 23) return std::nullopt;
    return std::make_pair(d, hour);
  }
  return std::nullopt;
}

}  // namespace ankerbericht
