// Layout tests for the timeline chart: marks and labels stay inside the
// content box, labels of close dates are staggered without overlapping each
// other or the leader lines of other marks, and an empty axis shows its message.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render/pdf_renderer.h"
#include "render_test_util.h"
#include "slide_fixtures.h"

namespace ankerbericht {
namespace {

using render_test::ConsolidationTimeline;
using render_test::ExpectInsideRow;
using render_test::ExpectNoTextOverlap;
using render_test::FakeMeasure;
using render_test::OpsOf;
using render_test::TextsOf;

bool Contains(const std::vector<std::string>& texts, const std::string& s) {
  return std::find(texts.begin(), texts.end(), s) != texts.end();
}

// True if some text contains |s| (marks close together share one label,
// "Haushaltsfrist · 30.06.2027").
bool Mentions(const std::vector<std::string>& texts, const std::string& s) {
  return std::any_of(texts.begin(), texts.end(),
                     [&](const std::string& t) { return t.find(s) != std::string::npos; });
}

// No vertical leader line crosses a text it does not belong to: a leader
// is a thin vertical LineOp in the axis colour ending at its label.
void ExpectLeadersClearOfTexts(const Row& row, const std::string& what) {
  std::vector<TextOp> texts = OpsOf<TextOp>(row.ops);
  for (const LineOp& l : OpsOf<LineOp>(row.ops)) {
    if (l.x1 != l.x2 || l.width != 0.5) continue;  // ticks and the today line are wider
    double y0 = std::min(l.y1, l.y2), y1 = std::max(l.y1, l.y2);
    for (const TextOp& t : texts) {
      Box b = TextBounds(t);
      bool crosses = l.x1 > b.x0 + 0.5 && l.x1 < b.x1 - 0.5 && y0 < b.y0 - 1 && y1 > b.y1 + 1;
      EXPECT_FALSE(crosses) << what << ": leader at x=" << l.x1 << " crosses \"" << t.text << "\"";
    }
  }
}

TEST(TimelineChartTest, ConsolidationScheduleIsReadable) {
  TimelineChart chart = ConsolidationTimeline();
  Row row = LayoutTimelineChart(chart, FakeMeasure);
  ExpectInsideRow(row, "timeline");
  ExpectNoTextOverlap(row.ops, "timeline");
  ExpectLeadersClearOfTexts(row, "timeline");
  std::vector<std::string> texts = TextsOf(row.ops);
  for (const TimelineMark& m : chart.marks) {
    EXPECT_TRUE(Mentions(texts, m.date_text)) << m.date_text;
  }
  for (const char* s :
       {"Heute", "Förderende", "2027", "2028", "2029", "Zeitplan bis zum Förderende"}) {
    EXPECT_TRUE(Contains(texts, s)) << s;
  }
  // The deadline and the planning start a day later share one label.
  EXPECT_TRUE(Contains(texts, "Haushaltsfrist \u00B7 30.06.2027"));
  // The shaded range and its legend text.
  EXPECT_TRUE(Contains(texts, chart.range_label));
  // Emphasised labels are bold.
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    if (t.text.rfind("Haushaltsfrist", 0) == 0 || t.text == "Heute") {
      EXPECT_EQ(t.font, FontStyle::kBold) << t.text;
    }
    if (t.text == "Ausschuss") EXPECT_EQ(t.font, FontStyle::kRegular);
  }
}

TEST(TimelineChartTest, CloseDatesGetStaggeredLabels) {
  // Ten marks a week apart: no two labels fit side by side on one level.
  TimelineChart chart;
  chart.span_days = 365;
  chart.ticks = {{0, "2027"}, {181, "Juli 2027"}};
  for (int i = 0; i < 10; ++i) {
    chart.marks.push_back(TimelineMark{100 + 7 * i, "0" + std::to_string(i) + ".04.2027",
                                       "Sitzung des Ausschusses", TimelineMarkKind::kMeeting});
  }
  Row row = LayoutTimelineChart(chart, FakeMeasure);
  ExpectInsideRow(row, "close");
  ExpectNoTextOverlap(row.ops, "close");
  ExpectLeadersClearOfTexts(row, "close");
  std::vector<std::string> texts = TextsOf(row.ops);
  for (int i = 0; i < 10; ++i) {
    EXPECT_TRUE(Contains(texts, "0" + std::to_string(i) + ".04.2027")) << i;
  }
}

TEST(TimelineChartTest, SameDayMarksAndEdgesStayInside) {
  TimelineChart chart;
  chart.span_days = 100;
  for (int i = 0; i < 4; ++i) {
    chart.marks.push_back(
        TimelineMark{0, "01.01.2027", "Beginn " + std::to_string(i), TimelineMarkKind::kMilestone});
    chart.marks.push_back(TimelineMark{100, "10.04.2027", "Ende " + std::to_string(i),
                                       TimelineMarkKind::kDeadline, i == 0});
  }
  chart.marks.push_back(TimelineMark{250, "Später", "außerhalb", TimelineMarkKind::kToday});
  Row row = LayoutTimelineChart(chart, FakeMeasure);
  ExpectInsideRow(row, "edges");
  ExpectNoTextOverlap(row.ops, "edges");
}

TEST(TimelineChartTest, RealFontLabelsDoNotOverlap) {
  Result<MeasureFn> measure = FontMeasure(PdfOptions{});
  if (!measure.ok()) GTEST_SKIP() << "DejaVu fonts not installed";
  Row row = LayoutTimelineChart(ConsolidationTimeline(), *measure);
  ExpectInsideRow(row, "real font");
  ExpectNoTextOverlap(row.ops, "real font");
  ExpectLeadersClearOfTexts(row, "real font");
}

TEST(TimelineChartTest, NoSpanShowsTheMessage) {
  TimelineChart chart;
  chart.title = "Zeitplan";
  chart.empty_message = "Kein Zeitraum angegeben";
  chart.marks.push_back(TimelineMark{3, "01.01.2027", "Ausschuss", TimelineMarkKind::kMeeting});
  Row row = LayoutTimelineChart(chart, FakeMeasure);
  EXPECT_EQ(TextsOf(row.ops), (std::vector<std::string>{"Zeitplan", "Kein Zeitraum angegeben"}));
  EXPECT_EQ(OpsOf<RectOp>(row.ops).size(), 1u);
}

TEST(TimelineChartTest, A4DocumentPlacesTheTimelineLikeOtherCharts) {
  Document doc;
  doc.blocks.push_back(Heading{1, "Zeitplan"});
  doc.blocks.push_back(ConsolidationTimeline());
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_TRUE(Mentions(TextsOf(pages[0].ops), "Haushaltsfrist"));
  EXPECT_DOUBLE_EQ(pages[0].width, kPageWidth);
  EXPECT_DOUBLE_EQ(pages[0].height, kPageHeight);
}

}  // namespace
}  // namespace ankerbericht

namespace ankerbericht {
namespace {

// Horizontal extent of the symbols (circles, diamonds, squares) of a row.
std::vector<std::pair<double, double>> SymbolSpans(const Row& row) {
  std::vector<std::pair<double, double>> spans;
  for (const PathOp& p : render_test::OpsOf<PathOp>(row.ops)) {
    double x0 = 1e9, x1 = -1e9;
    for (const Point& pt : p.points) {
      x0 = std::min(x0, pt.x);
      x1 = std::max(x1, pt.x);
    }
    spans.push_back({x0, x1});
  }
  for (const RectOp& r : render_test::OpsOf<RectOp>(row.ops)) {
    if (r.w < 12 && r.h < 12 && r.h > 5) spans.push_back({r.x, r.x + r.w});  // milestones
  }
  return spans;
}

// A committee meeting two weeks before the budget deadline: on a two-year
// axis their symbols would sit on top of each other.
TEST(TimelineChartTest, SymbolsNeverOverlapAndEveryMarkIsLabelled) {
  TimelineChart c;
  c.title = "Zeitplan";
  c.span_days = 730;
  c.marks = {{100, "01.03.2027", "Ausschusssitzung", TimelineMarkKind::kMeeting, true},
             {115, "16.03.2027", "Haushaltsfrist", TimelineMarkKind::kDeadline, false},
             {118, "19.03.2027", "Planung", TimelineMarkKind::kMilestone, false},
             {400, "15.06.2027", "Ausschusssitzung", TimelineMarkKind::kMeeting, false},
             {730, "31.12.2027", "Förderende", TimelineMarkKind::kMilestone, true}};
  for (double scale : {1.0, 1.8}) {
    Theme theme;
    theme.font_scale = scale;
    Row row = LayoutTimelineChart(c, render_test::FakeMeasure, theme);
    std::vector<std::pair<double, double>> spans = SymbolSpans(row);
    ASSERT_EQ(spans.size(), c.marks.size());
    std::sort(spans.begin(), spans.end());
    for (size_t i = 1; i < spans.size(); ++i) {
      EXPECT_LE(spans[i - 1].second, spans[i].first) << "symbols " << i - 1 << " and " << i;
    }
    std::vector<std::string> texts = render_test::TextsOf(row.ops);
    for (const TimelineMark& m : c.marks) {
      EXPECT_TRUE(Mentions(texts, m.label)) << m.label;
      EXPECT_TRUE(Mentions(texts, m.date_text)) << m.date_text;
    }
    render_test::ExpectNoTextOverlap(row.ops, "timeline");
  }
}

}  // namespace
}  // namespace ankerbericht
