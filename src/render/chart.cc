#include "render/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <utility>

#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr double kPlotHeight = 150;
constexpr double kHeadroom = 10;  // above the top grid line, for value labels
constexpr double kMaxBarWidth = 40;
constexpr double kMaxLabelWidth = 80;  // rotated category labels are cut here
constexpr double kCos45 = 0.70710678;

// The chart's data, cleaned: texts valid UTF-8, non-finite values missing,
// one value per category and series.
struct ChartData {
  std::vector<std::string> categories;
  std::vector<std::string> names;
  std::vector<std::vector<std::optional<double>>> values;  // [series][category]
  double lo = 0, hi = 0;                                   // data range, always including 0
  bool any_value = false;
  bool integers = true;
  bool any_negative = false;
  bool stacked = false;
};

ChartData Prepare(const BarChart& chart) {
  ChartData d;
  for (const std::string& c : chart.categories) d.categories.push_back(SanitizeUtf8(c));
  for (const ChartSeries& s : chart.series) {
    d.names.push_back(SanitizeUtf8(s.name));
    std::vector<std::optional<double>> row(d.categories.size());
    for (size_t i = 0; i < row.size() && i < s.values.size(); ++i) {
      if (!s.values[i] || !std::isfinite(*s.values[i])) continue;
      double v = *s.values[i];
      row[i] = v;
      d.any_value = true;
      d.lo = std::min(d.lo, v);
      d.hi = std::max(d.hi, v);
      d.integers = d.integers && v == std::floor(v);
      d.any_negative = d.any_negative || v < 0;
    }
    d.values.push_back(std::move(row));
  }
  d.stacked = chart.stacked && d.values.size() > 1;
  if (d.stacked) {
    // The axis has to hold the sums of the positive and negative parts.
    for (size_t c = 0; c < d.categories.size(); ++c) {
      double up = 0, down = 0;
      for (const auto& row : d.values) {
        if (row[c]) (*row[c] >= 0 ? up : down) += *row[c];
      }
      d.hi = std::max(d.hi, up);
      d.lo = std::min(d.lo, down);
    }
  }
  return d;
}

// The value axis: where values land vertically and how ticks are labelled.
struct Axis {
  std::vector<double> ticks;
  std::vector<std::string> labels;
  double label_width = 0;
  double bottom = 0, top = 0;  // plot area, row coordinates
  double Y(double v) const {
    double t0 = ticks.front(), t1 = ticks.back();
    return bottom + (v - t0) / (t1 - t0) * (top - bottom);
  }
};

Axis MakeAxis(const ChartData& d, const MeasureFn& measure, const Theme& theme) {
  Axis a;
  a.ticks = NiceTicks(d.lo, d.hi, 5, d.integers);
  double step = a.ticks.size() > 1 ? a.ticks[1] - a.ticks[0] : 1;
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize * theme.font_scale);
  for (double t : a.ticks) {
    // Absurd magnitudes must not eat the plot: labels get at most a third.
    a.labels.push_back(
        FitText(theme.locale.FormatNumber(t, TickDecimals(step)), theme.content_width() / 3, w));
    a.label_width = std::max(a.label_width, w(a.labels.back()));
  }
  return a;
}

void AddGrid(const Axis& a, double left, double right, double axis, const MeasureFn& measure,
             Row* row) {
  for (size_t i = 0; i < a.ticks.size(); ++i) {
    double y = a.Y(a.ticks[i]);
    row->ops.push_back(LineOp{left, y, right, y, palette::kRule, 0.4});
    TextOp label = MakeText(0, y - axis * 0.35, a.labels[i], FontStyle::kRegular, axis,
                            palette::kMuted, measure);
    label.x = left - 5 - label.width;
    row->ops.push_back(std::move(label));
  }
}

// Values are printed on the bars only when one series is shown, all values
// are >= 0 (labels sit above the bars) and every label fits its slot.
bool ShowValueLabels(const ChartData& d, double slot, double axis, const Locale& locale,
                     const MeasureFn& measure) {
  if (d.values.size() != 1 || d.any_negative) return false;  // also: never when stacked
  for (const auto& v : d.values[0]) {
    if (v && measure(ValueLabel(*v, locale), FontStyle::kRegular, axis) > slot - 2) return false;
  }
  return true;
}

// One bar per category with the series stacked (positive parts upwards,
// negative parts downwards from zero).
void AddStackedBars(const ChartData& d, const Axis& a, double left, double slot, const Theme& theme,
                    Row* row) {
  double bar = std::min(slot * 0.7, kMaxBarWidth);
  for (size_t c = 0; c < d.categories.size(); ++c) {
    double x = left + c * slot + (slot - bar) / 2;
    double up = 0, down = 0;
    for (size_t s = 0; s < d.values.size(); ++s) {
      const std::optional<double>& v = d.values[s][c];
      if (!v || *v == 0) continue;
      double& base = *v > 0 ? up : down;
      double y0 = a.Y(base), y1 = a.Y(base + *v);
      base += *v;
      row->ops.push_back(RectOp{x, std::min(y0, y1), bar, std::abs(y1 - y0), SeriesColor(theme, s),
                                palette::kWhite, 0.4});
    }
  }
  double zero = a.Y(0);
  row->ops.push_back(LineOp{left, zero, left + slot * d.categories.size(), zero, kAxisLine, 0.8});
}

void AddBars(const ChartData& d, const Axis& a, double left, double slot, const Theme& theme,
             const MeasureFn& measure, Row* row) {
  if (d.stacked) return AddStackedBars(d, a, left, slot, theme, row);
  double axis = kAxisSize * theme.font_scale;
  size_t n = d.values.size();
  double group = std::min(slot * 0.78, kMaxBarWidth * n);
  double bar = group / n;
  double gap = bar > 6 ? 1 : 0;
  bool labels = ShowValueLabels(d, slot, axis, theme.locale, measure);
  double zero = a.Y(0);
  for (size_t c = 0; c < d.categories.size(); ++c) {
    double x0 = left + c * slot + (slot - group) / 2;
    for (size_t s = 0; s < n; ++s) {
      double x = x0 + s * bar;
      const std::optional<double>& v = d.values[s][c];
      if (!v) {
        // A dash tells "no data" apart from a zero.
        if (bar >= 5)
          row->ops.push_back(Centered(x + bar / 2, zero + 2, "\u2013", kAxisLine, measure, axis));
        continue;
      }
      double top = a.Y(*v);
      Rgb color = SeriesColor(theme, s);
      row->ops.push_back(
          RectOp{x + gap / 2, std::min(zero, top), bar - gap, std::abs(top - zero), color, {}, 0});
      if (labels)
        row->ops.push_back(Centered(x + bar / 2, top + 2, ValueLabel(*v, theme.locale),
                                    palette::kText, measure, axis));
    }
  }
  row->ops.push_back(LineOp{left, zero, left + slot * d.categories.size(), zero, kAxisLine, 0.8});
}

// Category labels below the plot: horizontal if they all fit their slot,
// otherwise rotated by 45 degrees, and then only every n-th if the slots are
// narrower than a line of text. Returns the height they take.
double AddCategoryLabels(const ChartData& d, double left, double slot, double bottom,
                         const MeasureFn& measure, const Theme& theme, Row* row) {
  double axis = kAxisSize * theme.font_scale;
  WidthFn w = Width(measure, FontStyle::kRegular, axis);
  double widest = 0;
  for (const std::string& c : d.categories) widest = std::max(widest, w(c));
  if (widest <= slot - 3) {
    for (size_t c = 0; c < d.categories.size(); ++c) {
      row->ops.push_back(Centered(left + (c + 0.5) * slot, bottom - 4 - axis, d.categories[c],
                                  palette::kMuted, measure, axis));
    }
    return axis + 8;
  }
  // Neighbouring rotated labels are slot * cos45 apart, measured across them.
  size_t every = static_cast<size_t>(std::ceil(axis * 1.3 / (slot * kCos45)));
  double deepest = 0;
  for (size_t c = 0; c < d.categories.size(); c += std::max<size_t>(every, 1)) {
    double cx = left + (c + 0.5) * slot;
    double room =
        std::min(kMaxLabelWidth * theme.font_scale, (cx - theme.content_left - 6) / kCos45);
    TextOp op = MakeText(0, 0, FitText(d.categories[c], room, w), FontStyle::kRegular, axis,
                         palette::kMuted, measure);
    // The text ends at the slot centre, its middle on the line to the tick.
    double shift = axis * 0.35 * kCos45;
    op.x = cx - op.width * kCos45 + shift;
    op.y = bottom - 4 - op.width * kCos45 - shift;
    op.angle_deg = 45;
    deepest = std::max(deepest, op.width * kCos45 + shift);
    row->ops.push_back(std::move(op));
  }
  return deepest + 8;
}

void AddPlot(const ChartData& d, const std::string& unit, const Theme& theme,
             const MeasureFn& measure, Row* row, double* y) {
  Axis a = MakeAxis(d, measure, theme);
  double axis = kAxisSize * theme.font_scale;
  WidthFn w = Width(measure, FontStyle::kRegular, axis);
  if (!unit.empty()) {
    row->ops.push_back(MakeText(theme.content_left, *y - axis,
                                FitText(unit, theme.content_width(), w), FontStyle::kRegular, axis,
                                palette::kMuted, measure));
    *y -= axis + 4;
  }
  a.top = *y - kHeadroom * theme.font_scale;
  a.bottom = a.top - kPlotHeight;
  double left = theme.content_left + a.label_width + 8;
  double right = theme.content_right - 2;
  double slot = (right - left) / d.categories.size();
  AddGrid(a, left, right, axis, measure, row);
  AddBars(d, a, left, slot, theme, measure, row);
  *y = a.bottom - AddCategoryLabels(d, left, slot, a.bottom, measure, theme, row);
}

}  // namespace

std::vector<double> NiceTicks(double lo, double hi, int target_count, bool integers) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) return {0, 1};
  if (hi < lo) std::swap(lo, hi);
  if (hi == lo) hi = lo + 1;
  double range = hi - lo;
  if (!std::isfinite(range)) return {lo, hi};
  double raw = range / std::max(1, target_count);
  double magnitude = std::pow(10, std::floor(std::log10(raw)));
  double norm = raw / magnitude;
  double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  if (integers) step = std::max(step, 1.0);
  double first = std::floor(lo / step + 1e-9) * step;
  double last = std::ceil(hi / step - 1e-9) * step;
  std::vector<double> ticks;
  for (int i = 0; i < 1000; ++i) {
    double t = first + i * step;
    if (t > last + step * 1e-6) break;
    ticks.push_back(std::abs(t) < step * 1e-9 ? 0 : t);  // no "-0"
  }
  if (ticks.size() < 2) ticks = {lo, hi};
  return ticks;
}

Row LayoutBarChart(const BarChart& chart, const MeasureFn& measure, const Theme& theme) {
  if (chart.horizontal) return LayoutHorizontalBarChart(chart, measure, theme);
  Row row;
  double y = 0;
  if (!chart.title.empty()) AddTitle(chart.title, measure, theme, &row, &y);
  ChartData d = Prepare(chart);
  if (!d.any_value) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
  } else {
    if (d.names.size() > 1) {
      std::vector<LegendItem> legend;
      for (size_t s = 0; s < d.names.size(); ++s)
        legend.push_back({d.names[s], SeriesColor(theme, s)});
      AddLegend(legend, measure, theme, &row, &y);
    }
    AddPlot(d, chart.unit, theme, measure, &row, &y);
  }
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
