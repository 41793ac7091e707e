#include "evaluate/evaluation.h"

namespace ankerbericht {

std::vector<MonthValue> VisitsByMonth(const PeriodData& data) {
  std::vector<MonthValue> months;
  for (Date m = data.period.from.FirstOfMonth(); m <= data.period.to; m = m.AddMonths(1)) {
    months.push_back({m, std::nullopt});
  }
  for (const auto& [date, day] : data.visit_days) {
    for (MonthValue& mv : months) {
      if (mv.month.year() == date.year() && mv.month.month() == date.month()) {
        mv.value = mv.value.value_or(0) + static_cast<double>(day.count);
      }
    }
  }
  return months;
}

Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period, bool compare) {
  Evaluation ev;
  ev.site = &site;
  ev.period = period;
  ev.previous = period.Previous();
  ev.year_before = period.YearBefore();
  auto data = LoadPeriodData(store, site, period);
  if (!data.ok()) return data.status();
  ev.data = std::move(*data);
  ev.indicators = ComputeIndicators(ev.data);
  ev.visits_by_month = VisitsByMonth(ev.data);

  auto year_before = LoadPeriodData(store, site, ev.year_before);
  if (!year_before.ok()) return year_before.status();
  ev.visits_by_month_year_before = VisitsByMonth(*year_before);
  if (compare) {
    ev.compared = true;
    auto previous = LoadPeriodData(store, site, ev.previous);
    if (!previous.ok()) return previous.status();
    std::map<std::string, IndicatorValue> prev = ComputeIndicators(*previous);
    std::map<std::string, IndicatorValue> before = ComputeIndicators(*year_before);
    for (auto& [id, value] : ev.indicators) {
      value.previous = prev[id].value;
      value.year_before = before[id].value;
    }
  }
  return ev;
}

Result<Period> ResolvePeriod(Store* store, const Site& site, const std::string& expr, Date today) {
  if (expr != "latest-half") return ParsePeriod(expr);
  auto span = store->DataSpan(site.id);
  if (!span.ok()) return span.status();
  Date last = *span ? std::min((*span)->second, today) : today;
  Period half = HalfYearOf(last);
  if (half.to > today && *span) half = half.Previous();
  return half;
}

}  // namespace ankerbericht
