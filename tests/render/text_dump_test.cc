#include "render/text_dump.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Document SmallDocument() {
  Document doc;
  doc.info.title = "Bericht";
  doc.blocks.push_back(TitleBlock{"Halbjahresbericht",
                                  "Stadtlabor Musterstadt",
                                  "Musterstadt",
                                  "1. Januar 2026 – 30. Juni 2026",
                                  {"Stand der Daten: 21. November 2026"}});
  doc.blocks.push_back(Heading{1, "Überblick"});
  doc.blocks.push_back(Heading{2, "Besuche"});
  doc.blocks.push_back(Paragraph{"Größe Übersicht Straße"});
  doc.blocks.push_back(BulletList{{"eins", "zwei"}});
  doc.blocks.push_back(Table{{{"Monat", false}, {"Besuche", true}},
                             {{"Januar", "1.500"}, {"Februar", "20"}},
                             "Besuche nach Monat"});
  doc.blocks.push_back(BarChart{"Besuche pro Monat",
                                "Besuche",
                                {"Jan", "Feb", "Mär"},
                                {{"2026", {1500, 2.5, std::nullopt}}, {"2025", {1, 2, 3}}},
                                "Keine Daten"});
  doc.blocks.push_back(Remark{"Werte unter 5 sind ausgeblendet."});
  return doc;
}

TEST(TextDumpTest, OneLinePerElement) {
  EXPECT_EQ(DumpDocument(SmallDocument()),
            "TITLE Halbjahresbericht | Stadtlabor Musterstadt | Musterstadt | "
            "1. Januar 2026 – 30. Juni 2026\n"
            "FACT Stand der Daten: 21. November 2026\n"
            "H1 Überblick\n"
            "H2 Besuche\n"
            "P Größe Übersicht Straße\n"
            "- eins\n"
            "- zwei\n"
            "TABLE Monat | Besuche\n"
            "CAPTION Besuche nach Monat\n"
            "ROW Januar | 1.500\n"
            "ROW Februar | 20\n"
            "CHART Besuche pro Monat [Besuche] categories=Jan,Feb,Mär "
            "series=2026:1500,2.5,-;2025:1,2,3 empty=Keine Daten\n"
            "REMARK Werte unter 5 sind ausgeblendet.\n");
}

TEST(TextDumpTest, IsDeterministic) {
  EXPECT_EQ(DumpDocument(SmallDocument()), DumpDocument(SmallDocument()));
}

TEST(TextDumpTest, EmptyDocumentIsEmpty) { EXPECT_EQ(DumpDocument(Document{}), ""); }

TEST(TextDumpTest, LineBreaksInTextStayOnOneLine) {
  Document doc;
  doc.blocks.push_back(Paragraph{"erste Zeile\nzweite Zeile"});
  doc.blocks.push_back(BarChart{"Leer", "", {}, {}, ""});
  EXPECT_EQ(DumpDocument(doc), "P erste Zeile\\nzweite Zeile\nCHART Leer [] categories= series=\n");
}

}  // namespace
}  // namespace ankerbericht
