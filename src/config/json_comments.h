// Comments in JSON configuration files.
//
// Poco 1.11's Parser::setAllowComments(true) rejects "//" line comments
// ("unexpected byte '/' in value", checked on Debian 12's libpoco 1.11.0), so
// comments are blanked out before parsing.
#ifndef ANKERBERICHT_CONFIG_JSON_COMMENTS_H_
#define ANKERBERICHT_CONFIG_JSON_COMMENTS_H_

#include <string>

namespace ankerbericht {

// Replaces "// ..." and "/* ... */" outside strings with spaces, keeping every
// newline so positions stay on the same line.
std::string BlankJsonComments(const std::string& json);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_JSON_COMMENTS_H_
