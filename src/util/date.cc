#include "util/date.h"

#include <cstdio>

#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace chr = std::chrono;

Date::Date(int year, unsigned month, unsigned day) {
  days_ =
      chr::sys_days(chr::year(year) / chr::month(month) / chr::day(day)).time_since_epoch().count();
}

Date Date::FromDays(int days_since_epoch) {
  Date d;
  d.days_ = days_since_epoch;
  return d;
}

static chr::year_month_day Ymd(int days) {
  return chr::year_month_day(chr::sys_days(chr::days(days)));
}

int Date::year() const { return static_cast<int>(Ymd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(Ymd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(Ymd(days_).day()); }

int Date::weekday() const {
  // chrono counts Sunday as 0; the German week starts on Monday.
  unsigned c = chr::weekday(chr::sys_days(chr::days(days_))).c_encoding();
  return static_cast<int>((c + 6) % 7);
}

Date Date::AddMonths(int n) const {
  chr::year_month_day ymd = Ymd(days_);
  chr::year_month ym = chr::year_month(ymd.year(), ymd.month()) + chr::months(n);
  chr::day last = chr::year_month_day_last(ym.year(), chr::month_day_last(ym.month())).day();
  chr::day d = ymd.day() > last ? last : ymd.day();
  return Date(static_cast<int>(ym.year()), static_cast<unsigned>(ym.month()),
              static_cast<unsigned>(d));
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
  return buf;
}

std::string Date::ToGerman() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u.%02u.%04d", day(), month(), year());
  return buf;
}

static std::optional<Date> MakeDate(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  chr::year_month_day ymd{chr::year(y), chr::month(static_cast<unsigned>(m)),
                          chr::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return Date(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

// Reads 1..max_digits digits at text[*pos]; advances *pos.
static bool ReadNumber(std::string_view text, size_t* pos, int max_digits, int* out) {
  int value = 0, n = 0;
  while (*pos < text.size() && n < max_digits && text[*pos] >= '0' && text[*pos] <= '9') {
    value = value * 10 + (text[*pos] - '0');
    ++*pos;
    ++n;
  }
  if (n == 0) return false;
  *out = value;
  return true;
}

// Parses the date at the start of |text|; *consumed is set to its length.
static std::optional<Date> ParseDatePrefix(std::string_view text, size_t* consumed) {
  size_t pos = 0;
  int a = 0, b = 0, c = 0;
  if (!ReadNumber(text, &pos, 4, &a)) return std::nullopt;
  if (pos == 4 && pos < text.size() && text[pos] == '-') {  // ISO yyyy-mm-dd
    ++pos;
    size_t mstart = pos;
    if (!ReadNumber(text, &pos, 2, &b) || pos - mstart != 2) return std::nullopt;
    if (pos >= text.size() || text[pos] != '-') return std::nullopt;
    ++pos;
    size_t dstart = pos;
    if (!ReadNumber(text, &pos, 2, &c) || pos - dstart != 2) return std::nullopt;
    *consumed = pos;
    return MakeDate(a, b, c);
  }
  if (pos > 2 || pos >= text.size() || text[pos] != '.') return std::nullopt;  // dd.mm.yyyy
  ++pos;
  size_t mstart = pos;
  if (!ReadNumber(text, &pos, 2, &b) || pos - mstart == 0) return std::nullopt;
  if (pos >= text.size() || text[pos] != '.') return std::nullopt;
  ++pos;
  size_t ystart = pos;
  if (!ReadNumber(text, &pos, 4, &c)) return std::nullopt;
  size_t ylen = pos - ystart;
  if (ylen == 2) {
    c += 2000;  // Excel's "dd.mm.yy": this product only sees dates after 2000.
  } else if (ylen != 4) {
    return std::nullopt;
  }
  *consumed = pos;
  return MakeDate(c, b, a);
}

std::optional<Date> Date::Parse(std::string_view text) {
  text = Trim(text);
  size_t consumed = 0;
  std::optional<Date> d = ParseDatePrefix(text, &consumed);
  if (!d) return std::nullopt;
  std::string_view rest = text.substr(consumed);
  if (rest.empty()) return d;
  // A time part may follow ("2026-01-31 00:00:00", "31.01.2026 00:00").
  if (rest[0] != ' ' && rest[0] != 'T') return std::nullopt;
  if (!ParseTimestamp(text)) return std::nullopt;
  return d;
}

std::optional<int> ParseTimeOfDay(std::string_view text) {
  text = Trim(text);
  size_t pos = 0;
  int h = 0, m = 0, s = 0;
  if (!ReadNumber(text, &pos, 2, &h)) return std::nullopt;
  if (pos < text.size() && (text[pos] == ':' || text[pos] == '.')) {
    ++pos;
    size_t mstart = pos;
    if (!ReadNumber(text, &pos, 2, &m) || pos - mstart != 2) return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
      ++pos;
      if (!ReadNumber(text, &pos, 2, &s)) return std::nullopt;
    }
  }
  if (pos != text.size()) {
    // Tolerate a trailing " Uhr".
    std::string_view rest = Trim(text.substr(pos));
    if (rest != "Uhr" && rest != "h") return std::nullopt;
  }
  if (h > 24 || m > 59 || s > 59 || (h == 24 && (m != 0 || s != 0))) return std::nullopt;
  return h * 60 + m;
}

std::string FormatTimeOfDay(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

std::optional<Timestamp> ParseTimestamp(std::string_view text) {
  text = Trim(text);
  size_t consumed = 0;
  std::optional<Date> d = ParseDatePrefix(text, &consumed);
  if (!d) return std::nullopt;
  std::string_view rest = text.substr(consumed);
  Timestamp ts{*d, 0};
  if (rest.empty()) return ts;
  if (rest[0] != ' ' && rest[0] != 'T') return std::nullopt;
  rest = Trim(rest.substr(1));
  // Drop a zone suffix: "Z", "+0200", "+02:00", "-04:00", " +0200".
  size_t zone = rest.find_first_of("Z+");
  size_t minus = rest.find('-');
  if (minus != std::string_view::npos && (zone == std::string_view::npos || minus < zone))
    zone = minus;
  std::string_view time = Trim(zone == std::string_view::npos ? rest : rest.substr(0, zone));
  // Fractional seconds ("05:40:39.000") carry nothing we need.
  size_t dot = time.find('.');
  if (dot != std::string_view::npos && time.find(':') != std::string_view::npos &&
      dot > time.find(':'))
    time = time.substr(0, dot);
  std::optional<int> minute = ParseTimeOfDay(time);
  if (!minute) return std::nullopt;
  ts.minute = *minute;
  return ts;
}

// The names are words of the strings tables (date.month.01 ... 12); the table
// keeps them for the program's lifetime, so the pointer stays valid.
static const char* MonthName(const std::string& lang, unsigned month) {
  if (month < 1 || month > 12) return "";
  Result<const Strings*> table = Strings::Builtin(lang);
  if (!table.ok()) return "";
  const std::string key = (month < 10 ? "date.month.0" : "date.month.") + std::to_string(month);
  return (*table)->Get(key).c_str();
}

const char* GermanMonthName(unsigned month) { return MonthName("de", month); }
const char* EnglishMonthName(unsigned month) { return MonthName("en", month); }

}  // namespace ankerbericht
