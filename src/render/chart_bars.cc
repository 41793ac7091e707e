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
constexpr double kWithheldGap = 3;

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
  size_t series = d.values.size();
  if (series > 1) {
    std::vector<LegendItem> legend;
    for (size_t s = 0; s < series; ++s) {
      legend.push_back({SanitizeUtf8(chart.series[s].name), SeriesColor(theme, s)});
    }
    AddLegend(legend, measure, theme, &row, &y);
  }
  LabelColumn col = MakeLabels(chart.categories, measure, theme);
  ValueAxis a = MakeValueAxis(d.lo, d.hi, d.integers, 5, measure, theme);
  double f = theme.font_scale, axis = kAxisSize * f, label_leading = kLabelLeading * f;
  WidthFn w = Width(measure, FontStyle::kRegular, axis);
  // Room for value labels at the bar ends on both sides.
  double value_room = 0;
  for (const auto& s : d.values) {
    for (const auto& v : s) {
      if (v) value_room = std::max(value_room, w(ValueLabel(*v, theme.locale)));
    }
  }
  value_room = std::min(value_room, theme.content_width() / 4) + 4;
  double left = theme.content_left + col.width + 8 + (d.lo < 0 ? value_room : 0);
  double right = theme.content_right - value_room;
  a.from = left;
  a.to = right;
  bool stacked = chart.stacked && series > 1;
  // Grouped bars stay as tall as their value labels (they must not touch).
  double bar = (stacked || series == 1 ? 11 : 9) * f;
  double bars_height = stacked ? bar : bar * series;
  double top = y - 2;
  double zero = a.Pos(0);
  double cursor = top;
  std::vector<std::pair<double, double>> slots;  // (top, height) per category
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double h = std::max(bars_height, col.lines[c].size() * label_leading) + kRowGap;
    slots.push_back({cursor, h});
    cursor -= h;
  }
  double bottom = cursor;
  // Grid first so that the bars are drawn over it.
  double ticks_height = AddValueTicks(a, top, bottom, measure, theme, &row);
  for (size_t c = 0; c < chart.categories.size(); ++c) {
    double cy = slots[c].first - slots[c].second / 2;
    AddRowLabel(col, c, cy, measure, theme, &row);
    double by = cy + bars_height / 2;  // top of the first bar
    double up = 0, down = 0;
    bool any = false;
    for (size_t s = 0; s < series; ++s) {
      const std::optional<double>& v = d.values[s][c];
      double bar_top = stacked ? by : by - s * bar;
      if (!v) {
        if (!stacked) {
          row.ops.push_back(MakeText(zero + 3, bar_top - bar / 2 - axis * 0.35, "\u2013",
                                     FontStyle::kRegular, axis, kAxisLine, measure));
        }
        continue;
      }
      any = true;
      double from = stacked ? (*v >= 0 ? up : down) : 0;
      double to = from + *v;
      if (stacked) (*v >= 0 ? up : down) = to;
      double x0 = a.Pos(std::min(from, to)), x1 = a.Pos(std::max(from, to));
      row.ops.push_back(RectOp{x0, bar_top - bar + 0.5 * f, x1 - x0, bar - f, SeriesColor(theme, s),
                               stacked ? std::optional<Rgb>(palette::kWhite) : std::nullopt, 0.4});
      if (!stacked) {
        std::string label = FitText(ValueLabel(*v, theme.locale), value_room - 4, w);
        double lx = *v >= 0 ? x1 + 3 : x0 - 3 - w(label);
        row.ops.push_back(MakeText(lx, bar_top - bar / 2 - axis * 0.35, label, FontStyle::kRegular,
                                   axis, palette::kText, measure));
      }
    }
    if (stacked) {
      std::string label =
          FitText(any ? ValueLabel(up + down, theme.locale) : "\u2013", value_room - 4, w);
      row.ops.push_back(MakeText(a.Pos(up) + 3, by - bar / 2 - axis * 0.35, label,
                                 FontStyle::kRegular, axis, palette::kText, measure));
    }
  }
  row.ops.push_back(LineOp{zero, bottom, zero, top, kAxisLine, 0.8});
  y = bottom - ticks_height;
  if (!chart.unit.empty()) {
    TextOp unit = MakeText(0, y - axis, FitText(SanitizeUtf8(chart.unit), theme.content_width(), w),
                           FontStyle::kRegular, axis, palette::kMuted, measure);
    unit.x = right - unit.width;
    row.ops.push_back(std::move(unit));
    y -= axis + 4;
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

}  // namespace

Row LayoutDivergingChart(const DivergingChart& chart, const MeasureFn& measure,
                         const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  size_t k = chart.answers.size();
  std::optional<size_t> neutral =
      chart.neutral && *chart.neutral < k ? chart.neutral : std::nullopt;
  size_t negatives = neutral ? *neutral : k / 2;
  // Shares in percent of the item's n per item, the withheld answers last
  // (index k); empty when the item has no data. Withheld answers stay in n:
  // spreading them over the answers shown would overstate those.
  std::vector<std::vector<double>> shares;
  double extent = 0, max_left = 0, max_right = 0;
  bool any_withheld = false;
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
      shares.emplace_back();
      continue;
    }
    double left = 0, right = 0;
    for (size_t j = 0; j <= k; ++j) {
      p[j] = p[j] / total * 100;
      if (neutral && j == *neutral) {
        left += p[j] / 2;
        right += p[j] / 2;
      } else {
        (j < negatives ? left : right) += p[j];
      }
    }
    any_withheld = any_withheld || p[k] > 0;
    extent = std::max({extent, left, right});
    max_left = std::max(max_left, left);
    max_right = std::max(max_right, right);
    shares.push_back(std::move(p));
  }
  if (extent <= 0) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  std::vector<LegendItem> legend;
  for (size_t j = 0; j < k; ++j) {
    legend.push_back({SanitizeUtf8(chart.answers[j]), AnswerColor(j, negatives, neutral, k)});
  }
  if (any_withheld) legend.push_back({SanitizeUtf8(chart.withheld_label), kWithheldColor});
  AddLegend(legend, measure, theme, &row, &y);
  LabelColumn col = MakeLabels(chart.items, measure, theme);
  // An axis in percent, the ticks of the longer side mirrored as far as the
  // other side needs them.
  ValueAxis side = MakeValueAxis(0, std::min(100.0, extent), true, 3, measure, theme, true);
  ValueAxis a;
  for (size_t t = side.ticks.size(); t-- > 1;) {
    if (side.ticks[t - 1] >= max_left - 1e-9) continue;  // not needed on the left
    a.ticks.push_back(-side.ticks[t]);
    a.labels.push_back(side.labels[t]);
  }
  for (size_t t = 0; t < side.ticks.size(); ++t) {
    if (t > 0 && side.ticks[t - 1] >= max_right - 1e-9) break;
    a.ticks.push_back(side.ticks[t]);
    a.labels.push_back(side.labels[t]);
  }
  a.from = theme.content_left + col.width + 10 + side.label_width / 2;
  a.to = theme.content_right - side.label_width / 2 - (any_withheld ? kWithheldGap : 0);
  double f = theme.font_scale, axis = kAxisSize * f;
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
  double share_size = 6.5 * f;
  WidthFn w_axis = Width(measure, FontStyle::kRegular, axis);
  WidthFn share_w = Width(measure, FontStyle::kRegular, share_size);
  for (size_t i = 0; i < chart.items.size(); ++i) {
    AddRowLabel(col, i, centres[i], measure, theme, &row);
    if (shares[i].empty()) {
      // Suppressed or no answers: say so right of the zero line.
      std::string text = FitText(theme.no_data, theme.content_right - a.Pos(0) - 4, w_axis);
      row.ops.push_back(MakeText(a.Pos(0) + 4, centres[i] - axis * 0.35, text, FontStyle::kRegular,
                                 axis, palette::kMuted, measure));
      continue;
    }
    // Start at the left end: all negative shares and half the neutral one.
    double start = 0;
    for (size_t j = 0; j < k; ++j) {
      if (j < negatives) start -= shares[i][j];
      if (neutral && j == *neutral) start -= shares[i][j] / 2;
    }
    for (size_t j = 0; j <= k; ++j) {
      double p = shares[i][j];
      if (p <= 0) continue;
      // The withheld segment is set apart by a gap: it is no answer.
      double gap = j == k ? kWithheldGap : 0;
      double x0 = a.Pos(start) + gap, x1 = a.Pos(start + p) + gap;
      start += p;
      Rgb fill = j == k ? kWithheldColor : AnswerColor(j, negatives, neutral, k);
      row.ops.push_back(
          RectOp{x0, centres[i] - bar_height / 2, x1 - x0, bar_height, fill, palette::kWhite, 0.4});
      std::string label = theme.locale.FormatNumber(p, 0);
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
        row.ops.push_back(Centered((lx0 + lx1) / 2, centres[i] - share_size * 0.35, label,
                                   TextOn(fill), measure, share_size));
      }
    }
  }
  row.ops.push_back(LineOp{a.Pos(0), bottom, a.Pos(0), top, palette::kText, 0.8});
  y = bottom - ticks_height;
  AddShortenedNote(theme, col.shortened, measure, &row, &y);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
