// Reads one Markdown note (see docs/input-formats.md, "notes").
#ifndef ANKERBERICHT_IMPORT_NOTES_READER_H_
#define ANKERBERICHT_IMPORT_NOTES_READER_H_

#include <string>
#include <vector>

#include "import/importer.h"

namespace ankerbericht {

// Parses |text| into |note|. Fails with kInvalidInput "file:line: ..." for a
// missing or malformed header (no "---", unknown key, bad date or kind).
// Problems that do not spoil the note (an unknown event id) go to |problems|;
// what costs nothing (an action due date that does not exist: the action is
// kept without one) to |warnings|. Control characters other than tab and
// line breaks are dropped. Reads every line once, however long.
Status ReadNote(const std::string& text, const ImportContext& ctx, Note* note,
                std::vector<Rejection>* problems, std::vector<Rejection>* warnings);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_NOTES_READER_H_
