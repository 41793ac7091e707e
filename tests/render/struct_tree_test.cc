// The logical structure the layout hands to the PDF writer: which element
// each drawing belongs to, in reading order.
#include "render/struct_tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;

// The roles of the elements whose content the texts of |ops| are, in order.
std::vector<std::string> RolesOfTexts(const StructTree& tree, const std::vector<DrawOp>& ops) {
  std::vector<std::string> roles;
  for (const DrawOp& op : ops) {
    if (auto* t = std::get_if<TextOp>(&op))
      roles.push_back(t->tag < 0 ? "Artifact" : tree.nodes[t->tag].role);
  }
  return roles;
}

// Lays out |doc| and returns its pages with the tree.
std::vector<PageLayout> Layout(const Document& doc, StructTree* tree) {
  return LayoutDocument(doc, FakeMeasure, tree);
}

TEST(StructTreeTest, ChapterOpensASectWithItsHeadingAndParagraph) {
  Document doc;
  doc.blocks = {Heading{1, "Besuche"}, Paragraph{"Mehr Besuche als im Vorjahr."},
                Heading{2, "Monate"}};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  ASSERT_EQ(tree.nodes[0].kids.size(), 1u);
  const StructNode& sect = tree.nodes[tree.nodes[0].kids[0]];
  EXPECT_EQ(sect.role, "Sect");
  std::vector<std::string> kids;
  for (int k : sect.kids) kids.push_back(tree.nodes[k].role);
  EXPECT_EQ(kids, (std::vector<std::string>{"H1", "P", "H2"}));
  // The running header and footer are artifacts, the rest is content.
  std::vector<std::string> roles = RolesOfTexts(tree, pages[0].ops);
  EXPECT_EQ(roles.front(), "H1");
  EXPECT_EQ(roles.back(), "Artifact");
}

TEST(StructTreeTest, TableHasHeaderCellsWithScopeAndOneRowPerTableRow) {
  Table table;
  table.caption = "Veranstaltungen";
  table.columns = {{"Format", false}, {"Anzahl", true}};
  table.rows = {{"Sprechstunde", "12"}, {"Vortrag", ""}};
  Document doc;
  doc.blocks = {table};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  std::vector<std::string> texts = render_test::TextsOf(pages[0].ops);
  std::vector<std::string> roles = RolesOfTexts(tree, pages[0].ops);
  auto role_of = [&](const std::string& text) {
    for (size_t i = 0; i < texts.size(); ++i) {
      if (texts[i] == text) return roles[i];
    }
    return std::string("(not drawn)");
  };
  EXPECT_EQ(role_of("Veranstaltungen"), "Caption");
  EXPECT_EQ(role_of("Format"), "TH");
  EXPECT_EQ(role_of("Sprechstunde"), "TD");
  EXPECT_EQ(role_of("12"), "TD");
  int tr = 0, td = 0;
  for (const StructNode& n : tree.nodes) {
    tr += n.role == "TR";
    td += n.role == "TD";
    if (n.role == "TH") {
      EXPECT_EQ(n.scope, "Column");
    }
  }
  EXPECT_EQ(tr, 3);  // header and two body rows
  EXPECT_EQ(td, 4);  // the empty cell too
  // "12" (right-aligned) belongs to the second column's cell.
  for (const DrawOp& op : pages[0].ops) {
    auto* t = std::get_if<TextOp>(&op);
    if (t && t->text == "12") {
      const StructNode& cell = tree.nodes[t->tag];
      const StructNode& row = tree.nodes[cell.parent];
      EXPECT_EQ(row.kids[1], t->tag);
    }
  }
}

TEST(StructTreeTest, RepeatedTableHeaderIsAnArtifact) {
  Table table;
  table.columns = {{"Monat", false}, {"Besuche", true}};
  for (int i = 0; i < 120; ++i)
    table.rows.push_back({"Zeile " + std::to_string(i), std::to_string(i)});
  Document doc;
  doc.blocks = {table};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  ASSERT_GE(pages.size(), 2u);
  std::vector<std::string> second = RolesOfTexts(tree, pages[1].ops);
  EXPECT_EQ(second[0], "Artifact");  // "Monat" again
  EXPECT_EQ(second[2], "TD");
}

TEST(StructTreeTest, ListItemsHaveLabelAndBodyInReadingOrder) {
  Document doc;
  doc.blocks = {BulletList{{"Erstens", "Zweitens"}}};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  std::vector<std::string> roles = RolesOfTexts(tree, pages[0].ops);
  EXPECT_EQ(std::vector<std::string>(roles.begin(), roles.begin() + 4),
            (std::vector<std::string>{"Lbl", "LBody", "Lbl", "LBody"}));
}

TEST(StructTreeTest, EachKpiTileIsOneParagraphReadTogether) {
  KpiTiles tiles;
  tiles.tiles = {
      KpiTile{"1.234", "Besuche", "+12 %", Trend::kUp, TargetStatus::kMet, "Ziel erreicht"},
      KpiTile{"56", "Veranstaltungen", "−3 %", Trend::kDown, TargetStatus::kNone, ""}};
  Document doc;
  doc.blocks = {tiles};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  std::vector<int> tags;
  for (const DrawOp& op : pages[0].ops) {
    auto* t = std::get_if<TextOp>(&op);
    if (t && t->tag >= 0) tags.push_back(t->tag);
  }
  ASSERT_EQ(tags.size(), 7u);  // value, label, change, status; value, label, change
  EXPECT_EQ(tags[0], tags[3]);
  EXPECT_NE(tags[3], tags[4]);
  EXPECT_EQ(tags[4], tags[6]);
  EXPECT_EQ(tree.nodes[tags[0]].role, "P");
  // Read as one sentence, whatever the order of the lines on the page.
  EXPECT_EQ(tree.nodes[tags[0]].actual_text, "1.234 Besuche +12 % Ziel erreicht");
}

TEST(StructTreeTest, ChartIsAFigureWithItsAltText) {
  BarChart chart;
  chart.title = "Besuche je Monat";
  chart.categories = {"Jan", "Feb"};
  chart.series = {ChartSeries{"2026", {10, 20}}};
  Document doc;
  doc.blocks = {chart};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  int figure = -1;
  for (size_t i = 0; i < tree.nodes.size(); ++i) {
    if (tree.nodes[i].role == "Figure") figure = static_cast<int>(i);
  }
  ASSERT_GE(figure, 0);
  EXPECT_NE(tree.nodes[figure].alt.find("Jan 10, Feb 20"), std::string::npos)
      << tree.nodes[figure].alt;
  // Bars, axes and labels alike belong to the figure.
  for (const DrawOp& op : pages[0].ops) {
    if (std::holds_alternative<RectOp>(op) && TagOf(op) >= 0) {
      EXPECT_EQ(TagOf(op), figure);
    }
  }
}

TEST(StructTreeTest, TableOfContentsEntriesLinkToTheirHeadings) {
  Document doc;
  doc.blocks = {TocBlock{"Inhalt"}, Heading{1, "Erstes"}, Paragraph{"Text."},
                Heading{3, "Zu tief für das Inhaltsverzeichnis"}, Heading{1, "Zweites"}};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  ASSERT_EQ(tree.toc_links.size(), 2u);
  ASSERT_EQ(pages[0].links.size(), 2u);
  const LinkArea& second = pages[0].links[1];
  EXPECT_EQ(second.text, "Zweites");
  EXPECT_EQ(second.tag, tree.toc_links[1]);
  EXPECT_EQ(tree.nodes[second.tag].role, "Link");
  EXPECT_EQ(tree.nodes[tree.nodes[second.tag].parent].role, "Reference");
  EXPECT_LT(second.y1, pages[0].links[0].y0);  // below the first entry
  EXPECT_GT(second.x1, second.x0);
}

TEST(StructTreeTest, SlideHasHeadingFigureAndListPerSlide) {
  Document doc;
  doc.info.format = PageFormat::kSlides;
  Slide slide;
  slide.title = "Mehr Besuche als je zuvor";
  slide.figure = "11.011";
  slide.figure_label = "Besuche";
  slide.bullets = {"Erstens", "Zweitens"};
  BarChart chart;
  chart.categories = {"Jan"};
  chart.series = {ChartSeries{"2026", {5}}};
  slide.chart = chart;
  slide.source = "Quelle: Zählanlage";
  doc.blocks = {slide};
  StructTree tree;
  std::vector<PageLayout> pages = Layout(doc, &tree);
  std::vector<std::string> roles;
  const StructNode& sect = tree.nodes[tree.nodes[0].kids.at(0)];
  for (int k : sect.kids) roles.push_back(tree.nodes[k].role);
  EXPECT_EQ(roles, (std::vector<std::string>{"H1", "P", "L", "Figure", "P"}));
  for (const StructNode& n : tree.nodes) {
    if (n.role == "Figure") {
      EXPECT_NE(n.alt.find("Mehr Besuche als je zuvor"), std::string::npos) << n.alt;
    }
  }
  // No local slide tag is left over.
  for (const DrawOp& op : pages[0].ops) EXPECT_LT(TagOf(op), static_cast<int>(tree.nodes.size()));
}

// A paragraph or list in another language carries /Lang on its element; a
// quote only on its text, not on the source line in the report's language.
TEST(StructTreeTest, TextsInAnotherLanguageCarryTheirLanguage) {
  Paragraph english{"We will open on Saturdays."};
  english.lang = "en";
  BulletList list{{"More courses"}};
  list.lang = "en";
  Quote quote{"Great course.", "Teilnehmerin"};
  quote.lang = "en";
  Document doc;
  doc.blocks = {Heading{1, "Ausblick"}, Paragraph{"Wir öffnen samstags."}, english, list, quote};
  StructTree tree;
  Layout(doc, &tree);
  std::vector<std::string> marked;
  for (const StructNode& n : tree.nodes) {
    if (!n.lang.empty()) marked.push_back(n.role + "[" + n.lang + "]");
  }
  EXPECT_EQ(marked, (std::vector<std::string>{"P[en]", "L[en]", "P[en]"}));
  for (const StructNode& n : tree.nodes) {
    if (n.role == "BlockQuote") {
      EXPECT_EQ(n.lang, "");
      ASSERT_EQ(n.kids.size(), 2u);
      EXPECT_EQ(tree.nodes[n.kids[1]].lang, "");  // the source line
    }
  }
}

}  // namespace
}  // namespace ankerbericht
