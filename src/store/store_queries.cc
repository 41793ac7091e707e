// The read side of the Store: the queries the evaluation runs.
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/sql_util.h"
#include "store/store.h"
#include "util/strings.h"

namespace ankerbericht {

using store_internal::BindRange;
using store_internal::CountMapColumn;
using store_internal::DateColumn;
using store_internal::Guarded;
using store_internal::ListColumn;
using store_internal::OptionalInt;
using store_internal::OptionalInt64;

Result<std::vector<DayCount>> Store::CounterDays(const std::string& site, Date from, Date to) {
  return Guarded(
      *db_, CliWords()("store.what.counter_days"), [&]() -> Result<std::vector<DayCount>> {
        // One row per day (visit_day, store/schema.cc): the cost is the days
        // asked for, not the readings stored.
        SQLite::Statement query(
            *db_,
            "SELECT date, in_count FROM visit_day WHERE site = ?1 AND date BETWEEN ?2 AND ?3 "
            "ORDER BY date");
        BindRange(query, site, from, to);
        std::vector<DayCount> days;
        while (query.executeStep())
          days.push_back({DateColumn(query.getColumn(0)), query.getColumn(1).getInt64()});
        return days;
      });
}

Result<std::vector<HourCount>> Store::CounterHours(const std::string& site, Date from, Date to) {
  return Guarded(
      *db_, CliWords()("store.what.counter_hours"), [&]() -> Result<std::vector<HourCount>> {
        // A daily (or longer) total belongs to no hour of the day: the hour sums
        // hold readings of an hour or less only. One text column a day: the
        // history reads every day of every half-year.
        SQLite::Statement query(
            *db_,
            "SELECT date, hours FROM visit_day WHERE site = ?1 AND date BETWEEN ?2 AND ?3 "
            "ORDER BY date");
        BindRange(query, site, from, to);
        // Room for every hour of every counted day at once: ten years are
        // 87,600 hours, and a growing vector copied and faulted them in
        // again and again.
        SQLite::Statement days(*db_,
                               "SELECT COUNT(*) FROM visit_day "
                               "WHERE site = ?1 AND date BETWEEN ?2 AND ?3");
        BindRange(days, site, from, to);
        std::vector<HourCount> hours;
        if (days.executeStep())
          hours.reserve(static_cast<size_t>(days.getColumn(0).getInt64()) * 24);
        while (query.executeStep()) {
          const Date date = DateColumn(query.getColumn(0));
          SQLite::Column text = query.getColumn(1);
          store_internal::ForEachHourSum(
              std::string_view(text.getText(), static_cast<size_t>(text.getBytes())),
              [&](int hour, int64_t sum) {
                hours.push_back({date, hour, sum});
              });
        }
        return hours;
      });
}

Result<std::vector<TallyDay>> Store::TallyDays(const std::string& site, Date from, Date to) {
  return Guarded(*db_, CliWords()("store.what.tallies"), [&]() -> Result<std::vector<TallyDay>> {
    // The age maps are JSON text, so they are summed here rather than in SQL.
    SQLite::Statement query(*db_,
                            "SELECT date, count, age_counts, stop FROM tally "
                            "WHERE site = ?1 AND date BETWEEN ?2 AND ?3 ORDER BY date");
    BindRange(query, site, from, to);
    std::vector<TallyDay> days;
    while (query.executeStep()) {
      const Date date = DateColumn(query.getColumn(0));
      if (days.empty() || days.back().date != date) {
        TallyDay day;
        day.date = date;
        days.push_back(std::move(day));
      }
      TallyDay& day = days.back();
      day.count += query.getColumn(1).getInt64();
      for (const auto& [group, count] : CountMapColumn(query.getColumn(2))) {
        day.age_counts[group] += count;
      }
      day.stop_counts[query.getColumn(3).getString()] += query.getColumn(1).getInt64();
    }
    return days;
  });
}

Result<std::vector<Event>> Store::Events(const std::string& site, Date from, Date to) {
  return Guarded(*db_, CliWords()("store.what.events"), [&]() -> Result<std::vector<Event>> {
    SQLite::Statement query(
        *db_,
        "SELECT event_id, date, start, \"end\", title, format, topics, target_groups, speakers, "
        "partners, registrations, participants, capacity, location, status, age_counts, line, stop "
        "FROM event WHERE site = ?1 AND date BETWEEN ?2 AND ?3 ORDER BY date, line, id");
    BindRange(query, site, from, to);
    std::vector<Event> events;
    while (query.executeStep()) {
      Event e;
      e.id = query.getColumn(0).getString();
      e.date = DateColumn(query.getColumn(1));
      e.start = OptionalInt(query.getColumn(2));
      e.end = OptionalInt(query.getColumn(3));
      e.title = query.getColumn(4).getString();
      e.format = query.getColumn(5).getString();
      e.topics = ListColumn(query.getColumn(6));
      e.target_groups = ListColumn(query.getColumn(7));
      e.speakers = ListColumn(query.getColumn(8));
      e.partners = ListColumn(query.getColumn(9));
      e.registrations = OptionalInt64(query.getColumn(10));
      e.participants = OptionalInt64(query.getColumn(11));
      e.capacity = OptionalInt64(query.getColumn(12));
      e.location = query.getColumn(13).getString();
      e.status = query.getColumn(14).getString() == "cancelled" ? EventStatus::kCancelled
                                                                : EventStatus::kHeld;
      e.age_counts = CountMapColumn(query.getColumn(15));
      e.line = query.getColumn(16).getInt();
      e.stop = query.getColumn(17).getString();
      events.push_back(std::move(e));
    }
    return events;
  });
}

Result<std::vector<FeedbackResponse>> Store::Feedback(const std::string& site, Date from, Date to) {
  return Guarded(
      *db_, CliWords()("store.what.feedback"), [&]() -> Result<std::vector<FeedbackResponse>> {
        SQLite::Statement query(
            *db_,
            "SELECT id, response_id, date, event_id, channel, line FROM feedback "
            "WHERE site = ?1 AND date BETWEEN ?2 AND ?3 ORDER BY date, line, id");
        BindRange(query, site, from, to);
        std::vector<FeedbackResponse> responses;
        std::unordered_map<int64_t, size_t> index_of;
        while (query.executeStep()) {
          FeedbackResponse r;
          index_of[query.getColumn(0).getInt64()] = responses.size();
          r.response_id = query.getColumn(1).getString();
          r.date = DateColumn(query.getColumn(2));
          r.event_id = query.getColumn(3).getString();
          r.channel =
              query.getColumn(4).getString() == "digital" ? Channel::kDigital : Channel::kPaper;
          r.line = query.getColumn(5).getInt();
          responses.push_back(std::move(r));
        }
        if (responses.empty()) return responses;  // no answers to look for
        // One query for all answers instead of one per response.
        SQLite::Statement answers(
            *db_,
            "SELECT a.feedback_id, a.item, a.value, a.scale FROM feedback_answer a "
            "JOIN feedback f ON f.id = a.feedback_id "
            "WHERE f.site = ?1 AND f.date BETWEEN ?2 AND ?3");
        BindRange(answers, site, from, to);
        while (answers.executeStep()) {
          auto it = index_of.find(answers.getColumn(0).getInt64());
          if (it == index_of.end()) continue;
          FeedbackResponse& r = responses[it->second];
          std::string item = answers.getColumn(1).getString();
          std::string scale = answers.getColumn(3).getString();
          if (!scale.empty()) r.answer_scales[item] = scale;
          r.answers[std::move(item)] = answers.getColumn(2).getString();
        }
        return responses;
      });
}

Result<std::vector<Vote>> Store::Votes(const std::string& site, Date from, Date to) {
  return Guarded(*db_, CliWords()("store.what.votes"), [&]() -> Result<std::vector<Vote>> {
    SQLite::Statement query(*db_,
                            "SELECT date, wish, dots, line FROM vote "
                            "WHERE site = ?1 AND date BETWEEN ?2 AND ?3 "
                            "ORDER BY date, line, rowid");
    BindRange(query, site, from, to);
    std::vector<Vote> votes;
    while (query.executeStep()) {
      Vote v;
      v.date = DateColumn(query.getColumn(0));
      v.wish = query.getColumn(1).getString();
      v.dots = query.getColumn(2).getInt64();
      v.line = query.getColumn(3).getInt();
      votes.push_back(std::move(v));
    }
    return votes;
  });
}

Result<std::vector<Note>> Store::Notes(const std::string& site, Date from, Date to) {
  return Guarded(*db_, CliWords()("store.what.notes"), [&]() -> Result<std::vector<Note>> {
    SQLite::Statement query(*db_,
                            "SELECT id, date, kind, title, event_ids, authors, quote_consent "
                            "FROM note WHERE site = ?1 AND date BETWEEN ?2 AND ?3 "
                            "ORDER BY date, id");
    BindRange(query, site, from, to);
    std::vector<Note> notes;
    std::unordered_map<int64_t, size_t> index_of;
    while (query.executeStep()) {
      Note n;
      index_of[query.getColumn(0).getInt64()] = notes.size();
      n.date = DateColumn(query.getColumn(1));
      n.kind = query.getColumn(2).getString();
      n.title = query.getColumn(3).getString();
      n.event_ids = ListColumn(query.getColumn(4));
      n.authors = ListColumn(query.getColumn(5));
      n.quote_consent = query.getColumn(6).getInt() != 0;
      notes.push_back(std::move(n));
    }
    // No note, no parts: three statements fewer to prepare (the overview
    // asks for every site's notes, and most sites keep none).
    if (notes.empty()) return notes;
    // The parts of all notes in range, each in one query, in their original order.
    auto for_each_part = [&](const char* table, const char* columns, auto&& add) {
      SQLite::Statement parts(*db_, std::string("SELECT p.note_id, ") + columns + " FROM " + table +
                                        " p JOIN note n ON n.id = p.note_id " +
                                        "WHERE n.site = ?1 AND n.date BETWEEN ?2 AND ?3 " +
                                        "ORDER BY p.note_id, p.position");
      BindRange(parts, site, from, to);
      while (parts.executeStep()) {
        auto it = index_of.find(parts.getColumn(0).getInt64());
        if (it != index_of.end()) add(notes[it->second], parts);
      }
    };
    for_each_part("note_section", "p.title, p.text, p.line", [](Note& n, SQLite::Statement& row) {
      n.sections.push_back(
          {row.getColumn(1).getString(), row.getColumn(2).getString(), row.getColumn(3).getInt()});
    });
    for_each_part("note_tag", "p.tag", [](Note& n, SQLite::Statement& row) {
      n.tags.push_back(row.getColumn(1).getString());
    });
    for_each_part("note_action", "p.text, p.done, p.owner, p.due, p.line",
                  [](Note& n, SQLite::Statement& row) {
                    NoteAction a;
                    a.text = row.getColumn(1).getString();
                    a.done = row.getColumn(2).getInt() != 0;
                    a.owner = row.getColumn(3).getString();
                    if (!row.getColumn(4).isNull()) a.due = DateColumn(row.getColumn(4));
                    a.line = row.getColumn(5).getInt();
                    n.actions.push_back(std::move(a));
                  });
    return notes;
  });
}

Result<std::optional<std::pair<Date, Date>>> Store::DataSpan(const std::string& site) {
  using Span = std::optional<std::pair<Date, Date>>;
  return Guarded(*db_, CliWords()("store.what.data_span"), [&]() -> Result<Span> {
    // MIN and MAX in separate subqueries: SQLite answers a lone MIN or MAX
    // with one seek into the (site, date) key, but scans every row of the
    // site when one SELECT asks both. Notes are left out on purpose: a note
    // may be written long after the data it reflects on. Counter readings
    // count through their days (visit_day), keyed (site, date) too.
    std::string sql = "SELECT MIN(lo), MAX(hi) FROM (";
    const char* tables[] = {"visit_day", "tally", "event", "feedback", "vote"};
    for (const char* table : tables) {
      sql += std::string(table == tables[0] ? "" : " UNION ALL ") +
             "SELECT (SELECT MIN(date) FROM " + table +
             " WHERE site = ?1) AS lo, (SELECT MAX(date) FROM " + table + " WHERE site = ?1) AS hi";
    }
    sql += ")";
    SQLite::Statement query(*db_, sql);
    query.bind(1, site);
    if (!query.executeStep() || query.getColumn(0).isNull()) return Span();
    return Span(std::make_pair(DateColumn(query.getColumn(0)), DateColumn(query.getColumn(1))));
  });
}

Result<std::set<std::string>> Store::PartnersBefore(const std::string& site, Date before) {
  return Guarded(*db_, CliWords()("store.what.partners"), [&]() -> Result<std::set<std::string>> {
    SQLite::Statement query(*db_,
                            "SELECT partners FROM event "
                            "WHERE site = ?1 AND status = 'held' AND date < ?2");
    query.bind(1, site);
    query.bind(2, before.days());
    std::set<std::string> partners;
    while (query.executeStep()) {
      for (std::string& p : ListColumn(query.getColumn(0))) partners.insert(std::move(p));
    }
    return partners;
  });
}

Result<std::map<std::pair<std::string, size_t>, RangeSum>> Store::RangeSums(
    const std::vector<std::string>& sites, const std::vector<std::pair<Date, Date>>& ranges) {
  using Sums = std::map<std::pair<std::string, size_t>, RangeSum>;
  return Guarded(*db_, CliWords()("store.what.period_sums"), [&]() -> Result<Sums> {
    Sums sums;
    if (sites.empty() || ranges.empty()) return sums;
    // One statement per kind of record, the sites as a bound IN list, run
    // once per range: each run reads the (site, date) index in order and
    // groups by site as the rows come. (A join with a table of the ranges
    // answered all at once but sorted every day of every site in a temporary
    // B-tree first: twice the cost for 50 sites x 10 half-years.)
    std::string in = " IN (";
    for (size_t i = 0; i < sites.size(); ++i) in += i ? ", ?" : "?";
    in += ")";
    auto run = [&](const std::string& sql,
                   const std::function<void(SQLite::Statement&, RangeSum*)>& add) {
      SQLite::Statement query(*db_, sql);
      int n = 0;
      for (const std::string& site : sites) query.bind(++n, site);
      for (size_t i = 0; i < ranges.size(); ++i) {
        query.reset();
        query.bind(n + 1, ranges[i].first.days());
        query.bind(n + 2, ranges[i].second.days());
        while (query.executeStep())
          add(query, &sums[std::make_pair(query.getColumn(0).getString(), i)]);
      }
    };
    const std::string range = " AND date BETWEEN ?" + std::to_string(sites.size() + 1) + " AND ?" +
                              std::to_string(sites.size() + 2);
    run("SELECT site, COUNT(*), TOTAL(in_count) FROM visit_day WHERE site" + in + range +
            " GROUP BY site",
        [](SQLite::Statement& q, RangeSum* s) {
          s->visit_days += q.getColumn(1).getInt64();
          s->visits += static_cast<int64_t>(q.getColumn(2).getDouble());
        });
    // Tally days only where the counter has no data that day (MergeVisitDays).
    run("SELECT t.site, COUNT(DISTINCT t.date), TOTAL(t.count) FROM tally t WHERE t.site" + in +
            range +
            " AND NOT EXISTS (SELECT 1 FROM visit_day v WHERE v.site = t.site AND v.date = t.date) "
            "GROUP BY t.site",
        [](SQLite::Statement& q, RangeSum* s) {
          s->visit_days += q.getColumn(1).getInt64();
          s->visits += static_cast<int64_t>(q.getColumn(2).getDouble());
        });
    // Held is every status but "cancelled", as Events() reads it.
    run("SELECT site, TOTAL(status <> 'cancelled'), "
        "TOTAL(CASE WHEN status <> 'cancelled' THEN participants END) FROM event WHERE site" +
            in + range + " GROUP BY site",
        [](SQLite::Statement& q, RangeSum* s) {
          s->events_held += static_cast<int64_t>(q.getColumn(1).getDouble());
          s->participants += static_cast<int64_t>(q.getColumn(2).getDouble());
        });
    run("SELECT site, COUNT(*) FROM feedback WHERE site" + in + range + " GROUP BY site",
        [](SQLite::Statement& q, RangeSum* s) { s->responses += q.getColumn(1).getInt64(); });
    return sums;
  });
}

}  // namespace ankerbericht
