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

// The scale, the spoke directions (clockwise from 12 o'clock) and the centre.
struct Geometry {
  size_t n = 0;
  double lo = 0, hi = 1;
  std::vector<double> dx, dy;
  double cx = 0, cy = 0;
  Point At(size_t i, double v) const {
    double r = (v - lo) / (hi - lo) * kRadius;
    return Point{cx + dx[i] * r, cy + dy[i] * r};
  }
};

using Values = std::vector<std::vector<std::optional<double>>>;

bool Complete(const std::vector<std::optional<double>>& v) {
  return std::all_of(v.begin(), v.end(), [](auto x) { return x.has_value(); });
}

// Each series' values clamped to the scale, nullopt where missing or not
// finite; |*any| tells whether one value is left.
Values ClampedValues(const RadarChart& chart, const Geometry& g, bool* any) {
  *any = false;
  Values values;
  for (const ChartSeries& s : chart.series) {
    std::vector<std::optional<double>> v(g.n);
    for (size_t i = 0; i < g.n && i < s.values.size(); ++i) {
      if (s.values[i] && std::isfinite(*s.values[i])) {
        v[i] = std::clamp(*s.values[i], g.lo, g.hi);
        *any = true;
      }
    }
    values.push_back(std::move(v));
  }
  return values;
}

// The axis names wrapped next to their spoke ends, relative to the centre.
// Their type, leading and the gap to the spoke end grow with the font scale;
// the radius does not. Adds the names that had to be cut to |shortened| and
// sets how far the figure reaches |above| and |below| the centre.
std::vector<Label> PlaceAxisLabels(const RadarChart& chart, const Geometry& g, const Theme& theme,
                                   const WidthFn& w, std::vector<std::string>* shortened,
                                   double* above, double* below) {
  double f = theme.font_scale;
  double label_leading = kLabelLeading * f, label_gap = kLabelGap * f;
  std::vector<Label> labels(g.n);
  *above = *below = kRadius;
  for (size_t i = 0; i < g.n; ++i) {
    Label& l = labels[i];
    double ax = g.dx[i] * (kRadius + label_gap), ay = g.dy[i] * (kRadius + label_gap);
    l.align = g.dx[i] > 0.2 ? 1 : g.dx[i] < -0.2 ? -1 : 0;
    double max_width = kMaxLabelWidth * f;
    double room = l.align == 0 ? max_width : theme.content_width() / 2 - std::abs(ax) - 2;
    room = std::min(room, max_width);
    bool cut = false;
    l.lines = WrapLabel(SanitizeUtf8(chart.axes[i]), room, 3, w, &cut);
    if (cut) shortened->push_back(SanitizeUtf8(chart.axes[i]));
    for (const std::string& line : l.lines) l.width = std::max(l.width, w(line));
    l.height = l.lines.size() * label_leading;
    l.x = l.align == 1 ? ax : l.align == -1 ? ax - l.width : ax - l.width / 2;
    // Above the spoke end in the upper part, below it in the lower part.
    l.top = g.dy[i] > 0.2 ? ay + l.height : g.dy[i] < -0.2 ? ay : ay + l.height / 2;
    *above = std::max(*above, l.top);
    *below = std::max(*below, l.height - l.top);
  }
  return labels;
}

// A light fill under the first series if it is complete, the rings at named
// values (e.g. priorities) or at numeric ticks, the spokes, and the scale
// labels along the first spoke, right of it.
void AddGrid(const RadarChart& chart, const Geometry& g, const Values& values,
             const MeasureFn& measure, const Theme& theme, Row* row) {
  if (Complete(values[0])) {
    PathOp fill;
    fill.closed = true;
    fill.fill = Mix(palette::kWhite, SeriesColor(theme, 0), 0.18);
    for (size_t i = 0; i < g.n; ++i) fill.points.push_back(g.At(i, *values[0][i]));
    row->ops.push_back(std::move(fill));
  }
  std::vector<double> ticks;
  std::vector<std::string> tick_labels;
  if (!chart.ring_labels.empty()) {
    for (const auto& [v, text] : chart.ring_labels) {
      if (!std::isfinite(v)) continue;
      ticks.push_back(v);
      tick_labels.push_back(SanitizeUtf8(text));
    }
  } else {
    ticks = NiceTicks(g.lo, g.hi, 6, false);
    double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1;
    for (double t : ticks) tick_labels.push_back(theme.locale.FormatNumber(t, TickDecimals(step)));
  }
  for (double t : ticks) {
    if (t <= g.lo || t > g.hi + 1e-9) continue;
    PathOp ring;
    ring.closed = true;
    ring.stroke = palette::kRule;
    ring.line_width = t >= g.hi - 1e-9 ? 0.8 : 0.4;
    for (size_t i = 0; i < g.n; ++i) ring.points.push_back(g.At(i, t));
    row->ops.push_back(std::move(ring));
  }
  for (size_t i = 0; i < g.n; ++i) {
    Point end = g.At(i, g.hi);
    row->ops.push_back(LineOp{g.cx, g.cy, end.x, end.y, palette::kRule, 0.4});
  }
  double tick_size = 6.5 * theme.font_scale;
  for (size_t k = 0; k < ticks.size(); ++k) {
    double t = ticks[k];
    if (t < g.lo - 1e-9 || t > g.hi + 1e-9) continue;
    Point p = g.At(0, t);
    row->ops.push_back(MakeText(p.x + 2, p.y - tick_size * 0.8, tick_labels[k], FontStyle::kRegular,
                                tick_size, palette::kMuted, measure));
  }
}

// Each series as a polygon (joined only between neighbouring axes with
// values when it has gaps) with a marker on every value.
void AddSeries(const Geometry& g, const Values& values, const Theme& theme, Row* row) {
  for (size_t s = 0; s < values.size(); ++s) {
    Rgb color = SeriesColor(theme, s);
    PathOp line;
    line.stroke = color;
    line.line_width = s == 0 ? 1.6 : 1.2;
    line.dash = s == 0 ? 0 : 3;
    if (Complete(values[s])) {
      line.closed = true;
      for (size_t i = 0; i < g.n; ++i) line.points.push_back(g.At(i, *values[s][i]));
      row->ops.push_back(line);
    } else {
      for (size_t i = 0; i < g.n; ++i) {
        size_t j = (i + 1) % g.n;
        if (!values[s][i] || !values[s][j]) continue;
        PathOp seg = line;
        seg.points = {g.At(i, *values[s][i]), g.At(j, *values[s][j])};
        row->ops.push_back(std::move(seg));
      }
    }
    for (size_t i = 0; i < g.n; ++i) {
      if (!values[s][i]) continue;
      Point p = g.At(i, *values[s][i]);
      row->ops.emplace_back(RectOp{p.x - 1.8, p.y - 1.8, 3.6, 3.6, color, palette::kWhite, 0.5});
    }
  }
}

void DrawAxisLabels(const std::vector<Label>& labels, const Geometry& g, const Theme& theme,
                    const WidthFn& w, const MeasureFn& measure, Row* row) {
  double axis = kAxisSize * theme.font_scale, label_leading = kLabelLeading * theme.font_scale;
  for (const Label& l : labels) {
    for (size_t k = 0; k < l.lines.size(); ++k) {
      double lw = w(l.lines[k]);
      double lx = l.align == 1    ? l.x
                  : l.align == -1 ? l.x + l.width - lw
                                  : l.x + (l.width - lw) / 2;
      double base = g.cy + l.top - k * label_leading - BaselineOffset(label_leading, axis);
      row->ops.push_back(MakeText(g.cx + lx, base, l.lines[k], FontStyle::kRegular, axis,
                                  palette::kText, measure));
    }
  }
}

}  // namespace

Row LayoutRadarChart(const RadarChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  Geometry g;
  g.n = chart.axes.size();
  g.lo = std::isfinite(chart.scale_min) ? chart.scale_min : 0;
  g.hi = std::isfinite(chart.scale_max) ? chart.scale_max : 1;
  if (g.hi < g.lo) std::swap(g.lo, g.hi);
  if (g.hi == g.lo) g.hi = g.lo + 1;
  bool any = false;
  Values values = ClampedValues(chart, g, &any);
  if (!any || g.n < 3) {
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
  g.dx.resize(g.n);
  g.dy.resize(g.n);
  for (size_t i = 0; i < g.n; ++i) {
    double angle = kPi / 2 - 2 * kPi * i / g.n;
    g.dx[i] = std::cos(angle);
    g.dy[i] = std::sin(angle);
  }
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize * theme.font_scale);
  std::vector<std::string> shortened;
  double above = 0, below = 0;
  std::vector<Label> labels = PlaceAxisLabels(chart, g, theme, w, &shortened, &above, &below);
  g.cx = theme.content_left + theme.content_width() / 2;
  g.cy = y - above - 2;
  AddGrid(chart, g, values, measure, theme, &row);
  AddSeries(g, values, theme, &row);
  DrawAxisLabels(labels, g, theme, w, measure, &row);
  y = g.cy - below - 6;
  AddShortenedNote(theme, shortened, measure, &row, &y);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
