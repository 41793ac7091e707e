// Radar chart for the goal profile: one spoke per axis clockwise from the
// top, rings at "nice" ticks of the scale (or at named values such as
// priorities), one or two series as polygons and
// the axis names wrapped next to the spoke ends, placed so that they neither
// overlap each other nor the rings.
#include <algorithm>
#include <cmath>
#include <utility>

#include "render/chart.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr double kPi = 3.14159265358979323846;
constexpr double kRadius = 88;
constexpr double kLabelGap = 7;
constexpr double kLabelLeading = 9;
constexpr double kMaxLabelWidth = 125;

struct Label {
  std::vector<std::string> lines;
  double x = 0, top = 0;  // left edge and top of the block, relative to the centre
  double width = 0, height = 0;
  int align = 0;  // -1 right-aligned at the anchor, 0 centred, 1 left-aligned
};

}  // namespace

Row LayoutRadarChart(const RadarChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  size_t n = chart.axes.size();
  double lo = std::isfinite(chart.scale_min) ? chart.scale_min : 0;
  double hi = std::isfinite(chart.scale_max) ? chart.scale_max : 1;
  if (hi < lo) std::swap(lo, hi);
  if (hi == lo) hi = lo + 1;
  bool any = false;
  std::vector<std::vector<std::optional<double>>> values;
  for (const ChartSeries& s : chart.series) {
    std::vector<std::optional<double>> v(n);
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      if (s.values[i] && std::isfinite(*s.values[i])) {
        v[i] = std::clamp(*s.values[i], lo, hi);
        any = true;
      }
    }
    values.push_back(std::move(v));
  }
  if (!any || n < 3) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  if (values.size() > 1) {
    std::vector<LegendItem> legend;
    for (size_t s = 0; s < values.size(); ++s) {
      legend.push_back(
          {SanitizeUtf8(chart.series[s].name), SeriesColor(theme, s), true, s == 0 ? 0.0 : 3.0});
    }
    AddLegend(legend, measure, theme, &row, &y);
  }
  // Directions: clockwise from 12 o'clock.
  std::vector<double> dx(n), dy(n);
  for (size_t i = 0; i < n; ++i) {
    double angle = kPi / 2 - 2 * kPi * i / n;
    dx[i] = std::cos(angle);
    dy[i] = std::sin(angle);
  }
  // Axis labels, relative to the centre. Their type, leading and the gap to
  // the spoke end grow with the font scale; the radius does not.
  double f = theme.font_scale;
  double axis = kAxisSize * f, label_leading = kLabelLeading * f, label_gap = kLabelGap * f;
  WidthFn w = Width(measure, FontStyle::kRegular, axis);
  std::vector<Label> labels(n);
  std::vector<std::string> shortened;
  double above = kRadius, below = kRadius;  // extent of the figure around the centre
  for (size_t i = 0; i < n; ++i) {
    Label& l = labels[i];
    double ax = dx[i] * (kRadius + label_gap), ay = dy[i] * (kRadius + label_gap);
    l.align = dx[i] > 0.2 ? 1 : dx[i] < -0.2 ? -1 : 0;
    double max_width = kMaxLabelWidth * f;
    double room = l.align == 0 ? max_width : theme.content_width() / 2 - std::abs(ax) - 2;
    room = std::min(room, max_width);
    bool cut = false;
    l.lines = WrapLabel(SanitizeUtf8(chart.axes[i]), room, 3, w, &cut);
    if (cut) shortened.push_back(SanitizeUtf8(chart.axes[i]));
    for (const std::string& line : l.lines) l.width = std::max(l.width, w(line));
    l.height = l.lines.size() * label_leading;
    l.x = l.align == 1 ? ax : l.align == -1 ? ax - l.width : ax - l.width / 2;
    // Above the spoke end in the upper part, below it in the lower part.
    l.top = dy[i] > 0.2 ? ay + l.height : dy[i] < -0.2 ? ay : ay + l.height / 2;
    above = std::max(above, l.top);
    below = std::max(below, l.height - l.top);
  }
  double cx = theme.content_left + theme.content_width() / 2;
  double cy = y - above - 2;
  auto at = [&](size_t i, double v) {
    double r = (v - lo) / (hi - lo) * kRadius;
    return Point{cx + dx[i] * r, cy + dy[i] * r};
  };
  // A light fill under the first series if it is complete, then the grid.
  bool complete =
      std::all_of(values[0].begin(), values[0].end(), [](auto v) { return v.has_value(); });
  if (complete) {
    PathOp fill;
    fill.closed = true;
    fill.fill = Mix(palette::kWhite, SeriesColor(theme, 0), 0.18);
    for (size_t i = 0; i < n; ++i) fill.points.push_back(at(i, *values[0][i]));
    row.ops.push_back(std::move(fill));
  }
  // Rings at named values (e.g. priorities) or at numeric ticks.
  std::vector<double> ticks;
  std::vector<std::string> tick_labels;
  if (!chart.ring_labels.empty()) {
    for (const auto& [v, text] : chart.ring_labels) {
      if (!std::isfinite(v)) continue;
      ticks.push_back(v);
      tick_labels.push_back(SanitizeUtf8(text));
    }
  } else {
    ticks = NiceTicks(lo, hi, 6, false);
    double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    for (double t : ticks) tick_labels.push_back(theme.locale.FormatNumber(t, TickDecimals(step)));
  }
  for (double t : ticks) {
    if (t <= lo || t > hi + 1e-9) continue;
    PathOp ring;
    ring.closed = true;
    ring.stroke = palette::kRule;
    ring.line_width = t >= hi - 1e-9 ? 0.8 : 0.4;
    for (size_t i = 0; i < n; ++i) ring.points.push_back(at(i, t));
    row.ops.push_back(std::move(ring));
  }
  for (size_t i = 0; i < n; ++i) {
    Point end = at(i, hi);
    row.ops.push_back(LineOp{cx, cy, end.x, end.y, palette::kRule, 0.4});
  }
  // Scale labels along the first spoke, right of it.
  double tick_size = 6.5 * f;
  for (size_t k = 0; k < ticks.size(); ++k) {
    double t = ticks[k];
    if (t < lo - 1e-9 || t > hi + 1e-9) continue;
    Point p = at(0, t);
    row.ops.push_back(MakeText(p.x + 2, p.y - tick_size * 0.8, tick_labels[k], FontStyle::kRegular,
                               tick_size, palette::kMuted, measure));
  }
  for (size_t s = 0; s < values.size(); ++s) {
    Rgb color = SeriesColor(theme, s);
    PathOp line;
    line.stroke = color;
    line.line_width = s == 0 ? 1.6 : 1.2;
    line.dash = s == 0 ? 0 : 3;
    bool all =
        std::all_of(values[s].begin(), values[s].end(), [](auto v) { return v.has_value(); });
    if (all) {
      line.closed = true;
      for (size_t i = 0; i < n; ++i) line.points.push_back(at(i, *values[s][i]));
      row.ops.push_back(line);
    } else {
      // Gaps: only neighbouring axes with values are joined.
      for (size_t i = 0; i < n; ++i) {
        size_t j = (i + 1) % n;
        if (!values[s][i] || !values[s][j]) continue;
        PathOp seg = line;
        seg.points = {at(i, *values[s][i]), at(j, *values[s][j])};
        row.ops.push_back(std::move(seg));
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (!values[s][i]) continue;
      Point p = at(i, *values[s][i]);
      row.ops.push_back(RectOp{p.x - 1.8, p.y - 1.8, 3.6, 3.6, color, palette::kWhite, 0.5});
    }
  }
  for (const Label& l : labels) {
    for (size_t k = 0; k < l.lines.size(); ++k) {
      double lw = w(l.lines[k]);
      double lx = l.align == 1    ? l.x
                  : l.align == -1 ? l.x + l.width - lw
                                  : l.x + (l.width - lw) / 2;
      double base = cy + l.top - k * label_leading - BaselineOffset(label_leading, axis);
      row.ops.push_back(
          MakeText(cx + lx, base, l.lines[k], FontStyle::kRegular, axis, palette::kText, measure));
    }
  }
  y = cy - below - 6;
  AddShortenedNote(theme, shortened, measure, &row, &y);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
