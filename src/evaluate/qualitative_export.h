// The qualitative evidence as JSON for `figures --json`: themes with their
// counts per event format, the quotes with their ids (for zitate.json), and
// the actions. Counts below the privacy threshold appear as "< k" unless the
// evaluation is internal.
#ifndef ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_
#define ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_

#include <Poco/JSON/Object.h>

#include "evaluate/qualitative.h"

namespace ankerbericht {

Poco::JSON::Object QualitativeJson(const Qualitative& q, int k, bool internal);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_
