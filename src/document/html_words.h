// The few words the HTML edition of a report needs beyond the document's
// own text: the skip link, the heads of the tables that give a chart's
// values, and the names of the chart kinds in the charts' descriptions.
// They are wording, so they live here with the other wording of the
// document stage, not in the renderer.
#ifndef ANKERBERICHT_DOCUMENT_HTML_WORDS_H_
#define ANKERBERICHT_DOCUMENT_HTML_WORDS_H_

#include <string>

namespace ankerbericht {

struct HtmlWords {
  std::string skip_link;   // "Zum Inhalt springen": the first link of the page
  std::string chart_data;  // summary of the folded table beside a chart
  std::string category;    // head of the first column of a chart's table
  std::string statement;   // the same for the answers to statements
  std::string weekday;     // the same for the weekday-by-hour grid
  std::string no_data;     // a cell without a value
  std::string date;        // timeline table: the date column
  std::string event;       // timeline table: what happens then
  std::string values;      // column head for a chart with one unnamed series
  // Chart kinds, the first words of a chart's description.
  std::string bar_chart, line_chart, diverging_chart, heatmap_chart, radar_chart, timeline_chart;
};

// The words in |lang| ("de" or "en"; anything else gives German).
HtmlWords HtmlWordsFor(const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_HTML_WORDS_H_
