// The import stage's one interface. An importer reads one file format and
// produces records of one kind (model/records.h); importers are rows in one
// table (import/importer_registry.cc). What comes out goes to the store.
#ifndef ANKERBERICHT_IMPORT_IMPORTER_H_
#define ANKERBERICHT_IMPORT_IMPORTER_H_

#include <set>
#include <string>
#include <vector>

#include "config/workspace_config.h"
#include "model/records.h"
#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

// Everything an importer may consult besides the file itself.
struct ImportContext {
  std::string file;  // the name used in messages ("daten/veranstaltungen.csv")
  InputKind kind = InputKind::kVisits;
  const Site* site = nullptr;        // never null
  const SourceSpec* source = nullptr;  // column mapping and defaults; may be null
  std::set<std::string> known_event_ids;  // for linking feedback to events
  Date today;  // data dated after today is refused (except planned events)
};

// One refused row: reported as "file:line: column: message (value)".
struct Rejection {
  int line = 0;
  std::string column;
  std::string message;
  std::string value;
  std::string ToString(const std::string& file) const;
};

struct ImportOutcome {
  ImportBatch batch;
  std::vector<Rejection> rejected;
  std::vector<std::string> notices;  // encoding, ignored and dropped columns, ...
  std::string encoding;
  std::string format;    // the importer that read the file
  int64_t rows_read = 0;  // data rows seen (header and blank lines excluded)
};

// Reads |bytes| (the whole file) and fills |outcome|. Returns a failed Status
// only when the file as a whole cannot be read (no header row found, not a
// Markdown note, ...); refused rows go to outcome->rejected instead.
using ImportFn = Status (*)(const std::string& bytes, const ImportContext& ctx,
                            ImportOutcome* outcome);

struct ImporterInfo {
  const char* name;         // "csv", "markdown"
  const char* description;  // one line for --help
  bool (*handles)(InputKind kind);
  ImportFn import;
};

// All importers, in the order auto-detection tries them.
const std::vector<ImporterInfo>& Importers();

// The importer named |format|, or (format empty) the first that handles
// |kind|. Fails with kUsage naming the known formats.
Result<const ImporterInfo*> FindImporter(const std::string& format, InputKind kind);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_IMPORTER_H_
