// Bar chart layout for the PDF renderer: vector bars, grouped series, a
// legend, a y axis with "nice" ticks and x labels that never overlap.
#ifndef ANKERBERICHT_RENDER_CHART_H_
#define ANKERBERICHT_RENDER_CHART_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// Tick values for an axis covering [lo, hi] in steps of 1, 2 or 5 times a
// power of ten, about |target_count| intervals. The first tick is <= lo, the
// last >= hi; lo == hi yields a unit range. With |integers| the step is at
// least 1 (counts have no fractional ticks).
std::vector<double> NiceTicks(double lo, double hi, int target_count, bool integers);

// German number format: '.' between thousands, ',' before decimals
// ("1.500", "-2,5", "1.000.000.000").
std::string FormatGermanNumber(double value, int decimals);

// The whole chart as one unbreakable Row across the content width. Draws
// |chart.empty_message| in a light frame when there is nothing to plot.
Row LayoutBarChart(const BarChart& chart, const MeasureFn& measure);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_CHART_H_
