// A chart in words, for the HTML edition: its values as a table (shown
// beside the drawing) and the title and description of its SVG.
#ifndef ANKERBERICHT_RENDER_HTML_CHART_TEXT_H_
#define ANKERBERICHT_RENDER_HTML_CHART_TEXT_H_

#include <string>

#include "document/document.h"
#include "document/html_words.h"

namespace ankerbericht {

// True for the blocks that are charts (bar, line, diverging, heat map,
// radar, timeline).
bool IsChart(const Block& block);

// The values of |chart| as a table: one row per category (statement,
// weekday, axis, timeline mark), one column per series (answer, hour),
// numbers formatted for |locale|, missing values as words.no_data (or the
// chart's own words for closed and withheld cells). The caption is the
// chart's title. No rows when the chart has no data; no columns when
// |chart| is not a chart.
Table ChartValues(const Block& chart, const HtmlWords& words, const Locale& locale);

struct ChartText {
  std::string title;  // the SVG's <title>: the chart's own title
  std::string desc;   // the SVG's <desc>: kind and every value
};

// The accessible name and description of |chart|: the chart's |alt| (the
// same text the PDF carries, written by document/chart_alt_text.h); when
// that is empty, "Balkendiagramm: Januar 1.712; Februar 1.650; …" from
// ChartValues, or the kind and the chart's empty message without data.
ChartText DescribeChart(const Block& chart, const HtmlWords& words, const Locale& locale);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_HTML_CHART_TEXT_H_
