// What a site aims for: the range an indicator's value should lie in.
#ifndef ANKERBERICHT_MODEL_TARGET_H_
#define ANKERBERICHT_MODEL_TARGET_H_

#include <optional>
#include <string>

namespace ankerbericht {

// A target for one indicator: the value should lie in [min, max] (either
// bound may be missing). Without |period| it applies to every period; with a
// period id ("2026-H1", "2026") only to that period, and it then wins over a
// general target for the same indicator.
struct Target {
  std::string indicator;  // an indicator id, e.g. "events.fill_rate"
  std::optional<double> min;
  std::optional<double> max;
  std::string period;        // "" = every period
  double near_percent = 10;  // within this many percent of a bound counts as "near"
  std::string path;          // JSON path of the entry, for messages
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_TARGET_H_
