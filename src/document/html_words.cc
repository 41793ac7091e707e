#include "document/html_words.h"

#include "util/strings.h"

namespace ankerbericht {

HtmlWords HtmlWordsFor(const std::string& lang) {
  // An unknown language gives German, the report's first language.
  Result<const Strings*> found = Strings::Builtin(lang);
  if (!found.ok()) found = Strings::Builtin("de");
  static const Strings kNone;
  const Strings& table = found.ok() ? **found : kNone;
  HtmlWords w;
  w.skip_link = table.Get("html.skip_link");
  w.chart_data = table.Get("html.chart_data");
  w.category = table.Get("html.category");
  w.statement = table.Get("html.statement");
  w.weekday = table.Get("html.weekday");
  w.no_data = table.Get("html.no_data");
  w.date = table.Get("html.date");
  w.event = table.Get("html.event");
  w.values = table.Get("html.values");
  w.bar_chart = table.Get("html.bar_chart");
  w.line_chart = table.Get("html.line_chart");
  w.diverging_chart = table.Get("html.diverging_chart");
  w.heatmap_chart = table.Get("html.heatmap_chart");
  w.radar_chart = table.Get("html.radar_chart");
  w.timeline_chart = table.Get("html.timeline_chart");
  return w;
}

}  // namespace ankerbericht
