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

}  // namespace

Row LayoutHeatmap(const HeatmapChart& chart, const MeasureFn& measure, const Theme& theme) {
  Row row;
  double y = 0;
  AddTitle(chart.title, measure, theme, &row, &y);
  size_t rows = chart.row_labels.size(), cols = chart.column_labels.size();
  double lo = 0, hi = 0;
  bool any = false, integers = true;
  auto closed = [&](size_t r, size_t c) {
    return r < chart.closed.size() && c < chart.closed[r].size() && chart.closed[r][c];
  };
  auto value = [&](size_t r, size_t c) -> std::optional<double> {
    if (closed(r, c)) return std::nullopt;
    if (r >= chart.values.size() || c >= chart.values[r].size()) return std::nullopt;
    const auto& v = chart.values[r][c];
    if (!v || !std::isfinite(*v)) return std::nullopt;
    return v;
  };
  for (size_t r = 0; r < rows; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      if (auto v = value(r, c)) {
        lo = any ? std::min(lo, *v) : *v;
        hi = any ? std::max(hi, *v) : *v;
        integers = integers && *v == std::floor(*v);
        any = true;
      }
    }
  }
  if (!any) {
    AddEmptyFrame(chart.empty_message, measure, theme, &row, &y);
    row.height = -y + 4;
    return row;
  }
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize);
  double label_width = 0;
  std::vector<std::string> row_names;
  for (const std::string& name : chart.row_labels) {
    row_names.push_back(FitText(SanitizeUtf8(name), kContentWidth / 4, w));
    label_width = std::max(label_width, w(row_names.back()));
  }
  double left = kContentLeft + label_width + 6;
  double cell_w = std::min(kMaxCellWidth, (kContentRight - left) / cols);
  double cell_h = std::min(kMaxCellHeight, std::max(12.0, 160.0 / rows));
  auto step_of = [&](double v) {
    if (hi <= lo) return kSteps - 1;
    return std::clamp(static_cast<int>((v - lo) / (hi - lo) * kSteps), 0, kSteps - 1);
  };
  // One number format for every cell: a mean of exactly 15 reads "15,0"
  // among "15,8" and "13,2", not "15".
  auto cell_label = [&](double v) { return theme.locale.FormatNumber(v, integers ? 0 : 1); };
  // Values inside the cells only if every one of them fits.
  WidthFn vw = Width(measure, FontStyle::kRegular, kValueSize);
  bool show_values = true;
  for (size_t r = 0; r < rows && show_values; ++r) {
    for (size_t c = 0; c < cols; ++c) {
      if (auto v = value(r, c); v && vw(cell_label(*v)) > cell_w - 3) show_values = false;
    }
  }
  // Column labels above the grid, only every n-th if they do not fit.
  double widest = 0;
  std::vector<std::string> col_names;
  for (const std::string& name : chart.column_labels) {
    col_names.push_back(SanitizeUtf8(name));
    widest = std::max(widest, w(col_names.back()));
  }
  size_t every = 1;
  while (every < cols && widest + 3 > every * cell_w) ++every;
  double header_baseline = y - kAxisSize;
  for (size_t c = 0; c < cols; c += every) {
    TextOp label =
        Centered(left + (c + 0.5) * cell_w, header_baseline,
                 FitText(col_names[c], every * cell_w - 3, w), palette::kMuted, measure, kAxisSize);
    label.x = std::clamp(label.x, kContentLeft, kContentRight - label.width);
    row.ops.push_back(std::move(label));
  }
  double top = header_baseline - 5;
  bool any_closed = false, any_missing = false;
  for (size_t r = 0; r < rows; ++r) {
    double cy = top - r * cell_h;
    row.ops.push_back(MakeText(left - 6 - w(row_names[r]), cy - cell_h / 2 - kAxisSize * 0.35,
                               row_names[r], FontStyle::kRegular, kAxisSize, palette::kText,
                               measure));
    for (size_t c = 0; c < cols; ++c) {
      double x = left + c * cell_w;
      std::optional<double> v = value(r, c);
      if (closed(r, c)) {
        any_closed = true;
        AddClosedCell(x, cy - cell_h, cell_w, cell_h, &row);
        continue;
      }
      if (!v) {
        any_missing = true;
        AddMissingCell(x, cy - cell_h, cell_w, cell_h, &row);
        continue;
      }
      Rgb fill = StepColor(theme, step_of(*v));
      row.ops.push_back(RectOp{x, cy - cell_h, cell_w, cell_h, fill, palette::kWhite, 0.8});
      if (show_values) {
        row.ops.push_back(Centered(x + cell_w / 2, cy - cell_h / 2 - kValueSize * 0.35,
                                   cell_label(*v), TextOn(fill), measure, kValueSize));
      }
    }
  }
  y = top - rows * cell_h - 8;
  // Legend: caption, the colour steps with the range, the missing swatch.
  double baseline = y - BaselineOffset(kLegendLeading, kLegendSize);
  WidthFn lw = Width(measure, FontStyle::kRegular, kLegendSize);
  double x = kContentLeft;
  if (!chart.unit.empty()) {
    std::string caption = FitText(SanitizeUtf8(chart.unit), kContentWidth / 2, lw);
    row.ops.push_back(
        MakeText(x, baseline, caption, FontStyle::kRegular, kLegendSize, palette::kText, measure));
    x += lw(caption) + 8;
  }
  int decimals = integers ? 0 : 1;
  std::string low = FitText(theme.locale.FormatNumber(lo, decimals), kContentWidth / 6, lw);
  std::string high = FitText(theme.locale.FormatNumber(hi, decimals), kContentWidth / 6, lw);
  row.ops.push_back(
      MakeText(x, baseline, low, FontStyle::kRegular, kLegendSize, palette::kMuted, measure));
  x += lw(low) + 4;
  for (int s = 0; s < kSteps; ++s) {
    row.ops.push_back(
        RectOp{x + s * 14, baseline - 1, 14, kSwatch + 1, StepColor(theme, s), {}, 0});
  }
  x += kSteps * 14 + 4;
  row.ops.push_back(
      MakeText(x, baseline, high, FontStyle::kRegular, kLegendSize, palette::kMuted, measure));
  x += lw(high) + 14;
  // Swatches only for the kinds of empty cell the grid has.
  auto swatch = [&](bool any, const std::string& text, bool missing_cell) {
    std::string label = FitText(SanitizeUtf8(text), std::max(0.0, kContentRight - x - 16), lw);
    if (!any || label.empty() || x + 16 >= kContentRight) return;
    if (missing_cell) {
      AddMissingCell(x, baseline - 1, 12, kSwatch + 1, &row);
    } else {
      row.ops.push_back(RectOp{x, baseline - 1, 12, kSwatch + 1, kClosed, palette::kRule, 0.5});
    }
    row.ops.push_back(MakeText(x + 16, baseline, label, FontStyle::kRegular, kLegendSize,
                               palette::kText, measure));
    x += 16 + lw(label) + 14;
  };
  swatch(any_closed, chart.closed_label.empty() ? theme.closed : chart.closed_label, false);
  swatch(any_missing, chart.missing_label.empty() ? theme.no_data : chart.missing_label, true);
  y -= kLegendLeading;
  row.height = -y + 4;
  return row;
}

}  // namespace ankerbericht
