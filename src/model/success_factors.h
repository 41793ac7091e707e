// The 24 success factors of the Difu study on anchor places ("Ankerorte des
// digitalen Wandels", BBSR/Difu 2026, Tabelle 2 and chapters 3.1-3.3) and a
// team's self-assessment against them (read by config/success_factors.h from
// erfolgsfaktoren.json).
#ifndef ANKERBERICHT_MODEL_SUCCESS_FACTORS_H_
#define ANKERBERICHT_MODEL_SUCCESS_FACTORS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "util/date.h"

namespace ankerbericht {

// The study's three phases, in order.
enum class SuccessFactorPhase {
  kInitiation,   // "konzipieren und starten" (Initiierung), 9 factors
  kOperation,    // "betreiben und bespielen" (Betrieb), 9 factors
  kContinuation  // "verstetigen und absichern" (Weiterführung), 6 factors
};

struct SuccessFactor {
  // Stable, ASCII: the key in erfolgsfaktoren.json. The name, as worded in
  // the study's Tabelle 2, is "success_factor.<id>" in the strings tables.
  const char* id;
  SuccessFactorPhase phase;
  bool key;  // one of the 8 factors of outstanding importance
};

// The catalogue: 24 factors in the study's order (phase by phase).
const std::vector<SuccessFactor>& SuccessFactors();

// The team's rating of one factor. The file accepts the German words
// "erfüllt", "teilweise", "offen", "nicht relevant" and the English "met",
// "partly", "open", "not relevant" ("teilweise erfüllt" and "partly met" as
// the report prints them), ignoring case, umlaut spelling
// ("erfuellt") and spaces or hyphens ("nicht-relevant"). An empty text means
// not rated yet.
enum class FactorRating { kUnrated, kMet, kPartly, kOpen, kNotRelevant };

struct FactorAssessment {
  const SuccessFactor* factor =
      nullptr;  // into SuccessFactors(); never null in a loaded assessment
  FactorRating rating = FactorRating::kUnrated;
  std::string note;  // plain text, at most kMaxFactorNoteLength characters; may be empty
};

inline constexpr size_t kMaxFactorNoteLength = 300;  // characters (code points)

struct SuccessFactorAssessment {
  bool file_found = false;   // false: erfolgsfaktoren.json does not exist
  std::optional<Date> date;  // "stand": when the team assessed itself
  // All 24 factors in catalogue order (unrated ones with kUnrated). Empty only
  // in a default-constructed value, which means the same as "nothing rated".
  std::vector<FactorAssessment> factors;

  // Every factor of the catalogue, unrated.
  static SuccessFactorAssessment Unrated();
  // Number of factors rated anything but kUnrated.
  int rated() const;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_SUCCESS_FACTORS_H_
