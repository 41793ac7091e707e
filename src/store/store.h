// The embedded store: one SQLite file per workspace. Only this folder talks
// SQL. Every imported file is recorded with its content hash; each import of a
// file is one transaction, so a failed or killed import leaves the database as
// it was.
#ifndef ANKERBERICHT_STORE_STORE_H_
#define ANKERBERICHT_STORE_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/day_counts.h"
#include "model/records.h"
#include "model/source_file.h"
#include "util/date.h"
#include "util/status.h"

namespace SQLite {
class Database;
}

namespace ankerbericht {

// Sums over one site's records in one date range, added up by the store
// (Store::RangeSums): what a figure over many half-years needs without their
// records.
struct RangeSum {
  int64_t visit_days = 0;    // days with counter or tally data
  int64_t visits = 0;        // per day the counter's total, else the tallies' total
  int64_t events_held = 0;   // events not cancelled
  int64_t participants = 0;  // of the events held that counted them
  int64_t responses = 0;     // feedback forms
};

// What the store did with an import.
enum class ImportAction { kAdded, kReplaced, kUnchanged };

// A feedback response already stored from another file (the same response id
// of the same survey tool).
struct StoredResponse {
  std::string path;
  int line = 0;
};

// A counter reading already stored (overlapping exports).
struct StoredVisit {
  std::string path;        // the file it came from
  bool this_file = false;  // written earlier in the same import
  int line = 0;
  int minute = 0;  // start, minutes since midnight
  int interval_minutes = 0;
  int64_t in = 0;
  std::optional<int64_t> out;
};

class ImportSession;  // store/import_session.h

class Store {
 public:
  // Opens (creating if needed) the database at |path|, or an in-memory one for
  // ":memory:". Creates or migrates the schema; foreign keys are on. A new
  // database file is readable by its owner only (it holds free text). Fails
  // with kDatabase when the file is not an ankerbericht database or is newer
  // than this program.
  static Result<std::unique_ptr<Store>> Open(const std::string& path);

  // Opens the database at |path| for reading only: nothing is created,
  // migrated or written, so it works in a read-only workspace and beside a
  // running import. A missing file reads as an empty database. Fails with
  // kDatabase as Open does, and when the schema is older than this program
  // ("run `ankerbericht run` once to update it").
  static Result<std::unique_ptr<Store>> OpenReadOnly(const std::string& path);
  ~Store();

  // The file previously imported for (site, kind, path), if any.
  Result<std::optional<SourceFile>> FindFile(const std::string& site, InputKind kind,
                                             const std::string& path);

  // A file of |site| and |kind| imported under another name than |path| with
  // the same content (|hash|), if any: the same bytes saved twice add nothing.
  Result<std::optional<SourceFile>> FindSameContent(const std::string& site, InputKind kind,
                                                    const std::string& hash,
                                                    const std::string& path);

  // Starts importing |file| (site, kind, path, hash, mapping) in one
  // transaction that lasts as long as the session: records are then written
  // chunk by chunk (store/import_session.h). Replacing and skipping follow
  // ImportFile; with |reread| a stored file with the same hash and mapping is
  // replaced too (`import --force`).
  Result<std::unique_ptr<ImportSession>> BeginImport(const SourceFile& file, bool reread = false);

  // Imports |batch| as the contribution of |file| in one transaction:
  // - the same (site, kind, path) with the same hash and mapping: nothing
  //   changes, kUnchanged;
  // - the same (site, kind, path) with another hash or another mapping (the
  //   configuration it is read with changed): everything the old version
  //   contributed is deleted and |batch| inserted, kReplaced;
  // - otherwise |batch| is inserted, kAdded.
  // Fails with kInvalidInput if an event id in |batch| already exists for the
  // site from another file ("event id V-1 is already imported from FILE"); on
  // any failure the database is unchanged.
  Result<ImportAction> ImportFile(const SourceFile& file, const ImportBatch& batch);

  // Records |mapping| as the configuration the stored file (site, kind, path)
  // was read with, where none is recorded yet (a database from before the
  // store kept it). Changes nothing else; no such file is no error.
  Status AdoptMapping(const std::string& site, InputKind kind, const std::string& path,
                      const std::string& mapping);

  // Every imported file, ordered by site, kind, path, with the date span of
  // its records.
  Result<std::vector<SourceFile>> Files();

  // The fingerprint of the inputs the report at |output| (relative to the
  // workspace) was last rendered from; nullopt when none is kept.
  Result<std::optional<std::string>> RenderedFingerprint(const std::string& output);
  // Keeps |fingerprint| for |output|, replacing the one kept before.
  Status SetRenderedFingerprint(const std::string& output, const std::string& fingerprint);

  // Event ids known for |site|, excluding those contributed by the file
  // (site, kind=events, exclude_path) — used to validate feedback, and the ids
  // of a file that is about to be replaced.
  Result<std::set<std::string>> EventIds(const std::string& site,
                                         const std::string& exclude_path = "");

  // --- Queries for the evaluation; all ranges are inclusive dates. ---

  // Counter totals (sum of "in") per day that has counter data.
  Result<std::vector<DayCount>> CounterDays(const std::string& site, Date from, Date to);
  // Counter totals per day and hour, from readings of an hour or less (a
  // daily total belongs to no hour and is left out).
  Result<std::vector<HourCount>> CounterHours(const std::string& site, Date from, Date to);
  // Tallies summed per day.
  Result<std::vector<TallyDay>> TallyDays(const std::string& site, Date from, Date to);
  Result<std::vector<Event>> Events(const std::string& site, Date from, Date to);
  Result<std::vector<FeedbackResponse>> Feedback(const std::string& site, Date from, Date to);
  Result<std::vector<Vote>> Votes(const std::string& site, Date from, Date to);
  Result<std::vector<Note>> Notes(const std::string& site, Date from, Date to);
  // Earliest and latest date with any data for |site| (nullopt if none).
  Result<std::optional<std::pair<Date, Date>>> DataSpan(const std::string& site);
  // Partner names of held events before |before| (for "new partners").
  Result<std::set<std::string>> PartnersBefore(const std::string& site, Date before);
  // The sums of each of |sites| over each of |ranges| (inclusive, not
  // overlapping), keyed (site, index into |ranges|); a site and range
  // without any record has no entry. A day counts as in CounterDays and
  // TallyDays merged: the counter wins over the tallies. One statement per
  // kind of record for all sites, run once per range.
  Result<std::map<std::pair<std::string, size_t>, RangeSum>> RangeSums(
      const std::vector<std::string>& sites, const std::vector<std::pair<Date, Date>>& ranges);

 private:
  explicit Store(std::unique_ptr<SQLite::Database> db);
  Status Migrate();
  std::unique_ptr<SQLite::Database> db_;
};

// SHA-256 of a file's bytes as lowercase hex (Poco::SHA2Engine). Fails with kIOError.
Result<std::string> HashFile(const std::string& path);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_STORE_STORE_H_
