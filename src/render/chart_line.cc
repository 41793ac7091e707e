// Line chart: the current period as a solid line in the primary colour, the
// previous period dashed in grey, a y axis with "nice" ticks and horizontal
// category labels of which only every n-th is shown when space is short.
#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include "render/chart.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr double kPlotHeight = 140;
constexpr double kMarker = 3.2;

struct SeriesStyle {
  Rgb color;
  double width;
  double dash;
};

SeriesStyle StyleFor(const Theme& theme, size_t s) {
  if (s == 0) return {theme.primary, 1.8, 0};
  if (s == 1) return {kPrevious, 1.2, 3};
  return {SeriesColor(theme, s), 1.2, 0};
}

using Values = std::vector<std::vector<std::optional<double>>>;

// Each series' finite values; the range covers 0 and every value.
struct Data {
  Values values;
  double lo = 0, hi = 0;
  bool any = false, integers = true;
};

Data Prepare(const LineChart& chart) {
  Data d;
  size_t n = chart.categories.size();
  for (const ChartSeries& s : chart.series) {
    std::vector<std::optional<double>> v(n);
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      if (!s.values[i] || !std::isfinite(*s.values[i])) continue;
      v[i] = *s.values[i];
      d.any = true;
      d.lo = std::min(d.lo, *v[i]);
      d.hi = std::max(d.hi, *v[i]);
      d.integers = d.integers && *v[i] == std::floor(*v[i]);
    }
    d.values.push_back(std::move(v));
  }
  return d;
}

// The horizontal grid lines with their tick labels left of |left|.
void AddGridLines(const ValueAxis& a, double left, double right, double axis,
                  const MeasureFn& measure, Row* row) {
  for (size_t i = 0; i < a.ticks.size(); ++i) {
    double ty = a.Pos(a.ticks[i]);
    bool zero = a.ticks[i] == 0;
    row->ops.push_back(
        LineOp{left, ty, right, ty, zero ? kAxisLine : palette::kRule, zero ? 0.8 : 0.4});
    TextOp label = MakeText(0, ty - axis * 0.35, a.labels[i], FontStyle::kRegular, axis,
                            palette::kMuted, measure);
    label.x = left - 5 - label.width;
    row->ops.push_back(std::move(label));
  }
}

// Lines, broken where a value is missing, and a marker on every point.
void AddLines(const Values& values, const ValueAxis& a, const std::function<double(size_t)>& x_of,
              const Theme& theme, Row* row) {
  for (size_t s = 0; s < values.size(); ++s) {
    size_t n = values[s].size();
    SeriesStyle st = StyleFor(theme, s);
    PathOp path;
    path.stroke = st.color;
    path.line_width = st.width;
    path.dash = st.dash;
    auto flush = [&] {
      if (path.points.size() > 1) row->ops.push_back(path);
      path.points.clear();
    };
    for (size_t i = 0; i < n; ++i) {
      if (!values[s][i]) {
        flush();
        continue;
      }
      path.points.push_back({x_of(i), a.Pos(*values[s][i])});
    }
    flush();
    for (size_t i = 0; i < n; ++i) {
      if (!values[s][i]) continue;
      double px = x_of(i), py = a.Pos(*values[s][i]);
      row->ops.emplace_back(RectOp{px - kMarker / 2, py - kMarker / 2, kMarker, kMarker,
                                   s == 0 ? std::optional<Rgb>(st.color) : palette::kWhite,
                                   st.color, 0.8});
    }
  }
}

// Category labels at |baseline|: every |every|-th so that neighbours keep
// 4 pt apart, each with a tick on the axis at |axis_y|.
void AddCategoryLabels(const LineChart& chart, double slot, double baseline, double axis_y,
                       const std::function<double(size_t)>& x_of, const WidthFn& w,
                       const MeasureFn& measure, const Theme& theme, Row* row) {
  size_t n = chart.categories.size();
  double axis = kAxisSize * theme.font_scale;
  double widest = 0;
  for (const std::string& c : chart.categories) widest = std::max(widest, w(SanitizeUtf8(c)));
  size_t every = 1;
  while (every < n && widest + 4 > every * slot) ++every;
  double label_room = every * slot - 4;
  double last_right = -1e9;
  for (size_t i = 0; i < n; i += every) {
    TextOp label =
        Centered(x_of(i), baseline, FitText(SanitizeUtf8(chart.categories[i]), label_room, w),
                 palette::kMuted, measure, axis);
    label.x = std::clamp(label.x, theme.content_left, theme.content_right - label.width);
    if (label.x < last_right + 3) continue;  // pushed into its neighbour at the edge
    last_right = label.x + label.width;
    row->ops.push_back(std::move(label));
    row->ops.emplace_back(LineOp{x_of(i), axis_y, x_of(i), axis_y - 2.5, kAxisLine, 0.5});
  }
}

}  // namespace

Row LayoutLineChart(const LineChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  size_t n = chart.categories.size();
  Data d = Prepare(chart);
  if (!d.any) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  if (d.values.size() > 1) {
    std::vector<LegendItem> legend;
    for (size_t s = 0; s < d.values.size(); ++s) {
      SeriesStyle st = StyleFor(theme, s);
      legend.push_back({SanitizeUtf8(chart.series[s].name), st.color, true, st.dash});
    }
    AddLegend(legend, measure, theme, &row, &y);
  }
  double axis = kAxisSize * theme.font_scale;
  WidthFn w = Width(measure, FontStyle::kRegular, axis);
  if (!chart.unit.empty()) {
    row.ops.push_back(MakeText(theme.content_left, y - axis,
                               FitText(SanitizeUtf8(chart.unit), theme.content_width(), w),
                               FontStyle::kRegular, axis, palette::kMuted, measure));
    y -= axis + 4;
  }
  ValueAxis a = MakeValueAxis(d.lo, d.hi, d.integers, 5, measure, theme);
  a.to = y - 8;  // the top tick
  a.from = a.to - kPlotHeight;
  double left = theme.content_left + a.label_width + 8, right = theme.content_right - 4;
  AddGridLines(a, left, right, axis, measure, &row);
  double slot = (right - left) / std::max<size_t>(n, 1);
  auto x_of = [&](size_t i) { return left + (i + 0.5) * slot; };
  AddLines(d.values, a, x_of, theme, &row);
  double baseline = a.from - 6 - axis * 0.9;
  AddCategoryLabels(chart, slot, baseline, a.from, x_of, w, measure, theme, &row);
  y = baseline - axis * 0.4 - 4;
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
