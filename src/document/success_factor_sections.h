// Report section for the consolidation case: the team's self-assessment
// against the 24 success factors of the Difu study (config/success_factors.h).
#ifndef ANKERBERICHT_DOCUMENT_SUCCESS_FACTOR_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_SUCCESS_FACTOR_SECTIONS_H_

#include "document/build_context.h"
#include "model/success_factors.h"

namespace ankerbericht {

// Adds, in c.lang: a lead paragraph, a summary sentence, a stacked bar chart
// of the ratings per phase and for the 8 key factors, one table per phase
// (factor, rating, the team's note; key factors marked "★") and a remark that
// explains the mark and cites the study. When nothing is rated (no
// erfolgsfaktoren.json, or a file without ratings) it adds only a paragraph
// telling the team how to fill in the file. Never fails; adds no heading
// (the template's heading section does).
void AddSuccessFactors(const BuildContext& c, const SuccessFactorAssessment& a, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_SUCCESS_FACTOR_SECTIONS_H_
