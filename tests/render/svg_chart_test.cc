// Drawing operations as SVG: PDF's upward y turned downward, text escaped.
#include "render/svg_chart.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

TEST(OpsToSvg, FlipsYAndEscapesText) {
  std::vector<DrawOp> ops;
  ops.push_back(RectOp{60, -50, 20, 30, HexColor(0x0072B2), std::nullopt, 0.5});
  ops.push_back(LineOp{60, -50, 200, -50, HexColor(0x80868B), 0.5, 2});
  TextOp text;
  text.x = 60;
  text.y = -10;
  text.text = "Jan & <Feb>";
  text.size = 7.5;
  text.angle_deg = 45;
  ops.push_back(text);
  ops.push_back(
      PathOp{{{60, -5}, {70, -15}, {80, -5}}, true, HexColor(0x009E73), std::nullopt, 0.5, 0});
  std::string svg =
      OpsToSvg(ops, 56.69, 538.58, 60, {"Besuche", "Balkendiagramm: Jan 3"}, "chart-7");
  EXPECT_EQ(svg.rfind("<svg class=\"chart\" role=\"img\" viewBox=\"56.69 0 481.89 60\"", 0), 0u)
      << svg;
  EXPECT_NE(svg.find("<title id=\"chart-7-title\">Besuche</title><desc "
                     "id=\"chart-7-desc\">Balkendiagramm: Jan 3</desc>"),
            std::string::npos);
  // The bar from y = -50 up to -20 covers 20..50 from the top.
  EXPECT_NE(svg.find("<rect x=\"60\" y=\"20\" width=\"20\" height=\"30\" fill=\"#0072B2\"/>"),
            std::string::npos)
      << svg;
  EXPECT_NE(
      svg.find("<line x1=\"60\" y1=\"50\" x2=\"200\" y2=\"50\" fill=\"none\" stroke=\"#80868B\" "
               "stroke-width=\"0.5\" stroke-dasharray=\"2 2\"/>"),
      std::string::npos);
  EXPECT_NE(svg.find("transform=\"rotate(-45 60 10)\">Jan &amp; &lt;Feb&gt;</text>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find("<polygon points=\"60,5 70,15 80,5\" fill=\"#009E73\"/>"), std::string::npos)
      << svg;
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(ChartSvg, OnlyChartsAreDrawn) {
  Theme theme;
  MeasureFn measure = [](std::string_view s, FontStyle, double size) {
    return s.size() * size * 0.55;
  };
  EXPECT_EQ(ChartSvg(Paragraph{"Text"}, theme, measure, {}, "x"), "");
  BarChart bar;
  bar.title = "Besuche";
  bar.categories = {"Jan"};
  bar.series = {{"2026", {3}}};
  std::string svg = ChartSvg(bar, theme, measure, {"Besuche", "Balkendiagramm: Jan 3"}, "chart-1");
  EXPECT_NE(svg.find("<rect"), std::string::npos);
  EXPECT_NE(svg.find(">Jan</text>"), std::string::npos);
  HeatmapChart heat;
  heat.title = "Stunden";
  heat.row_labels = {"Mo"};
  heat.column_labels = {"9"};
  heat.values = {{2}};
  EXPECT_EQ(ChartSvg(heat, theme, measure, {}, "chart-2").rfind("<svg class=\"chart wide\"", 0),
            0u);
}

}  // namespace
}  // namespace ankerbericht
