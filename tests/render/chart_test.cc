// Layout tests for the vector charts: every chart kind with no data, one
// value, huge values and everything suppressed; labels never overlap (checked
// on the bounds the layout code computes) and nothing leaves the content box.
#include "render/chart.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "render/pdf_layout.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::ExpectInsideRow;
using render_test::ExpectNoTextOverlap;
using render_test::FakeMeasure;
using render_test::OpsOf;
using render_test::TextsOf;
using Values = std::vector<std::optional<double>>;

const std::vector<std::string> kDays = {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"};
const std::vector<std::string> kGoals = {"Teilhabe und Zugang für alle Bevölkerungsgruppen",
                                         "Kompetenzen",
                                         "Vernetzung im Quartier",
                                         "Innovation",
                                         "Nachhaltigkeit und Klimaschutz",
                                         "Sichtbarkeit",
                                         "Ehrenamtliches Engagement"};

// The data cases every chart must survive; |fill(n, i)| gives value i of n.
struct DataCase {
  std::string name;
  std::function<std::optional<double>(size_t i)> value;
  bool empty;  // the chart should show its message
};

std::vector<DataCase> Cases() {
  return {
      {"no data", [](size_t) { return std::nullopt; }, true},
      {"one value", [](size_t i) { return i == 0 ? std::optional<double>(3) : std::nullopt; },
       false},
      {"zeros", [](size_t) { return 0.0; }, false},
      {"huge", [](size_t i) { return i % 2 ? 1e9 : 3.0; }, false},
      {"absurd", [](size_t i) { return i == 1 ? 1e300 : 1.0; }, false},
      {"not finite", [](size_t i) { return i % 2 ? NAN : INFINITY; }, true},
      {"mixed", [](size_t i) { return i % 3 ? std::optional<double>(i * 17.5) : std::nullopt; },
       false},
  };
}

Values Fill(const DataCase& c, size_t n, size_t offset = 0) {
  Values v;
  for (size_t i = 0; i < n; ++i) v.push_back(c.value(i + offset));
  return v;
}

// The title, then the message in the one frame, nothing else.
void ExpectEmptyFrame(const Row& row, const std::string& title, const std::string& message,
                      const std::string& what) {
  EXPECT_EQ(TextsOf(row.ops), (std::vector<std::string>{title, message})) << what;
  EXPECT_EQ(OpsOf<RectOp>(row.ops).size(), 1u) << what;
}

void ExpectSound(const Row& row, const std::string& what) {
  ExpectInsideRow(row, what);
  ExpectNoTextOverlap(row.ops, what);
}

TEST(ChartLayoutTest, LineChartHandlesAllDataCases) {
  for (const DataCase& c : Cases()) {
    LineChart chart{"Besuche",
                    "Besuche",
                    {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun"},
                    {{"2026", Fill(c, 6)}, {"2025", Fill(c, 6, 1)}},
                    "Keine Daten"};
    Row row = LayoutLineChart(chart, FakeMeasure);
    if (c.empty) {
      ExpectEmptyFrame(row, "Besuche", "Keine Daten", c.name);
    } else {
      ExpectSound(row, "line/" + c.name);
    }
  }
  // Nothing at all: no categories, no series.
  ExpectEmptyFrame(LayoutLineChart(LineChart{"Leer", "", {}, {}, "Nichts"}, FakeMeasure), "Leer",
                   "Nichts", "line/nothing");
}

TEST(ChartLayoutTest, LineChartDrawsPreviousPeriodDashedGrey) {
  LineChart chart{"B", "", {"a", "b", "c"}, {{"2026", {1, 2, 3}}, {"2025", {2, 2, 2}}}, ""};
  Theme theme;
  theme.primary = HexColor(0x7A2E8E);
  Row row = LayoutLineChart(chart, FakeMeasure, theme);
  std::vector<PathOp> paths = OpsOf<PathOp>(row.ops);
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(paths[0].dash, 0);
  EXPECT_NEAR(paths[0].stroke->r, theme.primary.r, 1e-9);
  EXPECT_GT(paths[1].dash, 0);
  EXPECT_NEAR(paths[1].stroke->r, paths[1].stroke->g, 1e-9);  // grey
  // A gap breaks the line instead of bridging it.
  chart.series[0].values = {1, std::nullopt, 3};
  EXPECT_EQ(OpsOf<PathOp>(LayoutLineChart(chart, FakeMeasure).ops).size(), 1u);
}

TEST(ChartLayoutTest, LineChartWithManyCategoriesThinsLabels) {
  LineChart chart{"Tage", "", {}, {{"x", {}}}, ""};
  for (int i = 0; i < 365; ++i) {
    chart.categories.push_back("Tag " + std::to_string(i + 1));
    chart.series[0].values.push_back(i % 17);
  }
  Row row = LayoutLineChart(chart, FakeMeasure);
  ExpectSound(row, "365 days");
  size_t labels = 0;
  for (const std::string& t : TextsOf(row.ops)) labels += t.rfind("Tag ", 0) == 0;
  EXPECT_GT(labels, 5u);
  EXPECT_LT(labels, 60u);
}

HeatmapChart Heatmap(const DataCase& c, size_t hours) {
  HeatmapChart chart{"Besuche nach Wochentag und Stunde",
                     "Besuche je Stunde (Ø)",
                     kDays,
                     {},
                     {},
                     "Keine Zählerdaten",
                     ""};
  for (size_t h = 0; h < hours; ++h) chart.column_labels.push_back(std::to_string(h));
  for (size_t r = 0; r < kDays.size(); ++r) chart.values.push_back(Fill(c, hours, r * hours));
  return chart;
}

TEST(ChartLayoutTest, HeatmapHandlesAllDataCases) {
  for (const DataCase& c : Cases()) {
    for (size_t hours : {1u, 13u, 24u}) {
      std::string what = "heatmap/" + c.name + "/" + std::to_string(hours);
      Row row = LayoutHeatmap(Heatmap(c, hours), FakeMeasure);
      if (c.empty) {
        ExpectEmptyFrame(row, "Besuche nach Wochentag und Stunde", "Keine Zählerdaten", what);
      } else {
        ExpectSound(row, what);
      }
    }
  }
}

TEST(ChartLayoutTest, HeatmapMarksMissingCellsAndHasALegend) {
  HeatmapChart chart = Heatmap(Cases()[6], 13);  // every third value missing
  size_t missing = 0;
  for (const auto& row : chart.values) missing += std::count(row.begin(), row.end(), std::nullopt);
  Theme theme;
  theme.no_data = "keine Daten";  // the document's word (DocumentInfo::no_data)
  Row row = LayoutHeatmap(chart, FakeMeasure, theme);
  // Each missing cell and the legend's swatch carry a diagonal stroke.
  size_t diagonals = 0;
  for (const LineOp& l : OpsOf<LineOp>(row.ops)) diagonals += l.x1 != l.x2 && l.y1 != l.y2;
  EXPECT_EQ(diagonals, missing + 1);
  std::vector<std::string> texts = TextsOf(row.ops);
  for (const char* t : {"keine Daten", "Besuche je Stunde (Ø)", "Mo", "So"}) {
    EXPECT_NE(std::find(texts.begin(), texts.end(), t), texts.end()) << t;
  }
}

RadarChart Radar(const DataCase& c, size_t series) {
  RadarChart chart{"Zielprofil", kGoals, {}, 1, 7, "Keine Einschätzungen"};
  for (size_t s = 0; s < series; ++s)
    chart.series.push_back({"S" + std::to_string(s), Fill(c, 7, s)});
  return chart;
}

TEST(ChartLayoutTest, RadarHandlesAllDataCases) {
  for (const DataCase& c : Cases()) {
    for (size_t series : {1u, 2u}) {
      std::string what = "radar/" + c.name + "/" + std::to_string(series);
      Row row = LayoutRadarChart(Radar(c, series), FakeMeasure);
      if (c.empty) {
        ExpectEmptyFrame(row, "Zielprofil", "Keine Einschätzungen", what);
      } else {
        ExpectSound(row, what);
      }
    }
  }
}

TEST(ChartLayoutTest, RadarLabelsWrapAndKeepClearOfTheRings) {
  RadarChart chart = Radar(Cases()[2], 2);
  chart.axes[3] = "Digitalisierungsberatungsangebotsentwicklungsprogramm für Seniorinnen";
  chart.scale_min = 0;
  chart.scale_max = 1;
  Row row = LayoutRadarChart(chart, FakeMeasure);
  ExpectSound(row, "radar long labels");
  // The outer ring's extent: no axis label may reach into it.
  std::vector<PathOp> rings;
  for (const PathOp& p : OpsOf<PathOp>(row.ops)) {
    if (p.closed && p.stroke && p.line_width > 0.7) rings.push_back(p);
  }
  ASSERT_FALSE(rings.empty());
  double cx = 0, cy = 0;
  for (const Point& p : rings.back().points) {
    cx += p.x / 7;
    cy += p.y / 7;
  }
  double radius = std::hypot(rings.back().points[0].x - cx, rings.back().points[0].y - cy);
  int axis_lines = 0;
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    if (t.size != 7.5) continue;  // axis labels; tick labels are smaller
    ++axis_lines;
    Box b = TextBounds(t);
    double nx = std::clamp(cx, b.x0, b.x1), ny = std::clamp(cy, b.y0, b.y1);
    EXPECT_GT(std::hypot(nx - cx, ny - cy), radius) << t.text;
  }
  EXPECT_GE(axis_lines, 7);
}

TEST(ChartLayoutTest, RadarRingsCanNamePrioritiesWithTheFirstOutermost) {
  RadarChart chart{"Zielprofil", kGoals, {{"Priorität", {7, 6, 5, 4, 3, 2, 1}}}, 0, 7, ""};
  for (int p = 1; p <= 7; ++p)
    chart.ring_labels.push_back({8.0 - p, p == 1 ? "Priorität 1" : std::to_string(p)});
  Row row = LayoutRadarChart(chart, FakeMeasure);
  ExpectSound(row, "radar priorities");
  // Ring labels run up the first spoke: the outermost is "Priorität 1", the
  // innermost "7"; no numeric tick of the 0..7 scale is left.
  std::optional<double> first, seventh;
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    if (t.text == "Priorität 1") first = t.y;
    if (t.text == "7") seventh = t.y;
    EXPECT_NE(t.text, "0") << "a numeric tick is drawn";
  }
  ASSERT_TRUE(first && seventh);
  EXPECT_GT(*first, *seventh);  // y grows upwards
}

DivergingChart Diverging(const DataCase& c) {
  DivergingChart chart{"Zustimmung",
                       {"stimme nicht zu", "eher nicht", "teils/teils", "eher", "stimme zu"},
                       2,
                       {"Gut organisiert", "Etwas gelernt",
                        "Die Räumlichkeiten sind barrierefrei zugänglich und gut ausgeschildert, "
                        "auch für Menschen mit Rollstuhl oder Kinderwagen"},
                       {},
                       "Keine Rückmeldungen"};
  for (size_t i = 0; i < 3; ++i) chart.values.push_back(Fill(c, 5, i * 5));
  return chart;
}

TEST(ChartLayoutTest, DivergingHandlesAllDataCases) {
  for (const DataCase& c : Cases()) {
    Row row = LayoutDivergingChart(Diverging(c), FakeMeasure);
    bool empty = c.empty || c.name == "zeros";  // no answers at all
    if (empty) {
      ExpectEmptyFrame(row, "Zustimmung", "Keine Rückmeldungen", "diverging/" + c.name);
    } else {
      ExpectSound(row, "diverging/" + c.name);
    }
  }
}

TEST(ChartLayoutTest, DivergingPutsNegativeLeftNeutralCentred) {
  DivergingChart chart = Diverging(Cases()[2]);
  chart.items = {"Eins"};
  chart.values = {{10, 20, 20, 30, 20}};
  Row row = LayoutDivergingChart(chart, FakeMeasure);
  // The zero line is the strongest vertical line.
  double zero = 0;
  for (const LineOp& l : OpsOf<LineOp>(row.ops)) {
    if (l.x1 == l.x2 && l.width >= 0.8) zero = l.x1;
  }
  ASSERT_GT(zero, kContentLeft);
  std::vector<RectOp> bars;
  for (const RectOp& r : OpsOf<RectOp>(row.ops)) {
    if (r.stroke && r.h > 10) bars.push_back(r);  // legend swatches have no stroke
  }
  ASSERT_EQ(bars.size(), 5u);
  EXPECT_NEAR(bars[1].x + bars[1].w, bars[2].x, 1e-6);
  EXPECT_LE(bars[1].x + bars[1].w, zero + 1e-6);       // negatives left
  EXPECT_NEAR(bars[2].x + bars[2].w / 2, zero, 1e-6);  // neutral centred
  EXPECT_GE(bars[3].x, zero - 1e-6);                   // positives right
  EXPECT_NEAR(bars[0].w * 2, bars[1].w, 1e-6);         // 10 % vs 20 %
  // The long item name is shortened and spelled out in a note.
  chart = Diverging(Cases()[2]);
  chart.values = {{1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}};
  bool note = false;
  Theme theme;
  theme.shortened = "Gekürzt:";  // the document's word (DocumentInfo::shortened_note)
  for (const std::string& t : TextsOf(LayoutDivergingChart(chart, FakeMeasure, theme).ops)) {
    note |= t.rfind("Gekürzt:", 0) == 0;
  }
  EXPECT_TRUE(note);
}

TEST(ChartLayoutTest, DivergingShowsWithheldAnswersAsAShareBesideTheBar) {
  // 4 "eher nicht" and 52 "teils/teils" withheld for privacy: 56 of 296
  // answers. The bar still spans only the 240 answers shown, not rescaled to
  // fill it; the 56 stand as a grey bar labelled "19 %" in a column of their
  // own, past a rule, never as a segment that would read as more agreement.
  DivergingChart chart = Diverging(Cases()[2]);
  chart.items = {"Insgesamt zufrieden"};
  chart.values = {{0, std::nullopt, std::nullopt, 147, 93}};
  auto is_grey = [](const RectOp& r) {
    Rgb g = HexColor(0x7A7A7A);  // the legend's swatch for withheld answers
    return r.fill && r.fill->r == g.r && r.fill->g == g.g && r.fill->b == g.b;
  };
  auto bars = [&](const Row& row, bool grey) {
    std::vector<RectOp> out;
    for (const RectOp& r : OpsOf<RectOp>(row.ops))
      if (r.stroke && r.h > 10 && is_grey(r) == grey) out.push_back(r);  // legend: no stroke
    return out;
  };
  Row rescaled = LayoutDivergingChart(chart, FakeMeasure);
  chart.withheld = {56};
  chart.withheld_label = "nicht ausgewiesen";
  Row whole = LayoutDivergingChart(chart, FakeMeasure);
  ExpectSound(whole, "diverging withheld");
  std::vector<RectOp> before = bars(rescaled, false), after = bars(whole, false);
  ASSERT_EQ(before.size(), 2u);
  ASSERT_EQ(after.size(), 2u);
  EXPECT_TRUE(bars(rescaled, true).empty());
  // The grey bar the legend promises: on the answers' scale (56 beside 147),
  // right of the bar and of the rule, never touching it.
  std::vector<RectOp> grey = bars(whole, true);
  ASSERT_EQ(grey.size(), 1u);
  EXPECT_NEAR(grey[0].w / after[0].w, 56.0 / 147.0, 1e-6);
  EXPECT_GT(grey[0].x, after[1].x + after[1].w);
  EXPECT_NEAR(grey[0].y, after[0].y, 1e-6);
  bool rule = false;
  for (const LineOp& l : OpsOf<LineOp>(whole.ops)) {
    rule |= l.x1 == l.x2 && l.x1 > after[1].x + after[1].w && l.x1 < grey[0].x;
  }
  EXPECT_TRUE(rule);
  EXPECT_LE(grey[0].x + grey[0].w, kContentRight);
  // Every share carries its unit: 147 of 296 are "50 %", not "50".
  std::vector<std::string> shown = TextsOf(whole.ops);
  EXPECT_NE(std::find(shown.begin(), shown.end(), "50 %"), shown.end());
  EXPECT_EQ(std::find(shown.begin(), shown.end(), "50"), shown.end());
  // Without the count the 240 answers shown make 100 %; with it 240/296.
  double scale_before = before[0].w / (147.0 / 240.0), scale_after = after[0].w / (147.0 / 296.0);
  EXPECT_NEAR(before[1].w / scale_before, 93.0 / 240.0, 1e-6);
  EXPECT_NEAR(after[1].w / scale_after, 93.0 / 296.0, 1e-6);
  std::vector<std::string> texts = TextsOf(whole.ops);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "nicht ausgewiesen"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "19 %"), texts.end());
}

TEST(ChartLayoutTest, HorizontalAndStackedBarsHandleAllDataCases) {
  for (const DataCase& c : Cases()) {
    for (bool stacked : {false, true}) {
      BarChart chart{"Formate",
                     "Anzahl",
                     {"Workshop", "Digitalsprechstunde für Seniorinnen und Senioren im Quartier",
                      "Repair-Café"},
                     {{"2026", Fill(c, 3)}, {"2025", Fill(c, 3, 3)}},
                     "Keine Daten",
                     true,
                     stacked};
      std::string what = std::string(stacked ? "stacked/" : "horizontal/") + c.name;
      Row row = LayoutBarChart(chart, FakeMeasure);
      if (c.empty) {
        ExpectEmptyFrame(row, "Formate", "Keine Daten", what);
      } else {
        ExpectSound(row, what);
      }
      chart.horizontal = false;  // vertical stacked bars as well
      Row vertical = LayoutBarChart(chart, FakeMeasure);
      if (!c.empty) ExpectInsideRow(vertical, "vertical " + what);
    }
  }
}

TEST(ChartLayoutTest, StackedBarsAddUp) {
  BarChart chart{"S", "", {"a"}, {{"x", {30}}, {"y", {70}}}, "", true, true};
  std::vector<RectOp> bars;
  for (const RectOp& r : OpsOf<RectOp>(LayoutBarChart(chart, FakeMeasure).ops)) {
    if (r.stroke) bars.push_back(r);
  }
  ASSERT_EQ(bars.size(), 2u);
  EXPECT_NEAR(bars[0].x + bars[0].w, bars[1].x, 1e-6);
  EXPECT_NEAR(bars[1].w / bars[0].w, 70.0 / 30, 1e-6);
}

TEST(ChartLayoutTest, PrimaryColourReplacesFirstSeriesColour) {
  BarChart chart{"S", "", {"a", "b"}, {{"x", {1, 2}}, {"y", {2, 1}}}, "", false, false};
  DocumentInfo info;
  info.primary_color = "#7A2E8E";
  Theme theme = ThemeFor(info);
  EXPECT_TRUE(theme.custom_primary);
  bool found = false;
  for (const RectOp& r : OpsOf<RectOp>(LayoutBarChart(chart, FakeMeasure, theme).ops)) {
    found |= r.fill && std::abs(r.fill->r - 0x7A / 255.0) < 1e-9;
  }
  EXPECT_TRUE(found);
  EXPECT_FALSE(ParseHexColor("#12345").has_value());
  EXPECT_FALSE(ParseHexColor("#GG0000").has_value());
  EXPECT_NEAR(ParseHexColor("0072b2")->b, 0xB2 / 255.0, 1e-9);
  info.primary_color = "blau";
  EXPECT_FALSE(ThemeFor(info).custom_primary);
}

TEST(ChartLayoutTest, TextBoundsOfRotatedAndPlainText) {
  TextOp t = MakeText(100, 100, "abcd", FontStyle::kRegular, 10, {}, FakeMeasure);
  Box b = TextBounds(t);
  EXPECT_NEAR(b.x1 - b.x0, 22, 1e-9);
  EXPECT_LT(b.y0, 100);
  EXPECT_GT(b.y1, 107);
  t.angle_deg = 90;
  b = TextBounds(t);
  EXPECT_NEAR(b.y1 - b.y0, 22, 1e-9);
  EXPECT_TRUE(Intersects(Box{0, 0, 2, 2}, Box{1, 1, 3, 3}));
  EXPECT_FALSE(Intersects(Box{0, 0, 2, 2}, Box{2, 0, 3, 2}));  // touching is fine
}

}  // namespace
}  // namespace ankerbericht
