// Reading the workspace's JSON files (ankerbericht.json, codebook.json,
// zitate.json, erfolgsfaktoren.json) and the report templates: comments are
// allowed, and the file must hold one JSON object.
//
// Poco 1.11's Parser::setAllowComments(true) rejects "//" line comments
// ("unexpected byte '/' in value", checked on Debian 12's libpoco 1.11.0), so
// comments are blanked out before parsing.
#ifndef ANKERBERICHT_UTIL_JSON_FILE_H_
#define ANKERBERICHT_UTIL_JSON_FILE_H_

#include <Poco/JSON/Object.h>

#include <string>

#include "util/status.h"

namespace ankerbericht {

// Replaces "// ..." and "/* ... */" outside strings with spaces, keeping every
// newline so positions stay on the same line.
std::string BlankJsonComments(const std::string& json);

// Parses |text|, the whole content of |file|, as one JSON object (comments
// allowed). With |keep_order| the object's keys keep the file's order (so the
// first mistake in the file can be the one reported). Fails with kConfig:
// "FILE:LINE: not valid JSON: <reason> (check commas, quotes and brackets)"
// (":LINE" left out where the line cannot be found) or
// "FILE: the file must contain one JSON object { ... }".
Result<Poco::JSON::Object::Ptr> ParseJsonObject(const std::string& text, const std::string& file,
                                                bool keep_order = false);

// |value| as compact JSON with every object's keys sorted: the same for any
// spacing, comments and key order of the file, so that it changes only when
// what the value says changes. "null" for JSON null and a missing key.
std::string CanonicalJson(const Poco::Dynamic::Var& value);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_JSON_FILE_H_
