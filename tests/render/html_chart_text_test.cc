// A chart in words: the table of its values and its description.
#include "render/html_chart_text.h"

#include <gtest/gtest.h>

#include "util/strings.h"

namespace ankerbericht {
namespace {

const HtmlWords kWords = HtmlWordsFor("de");

const Locale& LocaleOf(const std::string& lang) { return (*Strings::Builtin(lang))->locale(); }

TEST(HtmlChartText, SeveralSeriesAreColumnsAndMissingValuesAreWords) {
  LineChart c;
  c.title = "Besuche je Monat";
  c.categories = {"Jan", "Feb"};
  c.series = {{"2026", {1712, std::nullopt}}, {"2025", {1300.5, 1200}}};
  Table t = ChartValues(c, kWords, LocaleOf("de"));
  EXPECT_EQ(t.caption, "Besuche je Monat");
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].title, "Kategorie");
  EXPECT_FALSE(t.columns[0].numeric);
  EXPECT_TRUE(t.columns[2].numeric);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"Jan", "1.712", "1.300,5"}));
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"Feb", "keine Daten", "1.200"}));
  EXPECT_EQ(DescribeChart(c, kWords, LocaleOf("de")).desc,
            "Liniendiagramm: Jan: 2026 1.712, 2025 1.300,5; Feb: 2026 keine Daten, 2025 1.200");
  EXPECT_EQ(DescribeChart(c, HtmlWordsFor("en"), LocaleOf("en")).desc.substr(0, 24),
            "Line chart: Jan: 2026 1,");
}

TEST(HtmlChartText, TheDocumentsAltTextIsTheDescription) {
  BarChart c;
  c.title = "Besuche je Monat";
  c.categories = {"Jan"};
  c.series = {{"2026", {1712}}};
  c.alt = "Balkendiagramm Besuche je Monat, Januar 2026: Januar 1.712.";
  ChartText text = DescribeChart(c, kWords, LocaleOf("de"));
  EXPECT_EQ(text.title, "Besuche je Monat");
  EXPECT_EQ(text.desc, c.alt);
}

TEST(HtmlChartText, EmptyChartHasNoRowsAndSaysWhy) {
  BarChart c;
  c.title = "Besuche je Monat";
  c.categories = {"Jan"};
  c.series = {{"2026", {std::nullopt}}};
  c.empty_message = "Für diesen Zeitraum liegen keine Besuchsdaten vor.";
  EXPECT_TRUE(ChartValues(c, kWords, LocaleOf("de")).rows.empty());
  EXPECT_EQ(DescribeChart(c, kWords, LocaleOf("de")).desc,
            "Balkendiagramm: Für diesen Zeitraum liegen keine Besuchsdaten vor.");
}

TEST(HtmlChartText, DivergingShowsCountsAndWithheldAnswers) {
  DivergingChart c;
  c.title = "Zufriedenheit";
  c.answers = {"nein", "ja"};
  c.items = {"Ich komme wieder"};
  c.values = {{std::nullopt, 12}};
  c.withheld = {3};
  c.withheld_label = "nicht ausgewiesen";
  Table t = ChartValues(c, kWords, LocaleOf("de"));
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[0].title, "Aussage");
  EXPECT_EQ(t.columns[3].title, "nicht ausgewiesen");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0],
            (std::vector<std::string>{"Ich komme wieder", "nicht ausgewiesen", "12", "3"}));
}

TEST(HtmlChartText, HeatmapNamesClosedHours) {
  HeatmapChart c;
  c.title = "Besuche je Stunde";
  c.unit = "Ø";
  c.row_labels = {"Mo"};
  c.column_labels = {"9", "10"};
  c.values = {{std::nullopt, 4.26}};
  c.closed = {{true}};
  c.closed_label = "geschlossen";
  Table t = ChartValues(c, kWords, LocaleOf("de"));
  EXPECT_EQ(t.caption, "Besuche je Stunde (Ø)");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"Mo", "geschlossen", "4,3"}));
}

TEST(HtmlChartText, TimelineListsItsMarks) {
  TimelineChart c;
  c.title = "Zeitplan";
  c.span_days = 400;
  c.marks = {{30, "31.03.2027", "Haushaltsfrist", TimelineMarkKind::kDeadline, false}};
  Table t = ChartValues(c, kWords, LocaleOf("de"));
  EXPECT_EQ(t.columns[0].title, "Datum");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"31.03.2027", "Haushaltsfrist"}));
  EXPECT_EQ(DescribeChart(c, kWords, LocaleOf("de")).desc, "Zeitleiste: 31.03.2027 Haushaltsfrist");
}

TEST(HtmlChartText, OtherBlocksAreNoCharts) {
  EXPECT_FALSE(IsChart(Paragraph{"Text"}));
  EXPECT_TRUE(IsChart(RadarChart{}));
  EXPECT_TRUE(ChartValues(Paragraph{"Text"}, kWords, LocaleOf("de")).columns.empty());
  EXPECT_TRUE(DescribeChart(Paragraph{"Text"}, kWords, LocaleOf("de")).desc.empty());
}

}  // namespace
}  // namespace ankerbericht
