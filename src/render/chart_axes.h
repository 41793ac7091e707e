// Shared pieces of the chart layouts (chart.cc, chart_bars.cc, chart_line.cc,
// chart_heatmap.cc, chart_radar.cc): title, empty frame, legend, label
// wrapping, the Okabe-Ito palette and a linear value axis.
#ifndef ANKERBERICHT_RENDER_CHART_AXES_H_
#define ANKERBERICHT_RENDER_CHART_AXES_H_

#include <optional>
#include <string>
#include <vector>

#include "render/pdf_layout.h"

namespace ankerbericht::chart {

inline constexpr double kTitleSize = 10.5, kTitleLeading = 14;
inline constexpr double kLegendSize = 8, kLegendLeading = 13, kSwatch = 8;
inline constexpr double kAxisSize = 7.5;  // tick, category and value labels
inline constexpr double kNoteSize = 7, kNoteLeading = 9.5;
inline constexpr Rgb kFrameFill = HexColor(0xF6F7F8);
inline constexpr Rgb kAxisLine = HexColor(0x80868B);
inline constexpr Rgb kPrevious = HexColor(0x8C8C8C);  // previous period: grey
inline constexpr Rgb kMissing = HexColor(0xEDEDED);

// The colours series get in order: |primary| first, then Okabe-Ito colours
// (distinguishable with the common colour vision deficiencies, all at least
// 3:1 against white), those whose hue is within 30 degrees of one already
// taken moved to the end, so that a green branding colour is not followed by
// a second green.
std::vector<Rgb> SeriesPalette(Rgb primary);
// Colour of series |i|: SeriesPalette(theme.primary)[i], cycling.
Rgb SeriesColor(const Theme& theme, size_t i);

// a + (b - a) * t per channel.
Rgb Mix(Rgb a, Rgb b, double t);
// Text colour that reads on |fill|: white or the text colour, whichever has
// the higher WCAG contrast with it (at least 4.5:1 for any fill).
Rgb TextOn(Rgb fill);

WidthFn Width(const MeasureFn& measure, FontStyle font, double size);

// Every helper below lays out in the theme's content frame with its type
// sizes (and the leadings and gaps that go with them) times
// theme.font_scale.

// Title lines in bold across the content width; moves *y below them.
void AddTitle(const std::string& title, const MeasureFn& measure, const Theme& theme, Row* row,
              double* y);
// Instead of an empty plot: |message| centred in a light frame.
void AddEmptyFrame(const std::string& message, const MeasureFn& measure, const Theme& theme,
                   Row* row, double* y);

struct LegendItem {
  std::string name;
  Rgb color;
  bool line = false;  // a line swatch (line charts) instead of a square
  double dash = 0;
};
// Swatches and names flowing over as many lines as needed.
void AddLegend(const std::vector<LegendItem>& items, const MeasureFn& measure, const Theme& theme,
               Row* row, double* y);

// A text in |size| centred horizontally on |cx| with its baseline at |y|.
TextOp Centered(double cx, double y, std::string text, Rgb color, const MeasureFn& measure,
                double size);

// |text| wrapped into at most |max_lines| lines of |width|; the last line is
// shortened with "…" if the text does not fit, and *shortened is set then.
std::vector<std::string> WrapLabel(const std::string& text, double width, size_t max_lines,
                                   const WidthFn& w, bool* shortened);

// "Gekürzt: full name; full name" in small print below the chart.
void AddShortenedNote(const Theme& theme, const std::vector<std::string>& full_names,
                      const MeasureFn& measure, Row* row, double* y);

// Digits after the decimal separator that tick labels with |step| need.
int TickDecimals(double step);
// Value labels: whole numbers plain, others with one decimal, written as
// |locale| writes numbers.
std::string ValueLabel(double v, const Locale& locale);

// A linear value axis with "nice" ticks between pixel positions |from| (the
// first tick) and |to| (the last tick).
struct ValueAxis {
  std::vector<double> ticks;
  std::vector<std::string> labels;
  double label_width = 0;
  double from = 0, to = 1;
  double Pos(double v) const {
    double t0 = ticks.front(), t1 = ticks.back();
    return from + (v - t0) / (t1 - t0) * (to - from);
  }
};
ValueAxis MakeValueAxis(double lo, double hi, bool integers, int target_ticks,
                        const MeasureFn& measure, const Theme& theme, bool percent = false);

}  // namespace ankerbericht::chart

#endif  // ANKERBERICHT_RENDER_CHART_AXES_H_
