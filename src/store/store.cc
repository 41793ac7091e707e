#include "store/store.h"

// Opening, migrating and importing; the queries are in store_queries.cc.
#include "store/store.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <tuple>
#include <utility>
#include <vector>

#include "store/batch_writer.h"
#include "store/schema.h"
#include "store/sql_util.h"

namespace ankerbericht {

namespace {

using store_internal::CorruptData;
using store_internal::Guarded;

// A second writer (another ankerbericht run on the same workspace) waits this
// long for the lock instead of failing at once.
constexpr int kBusyTimeoutMs = 5000;

std::string NowUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// --- source_file ---

constexpr const char* kSourceFileColumns =
    "site, kind, path, format, hash, encoding, rows_read, rows_imported, rows_rejected, "
    "rejected_text, imported_at";

SourceFile ReadSourceFile(SQLite::Statement& stmt) {
  SourceFile f;
  f.site = stmt.getColumn(0).getString();
  const std::string kind = stmt.getColumn(1).getString();
  std::optional<InputKind> parsed = ParseInputKind(kind);
  if (!parsed) throw CorruptData("unknown input kind \"" + kind + "\" in source_file");
  f.kind = *parsed;
  f.path = stmt.getColumn(2).getString();
  f.format = stmt.getColumn(3).getString();
  f.hash = stmt.getColumn(4).getString();
  f.encoding = stmt.getColumn(5).getString();
  f.rows_read = stmt.getColumn(6).getInt64();
  f.rows_imported = stmt.getColumn(7).getInt64();
  f.rows_rejected = stmt.getColumn(8).getInt64();
  f.rejected_text = stmt.getColumn(9).getString();
  f.imported_at = stmt.getColumn(10).getString();
  return f;
}

int64_t InsertSourceFile(SQLite::Database& db, const SourceFile& file) {
  SQLite::Statement insert(db, std::string("INSERT INTO source_file (") + kSourceFileColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  insert.bind(1, file.site);
  insert.bind(2, InputKindName(file.kind));
  insert.bind(3, file.path);
  insert.bind(4, file.format);
  insert.bind(5, file.hash);
  insert.bind(6, file.encoding);
  insert.bind(7, file.rows_read);
  insert.bind(8, file.rows_imported);
  insert.bind(9, file.rows_rejected);
  insert.bind(10, file.rejected_text);
  insert.bind(11, file.imported_at.empty() ? NowUtc() : file.imported_at);
  insert.exec();
  return db.getLastInsertRowid();
}

}  // namespace

// --- Opening ---

Store::Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  try {
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                 kBusyTimeoutMs);
    std::unique_ptr<Store> store(new Store(std::move(db)));
    ANKER_RETURN_IF_ERROR(store->Migrate());
    return Result<std::unique_ptr<Store>>(std::move(store));
  } catch (const SQLite::Exception& e) {
    // SQLite opens lazily; garbage shows up at the first read of the header.
    if (e.getErrorCode() == SQLITE_NOTADB) {
      return Status::Database(path + " is not an ankerbericht database (not an SQLite file)");
    }
    return Status::Database("cannot open database " + path + ": " + e.what());
  } catch (const std::exception& e) {
    return Status::Database("cannot open database " + path + ": " + e.what());
  }
}

Status Store::Migrate() {
  // Per connection and outside any transaction, so it is set first. Without it
  // SQLite ignores the ON DELETE CASCADE that replacing a file relies on.
  db_->exec("PRAGMA foreign_keys = ON");
  {
    SQLite::Statement check(*db_, "PRAGMA foreign_keys");
    if (!check.executeStep() || check.getColumn(0).getInt() != 1) {
      return Status::Database("the SQLite library does not support foreign keys");
    }
  }
  ANKER_RETURN_IF_ERROR(store_internal::PrepareSchema(*db_, db_->getFilename()));
  // Only after the file proved to be ours: switching the journal mode writes
  // to it. In-memory and temporary databases have no file name and no WAL.
  const char* file_name = sqlite3_db_filename(db_->getHandle(), "main");
  if (file_name != nullptr && file_name[0] != '\0') {
    db_->exec("PRAGMA journal_mode = WAL");
    // With WAL, NORMAL still survives application crashes and is much faster
    // than FULL for imports; a power cut may lose the last import, not corrupt.
    db_->exec("PRAGMA synchronous = NORMAL");
  }
  return Status::Ok();
}

// --- Files ---

Result<std::optional<SourceFile>> Store::FindFile(const std::string& site, InputKind kind,
                                                  const std::string& path) {
  return Guarded(*db_, "look up " + path, [&]() -> Result<std::optional<SourceFile>> {
    SQLite::Statement query(*db_, std::string("SELECT ") + kSourceFileColumns +
                                      " FROM source_file WHERE site = ?1 AND kind = ?2 AND "
                                      "path = ?3");
    query.bind(1, site);
    query.bind(2, InputKindName(kind));
    query.bind(3, path);
    if (!query.executeStep()) return std::optional<SourceFile>();
    return std::optional<SourceFile>(ReadSourceFile(query));
  });
}

Result<ImportAction> Store::ImportFile(const SourceFile& file, const ImportBatch& batch) {
  return Guarded(*db_, "import " + file.path, [&]() -> Result<ImportAction> {
    ANKER_RETURN_IF_ERROR(store_internal::CheckBatchKind(file.kind, batch));
    // IMMEDIATE takes the write lock up front, so a concurrent run waits here
    // rather than failing halfway through with SQLITE_BUSY. Returning early
    // (unchanged or an error) rolls back in the Transaction's destructor.
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);

    ImportAction action = ImportAction::kAdded;
    std::optional<int64_t> old_id;
    {
      SQLite::Statement find(*db_,
                             "SELECT id, hash FROM source_file "
                             "WHERE site = ?1 AND kind = ?2 AND path = ?3");
      find.bind(1, file.site);
      find.bind(2, InputKindName(file.kind));
      find.bind(3, file.path);
      if (find.executeStep()) {
        if (find.getColumn(1).getString() == file.hash) return ImportAction::kUnchanged;
        old_id = find.getColumn(0).getInt64();
        action = ImportAction::kReplaced;
      }
    }
    if (old_id) {
      // The cascade removes every row the old version contributed.
      SQLite::Statement remove(*db_, "DELETE FROM source_file WHERE id = ?1");
      remove.bind(1, *old_id);
      remove.exec();
    }

    const int64_t file_id = InsertSourceFile(*db_, file);
    ANKER_RETURN_IF_ERROR(store_internal::WriteBatch(*db_, file_id, file, batch));
    tx.commit();
    return action;
  });
}

Result<std::vector<SourceFile>> Store::Files() {
  return Guarded(*db_, "list imported files", [&]() -> Result<std::vector<SourceFile>> {
    SQLite::Statement query(*db_, std::string("SELECT ") + kSourceFileColumns +
                                      " FROM source_file");
    std::vector<SourceFile> files;
    while (query.executeStep()) files.push_back(ReadSourceFile(query));
    // Sorted here rather than in SQL: the kinds go in the model's order
    // (visits, tallies, events, ...), not alphabetically by their names.
    std::sort(files.begin(), files.end(), [](const SourceFile& a, const SourceFile& b) {
      return std::tie(a.site, a.kind, a.path) < std::tie(b.site, b.kind, b.path);
    });
    return files;
  });
}

Result<std::set<std::string>> Store::EventIds(const std::string& site,
                                              const std::string& exclude_path) {
  return Guarded(*db_, "read event ids", [&]() -> Result<std::set<std::string>> {
    SQLite::Statement query(*db_,
                            "SELECT e.event_id FROM event e "
                            "JOIN source_file f ON f.id = e.file_id "
                            "WHERE e.site = ?1 AND NOT (f.kind = 'events' AND f.path = ?2)");
    query.bind(1, site);
    query.bind(2, exclude_path);
    std::set<std::string> ids;
    while (query.executeStep()) ids.insert(query.getColumn(0).getString());
    return ids;
  });
}


// --- Overlapping counter exports ---

Result<std::vector<std::pair<size_t, StoredVisit>>> Store::StoredVisitsFromOtherFiles(
    const std::string& site, const std::string& path, const std::vector<VisitCount>& visits) {
  using Hits = std::vector<std::pair<size_t, StoredVisit>>;
  return Guarded(*db_, "look for overlapping counter data", [&]() -> Result<Hits> {
    Hits hits;
    if (visits.empty()) return hits;
    int lo = visits[0].start.date.days(), hi = lo;
    for (const VisitCount& v : visits) {
      lo = std::min(lo, v.start.date.days());
      hi = std::max(hi, v.start.date.days());
    }
    const char* kOtherFile = "NOT (f.kind = 'visits' AND f.path = ?4)";
    // The common case, a new stretch of data, costs this one query.
    SQLite::Statement any(*db_, std::string("SELECT 1 FROM visit v JOIN source_file f ON f.id = v.file_id "
                                            "WHERE v.site = ?1 AND v.date BETWEEN ?2 AND ?3 AND ") +
                                    kOtherFile + " LIMIT 1");
    any.bind(1, site);
    any.bind(2, lo);
    any.bind(3, hi);
    any.bind(4, path);
    if (!any.executeStep()) return hits;
    SQLite::Statement find(*db_, std::string("SELECT f.path, v.line, v.in_count, v.out_count FROM visit v "
                                             "JOIN source_file f ON f.id = v.file_id "
                                             "WHERE v.site = ?1 AND v.date = ?2 AND v.minute = ?3 AND ") +
                                     kOtherFile + " AND v.sensor = ?5 LIMIT 1");
    find.bind(1, site);
    find.bind(4, path);
    for (size_t i = 0; i < visits.size(); ++i) {
      find.bind(2, visits[i].start.date.days());
      find.bind(3, visits[i].start.minute);
      find.bind(5, visits[i].sensor);
      if (find.executeStep()) {
        StoredVisit s;
        s.path = find.getColumn(0).getString();
        s.line = find.getColumn(1).getInt();
        s.in = find.getColumn(2).getInt64();
        s.out = store_internal::OptionalInt64(find.getColumn(3));
        hits.emplace_back(i, std::move(s));
      }
      find.reset();
    }
    return hits;
  });
}

// --- Hashing ---

Result<std::string> HashFile(const std::string& path) {
  try {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      return Status::IOError("cannot read " + path + ": is a directory");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    // Streamed in chunks: counter exports can be far larger than we want in memory.
    std::vector<char> buffer(1 << 16);
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const std::streamsize n = in.gcount();
      if (n > 0) engine.update(buffer.data(), static_cast<std::size_t>(n));
    }
    if (in.bad()) return Status::IOError("cannot read " + path + ": read error");
    return Poco::DigestEngine::digestToHex(engine.digest());
  } catch (const std::exception& e) {
    return Status::IOError("cannot read " + path + ": " + e.what());
  }
}

}  // namespace ankerbericht