// Shares its number format with the alt text (chart_alt_text.cc) and the
// report's tables, so the table, the alt text and the page agree digit for digit.
#include "document/chart_data_table.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "util/strings.h"

namespace ankerbericht {
namespace {

std::string Number(const std::optional<double>& v, const std::string& lang) {
  if (!v) return "\u2013";
  bool whole = std::fabs(*v - std::round(*v)) < 1e-9;
  return BuiltinLocale(lang).FormatNumber(*v, whole ? 0 : 1);
}

}  // namespace

Table ChartDataTable(const BarChart& chart, const std::string& category_title,
                     const std::string& lang) {
  Table t;
  if (!chart.title.empty()) {
    // A language without a table gives the marked key, which the language
    // tests find.
    Result<const Strings*> words = Strings::Builtin(lang);
    static const Strings kNone;
    t.caption = (words.ok() ? **words : kNone)
                    .Format("report.chart_data_table.caption", {{"title", chart.title}});
  }
  t.columns.push_back({category_title, false});
  for (const ChartSeries& s : chart.series) {
    // A single series without a name is the chart's unit ("Besuche").
    std::string title = s.name.empty() ? chart.unit : s.name;
    t.columns.push_back({title, true});
  }
  // A chart without a single value shows its empty message; a table of
  // dashes would only repeat it.
  bool any = std::any_of(chart.series.begin(), chart.series.end(), [](const ChartSeries& s) {
    return std::any_of(s.values.begin(), s.values.end(),
                       [](const std::optional<double>& v) { return v.has_value(); });
  });
  if (!any) return t;
  for (size_t i = 0; i < chart.categories.size(); ++i) {
    std::vector<std::string> row{chart.categories[i]};
    for (const ChartSeries& s : chart.series) {
      row.push_back(Number(i < s.values.size() ? s.values[i] : std::nullopt, lang));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace ankerbericht
