// Reading a whole file into memory: the one place that does it, so every
// caller fails the same way and says why. Files that may be large (counter
// exports, workbooks) are streamed instead (import/text_decoding.h,
// import/xlsx_reader.h); this is for configuration, templates, team texts,
// notes, logos and colour profiles.
#ifndef ANKERBERICHT_UTIL_FILE_H_
#define ANKERBERICHT_UTIL_FILE_H_

#include <string>

#include "util/status.h"

namespace ankerbericht {

// The bytes of the file at |path|, unchanged. Fails with kIOError "cannot
// read PATH: REASON" (the system's reason, e.g. "No such file or directory",
// or "it is a folder").
Result<std::string> ReadFile(const std::string& path);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_FILE_H_
