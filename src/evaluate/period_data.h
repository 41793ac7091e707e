// Everything the evaluation needs about one site and one period, loaded from
// the store in one go. Indicators are pure functions of a PeriodData, so they
// can be tested on hand-built data without a database.
#ifndef ANKERBERICHT_EVALUATE_PERIOD_DATA_H_
#define ANKERBERICHT_EVALUATE_PERIOD_DATA_H_

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/day_counts.h"
#include "model/period.h"
#include "model/records.h"
#include "model/site.h"
#include "util/status.h"

namespace ankerbericht {

class Store;  // store/store.h

// Visitors of one day after reconciling counter and tallies.
struct VisitDay {
  int64_t count = 0;
  bool from_counter = false;  // false: the day is filled from tally sheets
};

struct PeriodData {
  const Site* site = nullptr;
  Period period;
  // Visitors per day: the counter's total where the counter has data, else the
  // tally sheets' total (a day counted by both counts once: the counter wins).
  std::map<Date, VisitDay> visit_days;
  std::vector<TallyDay> tallies;           // as loaded: for age groups
  std::vector<HourCount> counter_hours;    // counter totals per day and hour
  std::vector<Event> events;               // held and cancelled, in the period
  std::vector<FeedbackResponse> feedback;  // in the period
  std::vector<Vote> votes;
  std::set<std::string> partners_before;  // partners of held events before the period
};

// Reconciles counter and tally days (pure; exposed for tests).
std::map<Date, VisitDay> MergeVisitDays(const std::vector<DayCount>& counter,
                                        const std::vector<TallyDay>& tallies);

// Loads the data of |site| for |period|. Fails with kDatabase.
Result<PeriodData> LoadPeriodData(Store* store, const Site& site, const Period& period);

// The part of |all| (loaded for a longer period) that falls in |part|: the
// same as LoadPeriodData(store, site, part) would give, records in the same
// order, partners_before including the partners of |all|'s held events before
// |part|. Lets the history load every half-year in one go. Pure.
PeriodData SlicePeriodData(const PeriodData& all, const Period& part);

// The records of |all| dated from |from| to |to|; |all| is in date order, as
// the store returns it. Pure.
template <typename T>
std::vector<T> RecordsIn(const std::vector<T>& all, Date from, Date to) {
  auto first =
      std::partition_point(all.begin(), all.end(), [&](const T& r) { return r.date < from; });
  auto last = std::partition_point(first, all.end(), [&](const T& r) { return r.date <= to; });
  return std::vector<T>(first, last);
}
template <typename T>
std::vector<T> RecordsIn(const std::vector<T>& all, const Period& part) {
  return RecordsIn(all, part.from, part.to);
}

// Opening hours held in the period according to the schedule and closures.
double OpenHours(const Site& site, const Period& period);
// Days the site was open in the period.
int OpenDays(const Site& site, const Period& period);

// The open days of |d.site| from |d.period.from| to |last| (at most
// |d.period.to|) without any visitor count, in date order: the gaps in the
// data. The one rule behind the indicator, the report's data-gap remark and
// `check`. Pure.
std::vector<Date> DaysWithoutData(const PeriodData& d, Date last);
// The same over the whole period.
std::vector<Date> DaysWithoutData(const PeriodData& d);

// What the visits of a period were counted with: an automatic counter, tally
// sheets, both, or nothing (no visit data at all). Pure.
enum class VisitSources { kNone, kCounter, kTallies, kBoth };
VisitSources CountedBy(const PeriodData& d);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_PERIOD_DATA_H_
