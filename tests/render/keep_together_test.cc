// Page breaks a press office would otherwise fix by hand: every test pushes
// a block down the page line by line (|filler| one-line paragraphs before it)
// so that each possible break position is tried once, and checks the rule
// for every one of them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/pdf_layout.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;
using render_test::TextsOf;

Document WithFiller(int filler) {
  Document doc;
  doc.info.page_label = "Seite";
  doc.info.page_of = "von";
  for (int i = 0; i < filler; ++i) doc.blocks.push_back(Paragraph{"Vorher"});
  return doc;
}

// Index of the first page with a text starting with |prefix|, -1 if none.
int PageOf(const std::vector<PageLayout>& pages, const std::string& prefix) {
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const std::string& t : TextsOf(pages[p].ops)) {
      if (t.rfind(prefix, 0) == 0) return static_cast<int>(p);
    }
  }
  return -1;
}

// How many texts of page |p| start with |prefix|.
int CountOn(const PageLayout& page, const std::string& prefix) {
  int n = 0;
  for (const std::string& t : TextsOf(page.ops)) n += t.rfind(prefix, 0) == 0;
  return n;
}

Table NumberedTable(int rows) {
  Table t;
  t.caption = "Tabelle: Veranstaltungen";
  t.columns = {{"Veranstaltung", false}, {"Teilnehmende", true}};
  for (int r = 0; r < rows; ++r) t.rows.push_back({"Zeile " + std::to_string(r + 1), "12"});
  return t;
}

TEST(KeepTogetherTest, ATableOfEightRowsNeverSplits) {
  for (int filler = 20; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(NumberedTable(8));
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    int page = PageOf(pages, "Tabelle:");
    ASSERT_GE(page, 0);
    EXPECT_EQ(CountOn(pages[page], "Zeile "), 8) << "filler " << filler;
  }
}

TEST(KeepTogetherTest, ALongerTableLeavesThreeRowsOnEitherSideAndRepeatsItsHeader) {
  bool broke = false;
  for (int filler = 20; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(NumberedTable(12));
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    int shown = 0;
    for (const PageLayout& page : pages) {
      int rows = CountOn(page, "Zeile ");
      if (rows == 0) continue;
      if (rows < 12) broke = true;
      EXPECT_GE(rows, 3) << "filler " << filler << ": one or two rows alone on a page";
      // Every page with rows of the table shows its header.
      EXPECT_EQ(CountOn(page, "Veranstaltung"), 1) << "filler " << filler;
      shown += rows;
    }
    EXPECT_EQ(shown, 12) << "filler " << filler;
    // The caption is never separated from the header and first rows.
    EXPECT_EQ(PageOf(pages, "Tabelle:"), PageOf(pages, "Zeile 1")) << "filler " << filler;
  }
  EXPECT_TRUE(broke) << "the sweep never broke the table; the test proves nothing";
}

TEST(KeepTogetherTest, HeadingIsNeverLastOnAPageAndKeepsTwoLines) {
  for (int filler = 30; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Heading{2, "Abschnitt"});
    doc.blocks.push_back(Paragraph{"Text 1\nText 2\nText 3\nText 4\nText 5\nText 6\nText 7"});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    int heading = PageOf(pages, "Abschnitt");
    EXPECT_EQ(heading, PageOf(pages, "Text 1")) << "filler " << filler;
    EXPECT_EQ(heading, PageOf(pages, "Text 2")) << "filler " << filler;
  }
}

// "Ausblick": three plans on one page and the fourth alone overleaf reads
// as a stray; the first two and the last two items stay together.
TEST(KeepTogetherTest, AListNeverLeavesASingleItemAlone) {
  bool broke = false;
  for (int filler = 25; filler < 40; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(BulletList{{"Punkt 1", "Punkt 2", "Punkt 3", "Punkt 4", "Punkt 5"}});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    for (const PageLayout& page : pages) {
      int items = CountOn(page, "Punkt ");
      if (items > 0 && items < 5) broke = true;
      EXPECT_NE(items, 1) << "filler " << filler << ": a single item on a page";
    }
  }
  EXPECT_TRUE(broke) << "the sweep never broke the list; the test proves nothing";
}

// "… ausgewählt nach einer festen Regel (siehe Methoden):" at the foot of a
// page and its list overleaf: the lead-in moves with the list.
TEST(KeepTogetherTest, LeadInStaysWithTheListItAnnounces) {
  for (int filler = 25; filler < 40; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Paragraph{"Einleitung 1\nEinleitung 2\nEinleitung 3:"});
    doc.blocks.push_back(BulletList{{"Punkt 1", "Punkt 2", "Punkt 3"}});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    EXPECT_EQ(PageOf(pages, "Einleitung 3"), PageOf(pages, "Punkt 1")) << "filler " << filler;
  }
}

TEST(KeepTogetherTest, NoteAfterQuotesStaysWithTheLastQuote) {
  for (int filler = 30; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Quote{"„Gut organisiert.“", "Feedbackbogen, Juni 2026"});
    doc.blocks.push_back(Quote{"„Bitte mehr Termine am Vormittag.“", "Feedbackbogen, Mai 2026"});
    doc.blocks.push_back(Remark{"Zitate: je Thema bis zu 3 Aussagen."});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    EXPECT_EQ(PageOf(pages, "Zitate:"), PageOf(pages, "„Bitte mehr")) << "filler " << filler;
  }
}

TEST(KeepTogetherTest, LeadInStaysWithTheQuoteItIntroduces) {
  for (int filler = 30; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Paragraph{"Nennungen im Zeitraum: 20"});
    doc.blocks.push_back(Quote{"„Gut organisiert.“", "Feedbackbogen, Juni 2026"});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    EXPECT_EQ(PageOf(pages, "Nennungen"), PageOf(pages, "„Gut")) << "filler " << filler;
  }
}

TEST(KeepTogetherTest, TileFootnoteIsNotCarriedOverAlone) {
  for (int filler = 30; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(
        KpiTiles{{{"26.857", "Besuche seit Beginn", "", Trend::kNone, TargetStatus::kNone, ""},
                  {"207", "Veranstaltungen", "", Trend::kNone, TargetStatus::kNone, ""}}});
    doc.blocks.push_back(Remark{"Summen über 3 Halbjahre."});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    EXPECT_EQ(PageOf(pages, "Summen"), PageOf(pages, "26.857")) << "filler " << filler;
  }
}

BarChart Chart() {
  return BarChart{"Kooperationspartner je Halbjahr",
                  "Partner",
                  {"1. Hj. 2025", "2. Hj. 2025"},
                  {{"Partner", {10, 13}}},
                  "",
                  false,
                  false};
}

TEST(KeepTogetherTest, HeadingAndShortLeadInMoveWithTheirChart) {
  for (int filler = 20; filler < 58; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Heading{2, "Wachsendes Netzwerk"});
    doc.blocks.push_back(Paragraph{"Einleitung 1\nEinleitung 2\nEinleitung 3"});
    doc.blocks.push_back(Chart());
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    int chart = PageOf(pages, "Kooperationspartner je");
    EXPECT_EQ(PageOf(pages, "Wachsendes"), chart) << "filler " << filler;
    EXPECT_EQ(PageOf(pages, "Einleitung 3"), chart) << "filler " << filler;
  }
}

// The rules only move what would split badly: a long text before a chart
// still fills the page it starts on, so no half-empty pages appear.
TEST(KeepTogetherTest, LongTextBeforeAChartStillFillsThePage) {
  std::string text;
  for (int i = 1; i <= 12; ++i)
    text += (i > 1 ? "\n" : "") + std::string("Absatz ") + std::to_string(i);
  // 20 to 34 one-line paragraphs leave room for 2 to 20 lines on page 1,
  // never for the text and the chart together.
  for (int filler = 20; filler < 35; ++filler) {
    Document doc = WithFiller(filler);
    doc.blocks.push_back(Paragraph{text});
    doc.blocks.push_back(Chart());
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    EXPECT_EQ(PageOf(pages, "Absatz 1"), 0) << "filler " << filler;
    EXPECT_EQ(PageOf(pages, "Kooperationspartner je"), 1) << "filler " << filler;
  }
}

}  // namespace
}  // namespace ankerbericht
