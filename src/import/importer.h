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

struct Preset;  // import/presets.h

// Everything an importer may consult besides the file itself.
struct ImportContext {
  std::string file;  // the name used in messages ("daten/veranstaltungen.csv")
  InputKind kind = InputKind::kVisits;
  const Site* site = nullptr;        // never null
  const SourceSpec* source = nullptr;  // column mapping and defaults; may be null
  std::set<std::string> known_event_ids;  // for linking feedback to events
  Date today;  // data dated after today is refused (except planned events)
  // The tool export the file comes from (detected or --format); null for our
  // own documented layout.
  const Preset* preset = nullptr;
  std::string sheet;  // .xlsx: the worksheet to read ("" = the first)
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
  std::string delimiter;  // "';'", "','", "tab"; empty for non-CSV files
  // How the header was understood, one "field <- header" line per used column
  // (shown by import --dry-run).
  std::vector<std::string> mapping;
};

// Reads |bytes| (the whole file, taken by value so callers can move it in and
// the file is held once) and fills |outcome|. Returns a failed Status only when
// the file as a whole cannot be read (no header row found, not a Markdown
// note, a damaged workbook, ...); refused rows go to outcome->rejected instead.
using ImportFn = Status (*)(std::string bytes, const ImportContext& ctx, ImportOutcome* outcome);

// A row of the importer table. Table formats (CSV, .xlsx and the tool
// presets of import/presets.h) share one import function: the preset of a row
// is found by its name (FindPreset), and the "csv" row detects it.
struct ImporterInfo {
  const char* name;         // "csv", "xlsx", "markdown", "hystreet", "limesurvey", ...
  const char* description;  // one line for --help
  bool (*handles)(InputKind kind);
  ImportFn import;
};

// All importers; the first that handles a kind is its default.
const std::vector<ImporterInfo>& Importers();

// The importer named |format|, or (format empty) the first that handles
// |kind|. Fails with kUsage naming the known formats.
Result<const ImporterInfo*> FindImporter(const std::string& format, InputKind kind);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_IMPORTER_H_
