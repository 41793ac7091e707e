// Counting a team's ratings of the study's success factors, for the
// consolidation case's summary ("8 of 24 met").
#ifndef ANKERBERICHT_EVALUATE_SUCCESS_FACTOR_COUNTS_H_
#define ANKERBERICHT_EVALUATE_SUCCESS_FACTOR_COUNTS_H_

#include <optional>

#include "model/success_factors.h"

namespace ankerbericht {

// How many factors got each rating.
struct RatingCounts {
  int met = 0, partly = 0, open = 0, not_relevant = 0, unrated = 0;
  int total() const { return met + partly + open + not_relevant + unrated; }
};

// Counts the ratings of |a|, of one phase if |phase| is set, and only of the
// 8 key factors if |key_only|.
RatingCounts CountRatings(const SuccessFactorAssessment& a, std::optional<SuccessFactorPhase> phase,
                          bool key_only);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_SUCCESS_FACTOR_COUNTS_H_
