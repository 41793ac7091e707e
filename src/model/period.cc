#include "model/period.h"

#include <cstdio>

#include "util/strings.h"

namespace ankerbericht {

namespace {

Period Make(Period::Kind kind, int year, unsigned first_month, int months) {
  Period p;
  p.kind = kind;
  p.from = Date(year, first_month, 1);
  p.to = p.from.AddMonths(months).AddDays(-1);
  char buf[32];
  switch (kind) {
    case Period::Kind::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case Period::Kind::kHalf:
      std::snprintf(buf, sizeof buf, "%04d-H%u", year, first_month == 1 ? 1u : 2u);
      break;
    case Period::Kind::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%u", year, (first_month - 1) / 3 + 1);
      break;
    case Period::Kind::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02u", year, first_month);
      break;
    case Period::Kind::kRange:
      buf[0] = '\0';
      break;
  }
  p.id = buf;
  return p;
}

int MonthsOf(Period::Kind kind) {
  switch (kind) {
    case Period::Kind::kYear:
      return 12;
    case Period::Kind::kHalf:
      return 6;
    case Period::Kind::kQuarter:
      return 3;
    case Period::Kind::kMonth:
      return 1;
    case Period::Kind::kRange:
      return 0;
  }
  return 0;
}

// The built-in strings table of |lang|; an empty one, whose every word shows
// as its marked key, when the table cannot be read.
const Strings& TableOf(const std::string& lang) {
  static const Strings kNone;
  Result<const Strings*> table = Strings::Builtin(lang);
  return table.ok() ? **table : kNone;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Period MakeRange(const Date& from, const Date& to) {
  Period p;
  p.kind = Period::Kind::kRange;
  p.from = from;
  p.to = to;
  p.id = from.ToIso() + ".." + to.ToIso();
  return p;
}

Period Period::Previous() const {
  if (kind == Kind::kRange) return MakeRange(from.AddDays(-Days()), from.AddDays(-1));
  Date start = from.AddMonths(-MonthsOf(kind));
  return Make(kind, start.year(), start.month(), MonthsOf(kind));
}

Period Period::YearBefore() const {
  if (kind == Kind::kRange) return MakeRange(from.AddMonths(-12), to.AddMonths(-12));
  return Make(kind, from.year() - 1, from.month(), MonthsOf(kind));
}

std::string LongDate(const Date& d, const std::string& lang) {
  if (lang == "en")
    return std::to_string(d.day()) + " " + EnglishMonthName(d.month()) + " " +
           std::to_string(d.year());
  return std::to_string(d.day()) + ". " + GermanMonthName(d.month()) + " " +
         std::to_string(d.year());
}

std::string Period::Describe(const std::string& lang) const {
  // "1. Januar – 30. Juni 2026": the year once when both ends share it.
  std::string start = LongDate(from, lang);
  const std::string year = ' ' + std::to_string(from.year());
  if (from.year() == to.year() && start.ends_with(year)) start.resize(start.size() - year.size());
  return start + " – " + LongDate(to, lang);
}

std::string Period::Label(const std::string& lang) const {
  bool en = lang == "en";
  std::string year = std::to_string(from.year());
  switch (kind) {
    case Kind::kYear:
      return year;
    case Kind::kHalf:
      return TableOf(lang).Format(from.month() == 1 ? "period.half.1" : "period.half.2",
                                  {{"year", year}});
    case Kind::kQuarter:
      return TableOf(lang).Format(
          "period.quarter", {{"q", std::to_string((from.month() - 1) / 3 + 1)}, {"year", year}});
    case Kind::kMonth:
      return std::string(en ? EnglishMonthName(from.month()) : GermanMonthName(from.month())) +
             " " + year;
    case Kind::kRange:
      return Describe(lang);
  }
  return id;
}

Result<Period> ParsePeriod(const std::string& text) {
  Status bad = Status::Usage(CliWords().Format("cli.period.unknown", {{"period", text}}));
  size_t dots = text.find("..");
  if (dots != std::string::npos) {
    std::optional<Date> from = Date::Parse(text.substr(0, dots));
    std::optional<Date> to = Date::Parse(text.substr(dots + 2));
    if (!from || !to) return bad;
    if (*to < *from)
      return Status::Usage(CliWords().Format("cli.period.end_before_start", {{"period", text}}));
    return MakeRange(*from, *to);
  }
  if (text.size() < 4 || !AllDigits(text.substr(0, 4))) return bad;
  int year = std::stoi(text.substr(0, 4));
  if (year < 1990 || year > 2200) return bad;
  if (text.size() == 4) return Make(Period::Kind::kYear, year, 1, 12);
  if (text[4] != '-') return bad;
  std::string rest = text.substr(5);
  if (rest == "H1" || rest == "h1") return Make(Period::Kind::kHalf, year, 1, 6);
  if (rest == "H2" || rest == "h2") return Make(Period::Kind::kHalf, year, 7, 6);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') {
    return Make(Period::Kind::kQuarter, year, static_cast<unsigned>(rest[1] - '1') * 3 + 1, 3);
  }
  if (rest.size() == 2 && AllDigits(rest)) {
    int month = std::stoi(rest);
    if (month >= 1 && month <= 12)
      return Make(Period::Kind::kMonth, year, static_cast<unsigned>(month), 1);
  }
  return bad;
}

Period HalfYearOf(const Date& d) {
  return Make(Period::Kind::kHalf, d.year(), d.month() <= 6 ? 1u : 7u, 6);
}

Period QuarterOf(const Date& d) {
  return Make(Period::Kind::kQuarter, d.year(), (d.month() - 1) / 3 * 3 + 1, 3);
}

Period MonthOf(const Date& d) { return Make(Period::Kind::kMonth, d.year(), d.month(), 1); }

}  // namespace ankerbericht
