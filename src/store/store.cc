#include "store/store.h"

// Opening, migrating and importing; the queries are in store_queries.cc.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

#include "store/batch_writer.h"
#include "store/import_session.h"
#include "store/schema.h"
#include "store/sql_util.h"
#include "store/store.h"
#include "util/sha256.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

using store_internal::CorruptData;
using store_internal::Guarded;

// A second writer (another ankerbericht run on the same workspace) waits this
// long for the lock instead of failing at once.
constexpr int kBusyTimeoutMs = 5000;

// --- source_file ---

constexpr const char* kSourceFileColumns =
    "site, kind, path, format, hash, encoding, rows_read, rows_imported, rows_rejected, "
    "rejected_text, imported_at, mapping";

// The table that holds the records of a file of |kind|.
const char* RecordTable(InputKind kind) {
  switch (kind) {
    case InputKind::kVisits:
      return "visit";
    case InputKind::kTallies:
      return "tally";
    case InputKind::kEvents:
      return "event";
    case InputKind::kFeedback:
      return "feedback";
    case InputKind::kNotes:
      return "note";
    case InputKind::kVotes:
      return "vote";
  }
  return "visit";
}

SourceFile ReadSourceFile(SQLite::Statement& stmt) {
  SourceFile f;
  f.site = stmt.getColumn(0).getString();
  const std::string kind = stmt.getColumn(1).getString();
  std::optional<InputKind> parsed = ParseInputKind(kind);
  if (!parsed) throw CorruptData(CliWords().Format("store.corrupt.kind", {{"kind", kind}}));
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
  f.mapping = stmt.getColumn(11).getString();
  return f;
}

// |path| for an SQLite URI ("file:...?immutable=1"): every byte but the
// unreserved ones and "/" percent-encoded, so "?" or "#" in a folder name
// cannot end the path.
std::string UriPath(const std::string& path) {
  std::string out;
  for (unsigned char c : std::filesystem::absolute(path).string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// Why opening |path| failed, the same for writers and readers.
Status OpenError(const std::string& path, const std::exception& e) {
  // SQLite opens lazily; garbage shows up at the first read of the header.
  const auto* sqlite = dynamic_cast<const SQLite::Exception*>(&e);
  if (sqlite != nullptr && sqlite->getErrorCode() == SQLITE_NOTADB) {
    return Status::Database(CliWords().Format("store.not_sqlite", {{"path", path}}));
  }
  return Status::Database(
      CliWords().Format("store.cannot_open", {{"path", path}, {"reason", e.what()}}));
}

}  // namespace

// --- Opening ---

Store::Store(std::unique_ptr<SQLite::Database> db) : db_(std::move(db)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  try {
    // The database holds free text (feedback answers, notes): a new file is
    // created for its owner only. SQLite gives its -wal and -shm files the
    // same mode.
    if (path != ":memory:" && !path.empty()) {
      int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd >= 0) ::close(fd);
    }
    auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                 kBusyTimeoutMs);
    std::unique_ptr<Store> store(new Store(std::move(db)));
    ANKER_RETURN_IF_ERROR(store->Migrate());
    return Result<std::unique_ptr<Store>>(std::move(store));
  } catch (const std::exception& e) {
    return OpenError(path, e);
  }
}

Result<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path) {
  std::error_code ec;
  // Nothing imported yet: an empty database, as if it had just been created.
  if (!std::filesystem::exists(path, ec)) return Open(":memory:");
  try {
    std::unique_ptr<SQLite::Database> db =
        std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
    Result<bool> ours = [&]() -> Result<bool> {
      try {
        return store_internal::CheckSchema(*db, path);
      } catch (const SQLite::Exception& e) {
        // A reader of a WAL database needs the -shm file; in a read-only
        // folder it cannot be created. With no pending WAL content nobody
        // can be writing there, and the file may be read as immutable.
        if (e.getErrorCode() != SQLITE_CANTOPEN && e.getErrorCode() != SQLITE_READONLY) throw;
        if (std::filesystem::file_size(path + "-wal", ec) > 0 && !ec) {
          return Status::Database(CliWords().Format("store.pending_wal", {{"path", path}}));
        }
        db = std::make_unique<SQLite::Database>("file:" + UriPath(path) + "?immutable=1",
                                                SQLite::OPEN_READONLY | SQLite::OPEN_URI,
                                                kBusyTimeoutMs);
        return store_internal::CheckSchema(*db, path);
      }
    }();
    if (!ours.ok()) return ours.status();
    if (!*ours) return Open(":memory:");
    return Result<std::unique_ptr<Store>>(std::unique_ptr<Store>(new Store(std::move(db))));
  } catch (const std::exception& e) {
    return OpenError(path, e);
  }
}

Status Store::Migrate() {
  // Per connection and outside any transaction, so it is set first. Without it
  // SQLite ignores the ON DELETE CASCADE that replacing a file relies on.
  db_->exec("PRAGMA foreign_keys = ON");
  {
    SQLite::Statement check(*db_, "PRAGMA foreign_keys");
    if (!check.executeStep() || check.getColumn(0).getInt() != 1) {
      return Status::Database(CliWords()("store.no_foreign_keys"));
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
    // A 16 MB page cache (default 2 MB): a large counter export is one
    // transaction whose index pages would otherwise be spilled to the WAL
    // and read back again and again. It is a cap, so memory stays flat.
    db_->exec("PRAGMA cache_size = -16384");
  }
  // Statement journals (each multi-row INSERT of a large import keeps one, to
  // undo itself on a constraint failure) stay in memory instead of spilling
  // to a temporary file: they hold the pages of one statement, a few KB.
  db_->exec("PRAGMA temp_store = MEMORY");
  return Status::Ok();
}

// --- Files ---

Result<std::optional<SourceFile>> Store::FindFile(const std::string& site, InputKind kind,
                                                  const std::string& path) {
  return Guarded(*db_, CliWords().Format("store.what.look_up", {{"path", path}}),
                 [&]() -> Result<std::optional<SourceFile>> {
                   SQLite::Statement query(
                       *db_, std::string("SELECT ") + kSourceFileColumns +
                                 " FROM source_file WHERE site = ?1 AND kind = ?2 AND "
                                 "path = ?3");
                   query.bind(1, site);
                   query.bind(2, InputKindName(kind));
                   query.bind(3, path);
                   if (!query.executeStep()) return std::optional<SourceFile>();
                   return std::optional<SourceFile>(ReadSourceFile(query));
                 });
}

Result<std::optional<SourceFile>> Store::FindSameContent(const std::string& site, InputKind kind,
                                                         const std::string& hash,
                                                         const std::string& path) {
  return Guarded(*db_, CliWords().Format("store.what.look_up", {{"path", path}}),
                 [&]() -> Result<std::optional<SourceFile>> {
                   SQLite::Statement query(
                       *db_,
                       std::string("SELECT ") + kSourceFileColumns +
                           " FROM source_file WHERE site = ?1 AND kind = ?2 AND hash = ?3 AND "
                           "path != ?4 ORDER BY path LIMIT 1");
                   query.bind(1, site);
                   query.bind(2, InputKindName(kind));
                   query.bind(3, hash);
                   query.bind(4, path);
                   if (!query.executeStep()) return std::optional<SourceFile>();
                   return std::optional<SourceFile>(ReadSourceFile(query));
                 });
}

Result<std::unique_ptr<ImportSession>> Store::BeginImport(const SourceFile& file, bool reread) {
  std::unique_ptr<ImportSession> session(new ImportSession(db_.get(), file, reread));
  ANKER_RETURN_IF_ERROR(session->Begin());
  return Result<std::unique_ptr<ImportSession>>(std::move(session));
}

Result<ImportAction> Store::ImportFile(const SourceFile& file, const ImportBatch& batch) {
  Result<std::unique_ptr<ImportSession>> session = BeginImport(file);
  if (!session.ok()) return session.status();
  if ((*session)->action() != ImportAction::kUnchanged)
    ANKER_RETURN_IF_ERROR((*session)->Write(batch));
  return (*session)->Commit(file);
}

Status Store::AdoptMapping(const std::string& site, InputKind kind, const std::string& path,
                           const std::string& mapping) {
  return Guarded(
      *db_, CliWords().Format("store.what.record_mapping", {{"path", path}}), [&]() -> Status {
        SQLite::Statement update(
            *db_,
            "UPDATE source_file SET mapping = ?4 WHERE site = ?1 AND kind = ?2 AND path = ?3 "
            "AND mapping = ''");
        update.bind(1, site);
        update.bind(2, InputKindName(kind));
        update.bind(3, path);
        update.bind(4, mapping);
        update.exec();
        return Status::Ok();
      });
}

Result<std::vector<SourceFile>> Store::Files() {
  return Guarded(
      *db_, CliWords()("store.what.list_files"), [&]() -> Result<std::vector<SourceFile>> {
        SQLite::Statement query(*db_,
                                std::string("SELECT ") + kSourceFileColumns + " FROM source_file");
        std::vector<SourceFile> files;
        while (query.executeStep()) files.push_back(ReadSourceFile(query));
        // Each file feeds the one table of its kind; the file_id indexes make
        // this one short lookup per file. Counter readings have no file index
        // (schema version 5): their file keeps its day range instead, which a
        // MIN/MAX over the readings would find only by scanning all of them.
        for (SourceFile& f : files) {
          SQLite::Statement span(
              *db_, f.kind == InputKind::kVisits
                        ? std::string("SELECT visit_first_date, visit_last_date FROM source_file"
                                      " WHERE site = ?1 AND kind = ?2 AND path = ?3")
                        : std::string("SELECT MIN(date), MAX(date) FROM ") + RecordTable(f.kind) +
                              " WHERE file_id = (SELECT id FROM source_file"
                              " WHERE site = ?1 AND kind = ?2 AND path = ?3)");
          span.bind(1, f.site);
          span.bind(2, InputKindName(f.kind));
          span.bind(3, f.path);
          if (span.executeStep() && !span.getColumn(0).isNull()) {
            f.first_date = store_internal::DateColumn(span.getColumn(0));
            f.last_date = store_internal::DateColumn(span.getColumn(1));
          }
        }
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
  return Guarded(*db_, CliWords()("store.what.event_ids"), [&]() -> Result<std::set<std::string>> {
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

// --- rendered_report ---

Result<std::optional<std::string>> Store::RenderedFingerprint(const std::string& output) {
  return Guarded(*db_, CliWords().Format("store.what.look_up_report", {{"path", output}}),
                 [&]() -> Result<std::optional<std::string>> {
                   SQLite::Statement query(
                       *db_, "SELECT fingerprint FROM rendered_report WHERE output = ?1");
                   query.bind(1, output);
                   if (!query.executeStep()) return std::optional<std::string>();
                   return std::optional<std::string>(query.getColumn(0).getString());
                 });
}

Status Store::SetRenderedFingerprint(const std::string& output, const std::string& fingerprint) {
  Result<bool> done = Guarded(
      *db_, CliWords().Format("store.what.note_report", {{"path", output}}), [&]() -> Result<bool> {
        SQLite::Statement update(
            *db_, "INSERT OR REPLACE INTO rendered_report (output, fingerprint) VALUES (?1, ?2)");
        update.bind(1, output);
        update.bind(2, fingerprint);
        update.exec();
        return true;
      });
  return done.ok() ? Status::Ok() : done.status();
}

// --- Hashing ---

Result<std::string> HashFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::IOError(CliWords().Format(
        "cli.file.cannot_read", {{"path", path}, {"reason", CliWords()("cli.file.is_folder")}}));
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::IOError(CliWords().Format("cli.file.cannot_read",
                                             {{"path", path}, {"reason", std::strerror(errno)}}));
  }
  Sha256 sha;
  // Streamed in chunks: counter exports can be far larger than we want in memory.
  std::vector<char> buffer(1 << 18);
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      return Status::IOError(CliWords().Format("cli.file.cannot_read",
                                               {{"path", path}, {"reason", std::strerror(err)}}));
    }
    if (n == 0) break;
    sha.Update(std::string_view(buffer.data(), static_cast<size_t>(n)));
  }
  ::close(fd);
  return sha.HexDigest();
}

}  // namespace ankerbericht