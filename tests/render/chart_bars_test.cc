// Value labels of bar charts stay clear of the lines drawn over the bars.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/chart.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;
using render_test::OpsOf;

// The neutral answer straddles the zero line; its share ("21 %") used to be
// centred on it and struck through.
TEST(DivergingChartTest, ShareLabelsAreNotStruckThroughByTheZeroLine) {
  DivergingChart c;
  c.title = "Zustimmung";
  c.answers = {"gar nicht", "eher nicht", "teils/teils", "eher ja", "voll"};
  c.neutral = 2;
  c.items = {"Die Inhalte waren verständlich.", "Gut organisiert.", "Wenig neutral."};
  c.values = {{0, 0, 21, 40, 39}, {5, 5, 60, 20, 10}, {0, 10, 4, 40, 46}};
  for (double scale : {1.0, 1.6}) {
    Theme theme;
    theme.font_scale = scale;
    Row row = LayoutDivergingChart(c, FakeMeasure, theme);
    // The zero line: the vertical line in the text colour.
    std::vector<LineOp> zero;
    for (const LineOp& l : OpsOf<LineOp>(row.ops)) {
      if (l.x1 == l.x2 && l.color.r == palette::kText.r && l.width == 0.8) zero.push_back(l);
    }
    ASSERT_EQ(zero.size(), 1u);
    int shares = 0;
    for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
      if (t.text != "21 %" && t.text != "60 %") continue;
      ++shares;
      Box b = TextBounds(t);
      EXPECT_FALSE(b.x0 - 0.5 < zero[0].x1 && zero[0].x1 < b.x1 + 0.5)
          << "\"" << t.text << "\" from " << b.x0 << " to " << b.x1 << ", zero line at "
          << zero[0].x1;
    }
    // In large print "21 %" no longer fits into the wider half of its
    // segment: it is left out rather than struck through.
    EXPECT_EQ(shares, scale == 1.0 ? 2 : 1) << "neutral shares labelled at scale " << scale;
  }
}

}  // namespace
}  // namespace ankerbericht
