// The team's own indicators (Site::custom_indicators): counts and shares of
// the held events that match a format, topic, place, partner or target group,
// computed from a PeriodData like the catalogue's indicators and published
// under the same privacy rule.
#ifndef ANKERBERICHT_EVALUATE_CUSTOM_INDICATORS_H_
#define ANKERBERICHT_EVALUATE_CUSTOM_INDICATORS_H_

#include <optional>
#include <string>

#include "evaluate/period_data.h"
#include "model/custom_indicator.h"

namespace ankerbericht {

// True if |event| matches every non-empty filter list of |def| (case, spaces
// and umlaut spelling do not matter).
bool MatchesCustom(const CustomIndicator& def, const Event& event);

// The value of |def| for |data|: nullopt when the period has no held event
// (events) or no counted participants (participants, participants_share),
// never a made-up zero. With |k| > 0, a share whose base is fewer than |k|
// participants is withheld (nullopt), as shares from forms are.
std::optional<double> ComputeCustom(const CustomIndicator& def, const PeriodData& data, int k);

// "count" for events and participants, "percent" for shares.
const char* CustomUnit(const CustomIndicator& def);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_CUSTOM_INDICATORS_H_
