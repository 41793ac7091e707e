// Text alternatives for charts: what a screen reader says instead of the
// picture, built from the chart's own data so that it can never disagree with
// what is drawn. The PDF renderer writes it as the Figure's /Alt, the HTML
// edition as the SVG's <desc>.
#ifndef ANKERBERICHT_DOCUMENT_CHART_ALT_TEXT_H_
#define ANKERBERICHT_DOCUMENT_CHART_ALT_TEXT_H_

#include <string>

#include "document/document.h"

namespace ankerbericht {

// "Balkendiagramm „Besuche je Monat“ (Besuche), 1. Halbjahr 2026: Jan 1.712,
// Feb 1.650, …; 1. Halbjahr 2025: …": the kind of chart, its title and unit,
// then every value with its category, series by series, numbers formatted
// for |lang| ("de" or "en"; anything else is German). Values without data are
// named as such ("keine Daten"); an empty chart says its empty message.
// |fallback_title| is used when the chart has no title of its own (a slide
// chart is titled by its slide). Never fails; the text is never empty.
std::string ChartAltText(const BarChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
std::string ChartAltText(const LineChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
std::string ChartAltText(const DivergingChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
std::string ChartAltText(const HeatmapChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
std::string ChartAltText(const RadarChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
std::string ChartAltText(const TimelineChart& chart, const std::string& lang,
                         const std::string& fallback_title = "");
// "Tabelle „Was die Weiterführung kostet“: Personal – 152.000 €; …": every
// row, its first cell, then the others (named by their column when there are
// several).
std::string ChartAltText(const SlideTable& table, const std::string& lang,
                         const std::string& fallback_title = "");

// Sets the |alt| of every chart in |doc| (slide charts included) whose alt
// is still empty, in the document's language.
void FillChartAltTexts(Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_CHART_ALT_TEXT_H_
