#include "store/batch_writer.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <tuple>
#include <vector>

#include "store/codec.h"
#include "store/sql_util.h"
#include "util/strings.h"

namespace ankerbericht::store_internal {

namespace {

std::string NowUtc() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

int64_t InsertSourceFile(SQLite::Database& db, const SourceFile& file) {
  SQLite::Statement insert(
      db,
      "INSERT INTO source_file (site, kind, path, format, hash, encoding, rows_read, "
      "rows_imported, rows_rejected, rejected_text, imported_at, mapping) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
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
  insert.bind(12, file.mapping);
  insert.exec();
  return db.getLastInsertRowid();
}

void UpdateSourceFile(SQLite::Database& db, int64_t file_id, const SourceFile& file) {
  SQLite::Statement update(
      db,
      "UPDATE source_file SET format = ?2, encoding = ?3, rows_read = ?4, "
      "rows_imported = ?5, rows_rejected = ?6, rejected_text = ?7, imported_at = ?8 "
      "WHERE id = ?1");
  update.bind(1, file_id);
  update.bind(2, file.format);
  update.bind(3, file.encoding);
  update.bind(4, file.rows_read);
  update.bind(5, file.rows_imported);
  update.bind(6, file.rows_rejected);
  update.bind(7, file.rejected_text);
  update.bind(8, file.imported_at.empty() ? NowUtc() : file.imported_at);
  update.exec();
}

// The import contract says a batch holds records of its file's kind only;
// anything else is a bug upstream, and storing it would file rows under the
// wrong kind.
Status CheckBatchKind(InputKind kind, const ImportBatch& batch) {
  size_t own = 0;
  switch (kind) {
    case InputKind::kVisits:
      own = batch.visits.size();
      break;
    case InputKind::kTallies:
      own = batch.tallies.size();
      break;
    case InputKind::kEvents:
      own = batch.events.size();
      break;
    case InputKind::kFeedback:
      own = batch.feedback.size();
      break;
    case InputKind::kNotes:
      own = batch.notes.size();
      break;
    case InputKind::kVotes:
      own = batch.votes.size();
      break;
  }
  if (own != batch.size()) {
    return Status::Internal(
        CliWords().Format("store.internal.batch_kind", {{"kind", InputKindName(kind)}}));
  }
  return Status::Ok();
}

namespace {

// --- Inserts. Each prepares its statements once and rebinds them per row:
// parsing SQL per row would dominate the cost of large counter exports. Values
// equal for all rows (file id, site) are bound once; reset() keeps bindings. ---

// Counter exports are the big files (a year of 15-minute readings of a few
// sensors is 100,000 rows): rows go in kVisitRowsPerInsert at a time, since
// a statement's fixed cost (step, halt, constraint checks) per row costs as
// much as writing the row.
constexpr int kVisitRowsPerInsert = 64;
constexpr int kVisitParams = 7;  // per row; ?1 file id and ?2 site are shared

std::string MultiRowVisitInsert(int rows) {
  std::string sql =
      "INSERT INTO visit (file_id, site, sensor, date, minute, interval_minutes, in_count, "
      "out_count, line) VALUES ";
  for (int r = 0; r < rows; ++r) {
    int p = 3 + r * kVisitParams;
    sql += r ? ",(?1,?2" : "(?1,?2";
    for (int k = 0; k < kVisitParams; ++k) sql += ",?" + std::to_string(p + k);
    sql += ")";
  }
  return sql;
}

void BindVisit(SQLite::Statement& insert, int first, const VisitCount& v) {
  insert.bindNoCopy(first, v.sensor);  // |v| outlives exec()
  insert.bind(first + 1, v.start.date.days());
  insert.bind(first + 2, v.start.minute);
  insert.bind(first + 3, v.interval_minutes);
  insert.bind(first + 4, v.in);
  BindOptional(insert, first + 5, v.out);
  insert.bind(first + 6, v.line);
}

void InsertVisits(SQLite::Database& db, int64_t file_id, const std::string& site,
                  const std::vector<VisitCount>& visits) {
  // In key order (sensor, day, minute: store/schema.cc): each sensor's rows
  // then go in one after the other at the end of its series, touching a few
  // pages, instead of hopping between sensors at every row.
  std::vector<const VisitCount*> order;
  order.reserve(visits.size());
  for (const VisitCount& v : visits) order.push_back(&v);
  std::sort(order.begin(), order.end(), [](const VisitCount* a, const VisitCount* b) {
    return std::tie(a->sensor, a->start.date, a->start.minute) <
           std::tie(b->sensor, b->start.date, b->start.minute);
  });
  size_t full = order.size() / kVisitRowsPerInsert * kVisitRowsPerInsert;
  if (full > 0) {
    SQLite::Statement insert(db, MultiRowVisitInsert(kVisitRowsPerInsert));
    insert.bind(1, file_id);
    insert.bindNoCopy(2, site);
    for (size_t i = 0; i < full; i += kVisitRowsPerInsert) {
      for (int r = 0; r < kVisitRowsPerInsert; ++r)
        BindVisit(insert, 3 + r * kVisitParams, *order[i + r]);
      insert.exec();
      insert.reset();
    }
  }
  if (full == order.size()) return;
  SQLite::Statement insert(db, MultiRowVisitInsert(1));
  insert.bind(1, file_id);
  insert.bindNoCopy(2, site);
  for (size_t i = full; i < order.size(); ++i) {
    BindVisit(insert, 3, *order[i]);
    insert.exec();
    insert.reset();
  }
}

void InsertTallies(SQLite::Database& db, int64_t file_id, const std::string& site,
                   const std::vector<Tally>& tallies) {
  SQLite::Statement insert(db,
                           "INSERT INTO tally (file_id, site, date, slot_start, slot_end, count, "
                           "age_counts, line, stop) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  insert.bind(1, file_id);
  insert.bindNoCopy(2, site);
  for (const Tally& t : tallies) {
    insert.bind(3, t.date.days());
    BindOptional(insert, 4, t.slot_start);
    BindOptional(insert, 5, t.slot_end);
    insert.bind(6, t.count);
    insert.bind(7, EncodeCountMap(t.age_counts));
    insert.bind(8, t.line);
    insert.bindNoCopy(9, t.stop);
    insert.exec();
    insert.reset();
  }
}

Status InsertEvents(SQLite::Database& db, int64_t file_id, const SourceFile& file,
                    const std::vector<Event>& events) {
  // Looked up before each insert so the user learns which file already holds
  // the id, instead of a bare UNIQUE constraint failure.
  SQLite::Statement owner(db,
                          "SELECT f.path, e.line, e.file_id FROM event e "
                          "JOIN source_file f ON f.id = e.file_id "
                          "WHERE e.site = ?1 AND e.event_id = ?2");
  owner.bindNoCopy(1, file.site);
  SQLite::Statement insert(
      db,
      "INSERT INTO event (file_id, site, event_id, date, start, \"end\", title, format, topics, "
      "target_groups, speakers, partners, registrations, participants, capacity, location, "
      "status, age_counts, line, stop) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
      "?19, ?20)");
  insert.bind(1, file_id);
  insert.bindNoCopy(2, file.site);
  for (const Event& e : events) {
    owner.bindNoCopy(2, e.id);
    if (owner.executeStep()) {
      const std::string other_path = owner.getColumn(0).getString();
      const int other_line = owner.getColumn(1).getInt();
      if (owner.getColumn(2).getInt64() == file_id) {
        return Status::InvalidInput(
            Located(file.path, e.line,
                    CliWords().Format("store.event_id_twice",
                                      {{"id", e.id}, {"line", std::to_string(other_line)}})));
      }
      return Status::InvalidInput(Located(
          file.path, e.line,
          CliWords().Format("store.event_id_imported", {{"id", e.id}, {"file", other_path}})));
    }
    owner.reset();

    insert.bindNoCopy(3, e.id);
    insert.bind(4, e.date.days());
    BindOptional(insert, 5, e.start);
    BindOptional(insert, 6, e.end);
    insert.bindNoCopy(7, e.title);
    insert.bindNoCopy(8, e.format);
    insert.bind(9, EncodeStringList(e.topics));
    insert.bind(10, EncodeStringList(e.target_groups));
    insert.bind(11, EncodeStringList(e.speakers));
    insert.bind(12, EncodeStringList(e.partners));
    BindOptional(insert, 13, e.registrations);
    BindOptional(insert, 14, e.participants);
    BindOptional(insert, 15, e.capacity);
    insert.bindNoCopy(16, e.location);
    insert.bind(17, e.status == EventStatus::kHeld ? "held" : "cancelled");
    insert.bind(18, EncodeCountMap(e.age_counts));
    insert.bind(19, e.line);
    insert.bindNoCopy(20, e.stop);
    insert.exec();
    insert.reset();
  }
  return Status::Ok();
}

void InsertFeedback(SQLite::Database& db, int64_t file_id, const std::string& site,
                    const std::vector<FeedbackResponse>& responses) {
  SQLite::Statement insert(db,
                           "INSERT INTO feedback (file_id, site, response_id, date, event_id, "
                           "channel, line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  SQLite::Statement answer(db,
                           "INSERT INTO feedback_answer (feedback_id, item, value, scale) "
                           "VALUES (?1, ?2, ?3, ?4)");
  insert.bind(1, file_id);
  insert.bindNoCopy(2, site);
  for (const FeedbackResponse& r : responses) {
    insert.bindNoCopy(3, r.response_id);
    insert.bind(4, r.date.days());
    insert.bindNoCopy(5, r.event_id);
    insert.bind(6, ChannelName(r.channel));
    insert.bind(7, r.line);
    insert.exec();
    insert.reset();
    answer.bind(1, db.getLastInsertRowid());
    for (const auto& [item, value] : r.answers) {
      answer.bindNoCopy(2, item);
      answer.bindNoCopy(3, value);
      auto asked = r.answer_scales.find(item);
      answer.bind(4, asked == r.answer_scales.end() ? std::string() : asked->second);
      answer.exec();
      answer.reset();
    }
  }
}

void InsertNotes(SQLite::Database& db, int64_t file_id, const std::string& site,
                 const std::vector<Note>& notes) {
  SQLite::Statement insert(db,
                           "INSERT INTO note (file_id, site, date, kind, title, event_ids, "
                           "authors, quote_consent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  SQLite::Statement section(db,
                            "INSERT INTO note_section (note_id, position, title, text, line) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
  SQLite::Statement tag(db, "INSERT INTO note_tag (note_id, position, tag) VALUES (?1, ?2, ?3)");
  SQLite::Statement action(db,
                           "INSERT INTO note_action (note_id, position, text, done, owner, due, "
                           "line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  insert.bind(1, file_id);
  insert.bindNoCopy(2, site);
  for (const Note& n : notes) {
    insert.bind(3, n.date.days());
    insert.bindNoCopy(4, n.kind);
    insert.bindNoCopy(5, n.title);
    insert.bind(6, EncodeStringList(n.event_ids));
    insert.bind(7, EncodeStringList(n.authors));
    insert.bind(8, n.quote_consent ? 1 : 0);
    insert.exec();
    insert.reset();
    const int64_t note_id = db.getLastInsertRowid();

    section.bind(1, note_id);
    for (size_t i = 0; i < n.sections.size(); ++i) {
      const NoteSection& s = n.sections[i];
      section.bind(2, static_cast<int64_t>(i));
      section.bindNoCopy(3, s.title);
      section.bindNoCopy(4, s.text);
      section.bind(5, s.line);
      section.exec();
      section.reset();
    }
    tag.bind(1, note_id);
    for (size_t i = 0; i < n.tags.size(); ++i) {
      tag.bind(2, static_cast<int64_t>(i));
      tag.bindNoCopy(3, n.tags[i]);
      tag.exec();
      tag.reset();
    }
    action.bind(1, note_id);
    for (size_t i = 0; i < n.actions.size(); ++i) {
      const NoteAction& a = n.actions[i];
      action.bind(2, static_cast<int64_t>(i));
      action.bindNoCopy(3, a.text);
      action.bind(4, a.done ? 1 : 0);
      action.bindNoCopy(5, a.owner);
      if (a.due) {
        action.bind(6, a.due->days());
      } else {
        action.bind(6);
      }
      action.bind(7, a.line);
      action.exec();
      action.reset();
    }
  }
}

void InsertVotes(SQLite::Database& db, int64_t file_id, const std::string& site,
                 const std::vector<Vote>& votes) {
  SQLite::Statement insert(db,
                           "INSERT INTO vote (file_id, site, date, wish, dots, line) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert.bind(1, file_id);
  insert.bindNoCopy(2, site);
  for (const Vote& v : votes) {
    insert.bind(3, v.date.days());
    insert.bindNoCopy(4, v.wish);
    insert.bind(5, v.dots);
    insert.bind(6, v.line);
    insert.exec();
    insert.reset();
  }
}

}  // namespace

Status WriteBatch(SQLite::Database& db, int64_t file_id, const SourceFile& file,
                  const ImportBatch& batch) {
  InsertVisits(db, file_id, file.site, batch.visits);
  InsertTallies(db, file_id, file.site, batch.tallies);
  ANKER_RETURN_IF_ERROR(InsertEvents(db, file_id, file, batch.events));
  InsertFeedback(db, file_id, file.site, batch.feedback);
  InsertNotes(db, file_id, file.site, batch.notes);
  InsertVotes(db, file_id, file.site, batch.votes);
  return Status::Ok();
}

}  // namespace ankerbericht::store_internal
