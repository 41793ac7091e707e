#include "evaluate/success_factor_counts.h"

namespace ankerbericht {

RatingCounts CountRatings(const SuccessFactorAssessment& a, std::optional<SuccessFactorPhase> phase,
                          bool key_only) {
  RatingCounts n;
  for (const FactorAssessment& f : a.factors) {
    if ((phase && f.factor->phase != *phase) || (key_only && !f.factor->key)) continue;
    switch (f.rating) {
      case FactorRating::kMet:
        ++n.met;
        break;
      case FactorRating::kPartly:
        ++n.partly;
        break;
      case FactorRating::kOpen:
        ++n.open;
        break;
      case FactorRating::kNotRelevant:
        ++n.not_relevant;
        break;
      case FactorRating::kUnrated:
        ++n.unrated;
        break;
    }
  }
  return n;
}

}  // namespace ankerbericht
