// Reporting periods: a half-year, quarter, month, year or date range, with the
// periods a report compares against.
#ifndef ANKERBERICHT_MODEL_PERIOD_H_
#define ANKERBERICHT_MODEL_PERIOD_H_

#include <string>

#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

struct Period {
  enum class Kind { kYear, kHalf, kQuarter, kMonth, kRange };
  Kind kind = Kind::kRange;
  std::string id;  // "2026-H1", "2026-Q3", "2026-05", "2026", "2026-01-01..2026-03-31"
  Date from;
  Date to;  // inclusive

  bool Contains(const Date& d) const { return d >= from && d <= to; }
  int Days() const { return to.days() - from.days() + 1; }

  // The period of the same kind and length just before this one (2026-H1 ->
  // 2025-H2; a 10-day range -> the 10 days before it).
  Period Previous() const;
  // The same period one year earlier.
  Period YearBefore() const;

  // "1. Januar 2026 – 30. Juni 2026" (de) or "1 January 2026 – 30 June 2026" (en).
  std::string Describe(const std::string& lang) const;
  // Short label: "1. Halbjahr 2026", "Mai 2026", "3. Quartal 2026", "2026".
  std::string Label(const std::string& lang) const;
};

// Parses "2026-H1", "2026-H2", "2026-Q3", "2026-05", "2026" and
// "2026-01-01..2026-03-31" (either date may also be dd.mm.yyyy). Fails with
// kUsage and a message listing the accepted forms.
Result<Period> ParsePeriod(const std::string& text);

// The date range |from|..|to| (both days included), with the id
// "2026-01-01..2026-03-31" that ParsePeriod reads back.
Period MakeRange(const Date& from, const Date& to);

// The half-year, quarter and month that contain |d|.
Period HalfYearOf(const Date& d);
Period QuarterOf(const Date& d);
Period MonthOf(const Date& d);

// "1. Januar 2026" / "1 January 2026".
std::string LongDate(const Date& d, const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_PERIOD_H_
