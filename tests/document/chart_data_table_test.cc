// A chart's values as a table: what a reader who cannot see the bars finds
// right after the figure.
#include "document/chart_data_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ankerbericht {
namespace {

BarChart VisitsChart() {
  BarChart chart;
  chart.title = "Besuche je Monat";
  chart.unit = "Besuche";
  chart.categories = {"Jan", "Feb", "Mär"};
  chart.series = {{"1. Halbjahr 2026", {1712, 1650.5, std::nullopt}},
                  {"1. Halbjahr 2025", {1400, 1388, 1501}}};
  return chart;
}

TEST(ChartDataTableTest, OneRowPerCategoryAndOneColumnPerSeriesFormattedInGerman) {
  Table t = ChartDataTable(VisitsChart(), "Monat", "de");
  EXPECT_EQ(t.caption, "Werte zum Diagramm \u201EBesuche je Monat\u201C");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].title, "Monat");
  EXPECT_FALSE(t.columns[0].numeric);
  EXPECT_EQ(t.columns[1].title, "1. Halbjahr 2026");
  EXPECT_TRUE(t.columns[1].numeric);
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"Jan", "1.712", "1.400"}));
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"Feb", "1.650,5", "1.388"}));
  // A month without data is a dash, as in every other table of the report.
  EXPECT_EQ(t.rows[2], (std::vector<std::string>{"Mär", "\u2013", "1.501"}));
}

TEST(ChartDataTableTest, EnglishNumbersAndCaption) {
  Table t = ChartDataTable(VisitsChart(), "Month", "en");
  EXPECT_EQ(t.caption, "Values of the chart \u201CBesuche je Monat\u201D");
  EXPECT_EQ(t.rows[1][1], "1,650.5");
}

TEST(ChartDataTableTest, AnUnnamedSingleSeriesIsTitledByTheUnit) {
  BarChart chart;
  chart.unit = "Besuche";
  chart.categories = {"2025-H2", "2026-H1"};
  chart.series = {{"", {10, 20}}};
  Table t = ChartDataTable(chart, "Halbjahr", "de");
  EXPECT_EQ(t.caption, "");
  ASSERT_EQ(t.columns.size(), 2u);
  EXPECT_EQ(t.columns[1].title, "Besuche");
  EXPECT_EQ(t.rows.size(), 2u);
}

TEST(ChartDataTableTest, AChartWithoutValuesGivesNoRows) {
  BarChart chart;
  chart.title = "Besuche je Monat";
  chart.categories = {"Jan", "Feb"};
  EXPECT_TRUE(ChartDataTable(chart, "Monat", "de").rows.empty());
  chart.series = {{"2026", {std::nullopt, std::nullopt}}};
  EXPECT_TRUE(ChartDataTable(chart, "Monat", "de").rows.empty());
}

}  // namespace
}  // namespace ankerbericht
