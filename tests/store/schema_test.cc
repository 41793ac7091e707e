#include "store/schema.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/codec.h"
#include "store/store.h"
#include "store/store_test_helpers.h"

// The tests reach for SQLiteCpp directly only to build foreign or future
// database files and to count rows the Store's API does not expose (orphans).

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

// --- Files on disk ---

int64_t CountRows(const std::string& db_path, const std::string& table) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT COUNT(*) FROM " + table).getInt64();
}

int64_t TotalIn(Store* store, const std::string& site) {
  int64_t total = 0;
  for (const DayCount& d : Unwrap(store->CounterDays(site, kFrom, kTo))) total += d.count;
  return total;
}

TEST(StoreFileTest, CascadeLeavesNoOrphans) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_OK(store.status());
    FeedbackResponse r;
    r.date = D(2026, 4, 1);
    r.answers = {{"q1", "1"}, {"q2", "2"}, {"q3", "3"}};
    ImportBatch fb;
    fb.feedback = {r, r};
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kFeedback, "fb", "1"), fb).status());
    Note n;
    n.sections = {{"a", "b", 1}};
    n.tags = {"x", "y"};
    n.actions = {{"t", false, "", std::nullopt, 3}};
    ImportBatch notes;
    notes.notes = {n};
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kNotes, "n", "1"), notes).status());
  }
  EXPECT_EQ(6, CountRows(path, "feedback_answer"));
  EXPECT_EQ(2, CountRows(path, "note_tag"));
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_OK(store.status());
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kFeedback, "fb", "2"), {}).status());
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kNotes, "n", "2"), {}).status());
  }
  EXPECT_EQ(0, CountRows(path, "feedback"));
  EXPECT_EQ(0, CountRows(path, "feedback_answer"));
  EXPECT_EQ(0, CountRows(path, "note"));
  EXPECT_EQ(0, CountRows(path, "note_section"));
  EXPECT_EQ(0, CountRows(path, "note_tag"));
  EXPECT_EQ(0, CountRows(path, "note_action"));
}

TEST(StoreFileTest, ReopenKeepsDataAndVersion) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  ImportBatch batch;
  batch.visits = {Visit("", D(2026, 3, 2), 600, 5, 0, 2)};
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_OK(store.status());
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kVisits, "z", "1"), batch).status());
  }
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_OK(store.status());
    std::vector<DayCount> days = Unwrap((*store)->CounterDays("A", kFrom, kTo));
    ASSERT_EQ(1u, days.size());
    EXPECT_EQ(5, days[0].count);
    EXPECT_EQ(ImportAction::kUnchanged,
              Unwrap((*store)->ImportFile(MakeFile("A", InputKind::kVisits, "z", "1"), batch)));
  }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(store_internal::CurrentSchemaVersion(), db.execAndGet("PRAGMA user_version").getInt());
  EXPECT_EQ(store_internal::kApplicationId, db.execAndGet("PRAGMA application_id").getInt());
  EXPECT_EQ("wal", db.execAndGet("PRAGMA journal_mode").getString());
}

// A database written by the version before the keyed counter table (4): its
// readings move into the keyed table, and replacing a file afterwards still
// removes exactly that file's readings (by the day range the migration noted).
TEST(StoreFileTest, MigrationToKeyedReadingsKeepsThemAndTheirFiles) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (int v = 0; v < 4; ++v) db.exec(store_internal::MigrationScript(v));
    db.exec("PRAGMA application_id = " + std::to_string(store_internal::kApplicationId));
    db.exec("PRAGMA user_version = 4");
    db.exec(
        "INSERT INTO source_file (id, site, kind, path, format, hash, encoding, rows_read, "
        "rows_imported, "
        "rows_rejected, rejected_text, imported_at) VALUES "
        "(1, 'A', 'visits', 'a.csv', 'csv', 'h1', 'UTF-8', 2, 2, 0, '', ''), "
        "(2, 'A', 'visits', 'b.csv', 'csv', 'h2', 'UTF-8', 1, 1, 0, '', '')");
    const int64_t day = D(2026, 3, 2).days();
    db.exec(
        "INSERT INTO visit (file_id, site, sensor, date, minute, interval_minutes, in_count, "
        "out_count, line) "
        "VALUES (1, 'A', 'Tor', " +
        std::to_string(day) +
        ", 600, 15, 5, NULL, 2), "
        "(1, 'A', 'Tor', " +
        std::to_string(day + 30) +
        ", 600, 15, 7, 1, 3), "
        "(2, 'A', 'Hof', " +
        std::to_string(day + 10) + ", 615, 15, 100, 0, 2)");
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_OK(store.status());
  EXPECT_EQ(112, TotalIn(store->get(), "A"));
  std::vector<HourCount> hours = Unwrap((*store)->CounterHours("A", kFrom, kTo));
  ASSERT_EQ(3u, hours.size());
  EXPECT_EQ(10, hours[1].hour);
  EXPECT_EQ(100, hours[1].count);

  ImportBatch replacement;
  replacement.visits = {Visit("Tor", D(2026, 3, 20), 600, 9, 0, 2)};
  EXPECT_EQ(
      ImportAction::kReplaced,
      Unwrap((*store)->ImportFile(MakeFile("A", InputKind::kVisits, "a.csv", "h3"), replacement)));
  EXPECT_EQ(109, TotalIn(store->get(), "A"));  // b.csv's 100 (inside a.csv's old range) stay
  store->reset();
  EXPECT_EQ(2, CountRows(path, "visit"));
}

// Databases written before IN and OUT of an Eco-Visio channel were one
// sensor hold "<name> IN" and "<name> OUT" as two sensors, both counted as
// visits (IN 12 + OUT 4 = 16). The migration keeps the entries as visits and
// the exits as exits; other files' sensors that end in "out" stay as they are.
TEST(StoreFileTest, MigrationMakesEcoVisioOutChannelsExits) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  const int64_t day = D(2026, 3, 2).days();
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    for (int v = 0; v < 6; ++v) db.exec(store_internal::MigrationScript(v));
    db.exec("PRAGMA application_id = " + std::to_string(store_internal::kApplicationId));
    db.exec("PRAGMA user_version = 6");
    db.exec(
        "INSERT INTO source_file (id, site, kind, path, format, hash, encoding, rows_read, "
        "rows_imported, "
        "rows_rejected, rejected_text, imported_at, visit_first_date, visit_last_date) VALUES "
        "(1, 'A', 'visits', 'eco.csv', 'ecovisio', 'h1', 'UTF-8', 2, 2, 0, '', '', " +
        std::to_string(day) + ", " + std::to_string(day) +
        "), "
        "(2, 'A', 'visits', 'own.csv', 'csv', 'h2', 'UTF-8', 1, 1, 0, '', '', " +
        std::to_string(day) + ", " + std::to_string(day) + ")");
    const std::string d = std::to_string(day);
    db.exec(
        "INSERT INTO visit (site, date, sensor, minute, interval_minutes, in_count, out_count, "
        "file_id, line) VALUES "
        "('A', " +
        d +
        ", 'Lusen IN', 600, 60, 12, NULL, 1, 4), "
        "('A', " +
        d +
        ", 'Lusen OUT', 600, 60, 4, NULL, 1, 4), "
        "('A', " +
        d +
        ", 'Lusen IN', 660, 60, 7, NULL, 1, 5), "
        "('A', " +
        d +
        ", 'Lusen OUT', 720, 60, 2, NULL, 1, 6), "
        "('A', " +
        d +
        ", 'Waldhaus OUT', 600, 60, 3, NULL, 1, 4), "
        "('A', " +
        d + ", 'Hintertür Out', 600, 60, 5, NULL, 2, 2)");
    db.exec("INSERT INTO visit_day (site, date, in_count, hours) VALUES ('A', " + d +
            ", 33, ',,,,,,,,,,24,7,2,,,,,,,,,,,')");
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_OK(store.status());
  EXPECT_EQ(12 + 7 + 5, TotalIn(store->get(), "A"));  // was 12 + 4 + 7 + 2 + 3 + 5
  std::vector<HourCount> hours = Unwrap((*store)->CounterHours("A", kFrom, kTo));
  std::map<int, int64_t> by_hour;
  for (const HourCount& h : hours) by_hour[h.hour] += h.count;
  EXPECT_EQ(12 + 5, by_hour[10]);
  EXPECT_EQ(7, by_hour[11]);
  EXPECT_EQ(0, by_hour[12]);
  store->reset();

  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement rows(
      db,
      "SELECT sensor, minute, in_count, IFNULL(out_count, -1) FROM visit ORDER BY sensor, minute");
  std::vector<std::string> got;
  while (rows.executeStep()) {
    got.push_back(rows.getColumn(0).getString() + " " + std::to_string(rows.getColumn(1).getInt()) +
                  " " + std::to_string(rows.getColumn(2).getInt64()) + "/" +
                  std::to_string(rows.getColumn(3).getInt64()));
  }
  EXPECT_EQ(got,
            (std::vector<std::string>{"Hintertür Out 600 5/-1", "Lusen 600 12/4", "Lusen 660 7/-1",
                                      "Lusen 720 0/2", "Waldhaus OUT 600 0/3"}));
}

TEST(StoreFileTest, RefusesFileThatIsNotSqlite) {
  ScopedTempDir dir;
  std::string garbage(4096, '\0');
  for (size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7 + 3);
  const std::string path = dir.Write("bericht.pdf", "%PDF-1.4 not a database\n" + garbage);
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(Status::Code::kDatabase, store.status().code());
  EXPECT_EQ(path + " ist keine Datenbank von ankerbericht (keine SQLite-Datei)",
            store.status().message());
  // And the file was left alone.
  EXPECT_EQ("%PDF-1.4 not a database\n" + garbage, ::ankerbericht::testing::ReadFileToString(path));
}

TEST(StoreFileTest, RefusesSqliteFileOfAnotherProgram) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "other.db").string();
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE kunden (name TEXT)");
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(Status::Code::kDatabase, store.status().code());
  EXPECT_NE(std::string::npos, store.status().message().find("keine Datenbank von ankerbericht"))
      << store.status().message();
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_FALSE(db.tableExists("source_file"));
}

TEST(StoreFileTest, RefusesNewerSchemaVersion) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  ASSERT_OK(Store::Open(path).status());
  const int newer = store_internal::CurrentSchemaVersion() + 1;
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(newer));
  }
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(Status::Code::kDatabase, store.status().code());
  EXPECT_EQ("Datenbankversion " + std::to_string(newer) + " ist neuer als dieses Programm (" +
                std::to_string(newer - 1) + "); bitte ankerbericht aktualisieren",
            store.status().message());
}

TEST(StoreFileTest, UnopenablePathIsDatabaseError) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "missing" / "anker.db").string();
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(Status::Code::kDatabase, store.status().code());
  EXPECT_NE(std::string::npos, store.status().message().find(path)) << store.status().message();
}

// The database holds free text (feedback answers, notes): it was created
// world-readable (issue 18.7). Now its owner alone may read it, and SQLite
// gives the -wal and -shm files the same mode.
TEST(StoreFileTest, NewDatabaseIsReadableByItsOwnerOnly) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_OK(store.status());
  ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kVotes, "v.csv", "1"), {}).status());
  for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
    ASSERT_TRUE(fs::exists(file)) << file;
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write)
        << file;
  }
}

TEST(StoreFileTest, ReadOnlyOpenCreatesNothing) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  Result<std::unique_ptr<Store>> store = Store::OpenReadOnly(path);
  ASSERT_OK(store.status());
  EXPECT_TRUE(Unwrap((*store)->Files()).empty());
  EXPECT_FALSE(fs::exists(path));
}

TEST(StoreFileTest, ReadOnlyOpenReadsWhatWasWritten) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  {
    Result<std::unique_ptr<Store>> store = Store::Open(path);
    ASSERT_OK(store.status());
    ASSERT_OK((*store)->ImportFile(MakeFile("A", InputKind::kVotes, "v.csv", "1"), {}).status());
  }
  Result<std::unique_ptr<Store>> reader = Store::OpenReadOnly(path);
  ASSERT_OK(reader.status());
  EXPECT_EQ(Unwrap((*reader)->Files()).size(), 1u);
  // It cannot write, even by mistake.
  EXPECT_FALSE((*reader)->ImportFile(MakeFile("A", InputKind::kVotes, "w.csv", "1"), {}).ok());
}

// A reader never migrates: it says what to do instead (a read-only
// workspace could not be migrated anyway).
TEST(StoreFileTest, ReadOnlyOpenOfAnOlderSchemaSaysWhatToDo) {
  ScopedTempDir dir;
  const std::string path = (dir.path() / "anker.db").string();
  ASSERT_OK(Store::Open(path).status());
  const int older = store_internal::CurrentSchemaVersion() - 1;
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("PRAGMA user_version = " + std::to_string(older));
  }
  Result<std::unique_ptr<Store>> reader = Store::OpenReadOnly(path);
  ASSERT_FALSE(reader.ok());
  EXPECT_EQ(reader.status().message(),
            path + " wurde von einem älteren ankerbericht geschrieben (Datenbankversion " +
                std::to_string(older) + ", jetzt " + std::to_string(older + 1) +
                "); bitte einmal `ankerbericht run` oder ein import starten, um sie zu "
                "aktualisieren");
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), older);
}

}  // namespace
}  // namespace ankerbericht
