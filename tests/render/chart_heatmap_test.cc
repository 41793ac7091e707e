// The weekday x hour heatmap tells closed hours ("geschlossen") apart from
// open hours without visits ("0") and from gaps in the data ("keine Daten").
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;
using render_test::OpsOf;
using render_test::TextsOf;

// Mo closed all day, Di open 14-16 with visits, one open hour without data.
HeatmapChart Week() {
  HeatmapChart c;
  c.title = "Mittlere Besuche je Wochentag und Stunde";
  c.unit = "Besuche je Stunde (Ø)";
  c.row_labels = {"Mo", "Di"};
  c.column_labels = {"14", "15", "16"};
  c.values = {{std::nullopt, std::nullopt, std::nullopt}, {12.0, 0.0, std::nullopt}};
  c.closed = {{true, true, true}, {false, false, false}};
  c.missing_label = "keine Daten";
  c.closed_label = "geschlossen";
  return c;
}

bool Has(const std::vector<std::string>& texts, const std::string& s) {
  return std::find(texts.begin(), texts.end(), s) != texts.end();
}

TEST(HeatmapChartTest, ClosedHoursAreNamedNotShownAsZeroOrMissing) {
  Row row = LayoutHeatmap(Week(), FakeMeasure);
  std::vector<std::string> texts = TextsOf(row.ops);
  EXPECT_TRUE(Has(texts, "geschlossen"));
  EXPECT_TRUE(Has(texts, "keine Daten"));  // Di 16 has no data
  // Values in the cells (small type): "12" and the open hour without visits
  // "0"; the closed Monday shows no number.
  std::vector<std::string> cells;
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    if (t.size < 7) cells.push_back(t.text);
  }
  EXPECT_EQ(cells, (std::vector<std::string>{"12", "0"}));
  // Hatching (a diagonal stroke) marks missing data only: one cell plus the
  // legend swatch, not the three closed hours.
  int diagonals = 0;
  for (const LineOp& l : OpsOf<LineOp>(row.ops)) diagonals += l.x1 != l.x2 && l.y1 != l.y2;
  EXPECT_EQ(diagonals, 2);
}

TEST(HeatmapChartTest, LegendNamesOnlyTheKindsOfEmptyCellShown) {
  HeatmapChart c = Week();
  c.values[1][2] = 3.0;  // no gap in the data any more
  std::vector<std::string> texts = TextsOf(LayoutHeatmap(c, FakeMeasure).ops);
  EXPECT_TRUE(Has(texts, "geschlossen"));
  EXPECT_FALSE(Has(texts, "keine Daten"));

  c.closed.clear();  // the document marks nothing closed: gaps are missing data
  texts = TextsOf(LayoutHeatmap(c, FakeMeasure).ops);
  EXPECT_FALSE(Has(texts, "geschlossen"));
  EXPECT_TRUE(Has(texts, "keine Daten"));
}

// Means with one decimal: a mean of exactly 15 shows as "15,0", like its
// neighbours, not as "15".
TEST(HeatmapChartTest, EveryCellHasTheSameNumberOfDecimals) {
  HeatmapChart c = Week();
  c.values[1] = {15.0, 15.8, 13.2};
  std::vector<std::string> cells;
  for (const TextOp& t : OpsOf<TextOp>(LayoutHeatmap(c, FakeMeasure).ops)) {
    if (t.size < 7) cells.push_back(t.text);
  }
  EXPECT_EQ(cells, (std::vector<std::string>{"15,0", "15,8", "13,2"}));
}

}  // namespace
}  // namespace ankerbericht
