#include "evaluate/event_privacy.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace ankerbericht {

namespace {

// The key of an event's format in events.participants_by_format.
std::string FormatKey(const Event& e) { return e.format.empty() ? "?" : e.format; }

bool Counted(const Event& e) { return e.status == EventStatus::kHeld && e.participants; }

// events.participants_by_format again from |events|, with the cells of
// |forced| hidden before the rule runs, so that the rule hides what else it
// needs around them.
void Reprotect(int k, const std::vector<Event>& events, const std::set<std::string>& forced,
               Breakdown* b) {
  std::map<std::string, double> sums;
  double total = 0;
  for (const Event& e : events) {
    if (!Counted(e)) continue;
    sums[FormatKey(e)] += static_cast<double>(*e.participants);
    total += static_cast<double>(*e.participants);
  }
  b->cells.clear();
  for (const auto& [key, value] : sums) {
    Cell c{key, key, value, std::nullopt, Suppression::kNone, false};
    if (forced.count(key)) c.suppression = Suppression::kComplementary;
    b->cells.push_back(c);
  }
  b->total = total;
  b->total_suppression = Suppression::kNone;
  b->withheld.reset();
  FillShares(b);
  SuppressSmallCounts(k, b);
}

}  // namespace

EventParticipantsProtection ProtectEventParticipants(int k, const std::vector<Event>& events,
                                                     Breakdown* by_format) {
  EventParticipantsProtection out;
  out.per_event.assign(events.size(), Suppression::kNone);
  if (k <= 1) return out;
  // The counted events in the order further counts are hidden among equal
  // ones: earliest date first, then event id.
  std::vector<size_t> order;
  for (size_t i = 0; i < events.size(); ++i)
    if (Counted(events[i])) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::tie(events[a].date, events[a].id) < std::tie(events[b].date, events[b].id);
  });
  std::set<std::string> forced;
  while (true) {
    // Formats whose total is published; all others form one group.
    std::set<std::string> shown;
    if (by_format)
      for (const Cell& c : by_format->cells)
        if (c.suppression == Suppression::kNone) shown.insert(c.key);
    std::map<std::string, std::vector<size_t>> groups;  // "" = the formats not shown
    for (size_t i : order) {
      std::string key = FormatKey(events[i]);
      groups[shown.count(key) ? key : ""].push_back(i);
    }
    bool changed = false;
    for (const auto& [key, members] : groups) {
      Breakdown g;
      g.protect = true;
      g.unit = "count";
      double total = 0;
      for (size_t i : members) {
        double v = static_cast<double>(*events[i].participants);
        g.cells.push_back({std::to_string(i), "", v, std::nullopt, out.per_event[i], false});
        total += v;
      }
      g.total = total;
      SuppressSmallCounts(k, &g);
      for (const Cell& c : g.cells) {
        Suppression& s = out.per_event[std::stoul(c.key)];
        if (s == Suppression::kNone && c.suppression != Suppression::kNone) {
          s = c.suppression;
          changed = true;
        }
      }
      if (g.total_suppression == Suppression::kNone) continue;
      if (!key.empty() && by_format) {
        // The format's own events cannot hide it: its total goes.
        forced.insert(key);
        Reprotect(k, events, forced, by_format);
        changed = true;
        break;
      }
      out.hide_total = true;
    }
    if (!changed) break;
  }
  return out;
}

}  // namespace ankerbericht
