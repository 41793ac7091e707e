#include "evaluate/period_data.h"

#include <algorithm>

#include "store/store.h"

namespace ankerbericht {

std::map<Date, VisitDay> MergeVisitDays(const std::vector<DayCount>& counter,
                                        const std::vector<TallyDay>& tallies) {
  std::map<Date, VisitDay> days;
  for (const DayCount& d : counter) days[d.date] = VisitDay{d.count, true};
  for (const TallyDay& t : tallies) {
    // emplace does nothing when the counter already has the day.
    days.emplace(t.date, VisitDay{t.count, false});
  }
  return days;
}

Result<PeriodData> LoadPeriodData(Store* store, const Site& site, const Period& period) {
  PeriodData data;
  data.site = &site;
  data.period = period;
  auto counter = store->CounterDays(site.id, period.from, period.to);
  if (!counter.ok()) return counter.status();
  auto tallies = store->TallyDays(site.id, period.from, period.to);
  if (!tallies.ok()) return tallies.status();
  data.visit_days = MergeVisitDays(*counter, *tallies);
  data.tallies = std::move(*tallies);
  auto hours = store->CounterHours(site.id, period.from, period.to);
  if (!hours.ok()) return hours.status();
  data.counter_hours = std::move(*hours);
  auto events = store->Events(site.id, period.from, period.to);
  if (!events.ok()) return events.status();
  data.events = std::move(*events);
  auto feedback = store->Feedback(site.id, period.from, period.to);
  if (!feedback.ok()) return feedback.status();
  data.feedback = std::move(*feedback);
  auto votes = store->Votes(site.id, period.from, period.to);
  if (!votes.ok()) return votes.status();
  data.votes = std::move(*votes);
  auto partners = store->PartnersBefore(site.id, period.from);
  if (!partners.ok()) return partners.status();
  data.partners_before = std::move(*partners);
  return data;
}

PeriodData SlicePeriodData(const PeriodData& all, const Period& part) {
  PeriodData data;
  data.site = all.site;
  data.period = part;
  data.visit_days = std::map<Date, VisitDay>(all.visit_days.lower_bound(part.from),
                                             all.visit_days.upper_bound(part.to));
  data.tallies = RecordsIn(all.tallies, part);
  data.counter_hours = RecordsIn(all.counter_hours, part);
  data.events = RecordsIn(all.events, part);
  data.feedback = RecordsIn(all.feedback, part);
  data.votes = RecordsIn(all.votes, part);
  data.partners_before = all.partners_before;
  for (const Event& e : all.events) {
    if (e.date >= part.from) break;
    if (e.status == EventStatus::kHeld)
      data.partners_before.insert(e.partners.begin(), e.partners.end());
  }
  return data;
}

double OpenHours(const Site& site, const Period& period) {
  double minutes = 0;
  for (Date d = period.from; d <= period.to; d = d.AddDays(1)) {
    for (const OpeningSlot& s : site.OpeningOn(d)) minutes += s.end - s.start;
  }
  return minutes / 60.0;
}

int OpenDays(const Site& site, const Period& period) {
  int days = 0;
  for (Date d = period.from; d <= period.to; d = d.AddDays(1)) {
    if (!site.OpeningOn(d).empty()) ++days;
  }
  return days;
}

std::vector<Date> DaysWithoutData(const PeriodData& d, Date last) {
  std::vector<Date> missing;
  for (Date day = d.period.from; day <= d.period.to && day <= last; day = day.AddDays(1)) {
    if (!d.site->OpeningOn(day).empty() && !d.visit_days.count(day)) missing.push_back(day);
  }
  return missing;
}

std::vector<Date> DaysWithoutData(const PeriodData& d) { return DaysWithoutData(d, d.period.to); }

VisitSources CountedBy(const PeriodData& d) {
  bool counter = false;
  bool tallies = !d.tallies.empty();
  for (const auto& [day, visits] : d.visit_days) (visits.from_counter ? counter : tallies) = true;
  if (counter && tallies) return VisitSources::kBoth;
  if (counter) return VisitSources::kCounter;
  return tallies ? VisitSources::kTallies : VisitSources::kNone;
}

}  // namespace ankerbericht
