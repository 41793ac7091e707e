#include "render/chart_axes.h"

#include <algorithm>
#include <cmath>

#include "render/chart.h"

namespace ankerbericht::chart {
namespace {

constexpr Rgb kOkabeIto[] = {HexColor(0x0072B2), HexColor(0xE69F00), HexColor(0x009E73),
                             HexColor(0xCC79A7), HexColor(0x56B4E9), HexColor(0xD55E00),
                             HexColor(0xF0E442)};

}  // namespace

Rgb SeriesColor(const Theme& theme, size_t i) {
  if (i == 0) return theme.primary;
  return kOkabeIto[i % std::size(kOkabeIto)];
}

Rgb Mix(Rgb a, Rgb b, double t) {
  return Rgb{a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}

Rgb TextOn(Rgb fill) {
  double luminance = 0.2126 * fill.r + 0.7152 * fill.g + 0.0722 * fill.b;
  return luminance < 0.5 ? palette::kWhite : palette::kText;
}

WidthFn Width(const MeasureFn& measure, FontStyle font, double size) {
  return [&measure, font, size](std::string_view s) { return measure(s, font, size); };
}

void AddTitle(const std::string& title, const MeasureFn& measure, Row* row, double* y) {
  if (title.empty()) return;
  for (std::string& line :
       WrapText(title, kContentWidth, Width(measure, FontStyle::kBold, kTitleSize))) {
    row->ops.push_back(MakeText(kContentLeft, *y - BaselineOffset(kTitleLeading, kTitleSize),
                                std::move(line), FontStyle::kBold, kTitleSize, palette::kText,
                                measure));
    *y -= kTitleLeading;
  }
  *y -= 4;
}

void AddEmptyFrame(const std::string& message, const MeasureFn& measure, Row* row, double* y) {
  constexpr double kSize = 9, kLeading = 13;
  std::vector<std::string> lines =
      WrapText(message, kContentWidth - 24, Width(measure, FontStyle::kRegular, kSize));
  double height = std::max(56.0, lines.size() * kLeading + 24);
  row->ops.push_back(
      RectOp{kContentLeft, *y - height, kContentWidth, height, kFrameFill, palette::kRule, 0.6});
  double line_y = *y - (height - lines.size() * kLeading) / 2;
  for (std::string& line : lines) {
    TextOp op = MakeText(0, line_y - BaselineOffset(kLeading, kSize), std::move(line),
                         FontStyle::kRegular, kSize, palette::kMuted, measure);
    op.x = kContentLeft + (kContentWidth - op.width) / 2;
    row->ops.push_back(std::move(op));
    line_y -= kLeading;
  }
  *y -= height;
}

void AddLegend(const std::vector<LegendItem>& items, const MeasureFn& measure, Row* row,
               double* y) {
  WidthFn w = Width(measure, FontStyle::kRegular, kLegendSize);
  double x = kContentLeft;
  double baseline = *y - BaselineOffset(kLegendLeading, kLegendSize);
  for (const LegendItem& item : items) {
    double swatch = item.line ? 18 : kSwatch;
    std::string name = FitText(item.name, kContentWidth - swatch - 4, w);
    double width = swatch + 4 + w(name);
    if (x > kContentLeft && x + width > kContentRight) {
      x = kContentLeft;
      baseline -= kLegendLeading;
      *y -= kLegendLeading;
    }
    if (item.line) {
      double ly = baseline + kLegendSize * 0.3;
      row->ops.push_back(LineOp{x, ly, x + swatch, ly, item.color, 1.6, item.dash});
    } else {
      row->ops.push_back(RectOp{x, baseline - 0.5, kSwatch, kSwatch, item.color, {}, 0});
    }
    row->ops.push_back(MakeText(x + swatch + 4, baseline, std::move(name), FontStyle::kRegular,
                                kLegendSize, palette::kText, measure));
    x += width + 14;
  }
  *y -= kLegendLeading + 4;
}

TextOp Centered(double cx, double y, std::string text, Rgb color, const MeasureFn& measure,
                double size) {
  TextOp op = MakeText(0, y, std::move(text), FontStyle::kRegular, size, color, measure);
  op.x = cx - op.width / 2;
  return op;
}

std::vector<std::string> WrapLabel(const std::string& text, double width, size_t max_lines,
                                   const WidthFn& w, bool* shortened) {
  std::vector<std::string> lines = WrapText(text, width, w);
  if (lines.size() > max_lines) {
    std::string rest = lines[max_lines - 1];
    for (size_t i = max_lines; i < lines.size(); ++i) rest += " " + lines[i];
    lines.resize(max_lines);
    std::string cut = FitText(rest, width, w);
    if (cut == rest) cut = FitText(rest + "\u2026", width, w);
    lines.back() = cut;
    if (shortened) *shortened = true;
  }
  return lines;
}

void AddShortenedNote(const Theme& theme, const std::vector<std::string>& full_names,
                      const MeasureFn& measure, Row* row, double* y) {
  if (full_names.empty()) return;
  std::string text = theme.shortened;
  for (size_t i = 0; i < full_names.size(); ++i) text += (i ? "; " : " ") + full_names[i];
  *y -= 3;
  for (std::string& line :
       WrapText(text, kContentWidth, Width(measure, FontStyle::kRegular, kNoteSize))) {
    row->ops.push_back(MakeText(kContentLeft, *y - BaselineOffset(kNoteLeading, kNoteSize),
                                std::move(line), FontStyle::kRegular, kNoteSize, palette::kMuted,
                                measure));
    *y -= kNoteLeading;
  }
}

int TickDecimals(double step) {
  if (step >= 1) return 0;
  return std::min(10, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}

std::string ValueLabel(double v) { return FormatGermanNumber(v, v == std::floor(v) ? 0 : 1); }

ValueAxis MakeValueAxis(double lo, double hi, bool integers, int target_ticks,
                        const MeasureFn& measure, const std::string& suffix) {
  ValueAxis a;
  a.ticks = NiceTicks(lo, hi, target_ticks, integers);
  double step = a.ticks.size() > 1 ? a.ticks[1] - a.ticks[0] : 1;
  WidthFn w = Width(measure, FontStyle::kRegular, kAxisSize);
  for (double t : a.ticks) {
    // Absurd magnitudes must not eat the plot: labels get at most a third.
    a.labels.push_back(
        FitText(FormatGermanNumber(t, TickDecimals(step)) + suffix, kContentWidth / 3, w));
    a.label_width = std::max(a.label_width, w(a.labels.back()));
  }
  return a;
}

}  // namespace ankerbericht::chart
