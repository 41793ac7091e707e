#include "store/import_session.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>
#include <string_view>
#include <tuple>

#include "store/batch_writer.h"
#include "store/sql_util.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

using store_internal::Guarded;

// A crossing (interval 0) occupies its minute.
int End(int minute, int interval) { return minute + std::max(interval, 1); }

// Sums the readings left of |site| on days [first, last] into visit_day
// again, after a replaced file's readings were deleted: the same sums as the
// migration that created the table (store/schema.cc, version 6).
void RecountDays(SQLite::Database& db, const std::string& site, int64_t first, int64_t last) {
  SQLite::Statement clear(db, "DELETE FROM visit_day WHERE site = ?1 AND date BETWEEN ?2 AND ?3");
  clear.bind(1, site);
  clear.bind(2, first);
  clear.bind(3, last);
  clear.exec();
  SQLite::Statement recount(
      db, std::string(store_internal::kVisitSensorsOfSite) +
              "INSERT INTO visit_day (site, date, in_count, hours) SELECT ?1, v.date, "
              "SUM(v.in_count), " +
              store_internal::HourSumsSql() +
              " FROM sensor JOIN visit v ON v.site = ?1 AND v.sensor = sensor.name "
              "AND v.date BETWEEN ?2 AND ?3 GROUP BY v.date");
  recount.bind(1, site);
  recount.bind(2, first);
  recount.bind(3, last);
  recount.exec();
}

}  // namespace

ImportSession::ImportSession(SQLite::Database* db, SourceFile file, bool reread)
    : db_(db), file_(std::move(file)), reread_(reread) {}

ImportSession::~ImportSession() = default;  // the Transaction rolls back if not committed

Status ImportSession::Begin() {
  return Guarded(
      *db_, CliWords().Format("store.what.import", {{"path", file_.path}}), [&]() -> Status {
        // IMMEDIATE takes the write lock up front, so a concurrent run waits here
        // rather than failing halfway through with SQLITE_BUSY.
        tx_ = std::make_unique<SQLite::Transaction>(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        std::optional<int64_t> old_id;
        std::optional<std::pair<int64_t, int64_t>> old_visit_days;
        {
          SQLite::Statement find(
              *db_,
              "SELECT id, hash, visit_first_date, visit_last_date, mapping FROM source_file "
              "WHERE site = ?1 AND kind = ?2 AND path = ?3");
          find.bind(1, file_.site);
          find.bind(2, InputKindName(file_.kind));
          find.bind(3, file_.path);
          if (find.executeStep()) {
            // The same bytes read with another configuration may give other
            // rows (a scale fixed, a column mapped): they replace the old ones.
            if (find.getColumn(1).getString() == file_.hash &&
                find.getColumn(4).getString() == file_.mapping && !reread_) {
              action_ = ImportAction::kUnchanged;
              return Status::Ok();
            }
            old_id = find.getColumn(0).getInt64();
            if (!find.getColumn(2).isNull()) {
              old_visit_days =
                  std::make_pair(find.getColumn(2).getInt64(), find.getColumn(3).getInt64());
            }
            action_ = ImportAction::kReplaced;
          }
        }
        if (old_visit_days) {
          // Counter readings have no foreign key (schema version 5): a primary
          // key range seek per sensor over the file's days finds them.
          SQLite::Statement remove(
              *db_, std::string(store_internal::kVisitSensorsOfSite) +
                        "DELETE FROM visit WHERE site = ?1 AND sensor IN (SELECT name FROM sensor) "
                        "AND date BETWEEN ?2 AND ?3 AND file_id = ?4");
          remove.bind(1, file_.site);
          remove.bind(2, old_visit_days->first);
          remove.bind(3, old_visit_days->second);
          remove.bind(4, *old_id);
          remove.exec();
          // Other files' readings of those days stay (overlapping exports).
          RecountDays(*db_, file_.site, old_visit_days->first, old_visit_days->second);
        }
        if (old_id) {
          // The cascade removes every other row the old version contributed.
          SQLite::Statement remove(*db_, "DELETE FROM source_file WHERE id = ?1");
          remove.bind(1, *old_id);
          remove.exec();
        }
        // The figures are not known yet; Commit fills them in.
        file_id_ = store_internal::InsertSourceFile(*db_, file_);
        return Status::Ok();
      });
}

Result<std::vector<std::pair<size_t, StoredVisit>>> ImportSession::OverlappingVisits(
    const std::vector<VisitCount>& visits) {
  using Hits = std::vector<std::pair<size_t, StoredVisit>>;
  return Guarded(*db_, CliWords()("store.what.overlapping_counts"), [&]() -> Result<Hits> {
    Hits hits;
    if (action_ == ImportAction::kUnchanged || visits.empty()) return hits;
    std::vector<size_t> order(visits.size());
    std::iota(order.begin(), order.end(), size_t{0});
    auto key = [&](size_t i) { return std::tie(visits[i].sensor, visits[i].start.date); };
    // Usually sorted already (an export lists each sensor's readings in order).
    auto by_key = [&](size_t a, size_t b) { return key(a) < key(b); };
    if (!std::is_sorted(order.begin(), order.end(), by_key))
      std::sort(order.begin(), order.end(), by_key);
    // Served by the primary key (site, sensor, date, minute); a day with
    // nothing stored costs one seek.
    SQLite::Statement day(
        *db_,
        "SELECT v.minute, v.interval_minutes, v.in_count, v.out_count, v.line, v.file_id, f.path "
        "FROM visit v JOIN source_file f ON f.id = v.file_id "
        "WHERE v.site = ?1 AND v.date = ?2 AND v.sensor = ?3 ORDER BY v.minute, v.line");
    day.bindNoCopy(1, file_.site);
    std::vector<StoredVisit> stored;
    for (size_t g = 0; g < order.size();) {
      size_t end = g;
      while (end < order.size() && key(order[end]) == key(order[g])) ++end;
      const VisitCount& first = visits[order[g]];
      day.bind(2, first.start.date.days());
      day.bindNoCopy(3, first.sensor);
      stored.clear();
      while (day.executeStep()) {
        StoredVisit s;
        s.minute = day.getColumn(0).getInt();
        s.interval_minutes = day.getColumn(1).getInt();
        s.in = day.getColumn(2).getInt64();
        s.out = store_internal::OptionalInt64(day.getColumn(3));
        s.line = day.getColumn(4).getInt();
        s.this_file = day.getColumn(5).getInt64() == file_id_;
        s.path = day.getColumn(6).getString();
        stored.push_back(std::move(s));
      }
      day.reset();
      for (size_t k = g; !stored.empty() && k < end; ++k) {
        const VisitCount& v = visits[order[k]];
        const StoredVisit* found = nullptr;
        for (const StoredVisit& s : stored) {
          bool overlaps = s.minute < End(v.start.minute, v.interval_minutes) &&
                          v.start.minute < End(s.minute, s.interval_minutes);
          if (!overlaps) continue;
          if (s.minute == v.start.minute && s.interval_minutes == v.interval_minutes) {
            found = &s;
            break;
          }
          if (!found) found = &s;
        }
        if (found) hits.emplace_back(order[k], *found);
      }
      g = end;
    }
    std::sort(hits.begin(), hits.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return hits;
  });
}

Result<std::map<std::string, StoredResponse>> ImportSession::KnownResponses(
    const std::string& format, const std::vector<std::string>& ids) {
  using Known = std::map<std::string, StoredResponse>;
  return Guarded(*db_, CliWords()("store.what.known_feedback"), [&]() -> Result<Known> {
    Known known;
    if (action_ == ImportAction::kUnchanged) return known;
    // Served by the index feedback_site_response; files of other tools (paper
    // forms numbered 1, 2, 3 in every stack) never match.
    SQLite::Statement find(
        *db_,
        "SELECT f.path, r.line FROM feedback r JOIN source_file f ON f.id = r.file_id "
        "WHERE r.site = ?1 AND r.response_id = ?2 AND f.format = ?3 AND r.file_id != ?4 "
        "ORDER BY f.path, r.line LIMIT 1");
    find.bindNoCopy(1, file_.site);
    find.bindNoCopy(3, format);
    find.bind(4, file_id_);
    for (const std::string& id : ids) {
      if (id.empty()) continue;
      find.bindNoCopy(2, id);
      if (find.executeStep())
        known[id] = {find.getColumn(0).getString(), find.getColumn(1).getInt()};
      find.reset();
    }
    return known;
  });
}

Status ImportSession::Write(const ImportBatch& chunk) {
  if (action_ == ImportAction::kUnchanged)
    return Status::Internal(CliWords()("store.internal.unchanged"));
  if (committed_) return Status::Internal(CliWords()("store.internal.committed"));
  return Guarded(
      *db_, CliWords().Format("store.what.import", {{"path", file_.path}}), [&]() -> Status {
        ANKER_RETURN_IF_ERROR(store_internal::CheckBatchKind(file_.kind, chunk));
        DaySums* day = nullptr;
        int64_t day_key = INT64_MIN;
        for (const VisitCount& v : chunk.visits) {
          const int64_t date = v.start.date.days();
          visit_first_ = std::min<int64_t>(visit_first_, date);
          visit_last_ = std::max<int64_t>(visit_last_, date);
          // An export lists a day's readings together: one map lookup a day.
          if (date != day_key) {
            day = &day_sums_[date];
            day_key = date;
          }
          day->in += v.in;
          const int hour = v.start.minute / 60;
          if (v.interval_minutes <= 60 && hour >= 0 && hour < store_internal::kHoursPerDay) {
            day->hours[static_cast<size_t>(hour)] += v.in;
            day->has_hour |= uint32_t{1} << hour;
          }
        }
        return store_internal::WriteBatch(*db_, file_id_, file_, chunk);
      });
}

void ImportSession::AddDaySums() {
  if (day_sums_.empty()) return;
  // A day other files already have readings of (overlapping exports, or
  // another sensor) gets the sums added.
  SQLite::Statement stored(*db_,
                           "SELECT in_count, hours FROM visit_day WHERE site = ?1 AND date = ?2");
  SQLite::Statement write(
      *db_,
      "INSERT OR REPLACE INTO visit_day (site, date, in_count, hours) VALUES (?1, ?2, ?3, ?4)");
  stored.bindNoCopy(1, file_.site);
  write.bindNoCopy(1, file_.site);
  for (const auto& [date, sums] : day_sums_) {
    int64_t in = sums.in;
    store_internal::HourSums hours;
    for (int h = 0; h < store_internal::kHoursPerDay; ++h) {
      if (sums.has_hour & (uint32_t{1} << h))
        hours[static_cast<size_t>(h)] = sums.hours[static_cast<size_t>(h)];
    }
    stored.bind(2, date);
    if (stored.executeStep()) {
      in += stored.getColumn(0).getInt64();
      SQLite::Column text = stored.getColumn(1);
      store_internal::ForEachHourSum(
          std::string_view(text.getText(), static_cast<size_t>(text.getBytes())),
          [&](int h, int64_t sum) {
            std::optional<int64_t>& hour = hours[static_cast<size_t>(h)];
            hour = hour.value_or(0) + sum;
          });
    }
    stored.reset();
    write.bind(2, date);
    write.bind(3, in);
    write.bind(4, store_internal::FormatHourSums(hours));
    write.exec();
    write.reset();
  }
}

Result<ImportAction> ImportSession::Commit(const SourceFile& file) {
  return Guarded(
      *db_, CliWords().Format("store.what.import", {{"path", file_.path}}),
      [&]() -> Result<ImportAction> {
        if (action_ != ImportAction::kUnchanged) {
          store_internal::UpdateSourceFile(*db_, file_id_, file);
          if (visit_first_ <= visit_last_) {
            SQLite::Statement range(
                *db_,
                "UPDATE source_file SET visit_first_date = ?2, visit_last_date = ?3 WHERE id = ?1");
            range.bind(1, file_id_);
            range.bind(2, visit_first_);
            range.bind(3, visit_last_);
            range.exec();
          }
          AddDaySums();
        }
        tx_->commit();
        committed_ = true;
        return action_;
      });
}

}  // namespace ankerbericht
