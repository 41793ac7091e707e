// Timeline chart: one horizontal axis across the content width, year (or
// month) ticks below it, a shaded range, and the marks as symbols on the axis
// with their labels staggered in levels above and below so that no two
// labels, and no label and a leader line, collide; symbols closer than their
// size are set side by side, with a tick at each exact date.
#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#include "render/chart.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr double kPi = 3.14159265358979323846;
constexpr double kLeaderGap = 3;  // between a leader line and another label
constexpr double kBand = 10;      // height of the axis band

// The sizes that go with the text, at the theme's font scale, and the frame.
struct Sizes {
  explicit Sizes(const Theme& theme)
      : text(kAxisSize * theme.font_scale),
        leading(9.5 * theme.font_scale),
        max_label(105 * theme.font_scale),
        max_group(140 * theme.font_scale),
        label_gap(6 * theme.font_scale),
        level_gap(5 * theme.font_scale),
        axis_gap(14 * theme.font_scale),
        tick_band(text + 8),
        left(theme.content_left),
        right(theme.content_right) {}
  double text;
  double leading;    // of label lines
  double max_label;  // label lines wrap (three at most) at this width
  double max_group;  // the same for the lines of a group of marks
  double label_gap;  // between labels on one level
  double level_gap;  // between levels
  double axis_gap;   // between the axis and the first level
  double tick_band;  // tick labels below the band
  double left, right;
};

// The label of a mark (or of marks close together): lines centred on each
// other, the block centred on the mark
// (shifted to stay inside the content box), on a level above (side +1) or
// below (side -1) the axis.
struct Label {
  std::vector<TextOp> lines;  // x relative to the block's left edge, y unset
  double width = 0, height = 0;
  double x0 = 0;            // left edge of the block
  double mark_x = 0;        // where the leader line runs
  int side = 0, level = 0;  // level 1 is next to the axis
};

struct Span {
  double x0 = 0, x1 = 0;
};

// Appends the lines of |m| to |l|: the label (bold if emphasised), then the
// date in grey; in a group (|compact|) both on one line, to keep it short.
void AddMarkLines(const TimelineMark& m, bool compact, const Sizes& z, const MeasureFn& measure,
                  Label* l) {
  bool strong = m.emphasis || m.kind == TimelineMarkKind::kToday;
  FontStyle font = strong ? FontStyle::kBold : FontStyle::kRegular;
  std::string label = SanitizeUtf8(m.label), date = SanitizeUtf8(m.date_text);
  if (compact && !label.empty() && !date.empty()) {
    label += " \u00B7 " + date;
    date.clear();
  }
  double width = compact ? z.max_group : z.max_label;
  if (!label.empty()) {
    for (std::string& text : WrapLabel(label, width, 3, Width(measure, font, z.text), nullptr)) {
      l->lines.push_back(MakeText(0, 0, std::move(text), font, z.text, palette::kText, measure));
    }
  }
  if (!date.empty()) {
    date = FitText(date, width, Width(measure, FontStyle::kRegular, z.text));
    l->lines.push_back(
        MakeText(0, 0, std::move(date), FontStyle::kRegular, z.text, palette::kMuted, measure));
  }
  for (const TextOp& line : l->lines) l->width = std::max(l->width, line.width);
  l->height = l->lines.size() * z.leading;
  l->x0 = std::clamp(l->mark_x - l->width / 2, z.left, z.right - l->width);
}

// One label per group of marks that lie closer together on the axis than a
// leader line needs room (a deadline and a milestone a day apart): separate
// leaders could not reach separate labels without crossing one of them.
std::vector<Label> MakeLabels(const std::vector<TimelineMark>& marks, const std::vector<double>& xs,
                              const Sizes& z, const MeasureFn& measure) {
  std::vector<std::vector<size_t>> groups;
  for (size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].label.empty() && marks[i].date_text.empty()) continue;
    if (groups.empty() || xs[i] - xs[groups.back().front()] > 2 * kLeaderGap + 1) {
      groups.emplace_back();
    }
    groups.back().push_back(i);
  }
  std::vector<Label> labels;
  for (const std::vector<size_t>& group : groups) {
    Label l;
    l.mark_x = xs[group.front()];
    for (size_t i : group) AddMarkLines(marks[i], group.size() > 1, z, measure, &l);
    labels.push_back(std::move(l));
  }
  return labels;
}

bool Overlaps(double a0, double a1, double b0, double b1) { return a0 < b1 && b0 < a1; }

// True if |c| on (side, level) collides with a placed label: the same level
// and overlapping, or a leader line (which crosses all lower levels of its
// side) running through the other's block. Below the axis, leaders also
// cross the tick labels.
bool Collides(const Label& c, int side, int level, const std::vector<Label>& placed,
              const std::vector<Span>& ticks, bool check_leaders, const Sizes& z) {
  double c1 = c.x0 + c.width;
  for (const Label& p : placed) {
    if (p.side != side) continue;
    double p1 = p.x0 + p.width;
    if (p.level == level && Overlaps(c.x0 - z.label_gap, c1 + z.label_gap, p.x0, p1)) return true;
    if (!check_leaders) continue;
    if (p.level < level && Overlaps(c.mark_x - kLeaderGap, c.mark_x + kLeaderGap, p.x0, p1))
      return true;
    if (p.level > level && Overlaps(p.mark_x - kLeaderGap, p.mark_x + kLeaderGap, c.x0, c1))
      return true;
  }
  if (side < 0 && check_leaders) {
    for (const Span& t : ticks) {
      if (Overlaps(c.mark_x - kLeaderGap, c.mark_x + kLeaderGap, t.x0, t.x1)) return true;
    }
  }
  return false;
}

// How many of the leader lines still to come (at |xs|) a block from x0 to x1
// would stand in the way of.
int Covered(double x0, double x1, const std::vector<Label>& labels, size_t next) {
  int n = 0;
  for (size_t j = next; j < labels.size(); ++j) {
    n += Overlaps(labels[j].mark_x - kLeaderGap, labels[j].mark_x + kLeaderGap, x0, x1);
  }
  return n;
}

// Places the labels in date order. Each goes where it collides with nothing
// placed so far, on the level, side (above first) and position (centred on
// its mark, reaching left of it, reaching right) that is cheapest: lower
// levels are cheaper, and covering the marks still to come costs, since
// their leaders could then not pass. In a dense run of marks this gives a
// staircase whose leaders pass clear of the labels below. If leaders block
// every level (marks on top of each other), leaders may cross labels.
void PlaceLabels(std::vector<Label>* labels, const std::vector<Span>& ticks, const Sizes& z) {
  constexpr double kCoverCost = 2.5;
  std::vector<Label> placed;
  int limit = static_cast<int>(labels->size()) + 1;
  for (size_t i = 0; i < labels->size(); ++i) {
    Label& l = (*labels)[i];
    double edge = kLeaderGap + 1;  // the leader keeps this far from a block's edge
    double options[] = {l.x0, l.mark_x + edge - l.width, l.mark_x - edge};
    double best = 1e300;
    Label chosen = l;
    for (bool leaders : {true, false}) {
      for (int level = 1; level <= limit && level < best; ++level) {
        for (int side : {1, -1}) {
          for (double x0 : options) {
            Label c = l;
            c.x0 = std::clamp(x0, z.left, z.right - l.width);
            if (Collides(c, side, level, placed, ticks, leaders, z)) continue;
            double cost = level + kCoverCost * Covered(c.x0, c.x0 + c.width, *labels, i + 1);
            if (cost >= best) continue;
            best = cost;
            c.side = side;
            c.level = level;
            chosen = c;
          }
        }
      }
      if (best < 1e300) break;
    }
    l = chosen;
    placed.push_back(l);
  }
}

PathOp Polygon(std::vector<Point> points, std::optional<Rgb> fill, std::optional<Rgb> stroke,
               double width) {
  PathOp p;
  p.points = std::move(points);
  p.closed = true;
  p.fill = fill;
  p.stroke = stroke;
  p.line_width = width;
  return p;
}

// Half the width of the symbol of |m| (see AddSymbol).
double SymbolHalfWidth(const TimelineMark& m) {
  double k = m.emphasis ? 1.4 : 1.0;
  switch (m.kind) {
    case TimelineMarkKind::kToday:
      return 1.0 * k;
    case TimelineMarkKind::kMeeting:
      return 3.2 * k + 0.45;
    case TimelineMarkKind::kDeadline:
      return 5 * k + 0.25;
    case TimelineMarkKind::kMilestone:
      break;
  }
  return 3.8 * k + 0.25;
}

// Where each symbol is drawn: at its date, unless it would overlap the
// symbol before it (a meeting two weeks before a deadline); then it moves
// right just far enough, and a tick on the axis keeps its exact date. If that
// runs past the axis end, the run is pushed back to the left.
std::vector<double> SymbolPositions(const std::vector<TimelineMark>& marks,
                                    const std::vector<double>& xs, double left, double right) {
  constexpr double kGap = 1;
  std::vector<double> at = xs;
  for (size_t i = 1; i < at.size(); ++i) {
    double need = SymbolHalfWidth(marks[i - 1]) + SymbolHalfWidth(marks[i]) + kGap;
    at[i] = std::max(at[i], at[i - 1] + need);
  }
  if (!at.empty()) at.back() = std::min(at.back(), right);
  for (size_t i = at.size(); i-- > 1;) {
    double need = SymbolHalfWidth(marks[i - 1]) + SymbolHalfWidth(marks[i]) + kGap;
    at[i - 1] = std::min(at[i - 1], at[i] - need);
  }
  for (double& x : at) x = std::max(x, left - 8);
  return at;
}

// The symbol of a mark centred on (x, y); the today line reaches beyond the band.
void AddSymbol(const TimelineMark& m, double x, double y, double band_half, const Theme& theme,
               Row* row) {
  double k = m.emphasis ? 1.4 : 1.0;
  switch (m.kind) {
    case TimelineMarkKind::kToday: {
      double reach = band_half + 5 * k;
      row->ops.push_back(LineOp{x, y - reach, x, y + reach, palette::kText, 2.0 * k});
      return;
    }
    case TimelineMarkKind::kMeeting: {
      double r = 3.2 * k;
      std::vector<Point> circle;
      for (int i = 0; i < 20; ++i) {
        double a = 2 * kPi * i / 20;
        circle.push_back({x + r * std::cos(a), y + r * std::sin(a)});
      }
      Rgb fill = m.emphasis ? theme.primary : palette::kWhite;
      row->ops.push_back(Polygon(std::move(circle), fill, palette::kText, 0.9));
      return;
    }
    case TimelineMarkKind::kDeadline: {
      double r = 5 * k;
      row->ops.push_back(Polygon({{x, y + r}, {x + r, y}, {x, y - r}, {x - r, y}},
                                 palette::kHighlight, palette::kText, 0.5));
      return;
    }
    case TimelineMarkKind::kMilestone:
      break;
  }
  double h = 3.8 * k;
  row->ops.push_back(RectOp{x - h, y - h, 2 * h, 2 * h, theme.primary, palette::kWhite, 0.5});
}

// Tick labels centred on their tick, left out where they would touch; their
// spans go to |spans| (labels keep clear of them). y is set by the caller.
std::vector<TextOp> TickLabels(const TimelineChart& chart,
                               const std::function<double(double)>& x_of, const Sizes& z,
                               const MeasureFn& measure, std::vector<Span>* spans) {
  std::vector<TextOp> tick_labels;
  double last_right = -1e9;
  for (const auto& [day, text] : chart.ticks) {
    TextOp op = Centered(x_of(day), 0, SanitizeUtf8(text), palette::kMuted, measure, z.text);
    op.x = std::clamp(op.x, z.left, z.right - op.width);
    if (op.x < last_right + 4) continue;
    last_right = op.x + op.width;
    spans->push_back({op.x, op.x + op.width});
    tick_labels.push_back(std::move(op));
  }
  return tick_labels;
}

// The label levels above (side > 0) and below the axis: each level is as
// high as its highest label.
class Levels {
 public:
  Levels(const std::vector<Label>& labels, double gap) : gap_(gap) {
    for (const Label& l : labels) {
      std::vector<double>& h = height_[l.side > 0 ? 0 : 1];
      if (h.size() < static_cast<size_t>(l.level)) h.resize(l.level, 0);
      h[l.level - 1] = std::max(h[l.level - 1], l.height);
    }
  }
  bool Empty(int side) const { return height_[side > 0 ? 0 : 1].empty(); }
  // The distance of |level|'s near edge from the first level's.
  double Offset(int side, int level) const {
    const std::vector<double>& h = height_[side > 0 ? 0 : 1];
    double d = 0;
    for (int k = 0; k + 1 < level; ++k) d += h[k] + gap_;
    return d;
  }
  // How far all levels of |side| reach from the first level's near edge.
  double Extent(int side) const {
    int levels = static_cast<int>(height_[side > 0 ? 0 : 1].size());
    return levels == 0 ? 0.0 : Offset(side, levels + 1) - gap_;
  }

 private:
  double gap_;
  std::vector<double> height_[2];
};

// The axis band, the shaded range on it, the ticks.
void AddAxisBand(const TimelineChart& chart, double left, double right, double axis_y, Rgb tint,
                 const std::function<double(double)>& x_of, Row* row) {
  double band_half = kBand / 2;
  row->ops.push_back(RectOp{left, axis_y - band_half, right - left, kBand, kFrameFill, {}, 0});
  if (chart.range_from <= chart.range_to) {
    double x0 = x_of(chart.range_from), x1 = x_of(chart.range_to);
    row->ops.push_back(RectOp{x0, axis_y - band_half, x1 - x0, kBand, tint, {}, 0});
  }
  row->ops.push_back(LineOp{left, axis_y, right, axis_y, kAxisLine, 0.8});
  for (const auto& [day, text] : chart.ticks) {
    double tx = x_of(day);
    row->ops.push_back(LineOp{tx, axis_y - band_half, tx, axis_y + band_half, kAxisLine, 0.6});
  }
}

// Each label on its level with its leader to the axis. The leaders come
// first, so that symbols are drawn over them.
void AddLabels(const std::vector<Label>& labels, const Levels& levels, double axis_y,
               double above_base, double below_top, const Sizes& z, Row* row) {
  for (const Label& l : labels) {
    double top = l.side > 0 ? above_base + levels.Offset(1, l.level) + l.height
                            : below_top - levels.Offset(-1, l.level);
    double leader_end = l.side > 0 ? top - l.height - 1 : top + 1;
    row->ops.push_back(LineOp{l.mark_x, axis_y, l.mark_x, leader_end, kAxisLine, 0.5});
    double line_top = top;
    for (const TextOp& line : l.lines) {
      TextOp op = line;
      op.x = l.x0 + (l.width - op.width) / 2;
      op.y = line_top - BaselineOffset(z.leading, z.text);
      row->ops.push_back(std::move(op));
      line_top -= z.leading;
    }
  }
}

// The symbols, moved apart where they would overlap; a moved one keeps a
// thin stroke at its true date.
void AddSymbols(const TimelineChart& chart, const std::vector<double>& xs, double left,
                double right, double axis_y, const Theme& theme, Row* row) {
  double band_half = kBand / 2;
  std::vector<double> at = SymbolPositions(chart.marks, xs, left, right);
  for (size_t i = 0; i < chart.marks.size(); ++i) {
    if (std::abs(at[i] - xs[i]) > 0.5) {
      row->ops.push_back(
          LineOp{xs[i], axis_y - band_half, xs[i], axis_y + band_half, palette::kText, 0.8});
    }
  }
  for (size_t i = 0; i < chart.marks.size(); ++i) {
    AddSymbol(chart.marks[i], at[i], axis_y, band_half, theme, row);
  }
}

}  // namespace

Row LayoutTimelineChart(const TimelineChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  if (chart.span_days <= 0) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  Rgb tint = Mix(palette::kWhite, theme.primary, 0.28);
  bool range = chart.range_from <= chart.range_to;
  if (range && !chart.range_label.empty()) {
    AddLegend({{SanitizeUtf8(chart.range_label), tint}}, measure, theme, &row, &y);
  }
  Sizes z(theme);
  // The axis leaves room for half a (large) symbol at either end.
  double left = z.left + 8, right = z.right - 8;
  auto x_of = [&](double day) {
    return left + std::clamp(day, 0.0, double(chart.span_days)) / chart.span_days * (right - left);
  };
  std::vector<Span> tick_spans;
  std::vector<TextOp> tick_labels = TickLabels(chart, x_of, z, measure, &tick_spans);
  std::vector<double> xs;
  for (const TimelineMark& m : chart.marks) xs.push_back(x_of(m.day));
  std::vector<Label> labels = MakeLabels(chart.marks, xs, z, measure);
  PlaceLabels(&labels, tick_spans, z);
  Levels levels(labels, z.level_gap);
  double band_half = kBand / 2;
  double axis_y = y - 4 - (levels.Empty(1) ? band_half + 8 : z.axis_gap + levels.Extent(1));
  AddAxisBand(chart, left, right, axis_y, tint, x_of, &row);
  double tick_baseline = axis_y - band_half - 4 - z.text * 0.9;
  for (TextOp& op : tick_labels) {
    op.y = tick_baseline;
    row.ops.push_back(std::move(op));
  }
  double above_base = axis_y + z.axis_gap;                  // bottom of level 1 above
  double below_top = axis_y - band_half - z.tick_band - 4;  // top of level 1 below
  AddLabels(labels, levels, axis_y, above_base, below_top, z, &row);
  AddSymbols(chart, xs, left, right, axis_y, theme, &row);
  y = levels.Empty(-1) ? tick_baseline - z.text * 0.4 - 2 : below_top - levels.Extent(-1);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
