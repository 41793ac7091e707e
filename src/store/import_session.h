// One file's import as a sequence of chunks inside one transaction: a large
// counter export is written as it is read, and is still all-or-nothing. A
// session that is not committed (an error, --strict with rejected rows,
// --dry-run) leaves the database exactly as it was.
#ifndef ANKERBERICHT_STORE_IMPORT_SESSION_H_
#define ANKERBERICHT_STORE_IMPORT_SESSION_H_

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "model/records.h"
#include "store/store.h"
#include "util/status.h"

namespace SQLite {
class Database;
class Transaction;
}  // namespace SQLite

namespace ankerbericht {

class ImportSession {
 public:
  ~ImportSession();  // rolls back unless Commit succeeded
  ImportSession(const ImportSession&) = delete;
  ImportSession& operator=(const ImportSession&) = delete;

  // kAdded or kReplaced (the earlier version's rows are already gone inside
  // the transaction), or kUnchanged: the same file with the same hash and
  // mapping is stored (and no re-read was asked for), and nothing may be
  // written.
  ImportAction action() const { return action_; }

  // The stored readings of the site (from other files, and from chunks of this
  // file written earlier) on the same sensor and day as a reading of |visits|
  // whose interval overlaps that reading's, as (index into |visits|, stored
  // reading); at most one per reading, one with the same start and interval
  // first. One indexed look-up per sensor and day.
  Result<std::vector<std::pair<size_t, StoredVisit>>> OverlappingVisits(
      const std::vector<VisitCount>& visits);

  // The responses among |ids| that another file of the site, read as the
  // survey tool |format| ("limesurvey", "kobo", ...), already holds: response
  // id -> where it is stored. Ids are the tool's, unique within its survey.
  Result<std::map<std::string, StoredResponse>> KnownResponses(const std::string& format,
                                                               const std::vector<std::string>& ids);

  // Writes the records of |chunk| as this file's. Fails with kInvalidInput on
  // an event id the site already has; the session must then be abandoned.
  Status Write(const ImportBatch& chunk);

  // Stores |file|'s figures (rows read, imported, rejected, encoding, format)
  // with the file and commits. Returns the action.
  Result<ImportAction> Commit(const SourceFile& file);

 private:
  friend class Store;
  ImportSession(SQLite::Database* db, SourceFile file, bool reread);
  Status Begin();
  // Adds day_sums_ to visit_day. Throws SQLite::Exception (inside Guarded).
  void AddDaySums();

  SQLite::Database* db_;
  SourceFile file_;
  bool reread_ = false;  // replace the stored file even when hash and mapping are the same
  std::unique_ptr<SQLite::Transaction> tx_;
  int64_t file_id_ = 0;
  ImportAction action_ = ImportAction::kAdded;
  bool committed_ = false;
  // The day range of the counter readings written (days since 1970; none yet
  // while first > last): kept with the file so that replacing it deletes its
  // readings by range (the visit table has no file index).
  int64_t visit_first_ = INT64_MAX;
  int64_t visit_last_ = INT64_MIN;
  // What the readings written add to each day's row of visit_day (schema 6),
  // by day: written into the table by Commit.
  struct DaySums {
    int64_t in = 0;
    std::array<int64_t, 24> hours{};
    uint32_t has_hour = 0;  // bit h: a reading of an hour or less starts in hour h
  };
  std::map<int64_t, DaySums> day_sums_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_STORE_IMPORT_SESSION_H_
