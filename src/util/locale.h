// How numbers, dates, weekdays and months are written for readers of one
// language: the one owner of "1.234,5" versus "1,234.5", "15.10.2026" versus
// "2026-10-15" and "Mo" versus "Mon". Tables, tiles, charts and the command
// line all format through a Locale.
//
// A Locale holds no words of its own: separators, patterns and names are data,
// read from the strings tables (templates/strings/<lang>.json, keys
// "locale.*") by util/strings.h (Strings::locale(), BuiltinLocale()); the
// document stage hands the Locale on to render/ in DocumentInfo. A default-constructed Locale
// writes German separators and ISO dates and has no names (tests of the renderer).
#ifndef ANKERBERICHT_UTIL_LOCALE_H_
#define ANKERBERICHT_UTIL_LOCALE_H_

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "util/date.h"

namespace ankerbericht {

class Locale {
 public:
  Locale() = default;

  // Reads every "locale.*" entry through |word| (key -> text): the
  // separators, the number+unit patterns, the date patterns and the names.
  // Never fails: a missing key gives whatever |word| returns for it (the
  // strings table's "⟦key⟧" marker, which the language tests find).
  static Locale FromWords(const std::function<std::string(std::string_view)>& word);

  // |decimals| digits after the decimal separator (0..10), thousands
  // grouped, a true minus sign ("−2,5"); "-0" after rounding is "0".
  // Non-finite values give "".
  std::string FormatNumber(double value, int decimals) const;
  // The number with |decimals| digits and the percent sign as the language
  // writes it: "79,6 %" / "79.6%".
  std::string FormatPercent(double value, int decimals = 1) const;
  // A value by its catalogue unit (evaluate/indicators.h): "percent" as
  // FormatPercent, "per_hour" with one decimal, every other unit whole;
  // "–" when |value| is missing.
  std::string FormatByUnit(std::optional<double> value, std::string_view unit) const;

  enum class DateStyle {
    kShort,      // "15.10.2026" / "2026-10-15"
    kLong,       // "15. Oktober 2026" / "15 October 2026"
    kMonthYear,  // "Oktober 2026" / "October 2026"
  };
  std::string FormatDate(const Date& date, DateStyle style = DateStyle::kShort) const;

  // |weekday| 0 = Monday ... 6 = Sunday (Date::weekday()); |month| 1..12.
  // "" outside those ranges.
  const std::string& WeekdayShort(int weekday) const;   // "Mo" / "Mon"
  const std::string& WeekdayLong(int weekday) const;    // "Montag" / "Monday"
  const std::string& MonthShort(unsigned month) const;  // "Okt" / "Oct"
  const std::string& MonthLong(unsigned month) const;   // "Oktober" / "October"

  const std::string& decimal_separator() const { return decimal_; }
  const std::string& thousands_separator() const { return thousands_; }

 private:
  std::string decimal_ = ",";
  std::string thousands_ = ".";
  std::string percent_ = "{n} %";  // "{n}" is the formatted number
  std::string date_short_ = "{yyyy}-{mm}-{dd}";
  std::string date_long_ = "{d} {month} {yyyy}";
  std::string date_month_year_ = "{month} {yyyy}";
  std::array<std::string, 7> weekday_short_, weekday_long_;
  std::array<std::string, 12> month_short_, month_long_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_LOCALE_H_
