// Writes one ImportBatch into the tables. Internal to src/store/; the caller
// owns the transaction and the source_file row.
#ifndef ANKERBERICHT_STORE_BATCH_WRITER_H_
#define ANKERBERICHT_STORE_BATCH_WRITER_H_

#include <cstdint>

#include "model/records.h"
#include "store/store.h"
#include "util/status.h"

namespace SQLite {
class Database;
}

namespace ankerbericht::store_internal {

// Inserts the source_file row of |file| (imported_at now if empty); returns its id.
// May throw SQLite::Exception.
int64_t InsertSourceFile(SQLite::Database& db, const SourceFile& file);

// Sets the figures of source_file |file_id| (format, encoding, rows read,
// imported and rejected, rejected_text, imported_at) from |file|.
void UpdateSourceFile(SQLite::Database& db, int64_t file_id, const SourceFile& file);

// Fails with kInternal if |batch| holds records of a kind other than |kind|.
Status CheckBatchKind(InputKind kind, const ImportBatch& batch);

// Inserts every record of |batch| as rows of source_file |file_id|. Fails with
// kInvalidInput on an event id the site already has (from another file or
// earlier in this batch); the caller must then roll back. May throw
// SQLite::Exception.
Status WriteBatch(SQLite::Database& db, int64_t file_id, const SourceFile& file,
                  const ImportBatch& batch);

}  // namespace ankerbericht::store_internal

#endif  // ANKERBERICHT_STORE_BATCH_WRITER_H_
