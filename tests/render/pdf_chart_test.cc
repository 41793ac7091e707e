// Chart layout in the PDF renderer with a fake font (no libharu): nice tick
// steps, numbers in the document's locale, month bars with readable labels,
// and charts that stay inside their frame whatever the values.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render/pdf_layout.h"
#include "render_test_util.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;
using render_test::MonthChart;
using render_test::OpsOf;

// ---------------------------------------------------------------- chart maths

TEST(PdfChartTest, NiceTicksUseOneTwoFiveSteps) {
  EXPECT_EQ(NiceTicks(0, 1234, 5, true), (std::vector<double>{0, 500, 1000, 1500}));
  EXPECT_EQ(NiceTicks(0, 0, 5, true), (std::vector<double>{0, 1}));
  EXPECT_EQ(NiceTicks(-3, 7, 5, true), (std::vector<double>{-4, -2, 0, 2, 4, 6, 8}));
  std::vector<double> fractions = NiceTicks(0, 0.9, 5, false);
  ASSERT_EQ(fractions.size(), 6u);
  for (size_t i = 0; i < fractions.size(); ++i) EXPECT_NEAR(fractions[i], 0.2 * i, 1e-9);
  std::vector<double> huge = NiceTicks(0, 1e9, 5, true);
  EXPECT_EQ(huge.front(), 0);
  EXPECT_EQ(huge.back(), 1e9);
  EXPECT_EQ(huge.size(), 6u);
}

// The renderer writes chart numbers as the document's locale does (the theme
// carries it) and picks no separator itself: ticks and bar labels match the
// tables beside them.
TEST(PdfChartTest, ChartNumbersFollowTheDocumentLocale) {
  BarChart chart;
  chart.categories = {"Jan", "Feb"};
  chart.series = {{"Besuche", {7376, 2400}}};
  auto texts = [&](const Theme& theme) {
    std::vector<std::string> out;
    for (const TextOp& t : OpsOf<TextOp>(LayoutBarChart(chart, FakeMeasure, theme).ops))
      out.push_back(t.text);
    return out;
  };
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  std::vector<std::string> de = texts(Theme{});
  EXPECT_TRUE(has(de, "7.376")) << ::testing::PrintToString(de);
  EXPECT_TRUE(has(de, "8.000")) << ::testing::PrintToString(de);
  Theme en;
  en.locale = BuiltinLocale("en");
  std::vector<std::string> english = texts(en);
  EXPECT_TRUE(has(english, "7,376")) << ::testing::PrintToString(english);
  EXPECT_TRUE(has(english, "8,000")) << ::testing::PrintToString(english);
  EXPECT_FALSE(has(english, "7.376"));
}

// Category labels are the texts below the plot's zero line.
std::vector<TextOp> CategoryLabels(const Row& row, const BarChart& chart) {
  std::vector<TextOp> labels;
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    for (const std::string& c : chart.categories) {
      if (t.text == c || (t.text.size() > 3 && c.rfind(t.text.substr(0, 3), 0) == 0 &&
                          t.text.find("\u2026") != std::string::npos)) {
        labels.push_back(t);
        break;
      }
    }
  }
  return labels;
}

// Neighbouring labels do not overlap: horizontal ones by their extent,
// rotated (parallel) ones by the distance between their baselines.
void ExpectNoOverlap(const std::vector<TextOp>& labels) {
  for (size_t i = 1; i < labels.size(); ++i) {
    const TextOp& a = labels[i - 1];
    const TextOp& b = labels[i];
    if (a.angle_deg == 0) {
      EXPECT_LE(a.x + a.width, b.x) << a.text << " / " << b.text;
    } else {
      double rad = a.angle_deg * 3.14159265358979 / 180;
      double distance = std::abs(-(b.x - a.x) * std::sin(rad) + (b.y - a.y) * std::cos(rad));
      EXPECT_GE(distance, a.size) << a.text << " / " << b.text;
    }
  }
}

TEST(PdfChartTest, TwelveMonthsGroupedWithLegendAndReadableLabels) {
  BarChart chart = MonthChart();
  Row row = LayoutBarChart(chart, FakeMeasure);
  std::vector<TextOp> labels = CategoryLabels(row, chart);
  EXPECT_GE(labels.size(), 6u);
  ExpectNoOverlap(labels);
  int bars = 0;
  for (const DrawOp& op : row.ops) {
    if (auto* r = std::get_if<RectOp>(&op); r && r->fill && r->h > 0 && r->w < 40) ++bars;
  }
  EXPECT_EQ(bars, 12 + 11 + 2);  // two series, one value missing, two legend swatches
  bool has_tick_1500 = false;
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) has_tick_1500 |= t.text == "1.500";
  EXPECT_TRUE(has_tick_1500);
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    EXPECT_GE(t.x, kContentLeft - 0.01) << t.text;
    if (t.angle_deg == 0) {
      EXPECT_LE(t.x + t.width, kContentRight + 0.01) << t.text;
    }
  }
}

TEST(PdfChartTest, ManyCategoriesShowOnlySomeLabels) {
  BarChart chart{"Tage", "", {}, {{"x", {}}}, ""};
  for (int i = 0; i < 365; ++i) {
    chart.categories.push_back("Tag " + std::to_string(i + 1));
    chart.series[0].values.push_back(i % 17);
  }
  std::vector<TextOp> labels = CategoryLabels(LayoutBarChart(chart, FakeMeasure), chart);
  EXPECT_LT(labels.size(), 100u);
  EXPECT_GT(labels.size(), 10u);
  ExpectNoOverlap(labels);
}

TEST(PdfChartTest, EmptyChartShowsMessageInFrame) {
  for (BarChart chart : {BarChart{"Leer", "x", {}, {}, "Keine Daten vorhanden"},
                         BarChart{"Leer",
                                  "x",
                                  {"a", "b"},
                                  {{"s", {std::nullopt, std::nullopt}}},
                                  "Keine Daten vorhanden"}}) {
    Row row = LayoutBarChart(chart, FakeMeasure);
    std::vector<std::string> texts;
    for (const TextOp& t : OpsOf<TextOp>(row.ops)) texts.push_back(t.text);
    EXPECT_EQ(texts, (std::vector<std::string>{"Leer", "Keine Daten vorhanden"}));
    int frames = 0;
    for (const DrawOp& op : row.ops) frames += std::holds_alternative<RectOp>(op);
    EXPECT_EQ(frames, 1);
  }
}

TEST(PdfChartTest, SingleValueZerosAndHugeValuesStayInside) {
  for (BarChart chart : {BarChart{"Eins", "", {"Gesamt"}, {{"x", {1500}}}, ""},
                         BarChart{"Null", "", {"a", "b"}, {{"x", {0, 0}}}, ""},
                         BarChart{"Groß", "", {"a", "b"}, {{"x", {1e9, 3}}}, ""},
                         BarChart{"Absurd", "", {"a"}, {{"x", {1e300}}}, ""}}) {
    Row row = LayoutBarChart(chart, FakeMeasure);
    EXPECT_GT(row.height, 150) << chart.title;
    EXPECT_LT(row.height, kContentTop - kContentBottom) << chart.title;
    for (const DrawOp& op : row.ops) {
      if (auto* r = std::get_if<RectOp>(&op)) {
        EXPECT_GE(r->x, kContentLeft) << chart.title;
        EXPECT_LE(r->x + r->w, kContentRight + 0.01) << chart.title;
        EXPECT_LE(r->w, 41) << chart.title;  // a single bar is not a slab
        EXPECT_TRUE(std::isfinite(r->h)) << chart.title;
        EXPECT_LE(r->y + r->h, 0.01) << chart.title;
        EXPECT_GE(r->y, -row.height) << chart.title;
      }
    }
    for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
      EXPECT_GE(t.x, kContentLeft - 0.01) << chart.title << ": " << t.text;
      EXPECT_LE(t.x + t.width, kContentRight + 0.01) << chart.title << ": " << t.text;
    }
  }
}

}  // namespace
}  // namespace ankerbericht
