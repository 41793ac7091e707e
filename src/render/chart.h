// Chart layouts for the PDF renderer: vector bars, grouped series, a
// legend, a y axis with "nice" ticks and x labels that never overlap; lines,
// heatmap, radar and timeline.
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

// Every chart is one unbreakable Row across the theme's content frame
// (theme.content_left to content_right; the A4 content width by default) and
// draws its |empty_message| in a light frame when there is nothing to plot.
// Type sizes, and the leadings and gaps that hold text, are multiplied by
// theme.font_scale; plot heights and the radar's radius are not (the caller
// scales the whole row to make those grow). The heatmap, used on A4 only,
// keeps the A4 frame and sizes. Colours come from the Okabe-Ito palette;
// |theme| may replace the first one.

// Vertical (or, with chart.horizontal, horizontal) bars; grouped or stacked.
Row LayoutBarChart(const BarChart& chart, const MeasureFn& measure, const Theme& theme = {});
// chart_bars.cc: horizontal bars with wrapped category names.
Row LayoutHorizontalBarChart(const BarChart& chart, const MeasureFn& measure,
                             const Theme& theme = {});
// chart_bars.cc: diverging stacked bars for scale items.
Row LayoutDivergingChart(const DivergingChart& chart, const MeasureFn& measure,
                         const Theme& theme = {});
// chart_line.cc
Row LayoutLineChart(const LineChart& chart, const MeasureFn& measure, const Theme& theme = {});
// chart_heatmap.cc
Row LayoutHeatmap(const HeatmapChart& chart, const MeasureFn& measure, const Theme& theme = {});
// chart_radar.cc
Row LayoutRadarChart(const RadarChart& chart, const MeasureFn& measure, const Theme& theme = {});
// chart_timeline.cc: marks on one date axis; their labels are staggered in as
// many levels above and below the axis as it takes for no two labels (and no
// label and another mark's leader line) to overlap, and stay inside the
// content width. Empty message when chart.span_days <= 0.
Row LayoutTimelineChart(const TimelineChart& chart, const MeasureFn& measure,
                        const Theme& theme = {});

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_CHART_H_
