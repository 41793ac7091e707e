// Recognises font and image files by their first bytes, so that the renderer
// can reject unusable files with a clear message before libharu sees them
// (libharu's errors are sticky for the whole document).
#ifndef ANKERBERICHT_RENDER_FILE_KINDS_H_
#define ANKERBERICHT_RENDER_FILE_KINDS_H_

#include <string>

namespace ankerbericht {

// Why |path| cannot serve as a TrueType font ("font file not found: …",
// "not a TrueType font (…): …"), or "" if it looks fine.
std::string FontProblem(const std::string& path);

// "png", "jpeg" or "" (unreadable or anything else).
std::string ImageKind(const std::string& path);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_FILE_KINDS_H_
