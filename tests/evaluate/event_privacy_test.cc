// The privacy rule for the list of events: the participants of each event
// beside the published totals per format and for the period. Hand-built
// periods are attacked as a reader would: every count the hidden ones could
// take that agrees with what is published is enumerated: each hidden "< k"
// count must still be able to be 1, and each "x" count (and each hidden
// format total) must keep at least two possible values.
#include "evaluate/event_privacy.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ankerbericht {
namespace {

constexpr int kK = 5;

Event Held(const std::string& id, Date date, const std::string& format, int64_t participants) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = id;
  e.format = format;
  e.participants = participants;
  return e;
}

// events.participants_by_format of |events|, protected (as ComputeBreakdowns
// and ProtectBreakdowns make it).
Breakdown ByFormat(const std::vector<Event>& events) {
  std::map<std::string, double> sums;
  double total = 0;
  for (const Event& e : events) {
    if (e.status != EventStatus::kHeld || !e.participants) continue;
    sums[e.format] += static_cast<double>(*e.participants);
    total += static_cast<double>(*e.participants);
  }
  Breakdown b;
  b.id = "events.participants_by_format";
  b.unit = "count";
  b.protect = true;
  for (const auto& [key, v] : sums) b.cells.push_back({key, key, v, {}, {}});
  b.total = total;
  FillShares(&b);
  SuppressSmallCounts(kK, &b);
  return b;
}

// What a reader learns: for each hidden event count and each hidden format
// total the values that agree with the list (counts shown, "< k" in 1..k-1,
// "x" in k..|bound|), the format totals shown and the period total (always
// published: events.participants). Keys: event ids, "format:<name>".
std::map<std::string, std::set<int>> Possible(const std::vector<Event>& events,
                                              const std::vector<Suppression>& per_event,
                                              const Breakdown& by_format, int bound) {
  // Formats by index: its published total (-1: hidden) and what its events
  // shown hold.
  std::vector<std::string> names;
  std::vector<int> published, shown;
  auto format_of = [&](const std::string& name) {
    for (size_t f = 0; f < names.size(); ++f)
      if (names[f] == name) return f;
    names.push_back(name);
    published.push_back(-1);
    shown.push_back(0);
    for (const Cell& c : by_format.cells)
      if (c.key == name && c.suppression == Suppression::kNone && c.value)
        published.back() = static_cast<int>(*c.value);
    return names.size() - 1;
  };
  int period_total = 0, shown_total = 0;
  std::vector<size_t> hidden, hidden_format;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].status != EventStatus::kHeld || !events[i].participants) continue;
    const int n = static_cast<int>(*events[i].participants);
    const size_t f = format_of(events[i].format);
    period_total += n;
    if (per_event[i] != Suppression::kNone) {
      hidden.push_back(i);
      hidden_format.push_back(f);
    } else {
      shown[f] += n;
      shown_total += n;
    }
  }
  std::map<std::string, std::set<int>> possible;
  std::vector<int> v(hidden.size());
  std::vector<int> sums = shown;
  std::function<void(size_t, int)> walk = [&](size_t h, int sum) {
    if (h == hidden.size()) {
      if (sum != period_total) return;
      for (size_t f = 0; f < names.size(); ++f)
        if (published[f] >= 0 && sums[f] != published[f]) return;
      for (size_t j = 0; j < hidden.size(); ++j) possible[events[hidden[j]].id].insert(v[j]);
      for (size_t f = 0; f < names.size(); ++f)
        if (published[f] < 0) possible["format:" + names[f]].insert(sums[f]);
      return;
    }
    // An "x" is no count from 1 to k-1 (that would read "< k") and no 0.
    const bool small = per_event[hidden[h]] == Suppression::kSmall;
    const int hi = small ? kK - 1 : bound;
    for (int x = small ? 1 : kK; x <= hi && sum + x <= period_total; ++x) {
      v[h] = x;
      sums[hidden_format[h]] += x;
      walk(h + 1, sum + x);
      sums[hidden_format[h]] -= x;
    }
  };
  walk(0, shown_total);
  return possible;
}

// The reader's bounds of Possible() must leave each hidden "< k" count able
// to be 1 and each "x" count and hidden format total at least two values. A
// "< k" format total is not held to 1: the list shows how many events it has,
// and two events each "< k" hold at least 2 whatever is withheld.
void ExpectNothingNarrowed(const std::vector<Event>& events,
                           const std::vector<Suppression>& per_event, const Breakdown& by_format,
                           int bound, const std::string& where = "") {
  for (const auto& [id, values] : Possible(events, per_event, by_format, bound)) {
    bool small = false;
    for (size_t i = 0; i < events.size(); ++i)
      if (events[i].id == id) small = per_event[i] == Suppression::kSmall;
    if (small) {
      EXPECT_EQ(*values.begin(), 1) << id << where;
    } else {
      EXPECT_GE(values.size(), 2u) << id << where;
    }
  }
}

// The list before this rule: only the counts from 1 to k-1 were withheld.
std::vector<Suppression> SmallOnly(const std::vector<Event>& events) {
  std::vector<Suppression> out;
  for (const Event& e : events)
    out.push_back(e.participants && *e.participants > 0 && *e.participants < kK
                      ? Suppression::kSmall
                      : Suppression::kNone);
  return out;
}

TEST(EventPrivacyTest, OneSmallWorkshopCannotBeWorkedOutFromTheFormatTotal) {
  const std::vector<Event> events = {
      Held("w1", Date(2026, 2, 3), "Workshop", 3), Held("v1", Date(2026, 2, 10), "Vortrag", 30),
      Held("w2", Date(2026, 3, 3), "Workshop", 12), Held("v2", Date(2026, 4, 7), "Vortrag", 40),
      Held("w3", Date(2026, 5, 5), "Workshop", 20)};
  Breakdown by_format = ByFormat(events);
  // The breakdown shows both format totals: Workshop 35, Vortrag 70.
  ASSERT_EQ(by_format.cells[1].key, "Workshop");
  ASSERT_EQ(by_format.cells[1].suppression, Suppression::kNone);
  ASSERT_EQ(*by_format.cells[1].value, 35);

  // Before: "< 5" for the 3 alone, and 35 - 12 - 20 gives it back.
  const std::vector<Suppression> before = SmallOnly(events);
  EXPECT_EQ(before[0], Suppression::kSmall);
  double shown = 0;
  for (size_t i = 0; i < events.size(); ++i)
    if (events[i].format == "Workshop" && before[i] == Suppression::kNone)
      shown += static_cast<double>(*events[i].participants);
  EXPECT_EQ(*by_format.cells[1].value - shown, 3);
  EXPECT_EQ(Possible(events, before, by_format, 100).at("w1"), std::set<int>{3});

  // Now the next smallest Workshop (12) is withheld as well, nothing else.
  Breakdown after_format = by_format;
  EventParticipantsProtection p = ProtectEventParticipants(kK, events, &after_format);
  EXPECT_EQ(p.per_event, (std::vector<Suppression>{Suppression::kSmall, Suppression::kNone,
                                                   Suppression::kComplementary, Suppression::kNone,
                                                   Suppression::kNone}));
  EXPECT_FALSE(p.hide_total);
  EXPECT_EQ(after_format.cells[1].suppression, Suppression::kNone);
  ExpectNothingNarrowed(events, p.per_event, after_format, 100);
}

// Among equal counts the earliest event goes first, then the smaller id.
TEST(EventPrivacyTest, TiesGoToTheEarliestEventThenTheId) {
  const std::vector<Event> events = {
      Held("b", Date(2026, 3, 3), "Workshop", 12), Held("a", Date(2026, 3, 3), "Workshop", 12),
      Held("c", Date(2026, 2, 3), "Workshop", 12), Held("s", Date(2026, 4, 3), "Workshop", 2)};
  Breakdown by_format = ByFormat(events);
  EventParticipantsProtection p = ProtectEventParticipants(kK, events, &by_format);
  EXPECT_EQ(p.per_event,
            (std::vector<Suppression>{Suppression::kNone, Suppression::kNone,
                                      Suppression::kComplementary, Suppression::kSmall}));
  std::vector<Event> later = events;
  later[2].date = Date(2026, 5, 3);
  by_format = ByFormat(later);
  p = ProtectEventParticipants(kK, later, &by_format);
  EXPECT_EQ(p.per_event, (std::vector<Suppression>{Suppression::kNone, Suppression::kComplementary,
                                                   Suppression::kNone, Suppression::kSmall}));
}

// A format hidden in the breakdown ("x" beside a "< 5" format) must not come
// back as the sum of its events shown: the events of the hidden formats form
// one group with the period total minus the formats shown.
TEST(EventPrivacyTest, AFormatTotalHiddenInTheBreakdownStaysHidden) {
  const std::vector<Event> events = {
      Held("a", Date(2026, 2, 3), "Lesung", 3), Held("b1", Date(2026, 2, 10), "Vortrag", 20),
      Held("b2", Date(2026, 3, 3), "Vortrag", 20), Held("c1", Date(2026, 4, 7), "Workshop", 10),
      Held("c2", Date(2026, 5, 5), "Workshop", 90)};
  Breakdown by_format = ByFormat(events);
  // Lesung 3 "< 5", Vortrag 40 "x", Workshop 100 shown.
  ASSERT_EQ(by_format.cells[0].suppression, Suppression::kSmall);
  ASSERT_EQ(by_format.cells[1].suppression, Suppression::kComplementary);
  ASSERT_EQ(by_format.cells[2].suppression, Suppression::kNone);
  EventParticipantsProtection p = ProtectEventParticipants(kK, events, &by_format);
  EXPECT_EQ(p.per_event[0], Suppression::kSmall);
  EXPECT_EQ(p.per_event[1], Suppression::kComplementary);  // first of the two 20s
  EXPECT_EQ(p.per_event[3], Suppression::kNone);
  EXPECT_FALSE(p.hide_total);
  ExpectNothingNarrowed(events, p.per_event, by_format, 150);
}

// Two "< 5" Workshops with a total of 8 are 4 and 4: no further Workshop is
// left to hide, so the format's total goes from the breakdown, and the
// breakdown hides what it then needs.
TEST(EventPrivacyTest, AFormatItsEventsCannotProtectLosesItsTotal) {
  const std::vector<Event> events = {
      Held("w1", Date(2026, 2, 3), "Workshop", 4), Held("w2", Date(2026, 3, 3), "Workshop", 4),
      Held("v1", Date(2026, 4, 7), "Vortrag", 30), Held("v2", Date(2026, 5, 5), "Vortrag", 25)};
  Breakdown by_format = ByFormat(events);
  ASSERT_EQ(by_format.cells[1].key, "Workshop");
  ASSERT_EQ(by_format.cells[1].suppression, Suppression::kNone);  // 8
  EXPECT_EQ(Possible(events, SmallOnly(events), by_format, 100).at("w1"), std::set<int>{4});
  EventParticipantsProtection p = ProtectEventParticipants(kK, events, &by_format);
  EXPECT_NE(by_format.cells[1].suppression, Suppression::kNone);
  EXPECT_NE(by_format.cells[0].suppression, Suppression::kNone);  // else 63 - 55 gives 8
  EXPECT_FALSE(by_format.cells[1].value.has_value());
  ExpectNothingNarrowed(events, p.per_event, by_format, 100);
}

// Every period of up to four events in two formats with counts from a small
// set: no hidden count and no hidden format total can be worked out.
TEST(EventPrivacyTest, NoHiddenCountCanBeWorkedOutInAnySmallPeriod) {
  const std::vector<int64_t> counts = {0, 1, 3, 4, 6, 12};
  int checked = 0;
  for (int n = 1; n <= 4; ++n) {
    std::vector<size_t> pick(n, 0);
    while (true) {
      for (int formats = 0; formats < (1 << n); ++formats) {
        std::vector<Event> events;
        for (int i = 0; i < n; ++i)
          events.push_back(Held("e" + std::to_string(i), Date(2026, 1 + i, 1),
                                (formats >> i) & 1 ? "Vortrag" : "Workshop", counts[pick[i]]));
        Breakdown by_format = ByFormat(events);
        EventParticipantsProtection p = ProtectEventParticipants(kK, events, &by_format);
        if (p.hide_total) continue;  // the period total itself is withheld
        ExpectNothingNarrowed(
            events, p.per_event, by_format, 48,
            " of " + std::to_string(n) + " events, pick " + std::to_string(checked));
        if (HasFailure()) return;
        ++checked;
      }
      int i = 0;
      while (i < n && ++pick[i] == counts.size()) pick[i++] = 0;
      if (i == n) break;
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(EventPrivacyTest, CancelledAndUncountedEventsAreNotInAnyGroup) {
  std::vector<Event> events = {Held("w1", Date(2026, 2, 3), "Workshop", 3),
                               Held("w2", Date(2026, 3, 3), "Workshop", 12),
                               Held("w3", Date(2026, 4, 3), "Workshop", 1)};
  events[2].status = EventStatus::kCancelled;
  Event open = Held("w4", Date(2026, 5, 3), "Workshop", 0);
  open.participants.reset();
  events.push_back(open);
  Breakdown by_format = ByFormat(events);  // Workshop 15
  EventParticipantsProtection p = ProtectEventParticipants(kK, events, &by_format);
  EXPECT_EQ(p.per_event, (std::vector<Suppression>{Suppression::kSmall, Suppression::kComplementary,
                                                   Suppression::kNone, Suppression::kNone}));
}

}  // namespace
}  // namespace ankerbericht
