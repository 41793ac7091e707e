// Helpers shared by the store's .cc files: exception fencing and column
// conversions. Internal to src/store/.
#ifndef ANKERBERICHT_STORE_SQL_UTIL_H_
#define ANKERBERICHT_STORE_SQL_UTIL_H_

#include <Poco/Exception.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <exception>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/codec.h"
#include "util/date.h"
#include "util/status.h"
#include "util/strings.h"

namespace ankerbericht::store_internal {

// The sensors of site ?1 as the table "sensor" (column "name"), one primary
// key seek each. The counter table is keyed (site, sensor, date, minute)
// (store/schema.cc), so a day range of all sensors is read as one range seek
// per sensor: prefix a query with this and join visit ON v.site = ?1 AND
// v.sensor = sensor.name. The last row's name is NULL and joins nothing.
inline constexpr const char* kVisitSensorsOfSite =
    "WITH RECURSIVE sensor(name) AS ("
    " SELECT MIN(sensor) FROM visit WHERE site = ?1"
    " UNION ALL SELECT (SELECT MIN(sensor) FROM visit WHERE site = ?1 AND sensor > sensor.name)"
    " FROM sensor WHERE sensor.name IS NOT NULL) ";

// The hour sums of a day in visit_day.hours (store/schema.cc, version 6):
// "h0,h1,..,h23", each the sum of the readings of an hour or less starting in
// that hour, empty for an hour without any.
inline constexpr int kHoursPerDay = 24;
using HourSums = std::array<std::optional<int64_t>, kHoursPerDay>;

// SQL for the hours text of the readings of a group (alias v of visit).
inline std::string HourSumsSql() {
  std::string format, sums;
  for (int h = 0; h < kHoursPerDay; ++h) {
    format += h ? ",%s" : "%s";
    sums += ", SUM(CASE WHEN v.interval_minutes <= 60 AND v.minute / 60 = " + std::to_string(h) +
            " THEN v.in_count END)";
  }
  return "printf('" + format + "'" + sums + ")";
}

inline std::string FormatHourSums(const HourSums& hours) {
  std::string text;
  for (int h = 0; h < kHoursPerDay; ++h) {
    if (h) text += ',';
    if (hours[static_cast<size_t>(h)]) text += std::to_string(*hours[static_cast<size_t>(h)]);
  }
  return text;
}

// Calls f(hour, sum) for each hour with a sum. Throws CorruptData (below)
// when |text| is not such a list.
template <typename F>
void ForEachHourSum(std::string_view text, F f);

// Thrown when stored text cannot be decoded. Like SQLite's own exceptions it
// never leaves the Store: Guarded() turns it into a Status.
class CorruptData : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs |body| and converts any exception into a kDatabase Status, so that no
// exception crosses the Store's public interface.
// |what| is worded (store.what.* in the strings table): "Lesen der
// Veranstaltungen" in "Fehler beim Lesen der Veranstaltungen (Datenbank ...)".
template <typename F>
auto Guarded(const SQLite::Database& db, const std::string& what, F&& body) -> decltype(body()) {
  auto fail = [&](const std::string& reason) {
    return Status::Database(CliWords().Format(
        "store.cannot", {{"what", what}, {"db", db.getFilename()}, {"reason", reason}}));
  };
  try {
    return body();
  } catch (const SQLite::Exception& e) {
    return fail(e.what());
  } catch (const Poco::Exception& e) {
    return fail(e.displayText());
  } catch (const std::exception& e) {
    return fail(e.what());
  }
}

template <typename F>
void ForEachHourSum(std::string_view text, F f) {
  const char* p = text.data();
  const char* end = p + text.size();
  for (int h = 0; h < kHoursPerDay; ++h) {
    const char* comma = std::find(p, end, ',');
    if (comma != p) {
      int64_t sum = 0;
      if (std::from_chars(p, comma, sum).ptr != comma)
        throw CorruptData(CliWords()("store.corrupt.hour_sums"));
      f(h, sum);
    }
    if (comma == end) {
      if (h != kHoursPerDay - 1) throw CorruptData(CliWords()("store.corrupt.hour_sums"));
      break;
    }
    p = comma + 1;
  }
}

// --- Column helpers ---

template <typename T>
inline void BindOptional(SQLite::Statement& stmt, int index, const std::optional<T>& value) {
  if (value) {
    stmt.bind(index, static_cast<int64_t>(*value));
  } else {
    stmt.bind(index);  // NULL
  }
}

inline std::optional<int64_t> OptionalInt64(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt64();
}

inline std::optional<int> OptionalInt(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt();
}

inline Date DateColumn(const SQLite::Column& column) { return Date::FromDays(column.getInt()); }

inline std::vector<std::string> ListColumn(const SQLite::Column& column) {
  std::optional<std::vector<std::string>> list = DecodeStringList(column.getString());
  if (!list)
    throw CorruptData(CliWords().Format("store.corrupt.list", {{"column", column.getName()}}));
  return std::move(*list);
}

inline std::map<std::string, int64_t> CountMapColumn(const SQLite::Column& column) {
  std::optional<std::map<std::string, int64_t>> counts = DecodeCountMap(column.getString());
  if (!counts)
    throw CorruptData(CliWords().Format("store.corrupt.counts", {{"column", column.getName()}}));
  return std::move(*counts);
}

// Binds (site, from, to) as ?1, ?2, ?3: the shape of every range query.
inline void BindRange(SQLite::Statement& stmt, const std::string& site, Date from, Date to) {
  stmt.bind(1, site);
  stmt.bind(2, from.days());
  stmt.bind(3, to.days());
}

}  // namespace ankerbericht::store_internal

#endif  // ANKERBERICHT_STORE_SQL_UTIL_H_
