// Weekday x hour heatmap: one cell per (row, column) shaded from a very light
// tint to the primary colour, cells without data hatched in light grey, hours
// when the place is closed plain light grey, and a legend with the colour
// steps, their value range and a swatch for each kind of empty cell shown.
#include <algorithm>
#include <cmath>
#include <utility>

#include "render/chart.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

using namespace chart;  // NOLINT: the shared chart helpers

constexpr int kSteps = 5;  // colour classes
constexpr double kMaxCellHeight = 20, kMaxCellWidth = 44;
constexpr double kValueSize = 6.5;
constexpr Rgb kClosed = HexColor(0xF4F4F4);

Rgb StepColor(const Theme& theme, int step) {
  return Mix(HexColor(0xEEF4FA), theme.primary, (step + 0.5) / kSteps);
}

// A cell without data: light grey with a diagonal stroke.
void AddMissingCell(double x, double y, double w, double h, Row* row) {
  row->ops.push_back(RectOp{x, y, w, h, kMissing, palette::kWhite, 0.8});
  row->ops.push_back(LineOp{x + 2, y + 2, x + w - 2, y + h - 2, HexColor(0xB0B0B0), 0.5});
}

// A closed hour: plain, lighter than any value and without the stroke, so it
// reads as "nothing to see" rather than as a gap in the data.
void AddClosedCell(double x, double y, double w, double h, Row* row) {
  row->ops.push_back(RectOp{x, y, w, h, kClosed, palette::kWhite, 0.8});
}

// The chart's cells and their value range: closed hours and missing or
// non-finite values have no value.
struct Grid {
  const HeatmapChart& chart;
  size_t rows = 0, cols = 0;
  double lo = 0, hi = 0;
  bool any = false, integers = true;

  explicit Grid(const HeatmapChart& c)
      : chart(c), rows(c.row_labels.size()), cols(c.column_labels.size()) {
    for (size_t r = 0; r < rows; ++r) {
      for (size_t k = 0; k < cols; ++k) {
        if (auto v = Value(r, k)) {
          lo = any ? std::min(lo, *v) : *v;
          hi = any ? std::max(hi, *v) : *v;
          integers = integers && *v == std::floor(*v);
          any = true;
        }
      }
    }
  }
  bool Closed(size_t r, size_t c) const {
    return r < chart.closed.size() && c < chart.closed[r].size() && chart.closed[r][c];
  }
  std::optional<double> Value(size_t r, size_t c) const {
    if (Closed(r, c)) return std::nullopt;
    if (r >= chart.values.size() || c >= chart.values[r].size()) return std::nullopt;
    const auto& v = chart.values[r][c];
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return v;
  }
  int StepOf(double v) const {
    if (hi <= lo) return kSteps - 1;
    return std::clamp(static_cast<int>((v - lo) / (hi - lo) * kSteps), 0, kSteps - 1);
  }
  // One number format for every cell: a mean of exactly 15 reads "15,0"
  // among "15,8" and "13,2", not "15".
  int Decimals() const { return integers ? 0 : 1; }
};

// Where the cells go: right of the row names, as wide as the frame allows.
struct Cells {
  std::vector<std::string> row_names;
  double left = 0, cell_w = 0, cell_h = 0;
  bool show_values = true;  // values inside the cells only if every one of them fits
};

Cells PlaceCells(const Grid& g, const WidthFn& w, const MeasureFn& measure, const Theme& theme) {
  Cells k;
  double label_width = 0;
  for (const std::string& name : g.chart.row_labels) {
    k.row_names.push_back(FitText(SanitizeUtf8(name), kContentWidth / 4, w));
    label_width = std::max(label_width, w(k.row_names.back()));
  }
  k.left = kContentLeft + label_width + 6;
  k.cell_w = std::min(kMaxCellWidth, (kContentRight - k.left) / g.cols);
  k.cell_h = std::min(kMaxCellHeight, std::max(12.0, 160.0 / g.rows));
  WidthFn vw = Width(measure, FontStyle::kRegular, kValueSize);
  for (size_t r = 0; r < g.rows && k.show_values; ++r) {
    for (size_t c = 0; c < g.cols; ++c) {
      if (auto v = g.Value(r, c);
          v && vw(theme.locale.FormatNumber(*v, g.Decimals())) > k.cell_w - 3) {
        k.show_values = false;
      }
    }
  }
  return k;
}

// Column labels above the grid at |*y|, only every n-th if they do not fit;
// moves |*y| to the top of the cells.
void AddColumnLabels(const Grid& g, const Cells& k, const WidthFn& w, const MeasureFn& measure,
                     Row* row, double* y) {
  double widest = 0;
  std::vector<std::string> col_names;
  for (const std::string& name : g.chart.column_labels) {
    col_names.push_back(SanitizeUtf8(name));
    widest = std::max(widest, w(col_names.back()));
  }
  size_t every = 1;
  while (every < g.cols && widest + 3 > every * k.cell_w) ++every;
  double header_baseline = *y - kAxisSize;
  for (size_t c = 0; c < g.cols; c += every) {
    TextOp label = Centered(k.left + (c + 0.5) * k.cell_w, header_baseline,
                            FitText(col_names[c], every * k.cell_w - 3, w), palette::kMuted,
                            measure, kAxisSize);
    label.x = std::clamp(label.x, kContentLeft, kContentRight - label.width);
    row->ops.push_back(std::move(label));
  }
  *y = header_baseline - 5;
}

// The row names and the cells from |top| down; tells which kinds of empty
// cell the grid has.
void AddCells(const Grid& g, const Cells& k, double top, const WidthFn& w, const MeasureFn& measure,
              const Theme& theme, Row* row, bool* any_closed, bool* any_missing) {
  for (size_t r = 0; r < g.rows; ++r) {
    double cy = top - r * k.cell_h;
    row->ops.push_back(MakeText(k.left - 6 - w(k.row_names[r]),
                                cy - k.cell_h / 2 - kAxisSize * 0.35, k.row_names[r],
                                FontStyle::kRegular, kAxisSize, palette::kText, measure));
    for (size_t c = 0; c < g.cols; ++c) {
      double x = k.left + c * k.cell_w;
      std::optional<double> v = g.Value(r, c);
      if (g.Closed(r, c)) {
        *any_closed = true;
        AddClosedCell(x, cy - k.cell_h, k.cell_w, k.cell_h, row);
        continue;
      }
      if (!v) {
        *any_missing = true;
        AddMissingCell(x, cy - k.cell_h, k.cell_w, k.cell_h, row);
        continue;
      }
      Rgb fill = StepColor(theme, g.StepOf(*v));
      row->ops.emplace_back(
          RectOp{x, cy - k.cell_h, k.cell_w, k.cell_h, fill, palette::kWhite, 0.8});
      if (k.show_values) {
        row->ops.push_back(Centered(x + k.cell_w / 2, cy - k.cell_h / 2 - kValueSize * 0.35,
                                    theme.locale.FormatNumber(*v, g.Decimals()), TextOn(fill),
                                    measure, kValueSize));
      }
    }
  }
}

// Legend at |*y|: caption, the colour steps with the range, and a swatch for
// each kind of empty cell the grid has.
void AddScaleLegend(const Grid& g, bool any_closed, bool any_missing, const MeasureFn& measure,
                    const Theme& theme, Row* row, double* y) {
  double baseline = *y - BaselineOffset(kLegendLeading, kLegendSize);
  WidthFn lw = Width(measure, FontStyle::kRegular, kLegendSize);
  double x = kContentLeft;
  if (!g.chart.unit.empty()) {
    std::string caption = FitText(SanitizeUtf8(g.chart.unit), kContentWidth / 2, lw);
    row->ops.push_back(
        MakeText(x, baseline, caption, FontStyle::kRegular, kLegendSize, palette::kText, measure));
    x += lw(caption) + 8;
  }
  std::string low = FitText(theme.locale.FormatNumber(g.lo, g.Decimals()), kContentWidth / 6, lw);
  std::string high = FitText(theme.locale.FormatNumber(g.hi, g.Decimals()), kContentWidth / 6, lw);
  row->ops.push_back(
      MakeText(x, baseline, low, FontStyle::kRegular, kLegendSize, palette::kMuted, measure));
  x += lw(low) + 4;
  for (int s = 0; s < kSteps; ++s) {
    row->ops.push_back(
        RectOp{x + s * 14, baseline - 1, 14, kSwatch + 1, StepColor(theme, s), {}, 0});
  }
  x += kSteps * 14 + 4;
  row->ops.push_back(
      MakeText(x, baseline, high, FontStyle::kRegular, kLegendSize, palette::kMuted, measure));
  x += lw(high) + 14;
  auto swatch = [&](bool any, const std::string& text, bool missing_cell) {
    std::string label = FitText(SanitizeUtf8(text), std::max(0.0, kContentRight - x - 16), lw);
    if (!any || label.empty() || x + 16 >= kContentRight) return;
    if (missing_cell) {
      AddMissingCell(x, baseline - 1, 12, kSwatch + 1, row);
    } else {
      row->ops.push_back(RectOp{x, baseline - 1, 12, kSwatch + 1, kClosed, palette::kRule, 0.5});
    }
    row->ops.push_back(MakeText(x + 16, baseline, label, FontStyle::kRegular, kLegendSize,
                                palette::kText, measure));
    x += 16 + lw(label) + 14;
  };
  const HeatmapChart& chart = g.chart;
  swatch(any_closed, chart.closed_label.empty() ? theme.closed : chart.closed_label, false);
  swatch(any_missing, chart.missing_label.empty() ? theme.no_data : chart.missing_label, true);
  *y -= kLegendLeading;
}

}  // namespace

Row LayoutHeatmap(const HeatmapChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  Grid g(chart);
  if (!g.any) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize);
  Cells k = PlaceCells(g, w, measure, theme);
  AddColumnLabels(g, k, w, measure, &row, &y);
  double top = y;
  bool any_closed = false, any_missing = false;
  AddCells(g, k, top, w, measure, theme, &row, &any_closed, &any_missing);
  y = top - g.rows * k.cell_h - 8;
  AddScaleLegend(g, any_closed, any_missing, measure, theme, &row, &y);
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
