// The database schema and its migrations.
//
// The schema version lives in PRAGMA user_version and our mark in PRAGMA
// application_id, both in the file header: they can be read without knowing
// any table, and they change inside the migration's transaction, so a failed
// migration leaves the old version behind.
#ifndef ANKERBERICHT_STORE_SCHEMA_H_
#define ANKERBERICHT_STORE_SCHEMA_H_

#include <string>

#include "util/status.h"

namespace SQLite {
class Database;
}

namespace ankerbericht::store_internal {

// "ANKB": marks a SQLite file as an ankerbericht database.
inline constexpr int kApplicationId = 0x414E4B42;

// The schema version this program writes (= number of migrations).
int CurrentSchemaVersion();

// The SQL that brings the schema from |version| to |version| + 1 (0 <= version
// < CurrentSchemaVersion()). For tests that build a database of an older version.
const char* MigrationScript(int version);

// Checks that |db| is empty or ours and not newer than this program, then runs
// the missing migrations, each in its own transaction. |path| is for messages.
// May throw SQLite::Exception; the caller turns that into a Status.
Status PrepareSchema(SQLite::Database& db, const std::string& path);

// For a reader that must not write: checks that |db| is ours and exactly at
// the current version. Returns false for an empty database (nothing imported
// yet). Fails with kDatabase naming what to do when the schema is older or
// newer. May throw SQLite::Exception.
Result<bool> CheckSchema(SQLite::Database& db, const std::string& path);

}  // namespace ankerbericht::store_internal

#endif  // ANKERBERICHT_STORE_SCHEMA_H_
