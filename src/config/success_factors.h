// The 24 success factors of the Difu study on anchor places ("Ankerorte des
// digitalen Wandels", BBSR/Difu 2026, Tabelle 2 and chapters 3.1-3.3), and
// the team's self-assessment against them in the workspace file
// erfolgsfaktoren.json (see docs/verstetigung.md):
//
//   {
//     "stand": "15.10.2026",
//     "faktoren": {
//       "zielbild": { "bewertung": "erfüllt", "notiz": "Zielbild 2025 vom Ausschuss beschlossen" },
//       "geduld": "teilweise"
//     }
//   }
//
// Both keys are optional; a factor is either an object with "bewertung"
// (rating) and "notiz" (note) or just the rating as a text. Factors not listed
// stay unrated.
#ifndef ANKERBERICHT_CONFIG_SUCCESS_FACTORS_H_
#define ANKERBERICHT_CONFIG_SUCCESS_FACTORS_H_

#include <optional>
#include <string>
#include <vector>

#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

inline constexpr const char* kSuccessFactorsFileName = "erfolgsfaktoren.json";

// The study's three phases, in order.
enum class SuccessFactorPhase {
  kInitiation,   // "konzipieren und starten" (Initiierung), 9 factors
  kOperation,    // "betreiben und bespielen" (Betrieb), 9 factors
  kContinuation  // "verstetigen und absichern" (Weiterführung), 6 factors
};

struct SuccessFactor {
  const char* id;  // stable, ASCII: the key in erfolgsfaktoren.json
  SuccessFactorPhase phase;
  const char* name_de;  // as worded in the study's Tabelle 2
  const char* name_en;
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

// How many factors got each rating.
struct RatingCounts {
  int met = 0, partly = 0, open = 0, not_relevant = 0, unrated = 0;
  int total() const { return met + partly + open + not_relevant + unrated; }
};

// Counts the ratings of |a|, of one phase if |phase| is set, and only of the
// 8 key factors if |key_only|.
RatingCounts CountRatings(const SuccessFactorAssessment& a, std::optional<SuccessFactorPhase> phase,
                          bool key_only);

// Parses the text of erfolgsfaktoren.json (// comments allowed). Fails with
// kConfig, naming |file| and the JSON path: unknown factor id, unknown rating,
// unknown field, a note that is not a text or too long, a "stand" that is not
// a date, or text that is not a JSON object.
Result<SuccessFactorAssessment> ParseSuccessFactors(const std::string& json_text,
                                                    const std::string& file);

// Reads DIR/erfolgsfaktoren.json. A missing file is not an error: it gives
// Unrated() with file_found = false. Fails with kIOError if the file cannot
// be read and as ParseSuccessFactors otherwise.
Result<SuccessFactorAssessment> LoadSuccessFactors(const std::string& workspace_dir);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_SUCCESS_FACTORS_H_
