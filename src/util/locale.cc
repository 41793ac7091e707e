#include "util/locale.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ankerbericht {
namespace {

// Replaces every "{name}" in |pattern|; the patterns are short, so a plain
// scan is enough.
std::string Fill(std::string pattern, std::string_view name, const std::string& value) {
  std::string mark = "{";
  mark.append(name).append("}");
  for (size_t at = pattern.find(mark); at != std::string::npos;
       at = pattern.find(mark, at + value.size())) {
    pattern.replace(at, mark.size(), value);
  }
  return pattern;
}

std::string TwoDigits(unsigned n) {
  std::string out = n < 10 ? "0" : "";
  out += std::to_string(n);
  return out;
}

const std::string kEmpty;

}  // namespace

Locale Locale::FromWords(const std::function<std::string(std::string_view)>& word) {
  Locale l;
  l.decimal_ = word("locale.decimal_separator");
  l.thousands_ = word("locale.thousands_separator");
  l.percent_ = word("locale.percent");
  l.date_short_ = word("locale.date.short");
  l.date_long_ = word("locale.date.long");
  l.date_month_year_ = word("locale.date.month_year");
  for (int i = 0; i < 7; ++i) {
    std::string n = std::to_string(i + 1);
    l.weekday_short_[i] = word("locale.weekday.short." + n);
    l.weekday_long_[i] = word("locale.weekday.long." + n);
  }
  for (int i = 0; i < 12; ++i) {
    std::string n = std::to_string(i + 1);
    l.month_short_[i] = word("locale.month.short." + n);
    l.month_long_[i] = word("locale.month.long." + n);
  }
  return l;
}

std::string Locale::FormatNumber(double value, int decimals) const {
  decimals = std::clamp(decimals, 0, 10);
  if (!std::isfinite(value)) return "";
  char buf[400];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits = buf;
  std::string frac;
  size_t dot = digits.find('.');
  if (dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.erase(dot);
  }
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += thousands_;
    grouped += digits[i];
  }
  // "-0" after rounding is shown as "0".
  bool negative = value < 0 && (digits.find_first_not_of('0') != std::string::npos ||
                                frac.find_first_not_of('0') != std::string::npos);
  std::string out = negative ? "−" : "";
  out += grouped;
  if (!frac.empty()) out += decimal_ + frac;
  return out;
}

std::string Locale::FormatPercent(double value, int decimals) const {
  return Fill(percent_, "n", FormatNumber(value, decimals));
}

std::string Locale::FormatByUnit(std::optional<double> value, std::string_view unit) const {
  if (!value) return "–";
  if (unit == "percent") return FormatPercent(*value);
  return FormatNumber(*value, unit == "per_hour" ? 1 : 0);
}

std::string Locale::FormatDate(const Date& date, DateStyle style) const {
  std::string text = style == DateStyle::kShort  ? date_short_
                     : style == DateStyle::kLong ? date_long_
                                                 : date_month_year_;
  text = Fill(text, "yyyy", std::to_string(date.year()));
  text = Fill(text, "mm", TwoDigits(date.month()));
  text = Fill(text, "dd", TwoDigits(date.day()));
  text = Fill(text, "d", std::to_string(date.day()));
  text = Fill(text, "month", MonthLong(date.month()));
  return text;
}

const std::string& Locale::WeekdayShort(int weekday) const {
  return weekday >= 0 && weekday < 7 ? weekday_short_[weekday] : kEmpty;
}
const std::string& Locale::WeekdayLong(int weekday) const {
  return weekday >= 0 && weekday < 7 ? weekday_long_[weekday] : kEmpty;
}
const std::string& Locale::MonthShort(unsigned month) const {
  return month >= 1 && month <= 12 ? month_short_[month - 1] : kEmpty;
}
const std::string& Locale::MonthLong(unsigned month) const {
  return month >= 1 && month <= 12 ? month_long_[month - 1] : kEmpty;
}

}  // namespace ankerbericht
