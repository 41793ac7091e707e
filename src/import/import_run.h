// Importing one file into the store while it is read: the importer hands its
// records over in chunks, overlapping counter readings are settled chunk by
// chunk against what is already stored (as are survey responses another
// export of the same tool brought already: they count once), and every chunk
// is written inside the one transaction of an ImportSession. Memory stays flat however large the
// file; the import is still all-or-nothing.
#ifndef ANKERBERICHT_IMPORT_IMPORT_RUN_H_
#define ANKERBERICHT_IMPORT_IMPORT_RUN_H_

#include <cstdint>
#include <functional>

#include "import/importer.h"
#include "store/store.h"
#include "util/status.h"

namespace ankerbericht {

struct RunOptions {
  bool strict = false;   // any rejected row: nothing is written, *refused is set
  bool dry_run = false;  // everything is checked (also against stored data), nothing written
  bool reread = false;   // replace the stored file even with the same hash and mapping
  size_t chunk_records = 16384;
  // Called after each chunk is written with the records written so far (for
  // a progress line); may be empty.
  std::function<void(int64_t)> progress;
};

// Imports |input| with |importer| as |file| (site, kind, path, hash and mapping set;
// the figures are filled in here). Records, rejections and notices go to
// |outcome|; outcome->sample keeps the first records for --dry-run. Returns
// the store's action (kAdded, kReplaced, kUnchanged); with --dry-run or a
// refusal the action the import would have had. Fails when the file as a
// whole cannot be read or the store fails; the database is then unchanged.
Result<ImportAction> RunImport(Store* store, const ImporterInfo& importer, const InputSource& input,
                               const ImportContext& ctx, SourceFile file, const RunOptions& options,
                               ImportOutcome* outcome, bool* refused);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_IMPORT_RUN_H_
