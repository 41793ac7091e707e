#include "store/schema.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <string>
#include <vector>

#include "util/strings.h"

namespace ankerbericht::store_internal {

namespace {

// Migration i brings the schema from version i to i + 1. Never edit a script
// that has shipped: databases in the field already ran it. Append a new one.
//
// Dates are days since 1970-01-01 (Date::days()), times minutes since midnight.
// Every data row belongs to the source_file it came from, so replacing or
// dropping a file is one DELETE and the cascade removes exactly its rows
// (counter readings excepted since version 5: see there).
// Lists and maps are JSON text (store/codec.h).
// The daily totals and hour sums of visit_day summed from the readings, as
// migrations 5 -> 6 and 6 -> 7 both do (FROM and WHERE follow). Frozen with
// them: store/sql_util.h's HourSumsSql() may change for new queries, this may
// not.
const std::string kSumVisitDays = R"sql(
INSERT INTO visit_day (site, date, in_count, hours)
SELECT site, date, SUM(in_count), printf('%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s',
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 0 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 1 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 2 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 3 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 4 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 5 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 6 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 7 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 8 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 9 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 10 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 11 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 12 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 13 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 14 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 15 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 16 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 17 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 18 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 19 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 20 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 21 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 22 THEN in_count END),
  SUM(CASE WHEN interval_minutes <= 60 AND minute / 60 = 23 THEN in_count END))
)sql";

const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> kMigrations = {
      // 0 -> 1: the initial schema.
      R"sql(
CREATE TABLE source_file (
  id INTEGER PRIMARY KEY,
  site TEXT NOT NULL,
  kind TEXT NOT NULL,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  hash TEXT NOT NULL,
  encoding TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_imported INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  rejected_text TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (site, kind, path)
);

CREATE TABLE visit (
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  sensor TEXT NOT NULL,
  date INTEGER NOT NULL,
  minute INTEGER NOT NULL,
  interval_minutes INTEGER NOT NULL,
  in_count INTEGER NOT NULL,
  out_count INTEGER,
  line INTEGER NOT NULL
);
-- Covers CounterDays/CounterHours completely, so those never touch the table.
CREATE INDEX visit_site_date ON visit (site, date, minute, in_count);
-- Without it, deleting any source_file row would scan all visits for the cascade.
CREATE INDEX visit_file ON visit (file_id);

CREATE TABLE tally (
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  date INTEGER NOT NULL,
  slot_start INTEGER,
  slot_end INTEGER,
  count INTEGER NOT NULL,
  age_counts TEXT NOT NULL,
  line INTEGER NOT NULL
);
CREATE INDEX tally_site_date ON tally (site, date);
CREATE INDEX tally_file ON tally (file_id);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  event_id TEXT NOT NULL,
  date INTEGER NOT NULL,
  start INTEGER,
  "end" INTEGER,
  title TEXT NOT NULL,
  format TEXT NOT NULL,
  topics TEXT NOT NULL,
  target_groups TEXT NOT NULL,
  speakers TEXT NOT NULL,
  partners TEXT NOT NULL,
  registrations INTEGER,
  participants INTEGER,
  capacity INTEGER,
  location TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('held', 'cancelled')),
  age_counts TEXT NOT NULL,
  line INTEGER NOT NULL,
  UNIQUE (site, event_id)
);
CREATE INDEX event_site_date ON event (site, date);
CREATE INDEX event_file ON event (file_id);

CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  response_id TEXT NOT NULL,
  date INTEGER NOT NULL,
  event_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('paper', 'digital')),
  line INTEGER NOT NULL
);
CREATE INDEX feedback_site_date ON feedback (site, date);
CREATE INDEX feedback_file ON feedback (file_id);

CREATE TABLE feedback_answer (
  feedback_id INTEGER NOT NULL REFERENCES feedback(id) ON DELETE CASCADE,
  item TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (feedback_id, item)
);

CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  date INTEGER NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  event_ids TEXT NOT NULL,
  authors TEXT NOT NULL,
  quote_consent INTEGER NOT NULL
);
CREATE INDEX note_site_date ON note (site, date);
CREATE INDEX note_file ON note (file_id);

-- position keeps the order of the note's text.
CREATE TABLE note_section (
  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (note_id, position)
);

CREATE TABLE note_tag (
  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag TEXT NOT NULL,
  PRIMARY KEY (note_id, position)
);

CREATE TABLE note_action (
  note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  done INTEGER NOT NULL,
  owner TEXT NOT NULL,
  due INTEGER,
  line INTEGER NOT NULL,
  PRIMARY KEY (note_id, position)
);

CREATE TABLE vote (
  file_id INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  site TEXT NOT NULL,
  date INTEGER NOT NULL,
  wish TEXT NOT NULL,
  dots INTEGER NOT NULL,
  line INTEGER NOT NULL
);
CREATE INDEX vote_site_date ON vote (site, date);
CREATE INDEX vote_file ON vote (file_id);
)sql",
      // 1 -> 2: the sensor joins the counter index. Overlapping exports are
      // checked per sensor and day while a file is imported in chunks
      // (store/import_session.cc); the index still covers CounterDays and
      // CounterHours, and a table has no more indexes to maintain than before.
      R"sql(
DROP INDEX visit_site_date;
CREATE INDEX visit_site_date_sensor ON visit (site, date, sensor, minute, in_count);
)sql",
      // 2 -> 3: the interval joins the counter index, so that CounterHours
      // can leave out daily totals (which belong to no hour) and still never
      // touch the table.
      R"sql(
DROP INDEX visit_site_date_sensor;
CREATE INDEX visit_site_date_sensor_interval ON visit (site, date, sensor, minute, interval_minutes, in_count);
)sql",
      // 3 -> 4: feedback by response id, and files by content. A response a
      // survey tool exported twice (in two files) counts once, and the same
      // bytes under another name add nothing (import/import_run.cc,
      // app/workspace.cc); both are looked up while importing.
      R"sql(
CREATE INDEX feedback_site_response ON feedback (site, response_id);
CREATE INDEX source_file_hash ON source_file (site, kind, hash);
)sql",
      // 4 -> 5: counter readings keyed by what identifies them. The overlap
      // rules (import/visit_overlaps.h) leave one reading per site, sensor,
      // day and start minute, so that is the primary key of a WITHOUT ROWID
      // table: the readings are stored once, with no second copy in an index.
      // Sensor before day: an export appends to each sensor's series, so an
      // import writes at the end of a few key ranges instead of all over the
      // table; the queries read a day range per sensor (sql_util.h,
      // kVisitSensorsOfSite). The file index and the foreign key go (they
      // were a third of the database and a parent lookup per row); a file's
      // readings are deleted by its day range instead, kept in source_file
      // (store/import_session.cc).
      R"sql(
ALTER TABLE source_file ADD COLUMN visit_first_date INTEGER;
ALTER TABLE source_file ADD COLUMN visit_last_date INTEGER;
UPDATE source_file SET
  visit_first_date = (SELECT MIN(date) FROM visit WHERE file_id = source_file.id),
  visit_last_date = (SELECT MAX(date) FROM visit WHERE file_id = source_file.id)
  WHERE kind = 'visits';
CREATE TABLE visit_keyed (
  site TEXT NOT NULL,
  date INTEGER NOT NULL,
  sensor TEXT NOT NULL,
  minute INTEGER NOT NULL,
  interval_minutes INTEGER NOT NULL,
  in_count INTEGER NOT NULL,
  out_count INTEGER,
  file_id INTEGER NOT NULL,
  line INTEGER NOT NULL,
  PRIMARY KEY (site, sensor, date, minute)
) WITHOUT ROWID;
INSERT INTO visit_keyed (site, date, sensor, minute, interval_minutes, in_count, out_count, file_id, line)
  SELECT site, date, sensor, minute, interval_minutes, in_count, out_count, file_id, line FROM visit
  ORDER BY site, sensor, date, minute;
DROP TABLE visit;
ALTER TABLE visit_keyed RENAME TO visit;
)sql",
      // 5 -> 6: counter totals per site and day, beside the readings. A
      // report reads a day's total and its 24 hour sums from one row instead
      // of every reading, so the history of all stored half-years costs a row
      // per day, not per reading. |hours| is "h0,h1,..,h23": the sum of the
      // readings of an hour or less starting in that hour, empty for an hour
      // without any (store/sql_util.h). The import keeps the table
      // (store/import_session.cc: readings written are added, a replaced
      // file's days are summed again from the readings left).
      R"sql(
CREATE TABLE visit_day (
  site TEXT NOT NULL,
  date INTEGER NOT NULL,
  in_count INTEGER NOT NULL,
  hours TEXT NOT NULL,
  PRIMARY KEY (site, date)
) WITHOUT ROWID;
)sql" + kSumVisitDays +
          R"sql(FROM visit GROUP BY site, date;
)sql",
      // 6 -> 7: Eco-Visio IN and OUT channels of one name are one sensor
      // whose visits are the entries; its exits are kept as exits
      // (import/ecovisio_mapper.cc). Before, "<name> IN" and "<name> OUT" were
      // two sensors and both counted as visits. Per file and minute the OUT
      // reading becomes the exits of the IN reading, which takes the shared
      // name; an OUT reading without its IN reading, and an OUT channel
      // without an IN channel, keep their people as exits (0 entries). The
      // daily totals of the days concerned are summed again.
      R"sql(
CREATE TEMP TABLE eco_file AS SELECT id FROM source_file WHERE format = 'ecovisio';
CREATE TEMP TABLE eco_pair AS
  SELECT DISTINCT i.file_id, i.site, i.sensor AS in_sensor, o.sensor AS out_sensor,
         substr(i.sensor, 1, length(i.sensor) - 3) AS base
  FROM (SELECT DISTINCT file_id, site, sensor FROM visit
        WHERE sensor LIKE '% in' AND file_id IN (SELECT id FROM eco_file)) i
  JOIN (SELECT DISTINCT file_id, site, sensor FROM visit
        WHERE sensor LIKE '% out' AND file_id IN (SELECT id FROM eco_file)) o
    ON o.file_id = i.file_id AND o.site = i.site
   AND lower(substr(o.sensor, 1, length(o.sensor) - 4)) = lower(substr(i.sensor, 1, length(i.sensor) - 3));
CREATE TEMP TABLE eco_day AS
  SELECT DISTINCT site, date FROM visit WHERE file_id IN (SELECT id FROM eco_file);
UPDATE visit SET out_count = (
    SELECT o.in_count FROM eco_pair p JOIN visit o
      ON o.site = p.site AND o.sensor = p.out_sensor AND o.date = visit.date AND o.minute = visit.minute
     AND o.file_id = p.file_id
    WHERE p.site = visit.site AND p.in_sensor = visit.sensor AND p.file_id = visit.file_id)
  WHERE EXISTS (SELECT 1 FROM eco_pair p WHERE p.site = visit.site AND p.in_sensor = visit.sensor
                AND p.file_id = visit.file_id);
INSERT INTO visit (site, date, sensor, minute, interval_minutes, in_count, out_count, file_id, line)
  SELECT o.site, o.date, p.base, o.minute, o.interval_minutes, 0, o.in_count, o.file_id, o.line
  FROM visit o JOIN eco_pair p ON p.site = o.site AND p.out_sensor = o.sensor AND p.file_id = o.file_id
  WHERE NOT EXISTS (SELECT 1 FROM visit i WHERE i.site = o.site AND i.sensor = p.in_sensor AND i.date = o.date
                    AND i.minute = o.minute);
DELETE FROM visit WHERE EXISTS (SELECT 1 FROM eco_pair p WHERE p.site = visit.site
                                AND p.out_sensor = visit.sensor AND p.file_id = visit.file_id);
UPDATE visit SET sensor = (SELECT p.base FROM eco_pair p WHERE p.site = visit.site AND p.in_sensor = visit.sensor
                           AND p.file_id = visit.file_id)
  WHERE EXISTS (SELECT 1 FROM eco_pair p WHERE p.site = visit.site AND p.in_sensor = visit.sensor
                AND p.file_id = visit.file_id);
UPDATE visit SET out_count = in_count, in_count = 0
  WHERE sensor LIKE '% out' AND file_id IN (SELECT id FROM eco_file);
DELETE FROM visit_day WHERE EXISTS (SELECT 1 FROM eco_day d WHERE d.site = visit_day.site AND d.date = visit_day.date);
)sql" + kSumVisitDays +
          R"sql(FROM visit WHERE EXISTS (SELECT 1 FROM eco_day d WHERE d.site = visit.site AND d.date = visit.date)
GROUP BY site, date;
DROP TABLE eco_file;
DROP TABLE eco_pair;
DROP TABLE eco_day;
)sql",
      // 7 -> 8: what each report was last rendered from. `run` renders a
      // report again only when the fingerprint of its inputs changed or its
      // file is gone (app/report_fingerprint.h); the key is the output path
      // relative to the workspace.
      R"sql(
CREATE TABLE rendered_report (
  output TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL
) WITHOUT ROWID;
)sql",
      // 8 -> 9: the stop of a mobile site a tally row or an event belongs
      // to (its id from the configuration; '' when not known).
      R"sql(
ALTER TABLE tally ADD COLUMN stop TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN stop TEXT NOT NULL DEFAULT '';
)sql",
      // 9 -> 10: the configuration each file was read with (a fingerprint of
      // its mapping, import/mapping_fingerprint.h), so that `run` reads a
      // file again when that changes. Empty for files imported before.
      R"sql(
ALTER TABLE source_file ADD COLUMN mapping TEXT NOT NULL DEFAULT '';
)sql",
      // 10 -> 11: the scale an answer was given on, where a source asks an item
      // on another scale than the questionnaire (paper forms in school grades,
      // an online form on agreement); empty = the item's own scale.
      R"sql(
ALTER TABLE feedback_answer ADD COLUMN scale TEXT NOT NULL DEFAULT '';
)sql",
  };
  return kMigrations;
}

int PragmaInt(SQLite::Database& db, const char* pragma) {
  SQLite::Statement query(db, std::string("PRAGMA ") + pragma);
  return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(Migrations().size()); }

const char* MigrationScript(int version) {
  return Migrations().at(static_cast<size_t>(version)).c_str();
}

Result<bool> CheckSchema(SQLite::Database& db, const std::string& path) {
  const int application_id = PragmaInt(db, "application_id");
  const int version = PragmaInt(db, "user_version");
  const int known = CurrentSchemaVersion();
  if (application_id != kApplicationId) {
    SQLite::Statement objects(db, "SELECT COUNT(*) FROM sqlite_master");
    objects.executeStep();
    if (application_id == 0 && version == 0 && objects.getColumn(0).getInt() == 0) return false;
    return Status::Database(CliWords().Format("store.other_program", {{"path", path}}));
  }
  if (version > known) {
    return Status::Database(CliWords().Format(
        "store.newer", {{"version", std::to_string(version)}, {"known", std::to_string(known)}}));
  }
  if (version < known) {
    return Status::Database(CliWords().Format(
        "store.older",
        {{"path", path}, {"version", std::to_string(version)}, {"known", std::to_string(known)}}));
  }
  return true;
}

Status PrepareSchema(SQLite::Database& db, const std::string& path) {
  // The first read of the header: on a file that is not SQLite at all this is
  // where SQLite reports SQLITE_NOTADB (the caller words that message).
  const int application_id = PragmaInt(db, "application_id");
  int version = PragmaInt(db, "user_version");
  const int known = CurrentSchemaVersion();

  if (application_id != kApplicationId) {
    // A brand-new (empty) file gets our mark; any other SQLite file is left
    // alone so we never write tables into someone else's database.
    SQLite::Statement objects(db, "SELECT COUNT(*) FROM sqlite_master");
    objects.executeStep();
    if (application_id != 0 || version != 0 || objects.getColumn(0).getInt() != 0) {
      return Status::Database(CliWords().Format("store.other_program", {{"path", path}}));
    }
  }
  if (version > known) {
    return Status::Database(CliWords().Format(
        "store.newer", {{"version", std::to_string(version)}, {"known", std::to_string(known)}}));
  }

  while (version < known) {
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Read again under the write lock: another process may have migrated the
    // same file between our first look and now.
    version = PragmaInt(db, "user_version");
    if (version >= known) break;
    db.exec(Migrations()[static_cast<size_t>(version)]);
    // PRAGMAs take no bound parameters; the values are our own integers.
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(version + 1));
    tx.commit();
    ++version;
  }
  return Status::Ok();
}

}  // namespace ankerbericht::store_internal
