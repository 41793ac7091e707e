#include "document/html_words.h"

namespace ankerbericht {

HtmlWords HtmlWordsFor(const std::string& lang) {
  HtmlWords w;
  if (lang == "en") {
    w.skip_link = "Skip to the content";
    w.chart_data = "The chart's values as a table";
    w.category = "Category";
    w.statement = "Statement";
    w.weekday = "Day";
    w.no_data = "no data";
    w.date = "Date";
    w.event = "Event";
    w.values = "Value";
    w.bar_chart = "Bar chart";
    w.line_chart = "Line chart";
    w.diverging_chart = "Bar chart of the answers";
    w.heatmap_chart = "Heat map";
    w.radar_chart = "Radar chart";
    w.timeline_chart = "Timeline";
    return w;
  }
  w.skip_link = "Zum Inhalt springen";
  w.chart_data = "Die Werte des Diagramms als Tabelle";
  w.category = "Kategorie";
  w.statement = "Aussage";
  w.weekday = "Tag";
  w.no_data = "keine Daten";
  w.date = "Datum";
  w.event = "Ereignis";
  w.values = "Wert";
  w.bar_chart = "Balkendiagramm";
  w.line_chart = "Liniendiagramm";
  w.diverging_chart = "Balkendiagramm der Antworten";
  w.heatmap_chart = "Wärmebild";
  w.radar_chart = "Netzdiagramm";
  w.timeline_chart = "Zeitleiste";
  return w;
}

}  // namespace ankerbericht
