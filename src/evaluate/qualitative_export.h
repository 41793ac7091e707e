// The qualitative evidence as JSON for `figures --json`: themes with their
// counts per event format, the quotes with their ids (for zitate.json), and
// the actions. Counts below the privacy threshold appear as "< k" unless the
// evaluation is internal. The words (the quote rule, the sources' kinds)
// are the German ones of |words|, worded by the caller (document/rule_words.h).
#ifndef ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_
#define ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_

#include <Poco/JSON/Object.h>

#include <string>

#include "evaluate/figures_export.h"
#include "evaluate/qualitative.h"

namespace ankerbericht {

Poco::JSON::Object QualitativeJson(const Qualitative& q, int k, bool internal,
                                   const FigureWords::Language& words);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_QUALITATIVE_EXPORT_H_
