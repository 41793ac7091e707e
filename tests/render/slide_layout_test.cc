// Layout tests for the committee deck: 960 x 540 pages, one per slide,
// nothing outside the page, no overlapping texts, body text at 20 pt or more,
// a footer with source and slide number on every slide, and a real PDF that
// qpdf and pdfinfo accept.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render/pdf_renderer.h"
#include "render/text_dump.h"
#include "render_test_util.h"
#include "slide_fixtures.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using render_test::DemoDeck;
using render_test::ExpectNoTextOverlap;
using render_test::FakeMeasure;
using render_test::OpsOf;
using render_test::TextsOf;
using testing::HaveTool;
using testing::RunCommand;
using testing::ScopedTempDir;

// Footer texts sit below this line; everything else is slide content.
constexpr double kFooterTop = 46;

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// The words of the texts a slide's chart draws (as laid out for A4), to tell
// them apart from the slide's own body text: on the slide the chart is laid
// out for another frame, so its labels may break or group differently.
std::set<std::string> ChartWords(const Slide& slide, const MeasureFn& measure) {
  Row row;
  if (auto* b = std::get_if<BarChart>(&slide.chart)) row = LayoutBarChart(*b, measure);
  if (auto* l = std::get_if<LineChart>(&slide.chart)) row = LayoutLineChart(*l, measure);
  if (auto* r = std::get_if<RadarChart>(&slide.chart)) row = LayoutRadarChart(*r, measure);
  if (auto* t = std::get_if<TimelineChart>(&slide.chart)) row = LayoutTimelineChart(*t, measure);
  std::set<std::string> words;
  for (const std::string& text : TextsOf(row.ops)) {
    for (std::string& w : Words(text)) words.insert(std::move(w));
  }
  return words;
}

std::vector<const Slide*> SlidesOf(const Document& doc) {
  std::vector<const Slide*> out;
  for (const Block& b : doc.blocks) {
    if (auto* s = std::get_if<Slide>(&b)) out.push_back(s);
  }
  return out;
}

void ExpectSoundDeck(const Document& doc, const MeasureFn& measure, const std::string& what) {
  std::vector<PageLayout> pages = LayoutDocument(doc, measure);
  std::vector<const Slide*> slides = SlidesOf(doc);
  ASSERT_EQ(pages.size(), slides.size()) << what;
  for (size_t p = 0; p < pages.size(); ++p) {
    const PageLayout& page = pages[p];
    std::string where = what + " slide " + std::to_string(p + 1);
    EXPECT_DOUBLE_EQ(page.width, 960) << where;
    EXPECT_DOUBLE_EQ(page.height, 540) << where;
    ExpectNoTextOverlap(page.ops, where);
    std::set<std::string> chart_words = ChartWords(*slides[p], measure);
    std::string number = std::to_string(p + 1) + " / " + std::to_string(pages.size());
    bool has_number = false, has_source = false;
    for (const TextOp& t : OpsOf<TextOp>(page.ops)) {
      Box b = TextBounds(t);
      // Inside the 48 pt side margins and on the page.
      EXPECT_GE(b.x0, 48 - 0.01) << where << ": " << t.text;
      EXPECT_LE(b.x1, 912 + 0.01) << where << ": " << t.text;
      EXPECT_GE(b.y0, 0) << where << ": " << t.text;
      EXPECT_LE(b.y1, 540 - 30) << where << ": " << t.text;
      if (t.y < kFooterTop) {
        EXPECT_GE(t.size, 12) << where << ": footer " << t.text;
        has_number = has_number || t.text == "Folie " + number;
        has_source = has_source || slides[p]->source.rfind(t.text.substr(0, 10), 0) == 0;
        continue;
      }
      EXPECT_GT(b.y0, kFooterTop) << where << ": " << t.text << " reaches into the footer";
      std::vector<std::string> words = Words(t.text);
      if (!words.empty() && std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            return chart_words.count(w) > 0;
          })) {
        continue;
      }
      // A quote's source is small print (16 pt); everything else is body text.
      bool source = t.text.rfind("\u2014 ", 0) == 0;
      EXPECT_GE(t.size, source ? 16 : 20) << where << ": body text \"" << t.text << "\"";
    }
    EXPECT_TRUE(has_number) << where << ": no \"" << number << "\"";
    EXPECT_TRUE(has_source) << where << ": no source in the footer";
    for (const RectOp& r : OpsOf<RectOp>(page.ops)) {
      EXPECT_TRUE(r.x >= -0.01 && r.x + r.w <= 960.01 && r.y >= -0.01 && r.y + r.h <= 540.01)
          << where << ": rect " << r.x << "," << r.y;
    }
    for (const PathOp& path : OpsOf<PathOp>(page.ops)) {
      for (const Point& pt : path.points) {
        EXPECT_TRUE(pt.x >= 48 && pt.x <= 912 && pt.y > kFooterTop && pt.y < 540) << where;
      }
    }
  }
}

TEST(SlideLayoutTest, DemoDeckIsSound) { ExpectSoundDeck(DemoDeck(), FakeMeasure, "fake"); }

TEST(SlideLayoutTest, DemoDeckIsSoundWithTheRealFont) {
  Result<MeasureFn> measure = FontMeasure(PdfOptions{});
  if (!measure.ok()) GTEST_SKIP() << "DejaVu fonts not installed";
  ExpectSoundDeck(DemoDeck(), *measure, "real");
}

TEST(SlideLayoutTest, OnePagePerSlideOtherBlocksIgnored) {
  Document doc = DemoDeck();
  doc.blocks.insert(doc.blocks.begin() + 1, Paragraph{"Nicht auf einer Folie"});
  doc.blocks.push_back(Heading{1, "Auch nicht"});
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_EQ(pages.size(), 7u);
  for (const PageLayout& page : pages) {
    for (const std::string& t : TextsOf(page.ops)) {
      EXPECT_NE(t, "Nicht auf einer Folie");
      EXPECT_NE(t, "Auch nicht");
    }
  }
  // Every slide title is a bookmark.
  EXPECT_EQ(pages[1].bookmarks.size(), 1u);
  // No slides at all: one empty slide-sized page.
  Document empty;
  empty.info.format = PageFormat::kSlides;
  pages = LayoutDocument(empty, FakeMeasure);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_DOUBLE_EQ(pages[0].width, 960);
}

TEST(SlideLayoutTest, ChartAloneGetsReadableAxisLabels) {
  Result<MeasureFn> measure = FontMeasure(PdfOptions{});
  if (!measure.ok()) GTEST_SKIP() << "DejaVu fonts not installed";
  Document doc;
  doc.info.slide_label = "Folie";
  doc.info.format = PageFormat::kSlides;
  for (SlideChart chart :
       {SlideChart(render_test::VisitsByHalfYear()), SlideChart(render_test::VisitsByMonth()),
        SlideChart(render_test::ConsolidationTimeline())}) {
    Slide s;
    s.title = "Eine Botschaft";
    s.chart = chart;
    s.source = "Quelle: Test";
    doc.blocks.push_back(s);
  }
  std::vector<PageLayout> pages = LayoutDocument(doc, *measure);
  for (size_t p = 0; p < pages.size(); ++p) {
    double smallest = 1e9;
    for (const TextOp& t : OpsOf<TextOp>(pages[p].ops)) {
      if (t.y > kFooterTop) smallest = std::min(smallest, t.size);
    }
    // The timeline fixture is dense (twelve marks): its labels need more
    // levels than the box has room for at 14 pt, so it shrinks to ~11.6 pt.
    EXPECT_GE(smallest, p == 2 ? 11 : 14 - 1e-9) << "slide " << p + 1;
  }
}

// Beside a figure the chart box is narrower than the A4 content width; the
// chart is laid out for it, so every text it draws (tick, category and value
// labels, legend entries, timeline marks) still reads at 14 pt or more and
// its title at 16 pt or more, inside the box and without overlaps.
TEST(SlideLayoutTest, ChartBesideAFigureGetsReadableLabels) {
  Result<MeasureFn> measure = FontMeasure(PdfOptions{});
  if (!measure.ok()) GTEST_SKIP() << "DejaVu fonts not installed";
  Document doc;
  doc.info.slide_label = "Folie";
  doc.info.format = PageFormat::kSlides;
  std::vector<std::string> titles = {
      render_test::VisitsByHalfYear().title, render_test::VisitsByMonth().title,
      render_test::GoalProfile().title, render_test::ConsolidationTimeline().title};
  for (SlideChart chart :
       {SlideChart(render_test::VisitsByHalfYear()), SlideChart(render_test::VisitsByMonth()),
        SlideChart(render_test::GoalProfile()), SlideChart(render_test::ConsolidationTimeline())}) {
    Slide s;
    s.title = "Eine Botschaft";
    s.figure = "11.011";
    s.figure_label = "Besuche im 1. Halbjahr 2026";
    s.figure_note = "1. Halbjahr 2025: 7.376";
    s.chart = chart;
    s.source = "Quelle: Test";
    doc.blocks.push_back(s);
  }
  std::vector<PageLayout> pages = LayoutDocument(doc, *measure);
  ASSERT_EQ(pages.size(), 4u);
  // The figure panel takes the left 30 % of the 864 pt wide body.
  constexpr double kChartLeft = 48 + 864 * 0.3;
  for (size_t p = 0; p < pages.size(); ++p) {
    std::string where = "slide " + std::to_string(p + 1);
    ExpectNoTextOverlap(pages[p].ops, where);
    size_t chart_texts = 0;
    for (const TextOp& t : OpsOf<TextOp>(pages[p].ops)) {
      if (t.y < kFooterTop || t.x < kChartLeft) continue;  // footer, figure
      ++chart_texts;
      bool title = t.font == FontStyle::kBold && titles[p].rfind(t.text, 0) == 0;
      // Known limit: the dense timeline fixture (twelve marks) does not fit
      // the box at 14 pt and shrinks to ~10.6 pt, with a fit note.
      double min = p == 3 ? 10.5 : (title ? 16 : 14) - 1e-9;
      EXPECT_GE(t.size, min) << where << ": \"" << t.text << "\"";
      Box b = TextBounds(t);
      EXPECT_GE(b.x0, kChartLeft) << where << ": " << t.text;
      EXPECT_LE(b.x1, 912 + 0.01) << where << ": " << t.text;
      EXPECT_GT(b.y0, kFooterTop) << where << ": " << t.text;
    }
    EXPECT_GT(chart_texts, 5u) << where;
    if (p == 3) EXPECT_FALSE(pages[p].fit_notes.empty()) << where;
  }
}

TEST(SlideLayoutTest, ANumberedDecisionHasItsNumbersAsMarksAndItsLeadInNone) {
  Document doc;
  doc.info.slide_label = "Folie";
  doc.info.format = PageFormat::kSlides;
  Slide s;
  s.title = "Beschlussvorschlag";
  s.bullets = {"Der Ausschuss empfiehlt dem Rat, folgenden Beschluss zu fassen:",
               "1. Das Stadtlabor wird weitergeführt.", "2. Die Mittel werden eingeplant."};
  s.source = "Quelle: Test";
  doc.blocks.push_back(s);
  ExpectSoundDeck(doc, FakeMeasure, "decision");
  std::vector<std::string> texts = TextsOf(LayoutDocument(doc, FakeMeasure)[0].ops);
  // No bullet at all: the lead-in stands alone, the items carry "1." and "2.".
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "\u2022"), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "1."), texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Das Stadtlabor wird weitergeführt."),
            texts.end());
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "1. Das Stadtlabor wird weitergeführt."),
            texts.end());
}

TEST(SlideLayoutTest, TooMuchTextIsLeftOutNotOverflowed) {
  Document doc;
  doc.info.slide_label = "Folie";
  doc.info.format = PageFormat::kSlides;
  Slide s;
  s.title =
      "Eine sehr lange Botschaft, die mehr sagen will, als auf eine Folie passt, und "
      "deshalb nach zwei Zeilen mit Auslassungspunkten endet, statt drei Zeilen zu füllen";
  for (int i = 0; i < 12; ++i)
    s.bullets.push_back("Punkt " + std::to_string(i) + " mit etwas Text");
  Quote q{std::string(60, 'x') + " " + std::string(900, 'y'), "Jemand"};
  s.quotes = {q, q, q, q};
  s.source = "Quelle: Test";
  doc.blocks.push_back(s);
  Slide quote;
  quote.title = "Ein langes Zitat";
  quote.quotes = {{std::string(2000, 'z'), "Feedbackbogen"}};
  quote.source = "Quelle: Test";
  doc.blocks.push_back(quote);
  ExpectSoundDeck(doc, FakeMeasure, "overfull");
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_FALSE(pages[0].fit_notes.empty());
  std::vector<std::string> texts = TextsOf(pages[0].ops);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Punkt 0 mit etwas Text"), texts.end());
  EXPECT_EQ(std::find(texts.begin(), texts.end(), "Punkt 11 mit etwas Text"), texts.end());
  // The title has two lines, the second ending in "…".
  int title_lines = 0;
  for (const TextOp& t : OpsOf<TextOp>(pages[0].ops)) {
    if (t.size >= 28) {
      ++title_lines;
      if (title_lines == 2) EXPECT_EQ(t.text.substr(t.text.size() - 3), "\u2026");
    }
  }
  EXPECT_EQ(title_lines, 2);
  // The long quote is shortened with "…" and keeps its source.
  texts = TextsOf(pages[1].ops);
  bool ellipsis = false, source = false;
  for (const std::string& t : texts) {
    ellipsis = ellipsis || (t.size() > 3 && t.substr(t.size() - 3) == "\u2026");
    source = source || t == "\u2014 Feedbackbogen";
  }
  EXPECT_TRUE(ellipsis);
  EXPECT_TRUE(source);
  EXPECT_FALSE(pages[1].fit_notes.empty());
}

TEST(SlideLayoutTest, DumpReadsTheDeck) {
  std::string dump = DumpDocument(DemoDeck());
  for (const char* s :
       {"=== Folie 1 ===\n", "=== Folie 7 ===\n",
        "TITLE Mehr Besuche als je zuvor: ein Drittel mehr als vor einem Jahr\n",
        "Kennzahl visitors.total: 11.011\n", "LABEL Besuche im 1. Halbjahr 2026\n",
        "- Repair-Café monatlich statt alle zwei Monate\n", "CHART Besuche je Halbjahr [Besuche]",
        "MARK 30.06.2027 \u2013 Haushaltsfrist [deadline, emphasis]\n",
        "Quelle: Zählanlage · 1. Halbjahr 2026\n"}) {
    EXPECT_NE(dump.find(s), std::string::npos) << s << "\n" << dump;
  }
}

// The value of "Name:   value" in pdfinfo's output, "" if there is none.
std::string InfoField(const std::string& info, const std::string& name) {
  size_t at = info.find(name + ":");
  if (at == std::string::npos) return "";
  size_t start = info.find_first_not_of(' ', at + name.size() + 1);
  size_t end = info.find('\n', start);
  return info.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

TEST(SlideRendererTest, FourSlideDeckIsAValidSixteenByNinePdf) {
  if (!HaveTool("qpdf") || !HaveTool("pdfinfo")) GTEST_SKIP() << "needs qpdf and pdfinfo";
  Document doc = DemoDeck();
  doc.blocks.resize(4);
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "folien.pdf").string();
  PdfOptions options;
  options.creation_date = Date(2026, 11, 21);
  std::vector<Status> warnings;
  ASSERT_OK(RenderPdf(doc, options, pdf, &warnings));
  for (const Status& w : warnings) ADD_FAILURE() << w.ToString();
  testing::CommandResult check = RunCommand("qpdf --check '" + pdf + "'");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  std::string info = RunCommand("pdfinfo '" + pdf + "'").out;
  EXPECT_EQ(InfoField(info, "Pages"), "4") << info;
  EXPECT_EQ(InfoField(info, "Page size"), "960 x 540 pts") << info;
  // Every page, not only the first.
  info = RunCommand("pdfinfo -f 1 -l 4 '" + pdf + "'").out;
  for (int p = 1; p <= 4; ++p) {
    EXPECT_EQ(InfoField(info, "Page    " + std::to_string(p) + " size"), "960 x 540 pts") << info;
  }
  if (HaveTool("pdftotext")) {
    std::string text = RunCommand("pdftotext -f 2 -l 2 '" + pdf + "' -").out;
    EXPECT_NE(text.find("11.011"), std::string::npos) << text;
    EXPECT_NE(text.find("Folie 2 / 4"), std::string::npos) << text;
  }
}

// The demo deck and an A4 page with the timeline render as valid PDFs. The
// demo deck is crowded on purpose: what had to give is reported per page,
// never dropped silently. With ANKERBERICHT_SAMPLE_DIR set the files are kept
// there for looking at (pdftoppm -r 60 -png).
TEST(SlideRendererTest, DemoDeckReportsWhatDidNotFitAndTimelinePageRendersCleanly) {
  ScopedTempDir tmp;
  const char* keep = std::getenv("ANKERBERICHT_SAMPLE_DIR");
  std::string dir = keep != nullptr ? keep : tmp.path().string();
  PdfOptions options;
  std::vector<Status> deck_warnings;
  EXPECT_OK(RenderPdf(DemoDeck(), options, dir + "/deck.pdf", &deck_warnings));
  EXPECT_FALSE(deck_warnings.empty());
  for (const Status& w : deck_warnings)
    EXPECT_EQ(w.message().rfind("Seite ", 0), 0u) << w.ToString();
  Document a4;
  a4.blocks.push_back(Heading{1, "Zeitplan der Verstetigung"});
  a4.blocks.push_back(Paragraph{"Bis zur Haushaltsfrist bleiben vier Ausschusssitzungen."});
  a4.blocks.push_back(render_test::ConsolidationTimeline());
  std::vector<Status> a4_warnings;
  EXPECT_OK(RenderPdf(a4, options, dir + "/timeline-a4.pdf", &a4_warnings));
  for (const Status& w : a4_warnings) ADD_FAILURE() << "warning: " << w.ToString();
  if (HaveTool("qpdf")) {
    EXPECT_EQ(RunCommand("qpdf --check '" + dir + "/deck.pdf'").exit_code, 0);
    EXPECT_EQ(RunCommand("qpdf --check '" + dir + "/timeline-a4.pdf'").exit_code, 0);
  }
}

}  // namespace
}  // namespace ankerbericht
