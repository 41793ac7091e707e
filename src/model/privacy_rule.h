// The privacy threshold k of the privacy rule (evaluate/privacy.h): counts of
// people and answers below k are not published. The one default; a workspace
// sets its own with "privacy_threshold" in ankerbericht.json, and the value
// travels config -> EvaluateOptions -> Evaluation / SiteColumns, from where
// the document stage reads it.
#ifndef ANKERBERICHT_MODEL_PRIVACY_RULE_H_
#define ANKERBERICHT_MODEL_PRIVACY_RULE_H_

namespace ankerbericht {

inline constexpr int kDefaultPrivacyThreshold = 5;

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_PRIVACY_RULE_H_
