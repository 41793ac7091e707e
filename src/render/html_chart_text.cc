#include "render/html_chart_text.h"

#include <cmath>
#include <variant>

#include "util/locale.h"

namespace ankerbericht {
namespace {

// Whole numbers plain, others with one decimal, as the charts label them.
std::string Number(double v, const Locale& locale) {
  return locale.FormatNumber(v, v == std::floor(v) ? 0 : 1);
}

std::string Cell(const std::optional<double>& v, const std::string& missing, const Locale& locale) {
  return v ? Number(*v, locale) : missing;
}

bool HasValue(const std::vector<ChartSeries>& series) {
  for (const ChartSeries& s : series) {
    for (const auto& v : s.values) {
      if (v) return true;
    }
  }
  return false;
}

// Categories down, series across: bar, line and radar charts.
Table SeriesTable(const std::string& title, const std::string& corner,
                  const std::vector<std::string>& categories,
                  const std::vector<ChartSeries>& series, const HtmlWords& words,
                  const Locale& locale) {
  Table t;
  t.caption = title;
  t.columns.push_back({corner, false});
  // One unnamed series is just "the values".
  for (const ChartSeries& s : series)
    t.columns.push_back({s.name.empty() ? words.values : s.name, true});
  if (!HasValue(series)) return t;
  for (size_t c = 0; c < categories.size(); ++c) {
    std::vector<std::string> row{categories[c]};
    for (const ChartSeries& s : series) {
      row.push_back(Cell(c < s.values.size() ? s.values[c] : std::nullopt, words.no_data, locale));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table Values(const BarChart& c, const HtmlWords& w, const Locale& locale) {
  return SeriesTable(c.title, w.category, c.categories, c.series, w, locale);
}

Table Values(const LineChart& c, const HtmlWords& w, const Locale& locale) {
  return SeriesTable(c.title, w.category, c.categories, c.series, w, locale);
}

Table Values(const RadarChart& c, const HtmlWords& w, const Locale& locale) {
  return SeriesTable(c.title, w.category, c.axes, c.series, w, locale);
}

Table Values(const DivergingChart& c, const HtmlWords& w, const Locale& locale) {
  Table t;
  t.caption = c.title;
  t.columns.push_back({w.statement, false});
  for (const std::string& a : c.answers) t.columns.push_back({a, true});
  bool withheld = false;
  for (double v : c.withheld) withheld = withheld || v > 0;
  if (withheld) t.columns.push_back({c.withheld_label, true});
  // A suppressed answer is one of the withheld ones: say so, not "no data".
  const std::string& hidden = c.withheld_label.empty() ? w.no_data : c.withheld_label;
  for (size_t i = 0; i < c.items.size() && i < c.values.size(); ++i) {
    std::vector<std::string> row{c.items[i]};
    for (size_t a = 0; a < c.answers.size(); ++a) {
      row.push_back(Cell(a < c.values[i].size() ? c.values[i][a] : std::nullopt, hidden, locale));
    }
    if (withheld) row.push_back(Number(i < c.withheld.size() ? c.withheld[i] : 0, locale));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table Values(const HeatmapChart& c, const HtmlWords& w, const Locale& locale) {
  Table t;
  t.caption = c.unit.empty() ? c.title : c.title + " (" + c.unit + ")";
  t.columns.push_back({w.weekday, false});
  for (const std::string& h : c.column_labels) t.columns.push_back({h, true});
  const std::string& missing = c.missing_label.empty() ? w.no_data : c.missing_label;
  bool any = false;
  for (const auto& row : c.values) {
    for (const auto& v : row) any = any || v.has_value();
  }
  if (!any) return t;
  for (size_t r = 0; r < c.row_labels.size() && r < c.values.size(); ++r) {
    std::vector<std::string> row{c.row_labels[r]};
    for (size_t k = 0; k < c.column_labels.size(); ++k) {
      bool closed = r < c.closed.size() && k < c.closed[r].size() && c.closed[r][k];
      if (closed && !c.closed_label.empty()) {
        row.push_back(c.closed_label);
      } else {
        row.push_back(
            Cell(k < c.values[r].size() ? c.values[r][k] : std::nullopt, missing, locale));
      }
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table Values(const TimelineChart& c, const HtmlWords& w, const Locale&) {
  Table t;
  t.caption = c.title;
  t.columns = {{w.date, false}, {w.event, false}};
  if (c.span_days <= 0) return t;
  for (const TimelineMark& m : c.marks) t.rows.push_back({m.date_text, m.label});
  if (c.range_from <= c.range_to && !c.range_label.empty()) {
    // The shaded range has no date of its own in the model; its label says what it is.
    t.rows.push_back({"", c.range_label});
  }
  return t;
}

// The title and empty message of |b| if it is a chart of kind C.
template <typename C>
bool TitleOf(const Block& b, std::string* title, std::string* empty) {
  const C* c = std::get_if<C>(&b);
  if (c == nullptr) return false;
  *title = c->title;
  *empty = c->empty_message;
  return true;
}

template <typename C>
bool AltOf(const Block& b, std::string* alt) {
  const C* c = std::get_if<C>(&b);
  if (c == nullptr) return false;
  *alt = c->alt;
  return true;
}

template <typename C>
bool ValuesOf(const Block& b, const HtmlWords& w, const Locale& locale, Table* t) {
  const C* c = std::get_if<C>(&b);
  if (c == nullptr) return false;
  *t = Values(*c, w, locale);
  return true;
}

std::string Kind(const Block& b, const HtmlWords& w) {
  if (std::holds_alternative<BarChart>(b)) return w.bar_chart;
  if (std::holds_alternative<LineChart>(b)) return w.line_chart;
  if (std::holds_alternative<DivergingChart>(b)) return w.diverging_chart;
  if (std::holds_alternative<HeatmapChart>(b)) return w.heatmap_chart;
  if (std::holds_alternative<RadarChart>(b)) return w.radar_chart;
  return w.timeline_chart;
}

}  // namespace

bool IsChart(const Block& b) {
  return std::holds_alternative<BarChart>(b) || std::holds_alternative<LineChart>(b) ||
         std::holds_alternative<DivergingChart>(b) || std::holds_alternative<HeatmapChart>(b) ||
         std::holds_alternative<RadarChart>(b) || std::holds_alternative<TimelineChart>(b);
}

Table ChartValues(const Block& chart, const HtmlWords& words, const Locale& locale) {
  Table t;
  ValuesOf<BarChart>(chart, words, locale, &t) || ValuesOf<LineChart>(chart, words, locale, &t) ||
      ValuesOf<DivergingChart>(chart, words, locale, &t) ||
      ValuesOf<HeatmapChart>(chart, words, locale, &t) ||
      ValuesOf<RadarChart>(chart, words, locale, &t) ||
      ValuesOf<TimelineChart>(chart, words, locale, &t);
  return t;
}

ChartText DescribeChart(const Block& chart, const HtmlWords& words, const Locale& locale) {
  ChartText text;
  std::string empty;
  bool is_chart = TitleOf<BarChart>(chart, &text.title, &empty) ||
                  TitleOf<LineChart>(chart, &text.title, &empty) ||
                  TitleOf<DivergingChart>(chart, &text.title, &empty) ||
                  TitleOf<HeatmapChart>(chart, &text.title, &empty) ||
                  TitleOf<RadarChart>(chart, &text.title, &empty) ||
                  TitleOf<TimelineChart>(chart, &text.title, &empty);
  if (!is_chart) return text;
  // The document stage words every chart once (chart_alt_text.h) for the PDF's
  // /Alt; the HTML says the same, so both editions describe a chart alike.
  std::string alt;
  AltOf<BarChart>(chart, &alt) || AltOf<LineChart>(chart, &alt) ||
      AltOf<DivergingChart>(chart, &alt) || AltOf<HeatmapChart>(chart, &alt) ||
      AltOf<RadarChart>(chart, &alt) || AltOf<TimelineChart>(chart, &alt);
  if (!alt.empty()) {
    text.desc = alt;
    return text;
  }
  Table t = ChartValues(chart, words, locale);
  text.desc = Kind(chart, words) + ": ";
  if (t.rows.empty()) {
    text.desc += empty.empty() ? words.no_data : empty;
    return text;
  }
  // "Januar 1.712; Februar 1.650" for one series, "Januar: 2026 1.712, 2025 1.400" for several.
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const std::vector<std::string>& row = t.rows[r];
    if (r) text.desc += "; ";
    text.desc += row[0];
    if (row.size() == 2) {
      text.desc += (row[0].empty() ? "" : " ") + row[1];
      continue;
    }
    text.desc += ":";
    for (size_t k = 1; k < row.size() && k < t.columns.size(); ++k) {
      text.desc += (k > 1 ? ", " : " ") + t.columns[k].title + " " + row[k];
    }
  }
  return text;
}

}  // namespace ankerbericht
