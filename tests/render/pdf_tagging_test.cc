// Tagging survives the awkward documents too: every block kind with its edge
// cases (an empty chart, a table without columns, a table over several
// pages, an empty list, the internal marker) and a deck with every kind of
// slide pass the structural PDF/UA checks (tests/e2e/pdf_ua_check.h).
#include <gtest/gtest.h>

#include <string>

#include "e2e/pdf_ua_check.h"
#include "render/pdf_renderer.h"
#include "render/slide_fixtures.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::CheckPdfUa;
using testing::PdfUaReport;

Document AwkwardReport() {
  Document doc;
  doc.info.title = "Halbjahresbericht \u201EGröße\u201C & <Test>";
  doc.info.author = "Stadt Musterstadt";
  doc.info.header_text = "Kopfzeile";
  doc.info.footer_text = "Fußzeile";
  doc.info.page_label = "Seite";
  doc.info.page_of = "von";
  doc.info.marker = "Nur für den internen Gebrauch";
  doc.blocks.push_back(
      TitleBlock{"Halbjahresbericht",
                 "Stadtlabor",
                 "Stadt Musterstadt",
                 "1. Halbjahr 2026",
                 {"Stand der Daten: 21. November 2026", "Erstellt am 21. November 2026"}});
  doc.blocks.push_back(TocBlock{"Inhalt"});
  doc.blocks.push_back(Heading{1, "Zahlen"});
  doc.blocks.push_back(KpiTiles{
      {KpiTile{"1.234", "Besuche", "+12 %", Trend::kUp, TargetStatus::kMet, "Ziel erreicht"},
       KpiTile{"–", "Feedback", "", Trend::kNone, TargetStatus::kNone, ""}}});
  doc.blocks.push_back(Heading{2, "Besuche"});
  BarChart empty;
  empty.title = "Besuche je Monat";
  empty.empty_message = "Keine Daten.";
  doc.blocks.push_back(empty);
  doc.blocks.push_back(BulletList{});
  doc.blocks.push_back(BulletList{{"Ein Punkt",
                                   "Ein sehr langer Punkt, der über mehrere Zeilen läuft, weil er "
                                   "so viel zu sagen hat, dass eine Zeile nicht reicht."}});
  Table caption_only;
  caption_only.caption = "Eine Tabelle ohne Spalten";
  doc.blocks.push_back(caption_only);
  Table longer;
  longer.caption = "Alle Tage";
  longer.columns = {{"Tag", false}, {"Besuche", true}, {"Notiz", false}};
  for (int i = 0; i < 90; ++i)
    longer.rows.push_back(
        {"Tag " + std::to_string(i), std::to_string(i * 7), i % 3 ? "" : "Notiz"});
  doc.blocks.push_back(longer);
  doc.blocks.push_back(Heading{1, "Stimmen"});
  doc.blocks.push_back(Quote{"Ein schöner Ort.", "Teilnehmerin"});
  doc.blocks.push_back(Quote{"Ohne Quelle.", ""});
  doc.blocks.push_back(Remark{"Kleine Zahlen sind ausgeblendet."});
  doc.blocks.push_back(render_test::GoalProfile());
  return doc;
}

std::string Findings(const PdfUaReport& r) {
  std::string all;
  for (const std::string& f : r.findings) all += "\n  " + f;
  return all;
}

TEST(PdfTaggingTest, AwkwardReportPassesTheStructuralChecks) {
  if (!testing::HaveTool("qpdf")) GTEST_SKIP() << "needs qpdf";
  testing::ScopedTempDir dir;
  std::string pdf = (dir.path() / "bericht.pdf").string();
  ASSERT_TRUE(RenderPdf(AwkwardReport(), PdfOptions{}, pdf).ok());
  PdfUaReport report = CheckPdfUa(pdf);
  EXPECT_TRUE(report.findings.empty()) << Findings(report);
  EXPECT_GE(report.pages, 3);
  EXPECT_EQ(report.figures, 2);  // the empty chart and the radar
  EXPECT_EQ(report.tables, 1);   // the caption without columns is a paragraph
}

TEST(PdfTaggingTest, EveryKindOfSlidePassesTheStructuralChecks) {
  if (!testing::HaveTool("qpdf")) GTEST_SKIP() << "needs qpdf";
  testing::ScopedTempDir dir;
  std::string pdf = (dir.path() / "deck.pdf").string();
  Document deck = render_test::DemoDeck();
  deck.info.marker = "Nur für den internen Gebrauch";
  ASSERT_TRUE(RenderPdf(deck, PdfOptions{}, pdf).ok());
  PdfUaReport report = CheckPdfUa(pdf);
  EXPECT_TRUE(report.findings.empty()) << Findings(report);
  EXPECT_EQ(report.headings, report.pages);  // one H1 per slide
}

TEST(PdfTaggingTest, AnEmptyDocumentIsStillAValidTaggedFile) {
  if (!testing::HaveTool("qpdf")) GTEST_SKIP() << "needs qpdf";
  testing::ScopedTempDir dir;
  std::string pdf = (dir.path() / "leer.pdf").string();
  // The document stage always names an untitled document (render/ picks no word).
  Document empty;
  empty.info.untitled = "Ohne Titel";
  ASSERT_TRUE(RenderPdf(empty, PdfOptions{}, pdf).ok());
  PdfUaReport report = CheckPdfUa(pdf);
  EXPECT_TRUE(report.findings.empty()) << Findings(report);
}

}  // namespace
}  // namespace ankerbericht
