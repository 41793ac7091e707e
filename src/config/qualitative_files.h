// The workspace files for qualitative evidence, beside ankerbericht.json:
//   codebook.json  themes with keywords, stems and #tags (see docs/qualitative.md)
//   zitate.json    the team's editorial choices: quotes to pin or exclude
// Both are optional; a missing file means "none".
#ifndef ANKERBERICHT_CONFIG_QUALITATIVE_FILES_H_
#define ANKERBERICHT_CONFIG_QUALITATIVE_FILES_H_

#include <string>
#include <vector>

#include "model/quote_choices.h"
#include "model/theme.h"
#include "util/status.h"

namespace ankerbericht {

inline constexpr const char* kCodebookFileName = "codebook.json";
inline constexpr const char* kQuoteChoicesFileName = "zitate.json";

// Parses codebook JSON. Fails with kConfig naming the JSON path: unknown
// parent, duplicate id, a theme without keywords or tags.
Result<std::vector<CodebookTheme>> ParseCodebook(const std::string& json_text,
                                                 const std::string& file);
// Reads DIR/codebook.json; no file gives an empty codebook.
Result<std::vector<CodebookTheme>> LoadCodebook(const std::string& workspace_dir);

Result<QuoteChoices> ParseQuoteChoices(const std::string& json_text, const std::string& file);
// Reads DIR/zitate.json; no file gives no choices.
Result<QuoteChoices> LoadQuoteChoices(const std::string& workspace_dir);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_QUALITATIVE_FILES_H_
