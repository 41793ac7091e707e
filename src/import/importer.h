// The import stage's one interface. An importer reads one file format and
// produces records of one kind (model/records.h); importers are rows in one
// table (import/importer_registry.cc). What comes out goes to the store.
#ifndef ANKERBERICHT_IMPORT_IMPORTER_H_
#define ANKERBERICHT_IMPORT_IMPORTER_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "config/workspace_config.h"
#include "import/text_decoding.h"
#include "model/records.h"
#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

struct Preset;  // import/presets.h
struct ImportOutcome;

// Takes mapped records while a file is still being read, so a large export is
// never held whole (import/import_run.h writes them to the store).
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Importers call Take whenever outcome->batch holds at least this many records.
  virtual size_t chunk_records() const = 0;
  // Takes records from outcome->batch (it may leave a short tail there to
  // keep related readings together) and may add rejections and notices to
  // |outcome|. A failed Status ends the import.
  virtual Status Take(ImportOutcome* outcome) = 0;
};

// What an importer reads: a file on disk, streamed where the format allows
// (CSV), or bytes already in memory (tests, inspect).
struct InputSource {
  // Implicit on purpose: bytes in memory are the simple case.
  InputSource(std::string bytes_in) : bytes(std::move(bytes_in)) {}  // NOLINT
  // |known| is the file's encoding when the caller read it already
  // (ScanFile): the file is then not read a second time to find it.
  static InputSource File(std::string path_in, std::optional<FileEncoding> known = std::nullopt) {
    InputSource s{std::string()};
    s.path = std::move(path_in);
    s.encoding = std::move(known);
    return s;
  }
  std::string path;                      // non-empty: read the file at |path|
  std::string bytes;                     // otherwise: these bytes
  std::optional<FileEncoding> encoding;  // of the file at |path|, if known
};

// Everything an importer may consult besides the file itself.
struct ImportContext {
  std::string file;  // the name used in messages ("daten/veranstaltungen.csv")
  InputKind kind = InputKind::kVisits;
  const Site* site = nullptr;             // never null
  const SourceSpec* source = nullptr;     // column mapping and defaults; may be null
  std::set<std::string> known_event_ids;  // for linking feedback to events
  Date today;  // data dated after today is refused (except planned events)
  // The tool export the file comes from (detected or --format); null for our
  // own documented layout.
  const Preset* preset = nullptr;
  std::string sheet;  // .xlsx: the worksheet to read ("" = the first)
  // Where mapped records go while the file is read; null keeps them all in
  // ImportOutcome::batch.
  RecordSink* sink = nullptr;
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
  // The mapped records not (yet) handed to a RecordSink: all of them when the
  // import has no sink.
  ImportBatch batch;
  // Records a sink took and kept (written, or would be with --dry-run).
  int64_t records_passed_on = 0;
  // The first records as they are stored, for import --dry-run.
  ImportBatch sample;
  std::vector<Rejection> rejected;
  // Problems that cost nothing (a byte that is not UTF-8, an action due date
  // that does not exist): the row or note is kept, --strict does not refuse.
  // Printed like rejections, not stored.
  std::vector<Rejection> warnings;
  std::vector<std::string> notices;  // encoding, ignored and dropped columns, ...
  std::string encoding;
  std::string format;     // the importer that read the file
  int64_t rows_read = 0;  // data rows seen (header and blank lines excluded)
  std::string delimiter;  // ';', ',' or tab; empty for non-CSV files
  // How the header was understood, one "field <- header" line per used column
  // (shown by import --dry-run).
  std::vector<std::string> mapping;
  // What `check` shows of a feedback file's questions (app/cmd_workspace.cc),
  // kept apart so that it need not recognise them by their wording: the
  // |mapping| lines of columns read beyond the fixed fields (a feedback
  // file's questions), the |notices| of questions whose configured column
  // this file lacks, and the notice of unused columns.
  std::vector<std::string> extra_columns;
  std::vector<std::string> missing_question_columns;
  std::string unused_columns;
  // E-mail addresses and phone numbers removed from free text before it was
  // stored (import/import_run.h).
  int64_t contacts_removed = 0;

  // Records accepted in all: passed on to a sink or still in |batch|.
  int64_t accepted() const { return records_passed_on + static_cast<int64_t>(batch.size()); }
};

// Reads |input| and fills |outcome|, handing records to ctx.sink in chunks
// when there is one. Returns a failed Status only when the file as a whole
// cannot be read (no header row found, not a Markdown note, a damaged
// workbook, a failing sink, ...); refused rows go to outcome->rejected instead.
using ImportFn = Status (*)(const InputSource& input, const ImportContext& ctx,
                            ImportOutcome* outcome);

// A row of the importer table. Table formats (CSV, .xlsx and the tool
// presets of import/presets.h) share one import function: the preset of a row
// is found by its name (FindPreset), and the "csv" row detects it.
struct ImporterInfo {
  const char* name;  // csv, xlsx, markdown, hystreet, limesurvey, ...
  bool (*handles)(InputKind kind);
  ImportFn import;
};

// All importers; the first that handles a kind is its default.
const std::vector<ImporterInfo>& Importers();

// The importer named |format|, or (format empty) the first that handles
// |kind|. Fails with kUsage naming the known formats.
Result<const ImporterInfo*> FindImporter(const std::string& format, InputKind kind);

// Checks a source entry of the configuration without reading any file: its
// "format" must name an importer for its kind, and every field under
// "columns" must be one that kind's table (or the table of the preset the
// format names) has. Fails with kUsage or kConfig naming the source's path,
// so `check` and `run` can report a broken mapping before anything is read.
// |site| is the source's site (may be null): its questionnaire item ids are
// fields of feedback sources.
Status CheckSourceMapping(const SourceSpec& source, const Site* site);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_IMPORTER_H_
