// The programme signal per event format: repeat, adapt or drop, from the fill
// rate (participants / capacity) and the share of positive answers on the
// forms of that format's events. The rule is part of the output and printed
// wherever the signal is.
#ifndef ANKERBERICHT_EVALUATE_SIGNALS_H_
#define ANKERBERICHT_EVALUATE_SIGNALS_H_

#include <optional>
#include <string>
#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

enum class Signal { kRepeat, kAdapt, kDrop, kTooFewData };
const char* SignalName(Signal s);  // "repeat", "adapt", "drop", "too_few_data"

// Thresholds of the rule. min_responses is raised to the privacy threshold.
struct SignalRule {
  int min_events = 3;
  int min_responses = 10;
  double repeat_fill = 60, repeat_positive = 75;  // both reached: repeat
  double drop_fill = 40, drop_positive = 60;      // both below: drop
};

struct FormatSignal {
  std::string format;
  int events = 0;                        // held
  std::optional<double> fill_rate;       // percent, events with capacity only
  int responses = 0;                     // forms linked to the format's events
  std::optional<double> positive_share;  // percent of all scaled answers on them
  Signal signal = Signal::kTooFewData;
  // kSmall: fewer than k forms ("< k"); kComplementary: hidden because the
  // responses-by-format breakdown hides this format's count ("x").
  Suppression responses_suppression = Suppression::kNone;
};

// One signal per format of the events held in |data|, sorted by format.
// positive_share pools every answer on an item with a positive reading
// (agree5 4–5, grade6 1–2, yesno yes, scale10 9–10).
std::vector<FormatSignal> FormatSignals(const PeriodData& data, const SignalRule& rule);

// Privacy (see privacy.h): with fewer than |k| forms the count is marked
// suppressed and the positive share withheld. The signal itself stays: it
// needs at least k forms to be more than "too few data" anyway.
void ProtectSignals(int k, std::vector<FormatSignal>* signals);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_SIGNALS_H_
