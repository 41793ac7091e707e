// A workspace opened for work: its configuration and its database, plus the
// import of one file (read -> importer -> store), shared by `import` and `run`.
#ifndef ANKERBERICHT_APP_WORKSPACE_H_
#define ANKERBERICHT_APP_WORKSPACE_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/workspace_lock.h"
#include "config/workspace_config.h"
#include "import/importer.h"
#include "store/store.h"

namespace ankerbericht {

struct Workspace {
  std::string dir;
  WorkspaceConfig config;
  std::unique_ptr<Store> store;
  std::unique_ptr<WorkspaceLock> lock;  // held by `import` and `run`

  // The one name of the file at |path|, however it was spelled (relative,
  // absolute, through a symlink): relative to the workspace when the file
  // lies inside it, else its absolute path, symlinks resolved.
  std::string Relative(const std::string& path) const;
  const Site* site(const std::string& id) const { return config.FindSite(id); }
};

// Loads DIR/ankerbericht.json and opens DIR/ankerbericht.db for reading only
// (store/store.h: OpenReadOnly), for the commands that only read.
Result<Workspace> OpenWorkspace(const std::string& dir);

// The same for `import` and `run`: takes the workspace's lock for |command|
// first (app/workspace_lock.h; kBusy while another process holds it), then
// opens (creating, migrating) the database for writing.
Result<Workspace> OpenWorkspaceForUpdate(const std::string& dir, const std::string& command);

// Today's date; $ANKERBERICHT_TODAY (YYYY-MM-DD) overrides it so reports and
// tests are reproducible.
Date Today();

struct ImportRequest {
  std::string path;  // as the user gave it
  InputKind kind = InputKind::kVisits;
  std::string site;
  std::string format;                  // "" = the kind's default importer (detects presets)
  std::string sheet;                   // .xlsx worksheet ("" = the first)
  const SourceSpec* source = nullptr;  // from the configuration, may be null
  bool strict = false;                 // refuse the whole file if any row is rejected
  bool dry_run = false;                // read and check, write nothing
  bool force = false;  // read the file again even when it is unchanged (`import --force`)
  // Called with the records written so far, chunk by chunk (may be empty).
  std::function<void(int64_t)> progress;
};

// Why a file whose bytes are already stored was read again.
enum class Reread {
  kNo,
  kMappingChanged,  // the configuration it was read with changed
  kForced,          // `import --force`
};

struct ImportReport {
  std::string name;  // the file as shown to the user
  ImportAction action = ImportAction::kAdded;
  Reread reread = Reread::kNo;
  // kUnchanged because these bytes are already imported under another name.
  std::string same_as;
  ImportOutcome outcome;
  bool refused = false;  // --strict and rows were rejected: nothing stored
};

// Imports one file: a new or changed file, and a stored one whose mapping
// (import/mapping_fingerprint.h) differs from the one it was read with, or
// with |force|; its earlier rows are replaced in the same transaction, so
// nothing counts twice. Returns a failed Status when the file as a whole cannot be
// read or stored; rejected rows are in the report (and with |strict| nothing
// is stored). The database is unchanged unless the result is ok and not refused.
Result<ImportReport> ImportOneFile(Workspace* ws, const ImportRequest& request);

// The source entry of the configuration that `run` reads |path| (a file of
// |kind| for |site|) with: the first whose path or glob matches it, or null.
const SourceSpec* SourceForFile(const Workspace& ws, InputKind kind, const std::string& site,
                                const std::string& path);

// The files matching a source's path or glob (absolute or relative to the
// current directory as the workspace folder was given), sorted.
std::vector<std::string> SourceFiles(const Workspace& ws, const SourceSpec& source);

// Reads |path| as |source| says, without the store (events are not linked,
// nothing is written): what `check` shows of how a file's columns are
// understood. Fails when the file as a whole cannot be read.
Result<ImportOutcome> ReadWithoutStoring(const Workspace& ws, const SourceSpec& source,
                                         const std::string& path);

// Prints the outcome of an import in the user's terms to stderr.
void PrintImportReport(const ImportReport& report, bool dry_run);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_WORKSPACE_H_
