#include "document/markdown_text.h"

#include <gtest/gtest.h>

#include "render/text_dump.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

std::string Dump(const std::string& markdown, int top_level) {
  Document doc;
  doc.blocks = MarkdownToBlocks(markdown, top_level);
  return DumpDocument(doc);
}

TEST(MarkdownTextTest, ParagraphsJoinLinesAndSplitAtBlankLines) {
  EXPECT_EQ(Dump("Erste Zeile\nzweite Zeile.\n\nNeuer Absatz.\n", 1),
            "P Erste Zeile zweite Zeile.\nP Neuer Absatz.\n");
}

TEST(MarkdownTextTest, HeadingsAreShiftedBelowTheChapter) {
  // Inside a chapter, the team's "# Titel" becomes a section heading.
  EXPECT_EQ(Dump("# Rückblick\nText\n## Details\n", 2), "H2 Rückblick\nP Text\nH2 Details\n");
  EXPECT_EQ(Dump("# Rückblick\n## Details\n", 1), "H1 Rückblick\nH2 Details\n");
}

TEST(MarkdownTextTest, BulletsWithContinuationLines) {
  EXPECT_EQ(Dump("Wir planen:\n- erstens,\n  weiter erstens\n* zweitens\n", 1),
            "P Wir planen:\n- erstens, weiter erstens\n- zweitens\n");
}

TEST(MarkdownTextTest, NumberedItemsStayApartWithTheirNumbers) {
  // A Beschlussvorschlag: the council votes on numbered points.
  EXPECT_EQ(Dump("Der Rat beschließt:\n\n1. Der Ort wird\n   weitergeführt.\n2) Die Mittel werden "
                 "eingeplant.\n",
                 1),
            "P Der Rat beschließt:\nP 1. Der Ort wird weitergeführt.\nP 2. Die Mittel werden "
            "eingeplant.\n");
  // A year at the start of a sentence is no list item.
  EXPECT_EQ(Dump("2027 endet die Förderung.\n", 1), "P 2027 endet die Förderung.\n");
}

TEST(MarkdownTextTest, EmphasisMarkersAreRemoved) {
  EXPECT_EQ(Dump("Das **Team** des *Stadtlabors* und `code`\n", 1),
            "P Das Team des Stadtlabors und code\n");
  // A hashtag-like word is not a heading.
  EXPECT_EQ(Dump("#senioren kamen\n", 1), "P #senioren kamen\n");
}

}  // namespace
}  // namespace ankerbericht
