// Calendar dates and times of day, built on C++20 <chrono> calendar types.
//
// A Date is a civil day with no time zone: opening hours, events and counter
// intervals are all local to the site, so a time zone would only add room for
// off-by-one-hour errors.
#ifndef ANKERBERICHT_UTIL_DATE_H_
#define ANKERBERICHT_UTIL_DATE_H_

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ankerbericht {

class Date {
 public:
  Date() = default;  // 1970-01-01
  Date(int year, unsigned month, unsigned day);
  static Date FromDays(int days_since_epoch);

  // Parses "dd.mm.yyyy", "d.m.yyyy", "dd.mm.yy" and ISO "yyyy-mm-dd" (a time
  // part after the date is ignored here; see ParseTimestamp). Returns nullopt
  // for anything else and for impossible dates such as 31.02.2026.
  static std::optional<Date> Parse(std::string_view text);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  // 0 = Monday ... 6 = Sunday (the German week).
  int weekday() const;
  int days() const { return days_; }  // days since 1970-01-01

  Date AddDays(int n) const { return FromDays(days_ + n); }
  // Adds calendar months, clamping the day to the month's length.
  Date AddMonths(int n) const;
  Date FirstOfMonth() const { return Date(year(), month(), 1); }

  std::string ToIso() const;     // 2026-01-31
  std::string ToGerman() const;  // 31.01.2026

  auto operator<=>(const Date&) const = default;

 private:
  int days_ = 0;
};

// Minutes since midnight for "14:30", "14.30", "14:30:00", "9"; nullopt if
// not a time of day. "24:00" is accepted as 1440 (the end of a day).
std::optional<int> ParseTimeOfDay(std::string_view text);

// "HH:MM".
std::string FormatTimeOfDay(int minutes);

struct Timestamp {
  Date date;
  int minute = 0;  // minutes since midnight, local time
  auto operator<=>(const Timestamp&) const = default;
};

// Parses "dd.mm.yyyy HH:MM[:SS]", "yyyy-mm-dd HH:MM[:SS]" and
// "yyyy-mm-ddTHH:MM[:SS]" with an optional trailing zone ("+0200", "Z"), which
// is dropped: the stamp is kept in the local time it was written in.
std::optional<Timestamp> ParseTimestamp(std::string_view text);

// German month names, 1-based ("Januar" ... "Dezember").
const char* GermanMonthName(unsigned month);
const char* EnglishMonthName(unsigned month);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_DATE_H_
