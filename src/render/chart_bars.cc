// Horizontal bars (grouped or stacked) and diverging stacked bars for scale
// items. Both put the category names in a column on the left, wrapped to two
// lines and shortened (with a note below the chart) beyond that.
#include <algorithm>
#include <cmath>
#include <utility>

#include "render/chart.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr double kLabelLeading = 9;
constexpr size_t kLabelLines = 2;
constexpr double kRowGap = 5;
// Answers withheld for privacy: darker than the neutral answer's grey.
constexpr Rgb kWithheldColor = HexColor(0x7A7A7A);
// They are no answer on the scale: their share stands as a grey bar of its
// own (on the scale of the answers' bars) with its value, in a column right
// of the bars past a rule, never as a segment that would read as more
// agreement. Bars and grey share make 100 % of the item's answers.
constexpr double kWithheldGap = 8;
constexpr double kWithheldLabelGap = 3;

// The category names wrapped into the label column.
struct LabelColumn {
  std::vector<std::vector<std::string>> lines;
  std::vector<std::string> shortened;  // full names of the shortened ones
  double width = 0;
};

LabelColumn MakeLabels(const std::vector<std::string>& names, const MeasureFn& measure,
                       const Theme& theme) {
  LabelColumn col;
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize * theme.font_scale);
  double natural = 0;
  for (const std::string& n : names) natural = std::max(natural, w(SanitizeUtf8(n)));
  col.width = std::min(natural, theme.content_width() * 0.32);
  for (const std::string& n : names) {
    bool cut = false;
    col.lines.push_back(WrapLabel(SanitizeUtf8(n), col.width, kLabelLines, w, &cut));
    if (cut) col.shortened.push_back(SanitizeUtf8(n));
  }
  return col;
}

// Draws the name of row |i| right-aligned in the label column, vertically
// centred on |cy|.
void AddRowLabel(const LabelColumn& col, size_t i, double cy, const MeasureFn& measure,
                 const Theme& theme, Row* row) {
  const auto& lines = col.lines[i];
  double axis = kAxisSize * theme.font_scale, leading = kLabelLeading * theme.font_scale;
  double top = cy + lines.size() * leading / 2;
  for (size_t k = 0; k < lines.size(); ++k) {
    TextOp op = MakeText(0, top - k * leading - BaselineOffset(leading, axis), lines[k],
                         FontStyle::kRegular, axis, palette::kText, measure);
    op.x = theme.content_left + col.width - op.width;
    row->ops.push_back(std::move(op));
  }
}

// Vertical grid lines with tick labels below the plot; returns the height used.
double AddValueTicks(const ValueAxis& a, double top, double bottom, const MeasureFn& measure,
                     const Theme& theme, Row* row) {
  double axis = kAxisSize * theme.font_scale;
  double last_right = -1e9;
  for (size_t i = 0; i < a.ticks.size(); ++i) {
    double x = a.Pos(a.ticks[i]);
    row->ops.push_back(LineOp{x, bottom, x, top, palette::kRule, 0.4});
    TextOp label = Centered(x, bottom - 3 - axis, a.labels[i], palette::kMuted, measure, axis);
    label.x = std::clamp(label.x, theme.content_left, theme.content_right - label.width);
    if (label.x < last_right + 4) continue;  // never overlap the previous label
    last_right = label.x + label.width;
    row->ops.push_back(std::move(label));
  }
  return axis + 6;
}

struct BarData {
  std::vector<std::vector<std::optional<double>>> values;  // [series][category]
  double lo = 0, hi = 0;
  bool any = false, integers = true;
};

BarData PrepareBars(const BarChart& c) {
  BarData d;
  size_t n = c.categories.size();
  for (const ChartSeries& s : c.series) {
    std::vector<std::optional<double>> row(n);
    for (size_t i = 0; i < n && i < s.values.size(); ++i) {
      if (!s.values[i] || !std::isfinite(*s.values[i])) continue;
      row[i] = *s.values[i];
      d.any = true;
      d.integers = d.integers && *row[i] == std::floor(*row[i]);
    }
    d.values.push_back(std::move(row));
  }
  for (size_t i = 0; i < n; ++i) {
    double up = 0, down = 0;
    for (const auto& row : d.values) {
      if (!row[i]) continue;
      if (c.stacked) {
        (*row[i] >= 0 ? up : down) += *row[i];
      } else {
        up = std::max(up, *row[i]);
        down = std::min(down, *row[i]);
      }
    }
    d.hi = std::max(d.hi, up);
    d.lo = std::min(d.lo, down);
  }
  return d;
}

// Where the bars of a horizontal bar chart go and how they look.
struct BarGeometry {
  ValueAxis a;
  size_t series = 0;
  bool stacked = false;
  double f = 1, axis = 0;  // font scale and axis type size
  double bar = 0;          // height of one bar
  double bars_height = 0;  // of a category's bars together
  double value_room = 0;   // for value labels at the bar ends
  WidthFn w;               // measures axis type
};

// Room for value labels at the bar ends (on both sides).
double ValueRoom(const BarData& d, const Theme& theme, const WidthFn& w) {
  double room = 0;
  for (const auto& s : d.values) {
    for (const auto& v : s) {
      if (v) room = std::max(room, w(ValueLabel(*v, theme.locale)));
    }
  }
  return std::min(room, theme.content_width() / 4) + 4;
}

// The bars of category |c| centred on |cy|: grouped with a value label at
// each end ("–" at the zero line for a missing value), or stacked with the
// total after the stack.
void AddCategoryBars(const BarData& d, size_t c, double cy, const BarGeometry& g,
                     const MeasureFn& measure, const Theme& theme, Row* row) {
  const ValueAxis& a = g.a;
  double zero = a.Pos(0);
  double by = cy + g.bars_height / 2;  // top of the first bar
  double up = 0, down = 0;
  bool any = false;
  for (size_t s = 0; s < g.series; ++s) {
    const std::optional<double>& v = d.values[s][c];
    double bar_top = g.stacked ? by : by - s * g.bar;
    if (!v) {
      if (!g.stacked) {
        row->ops.push_back(MakeText(zero + 3, bar_top - g.bar / 2 - g.axis * 0.35, "\u2013",
                                    FontStyle::kRegular, g.axis, kAxisLine, measure));
      }
      continue;
    }
    any = true;
    double from = g.stacked ? (*v >= 0 ? up : down) : 0;
    double to = from + *v;
    if (g.stacked) (*v >= 0 ? up : down) = to;
    double x0 = a.Pos(std::min(from, to)), x1 = a.Pos(std::max(from, to));
    row->ops.push_back(RectOp{x0, bar_top - g.bar + 0.5 * g.f, x1 - x0, g.bar - g.f,
                              SeriesColor(theme, s),
                              g.stacked ? std::optional<Rgb>(palette::kWhite) : std::nullopt, 0.4});
    if (!g.stacked) {
      std::string label = FitText(ValueLabel(*v, theme.locale), g.value_room - 4, g.w);
      double lx = *v >= 0 ? x1 + 3 : x0 - 3 - g.w(label);
      row->ops.push_back(MakeText(lx, bar_top - g.bar / 2 - g.axis * 0.35, label,
                                  FontStyle::kRegular, g.axis, palette::kText, measure));
    }
  }
  if (g.stacked) {
    std::string label =
        FitText(any ? ValueLabel(up + down, theme.locale) : "\u2013", g.value_room - 4, g.w);
    row->ops.push_back(MakeText(a.Pos(up) + 3, by - g.bar / 2 - g.axis * 0.35, label,
                                FontStyle::kRegular, g.axis, palette::kText, measure));
  }
}

}  // namespace

Row LayoutHorizontalBarChart(const BarChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  BarData d = PrepareBars(chart);
  if (!d.any) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  BarGeometry g;
  g.series = d.values.size();
  if (g.series > 1) {
    std::vector<LegendItem> legend;
    for (size_t s = 0; s < g.series; ++s) {
      legend.push_back({SanitizeUtf8(chart.series[s].name), SeriesColor(theme, s)});
    }
    AddLegend(legend, measure, theme, &row, &y);
  }
  LabelColumn col = MakeLabels(chart.categories, measure, theme);
  g.a = MakeValueAxis(d.lo, d.hi, d.integers, 5, measure, theme);
  g.f = theme.font_scale;
  g.axis = kAxisSize * g.f;
  double label_leading = kLabelLeading * g.f;
  g.w = Width(measure, FontStyle::kRegular, g.axis);
  g.value_room = ValueRoom(d, theme, g.w);
  double left = theme.content_left + col.width + 8 + (d.lo < 0 ? g.value_room : 0);
  double right = theme.content_right - g.value_room;
  g.a.from = left;
  g.a.to = right;
  g.stacked = chart.stacked && g.series > 1;
  // Grouped bars stay as tall as their value labels (they must not touch).
  g.bar = (g.stacked || g.series == 1 ? 11 : 9) * g.f;
  g.bars_height = g.stacked ? g.bar : g.bar * g.series;
  double top = y - 2;
  double cursor = top;
  std::vector<std::pair<double, double>> slots;  // (top, height) per category
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double h = std::max(g.bars_height, col.lines[c].size() * label_leading) + kRowGap;
    slots.push_back({cursor, h});
    cursor -= h;
  }
  double bottom = cursor;
  // Grid first so that the bars are drawn over it.
  double ticks_height = AddValueTicks(g.a, top, bottom, measure, theme, &row);
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double cy = slots[c].first - slots[c].second / 2;
    AddRowLabel(col, c, cy, measure, theme, &row);
    AddCategoryBars(d, c, cy, g, measure, theme, &row);
  }
  double zero = g.a.Pos(0);
  row.ops.push_back(LineOp{zero, bottom, zero, top, kAxisLine, 0.8});
  y = bottom - ticks_height;
  if (!chart.unit.empty()) {
    TextOp unit =
        MakeText(0, y - g.axis, FitText(SanitizeUtf8(chart.unit), theme.content_width(), g.w),
                 FontStyle::kRegular, g.axis, palette::kMuted, measure);
    unit.x = right - unit.width;
    row.ops.push_back(std::move(unit));
    y -= g.axis + 4;
  }
  AddShortenedNote(theme, col.shortened, measure, &row, &y);
  row.height = -y + 4;
  return row;
}

namespace {

// Colour of answer |i| of a scale with the given negative/neutral/positive
// split: vermillion to orange on the negative side, grey for neutral, sky
// blue to blue on the positive side (all Okabe-Ito).
Rgb AnswerColor(size_t i, size_t negatives, std::optional<size_t> neutral, size_t count) {
  const Rgb strong_neg = HexColor(0xD55E00), weak_neg = HexColor(0xF0B070);
  const Rgb weak_pos = HexColor(0x9AD0F0), strong_pos = HexColor(0x0072B2);
  if (neutral && i == *neutral) return HexColor(0xBDBDBD);
  if (i < negatives) {
    return negatives == 1 ? strong_neg : Mix(strong_neg, weak_neg, double(i) / (negatives - 1));
  }
  size_t first_pos = neutral ? *neutral + 1 : negatives;
  size_t positives = count - first_pos;
  size_t j = i - first_pos;
  return positives <= 1 ? strong_pos : Mix(weak_pos, strong_pos, double(j) / (positives - 1));
}

// The answers of a scale: |k| of them, the first |negatives| negative, one
// perhaps neutral.
struct Answers {
  size_t k = 0, negatives = 0;
  std::optional<size_t> neutral;
};

// Shares in percent of the item's n per item, the withheld answers last
// (index k); empty when the item has no data. Withheld answers stay in n:
// spreading them over the answers shown would overstate those.
struct Shares {
  std::vector<std::vector<double>> of_item;
  double extent = 0, max_left = 0, max_right = 0;  // percent left/right of zero
  double max_withheld = 0;                         // percent
  bool any_withheld = false;
};

Shares ComputeShares(const DivergingChart& chart, const Answers& ans) {
  Shares out;
  size_t k = ans.k;
  for (size_t i = 0; i < chart.items.size(); ++i) {
    std::vector<double> p(k + 1, 0);
    double total = 0;
    for (size_t j = 0; j < k && i < chart.values.size() && j < chart.values[i].size(); ++j) {
      const auto& v = chart.values[i][j];
      if (v && std::isfinite(*v) && *v > 0) {
        p[j] = *v;
        total += *v;
      }
    }
    if (i < chart.withheld.size() && std::isfinite(chart.withheld[i]) && chart.withheld[i] > 0) {
      p[k] = chart.withheld[i];
      total += p[k];
    }
    if (total <= 0 || total == p[k]) {
      out.of_item.emplace_back();
      continue;
    }
    double left = 0, right = 0;
    for (size_t j = 0; j <= k; ++j) {
      p[j] = p[j] / total * 100;
      // The withheld share has its own column: it widens no side of the axis.
      if (j == k) continue;
      if (ans.neutral && j == *ans.neutral) {
        left += p[j] / 2;
        right += p[j] / 2;
      } else {
        (j < ans.negatives ? left : right) += p[j];
      }
    }
    out.any_withheld = out.any_withheld || p[k] > 0;
    out.max_withheld = std::max(out.max_withheld, p[k]);
    out.extent = std::max({out.extent, left, right});
    out.max_left = std::max(out.max_left, left);
    out.max_right = std::max(out.max_right, right);
    out.of_item.push_back(std::move(p));
  }
  return out;
}

// An axis in percent, the ticks of the longer side (|side|) mirrored as far
// as the other side needs them.
ValueAxis MirroredAxis(const ValueAxis& side, const Shares& sh) {
  ValueAxis a;
  for (size_t t = side.ticks.size(); t-- > 1;) {
    if (side.ticks[t - 1] >= sh.max_left - 1e-9) continue;  // not needed on the left
    a.ticks.push_back(-side.ticks[t]);
    a.labels.push_back(side.labels[t]);
  }
  for (size_t t = 0; t < side.ticks.size(); ++t) {
    if (t > 0 && side.ticks[t - 1] >= sh.max_right - 1e-9) break;
    a.ticks.push_back(side.ticks[t]);
    a.labels.push_back(side.labels[t]);
  }
  return a;
}

// The segments of one item's bar centred on |cy|, from the left end (all
// negative shares and half the neutral one), each with its share inside
// where it fits.
void AddItemBar(const std::vector<double>& shares, const Answers& ans, const ValueAxis& a,
                double cy, double bar_height, const MeasureFn& measure, const Theme& theme,
                Row* row) {
  size_t k = ans.k;
  double share_size = 6.5 * theme.font_scale;
  WidthFn share_w = Width(measure, FontStyle::kRegular, share_size);
  double start = 0;
  for (size_t j = 0; j < k; ++j) {
    if (j < ans.negatives) start -= shares[j];
    if (ans.neutral && j == *ans.neutral) start -= shares[j] / 2;
  }
  for (size_t j = 0; j < k; ++j) {
    double p = shares[j];
    if (p <= 0) continue;
    double x0 = a.Pos(start), x1 = a.Pos(start + p);
    start += p;
    Rgb fill = AnswerColor(j, ans.negatives, ans.neutral, k);
    row->ops.push_back(
        RectOp{x0, cy - bar_height / 2, x1 - x0, bar_height, fill, palette::kWhite, 0.4});
    std::string label = theme.locale.FormatPercent(p, 0);
    // The zero line is drawn over the bars: a label on a segment that
    // straddles it (the neutral answer) goes into the wider half, clear of
    // the line, so that "21" is not struck through.
    double zero = a.Pos(0), lx0 = x0, lx1 = x1;
    if (x0 < zero && zero < x1) {
      if (zero - x0 > x1 - zero) {
        lx1 = zero - 1.5;
      } else {
        lx0 = zero + 1.5;
      }
    }
    if (share_w(label) + 3 <= lx1 - lx0) {
      row->ops.push_back(Centered((lx0 + lx1) / 2, cy - share_size * 0.35, label, TextOn(fill),
                                  measure, share_size));
    }
  }
}

}  // namespace

Row LayoutDivergingChart(const DivergingChart& chart, const MeasureFn& measure,
                         const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  Answers ans;
  ans.k = chart.answers.size();
  ans.neutral = chart.neutral && *chart.neutral < ans.k ? chart.neutral : std::nullopt;
  ans.negatives = ans.neutral ? *ans.neutral : ans.k / 2;
  Shares sh = ComputeShares(chart, ans);
  if (sh.extent <= 0) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  std::vector<LegendItem> legend;
  for (size_t j = 0; j < ans.k; ++j) {
    legend.push_back(
        {SanitizeUtf8(chart.answers[j]), AnswerColor(j, ans.negatives, ans.neutral, ans.k)});
  }
  if (sh.any_withheld) legend.push_back({SanitizeUtf8(chart.withheld_label), kWithheldColor});
  AddLegend(legend, measure, theme, &row, &y);
  LabelColumn col = MakeLabels(chart.items, measure, theme);
  ValueAxis side = MakeValueAxis(0, std::min(100.0, sh.extent), true, 3, measure, theme, true);
  ValueAxis a = MirroredAxis(side, sh);
  double f = theme.font_scale, axis = kAxisSize * f;
  WidthFn w_axis = Width(measure, FontStyle::kRegular, axis);
  a.from = theme.content_left + col.width + 10 + side.label_width / 2;
  a.to = theme.content_right - side.label_width / 2;
  // The withheld column: a gap with the rule, the grey bar on the axis'
  // scale and its value. Axis and grey bar share the width left.
  double withheld_label_width = w_axis(theme.locale.FormatPercent(100, 0));
  if (sh.any_withheld) {
    double span = a.ticks.back() - a.ticks.front();
    double room = a.to - a.from - kWithheldGap - kWithheldLabelGap - withheld_label_width;
    a.to = a.from + room * span / (span + sh.max_withheld);
  }
  double per_percent = (a.to - a.from) / (a.ticks.back() - a.ticks.front());
  double bar_height = 13 * f;
  double top = y - 2, cursor = top;
  std::vector<double> centres;
  for (size_t i = 0; i < chart.items.size(); ++i) {
    double h = std::max(bar_height, col.lines[i].size() * kLabelLeading * f) + kRowGap;
    centres.push_back(cursor - h / 2);
    cursor -= h;
  }
  double bottom = cursor;
  double ticks_height = AddValueTicks(a, top, bottom, measure, theme, &row);
  double rule = a.to + side.label_width / 2 + kWithheldGap / 2;
  if (sh.any_withheld) row.ops.emplace_back(LineOp{rule, bottom, rule, top, palette::kMuted, 0.4});
  for (size_t i = 0; i < chart.items.size(); ++i) {
    AddRowLabel(col, i, centres[i], measure, theme, &row);
    if (sh.of_item[i].empty()) {
      // Suppressed or no answers: say so right of the zero line.
      std::string text = FitText(theme.no_data, theme.content_right - a.Pos(0) - 4, w_axis);
      row.ops.push_back(MakeText(a.Pos(0) + 4, centres[i] - axis * 0.35, text, FontStyle::kRegular,
                                 axis, palette::kMuted, measure));
      continue;
    }
    AddItemBar(sh.of_item[i], ans, a, centres[i], bar_height, measure, theme, &row);
    if (double p = sh.of_item[i][ans.k]; p > 0) {
      double x0 = rule + kWithheldGap / 2, w = p * per_percent;
      row.ops.emplace_back(RectOp{x0, centres[i] - bar_height / 2, w, bar_height, kWithheldColor,
                                  palette::kWhite, 0.4});
      std::string share = theme.locale.FormatPercent(p, 0);
      row.ops.push_back(MakeText(x0 + w + kWithheldLabelGap, centres[i] - axis * 0.35, share,
                                 FontStyle::kRegular, axis, kWithheldColor, measure));
    }
  }
  row.ops.push_back(LineOp{a.Pos(0), bottom, a.Pos(0), top, palette::kText, 0.8});
  y = bottom - ticks_height;
  AddShortenedNote(theme, col.shortened, measure, &row, &y);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
