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
                                  "1. Januar – 30. Juni 2026",
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
            "1. Januar – 30. Juni 2026\n"
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

TEST(TextDumpTest, NewBlocksOneLineEach) {
  Document doc;
  doc.blocks.push_back(TocBlock{"Inhalt", 2});
  doc.blocks.push_back(
      KpiTiles{{{"12.345", "Besuche", "+12,3 % ggü. 2. Halbjahr 2025", Trend::kUp,
                 TargetStatus::kMet, "Ziel erreicht"},
                {"87,5 %", "Rücklauf", "", Trend::kNone, TargetStatus::kNone, ""},
                {"4", "Abgesagt", "−2", Trend::kDown, TargetStatus::kMissed, ""}}});
  doc.blocks.push_back(DivergingChart{"Zustimmung",
                                      {"nein", "eher nein", "teils", "eher ja", "ja"},
                                      2,
                                      {"Gut organisiert", "Ausgeblendet"},
                                      {{1, 2, 3, 4, 5}, {std::nullopt, std::nullopt}},
                                      "Keine Rückmeldungen"});
  doc.blocks.push_back(LineChart{"Besuche je Monat",
                                 "Besuche",
                                 {"Jan", "Feb"},
                                 {{"2026", {1500, std::nullopt}}, {"2025", {1200, 1300}}},
                                 ""});
  doc.blocks.push_back(HeatmapChart{"Wochentag × Stunde",
                                    "Ø Besuche",
                                    {"Mo", "Di"},
                                    {"8", "9"},
                                    {{1, 2.5}, {std::nullopt}},
                                    "Keine Zählerdaten",
                                    ""});
  doc.blocks.push_back(RadarChart{"Zielprofil",
                                  {"Teilhabe", "Kompetenzen", "Vernetzung"},
                                  {{"2026", {5, 4.5, std::nullopt}}},
                                  1,
                                  7,
                                  "Keine Einschätzung"});
  doc.blocks.push_back(Quote{"Ein zweites Wohnzimmer.", "Teilnehmerin, März 2026"});
  doc.blocks.push_back(Quote{"Ohne Quelle\nzweizeilig", ""});
  doc.blocks.push_back(BarChart{"Formate", "Anzahl", {"A"}, {{"x", {3}}}, "", true, true});
  EXPECT_EQ(
      DumpDocument(doc),
      "TOC Inhalt levels<=2\n"
      "KPI 12.345 | Besuche | \u25B2 +12,3 % ggü. 2. Halbjahr 2025 | status=met Ziel erreicht\n"
      "KPI 87,5 % | Rücklauf |  | status=none\n"
      "KPI 4 | Abgesagt | \u25BC −2 | status=missed\n"
      "DIVERGING Zustimmung answers=nein,eher nein,teils,eher ja,ja neutral=2 "
      "empty=Keine Rückmeldungen\n"
      "ITEM Gut organisiert: 1,2,3,4,5\n"
      "ITEM Ausgeblendet: -,-\n"
      "LINE Besuche je Monat [Besuche] categories=Jan,Feb series=2026:1500,-;2025:1200,1300\n"
      "HEATMAP Wochentag × Stunde [Ø Besuche] columns=8,9 empty=Keine Zählerdaten\n"
      "HROW Mo: 1,2.5\n"
      "HROW Di: -\n"
      "RADAR Zielprofil scale=1..7 axes=Teilhabe,Kompetenzen,Vernetzung "
      "series=2026:5,4.5,- empty=Keine Einschätzung\n"
      "QUOTE Ein zweites Wohnzimmer. \u2014 Teilnehmerin, März 2026\n"
      "QUOTE Ohne Quelle\\nzweizeilig\n"
      "CHART Formate [Anzahl] categories=A series=x:3 horizontal stacked\n");
}

}  // namespace
}  // namespace ankerbericht
