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

#include <string>

#include "model/success_factors.h"
#include "util/status.h"

namespace ankerbericht {

inline constexpr const char* kSuccessFactorsFileName = "erfolgsfaktoren.json";

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
