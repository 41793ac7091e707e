// Daily and hourly totals as the store sums them up for the evaluation.
#ifndef ANKERBERICHT_MODEL_DAY_COUNTS_H_
#define ANKERBERICHT_MODEL_DAY_COUNTS_H_

#include <cstdint>
#include <map>
#include <string>

#include "util/date.h"

namespace ankerbericht {

// Aggregated counts of one day.
struct DayCount {
  Date date;
  int64_t count = 0;
};

// One hour on one day (counter data only): for weekday x hour matrices.
struct HourCount {
  Date date;
  int hour = 0;
  int64_t count = 0;
};

// Tallies of one day, summed over slots.
struct TallyDay {
  Date date;
  int64_t count = 0;
  std::map<std::string, int64_t> age_counts;
  // Visitors per stop of a mobile site (stop id; "" = rows without a stop).
  std::map<std::string, int64_t> stop_counts;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_DAY_COUNTS_H_
