#include "document/chart_alt_text.h"

#include <gtest/gtest.h>

#include <string>

namespace ankerbericht {
namespace {

BarChart VisitsByMonth() {
  BarChart chart;
  chart.title = "Besuche je Monat";
  chart.unit = "Besuche";
  chart.categories = {"Jan", "Feb", "Mär"};
  chart.series = {ChartSeries{"1. Halbjahr 2026", {1712, 1650, std::nullopt}}};
  return chart;
}

TEST(ChartAltTextTest, BarChartNamesKindTitleAndEveryValueInGerman) {
  EXPECT_EQ(ChartAltText(VisitsByMonth(), "de"),
            "Balkendiagramm \u201EBesuche je Monat\u201C (Besuche): 1. Halbjahr 2026: Jan 1.712, "
            "Feb 1.650, "
            "Mär keine Daten.");
}

TEST(ChartAltTextTest, EnglishUsesEnglishWordsAndNumbers) {
  BarChart chart = VisitsByMonth();
  chart.title = "Visits per month";
  chart.unit = "Visits";
  chart.series[0].values[2] = 2500.5;
  EXPECT_EQ(ChartAltText(chart, "en"),
            "Bar chart \u201CVisits per month\u201D (Visits): 1. Halbjahr 2026: Jan 1,712, Feb "
            "1,650, Mär 2,500.5.");
}

TEST(ChartAltTextTest, SeveralSeriesFollowEachOther) {
  BarChart chart = VisitsByMonth();
  chart.series.push_back(ChartSeries{"1. Halbjahr 2025", {900, 800, 700}});
  std::string alt = ChartAltText(chart, "de");
  EXPECT_NE(alt.find("Mär keine Daten; 1. Halbjahr 2025: Jan 900, Feb 800, Mär 700."),
            std::string::npos)
      << alt;
}

TEST(ChartAltTextTest, EmptyChartSaysItsEmptyMessage) {
  LineChart chart;
  chart.title = "Besuche je Woche";
  chart.empty_message = "Keine Besuchsdaten.";
  EXPECT_EQ(ChartAltText(chart, "de"),
            "Liniendiagramm \u201EBesuche je Woche\u201C: Keine Besuchsdaten.");
}

TEST(ChartAltTextTest, DivergingChartGivesSharesOfEachItemsN) {
  DivergingChart chart;
  chart.title = "Zufriedenheit";
  chart.answers = {"nein", "ja"};
  chart.items = {"Gut beraten"};
  chart.values = {{1.0, 3.0}};
  chart.withheld = {4};
  chart.withheld_label = "nicht ausgewiesen";
  EXPECT_EQ(ChartAltText(chart, "de"),
            "Balkendiagramm der Antworten \u201EZufriedenheit\u201C: Gut beraten: nein 12,5 %, ja "
            "37,5 %, "
            "nicht ausgewiesen 50,0 %.");
  chart.values = {{std::nullopt, 3.0}};  // "nein" withheld for privacy
  EXPECT_NE(ChartAltText(chart, "de").find("nein nicht ausgewiesen, ja"), std::string::npos)
      << ChartAltText(chart, "de");
}

TEST(ChartAltTextTest, HeatmapNamesHighestCellAndClosedHours) {
  HeatmapChart chart;
  chart.title = "Besuche nach Wochentag und Stunde";
  chart.row_labels = {"Mo", "Di"};
  chart.column_labels = {"8", "9"};
  chart.values = {{std::nullopt, 2.5}, {4.0, 1.0}};
  chart.closed = {{true, false}};
  std::string alt = ChartAltText(chart, "de");
  EXPECT_NE(alt.find("höchster Wert 4 (Di 8); Mo: 8 geschlossen, 9 2,5; Di: 8 4, 9 1."),
            std::string::npos)
      << alt;
}

TEST(ChartAltTextTest, HeatmapSaysNeighbouringClosedHoursOnce) {
  HeatmapChart chart;
  chart.row_labels = {"So"};
  chart.column_labels = {"9", "10", "11", "12"};
  chart.values = {{std::nullopt, std::nullopt, std::nullopt, 3.0}};
  chart.closed = {{true, true, true, false}};
  std::string alt = ChartAltText(chart, "de");
  EXPECT_NE(alt.find("So: 9\u201311 geschlossen, 12 3."), std::string::npos) << alt;
}

TEST(ChartAltTextTest, RadarWithRingLabelsSaysTheLabels) {
  RadarChart chart;
  chart.title = "Zielprofil";
  chart.axes = {"Digitale Bildung", "Handwerk"};
  chart.series = {ChartSeries{"Priorität", {7, 6}}};
  chart.ring_labels = {{7, "Priorität 1"}, {6, "2"}};
  EXPECT_EQ(ChartAltText(chart, "de"),
            "Netzdiagramm \u201EZielprofil\u201C: Priorität: Digitale Bildung Priorität 1, "
            "Handwerk Priorität 2.");
}

TEST(ChartAltTextTest, SlideChartWithoutTitleIsNamedAfterItsSlide) {
  Document doc;
  Slide slide;
  slide.title = "Mehr Besuche als je zuvor";
  BarChart chart = VisitsByMonth();
  chart.title.clear();
  slide.chart = chart;
  doc.blocks.push_back(slide);
  doc.blocks.push_back(VisitsByMonth());
  FillChartAltTexts(&doc);
  const auto& on_slide = std::get<BarChart>(std::get<Slide>(doc.blocks[0]).chart);
  EXPECT_EQ(on_slide.alt.rfind("Balkendiagramm \u201EMehr Besuche als je zuvor\u201C", 0), 0u)
      << on_slide.alt;
  EXPECT_FALSE(std::get<BarChart>(doc.blocks[1]).alt.empty());
}

TEST(ChartAltTextTest, TimelineListsDatesWithLabels) {
  TimelineChart chart;
  chart.title = "Fristen";
  chart.span_days = 100;
  chart.marks = {
      TimelineMark{0, "01.01.2027", "heute", TimelineMarkKind::kToday, false},
      TimelineMark{90, "31.03.2027", "Haushaltsfrist", TimelineMarkKind::kDeadline, false}};
  EXPECT_EQ(ChartAltText(chart, "de"),
            "Zeitleiste \u201EFristen\u201C: 01.01.2027 heute; 31.03.2027 Haushaltsfrist.");
}

}  // namespace
}  // namespace ankerbericht
