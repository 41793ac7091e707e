// Tests for the PDF renderer: the page layout engine with a fake font (no
// libharu), then real PDFs checked with qpdf and poppler-utils.
#include "render/pdf_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render/pdf_layout.h"
#include "render/table_layout.h"
#include "render_test_util.h"
#include "test_util.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

using testing::HaveTool;
using testing::RunCommand;
using testing::ScopedTempDir;

using render_test::FakeMeasure;
using render_test::MonthChart;

// ---------------------------------------------------------------- tables

TEST(PdfTableTest, ColumnWidthsFollowContentAndFillTheLine) {
  Table t{{{"Datum", false}, {"Veranstaltung", false}, {"Anzahl", true}}, {}, ""};
  t.rows.push_back({"01.03.2026", "Repair-Café", "12"});
  std::vector<double> w = TableColumnWidths(t, 400, FakeMeasure);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NEAR(w[0] + w[1] + w[2], 400, 0.01);
  EXPECT_GT(w[1], w[0]);  // spare room goes to the text column
  EXPECT_NEAR(w[2], FakeMeasure("Anzahl", FontStyle::kBold, 8.5) + 8, 0.01);
}

TEST(PdfTableTest, NumbersDoNotWrapWhenTextIsLong) {
  Table t{{{"Text", false}, {"Anteil", true}}, {}, ""};
  t.rows.push_back({std::string(300, 'x') + " " + std::string(30, 'y'), "12,5 %"});
  std::vector<double> w = TableColumnWidths(t, kContentWidth, FakeMeasure);
  EXPECT_GE(w[1], FakeMeasure("12,5 %", FontStyle::kRegular, 8.5) + 8 - 0.01);
}

// ---------------------------------------------------------------- page layout

bool IsRunning(const TextOp& t) { return t.y > kContentTop || t.y < kContentBottom - 10; }

// Everything outside the cover lies inside the margins, except the running
// header and footer; no text runs past the right margin.
void ExpectInsideMargins(const std::vector<PageLayout>& pages) {
  for (size_t p = 0; p < pages.size(); ++p) {
    if (pages[p].cover) continue;
    for (const TextOp& t : render_test::OpsOf<TextOp>(pages[p].ops)) {
      EXPECT_GE(t.x, kContentLeft - 0.01) << "page " << p + 1 << ": " << t.text;
      if (t.angle_deg == 0) {
        EXPECT_LE(t.x + t.width, kContentRight + 0.01) << "page " << p + 1 << ": " << t.text;
      }
      if (!IsRunning(t)) {
        EXPECT_GE(t.y, kContentBottom) << "page " << p + 1 << ": " << t.text;
        EXPECT_LE(t.y, kContentTop) << "page " << p + 1 << ": " << t.text;
      }
    }
  }
}

std::vector<std::string> PageTexts(const PageLayout& page) {
  std::vector<std::string> out;
  for (const TextOp& t : render_test::OpsOf<TextOp>(page.ops)) out.push_back(t.text);
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Document InfoOnly() {
  Document doc;
  doc.info.header_text = "Stadtlabor Musterstadt · 2026-H1";
  doc.info.footer_text = "Halbjahresbericht";
  doc.info.page_label = "Seite";
  doc.info.page_of = "von";
  doc.info.slide_label = "Folie";
  doc.info.shortened_note = "Gekürzt:";
  doc.info.no_data = "keine Daten";
  doc.info.closed = "geschlossen";
  return doc;
}

TEST(PdfLayoutTest, CoverHasNoFooterAndOthersCountPages) {
  Document doc = InfoOnly();
  doc.blocks.push_back(TitleBlock{"Bericht", "Stadtlabor", "Musterstadt", "2026", {"Stand"}});
  doc.blocks.push_back(Paragraph{"Text"});
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_EQ(pages.size(), 2u);  // content starts on a new page
  EXPECT_TRUE(pages[0].cover);
  EXPECT_FALSE(Contains(PageTexts(pages[0]), "Seite 1 von 2"));
  EXPECT_FALSE(Contains(PageTexts(pages[0]), "Text"));
  EXPECT_TRUE(Contains(PageTexts(pages[1]), "Seite 2 von 2"));
  EXPECT_TRUE(Contains(PageTexts(pages[1]), "Stadtlabor Musterstadt · 2026-H1"));
  EXPECT_TRUE(Contains(PageTexts(pages[1]), "Halbjahresbericht"));
}

TEST(PdfLayoutTest, EmptyDocumentHasOnePage) {
  EXPECT_EQ(LayoutDocument(Document{}, FakeMeasure).size(), 1u);
}

TEST(PdfLayoutTest, HeadingIsNeverLastOnAPage) {
  // Shift the heading through every position near the page bottom.
  for (int filler = 30; filler < 60; ++filler) {
    Document doc = InfoOnly();
    for (int i = 0; i < filler; ++i) doc.blocks.push_back(Paragraph{"Zeile"});
    doc.blocks.push_back(Heading{1, "Kapitel"});
    doc.blocks.push_back(Heading{2, "Abschnitt"});
    doc.blocks.push_back(Paragraph{std::string(600, 'x')});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    for (const PageLayout& page : pages) {
      const TextOp* lowest = nullptr;
      for (const DrawOp& op : page.ops) {
        auto* t = std::get_if<TextOp>(&op);
        if (t && !IsRunning(*t) && (!lowest || t->y < lowest->y)) lowest = t;
      }
      ASSERT_NE(lowest, nullptr);
      EXPECT_NE(lowest->text, "Kapitel") << "filler " << filler;
      EXPECT_NE(lowest->text, "Abschnitt") << "filler " << filler;
    }
  }
}

TEST(PdfLayoutTest, LongTableBreaksWithRepeatedHeaderAndWholeRows) {
  Document doc = InfoOnly();
  Table t{{{"Spalte A", false}, {"Zahl", true}}, {}, "Tabelle"};
  for (int i = 0; i < 120; ++i) {
    t.rows.push_back({i % 9 == 0 ? "Digitalisierungsberatungsangebote " + std::string(150, 'z')
                                 : "Zeile " + std::to_string(i),
                      std::to_string(i)});
  }
  doc.blocks.push_back(t);
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_GE(pages.size(), 3u);
  for (const PageLayout& page : pages) {
    EXPECT_TRUE(Contains(PageTexts(page), "Spalte A"));
    EXPECT_TRUE(Contains(PageTexts(page), "Zahl"));
  }
  // Every row number appears exactly once: no row lost or split.
  std::vector<int> seen(120, 0);
  for (const PageLayout& page : pages) {
    for (const TextOp& t : render_test::OpsOf<TextOp>(page.ops)) {
      if (t.angle_deg == 0 && t.x > kContentRight - 40 && !IsRunning(t)) {
        int n = std::atoi(t.text.c_str());
        if (t.text != "Zahl" && n >= 0 && n < 120) ++seen[n];
      }
    }
  }
  for (int i = 0; i < 120; ++i) EXPECT_EQ(seen[i], 1) << "row " << i;
  ExpectInsideMargins(pages);
}

TEST(PdfLayoutTest, NothingLeavesTheMargins) {
  Document doc = InfoOnly();
  doc.info.header_text = std::string(500, 'h');
  doc.info.footer_text = std::string(500, 'f');
  doc.blocks.push_back(Heading{1, "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen"});
  doc.blocks.push_back(Paragraph{std::string(1000, 'w') + " Größe Übersicht Straße"});
  doc.blocks.push_back(BulletList{{"Digitalisierungsberatungsangebote" + std::string(200, 'q')}});
  Table narrow;
  for (int c = 0; c < 9; ++c) narrow.columns.push_back({"Digitalisierungsberatung", c % 2 == 1});
  narrow.rows.push_back(std::vector<std::string>(9, "Digitalisierungsberatungsangebote"));
  doc.blocks.push_back(narrow);
  doc.blocks.push_back(MonthChart());
  doc.blocks.push_back(Remark{std::string(300, 'r')});
  ExpectInsideMargins(LayoutDocument(doc, FakeMeasure));
}

// ---------------------------------------------------------------- real PDFs

Document FullDocument() {
  Document doc = InfoOnly();
  doc.info.title = "Halbjahresbericht Stadtlabor Musterstadt";
  doc.info.author = "Stadt Musterstadt";
  doc.info.subject = "Auswertung 2026-H1";
  doc.info.keywords = "Stadtlabor, Besuche";
  doc.info.creator = "Stadtlabor Musterstadt";
  doc.blocks.push_back(TitleBlock{"Halbjahresbericht",
                                  "Stadtlabor Musterstadt",
                                  "Musterstadt",
                                  "1. Januar – 30. Juni 2026",
                                  {"Stand der Daten: 21. November 2026"}});
  doc.blocks.push_back(Heading{1, "Überblick"});
  doc.blocks.push_back(Paragraph{"Größe Übersicht Straße"});
  doc.blocks.push_back(BulletList{{"Offene Werkstatt", "Digitalisierungsberatungsangebote"}});
  doc.blocks.push_back(Heading{2, "Besuche"});
  doc.blocks.push_back(MonthChart());
  doc.blocks.push_back(BarChart{"Veranstaltungen", "Anzahl", {}, {}, "Keine Veranstaltungsdaten"});
  doc.blocks.push_back(Remark{"Werte unter 5 sind ausgeblendet."});
  Table t{{{"Datum", false}, {"Veranstaltungsname", false}, {"Teilnehmende", true}}, {}, ""};
  for (int i = 0; i < 120; ++i) {
    t.rows.push_back({std::to_string(i % 28 + 1) + ".03.2026", "Repair-Café", std::to_string(i)});
  }
  doc.blocks.push_back(t);
  return doc;
}

PdfOptions Options() {
  PdfOptions options;
  options.creation_date = Date(2026, 11, 21);
  return options;
}

bool HaveAllTools() {
  for (const char* tool : {"qpdf", "pdffonts", "pdftotext", "pdfinfo"}) {
    if (!HaveTool(tool)) return false;
  }
  return true;
}

int PageCount(const std::string& pdf) {
  std::istringstream info(RunCommand("pdfinfo '" + pdf + "'").out);
  for (std::string line; std::getline(info, line);) {
    if (line.rfind("Pages:", 0) == 0) return std::atoi(line.substr(6).c_str());
  }
  return 0;
}

// A full disk said "compression failed (libharu error 0x1066)" (issue 18.7).
// libharu now renders into memory and the file is written here, so the
// reason is known: /dev/full fails every write with ENOSPC.
TEST(PdfRendererTest, AFullDiskSaysDiskFull) {
  Status s = WritePdfBytes("/dev/full", std::string(100000, 'x'), "berichte/bericht.pdf");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_EQ(s.message(), "berichte/bericht.pdf lässt sich nicht schreiben: Datenträger voll");
  s = WritePdfBytes("/nonexistent-folder/x.pdf", "x", "x.pdf");
  EXPECT_EQ(s.message(), "x.pdf lässt sich nicht schreiben: No such file or directory");
}

TEST(PdfRendererTest, ASavedPdfIsWholeAndNoTemporaryFileStays) {
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "bericht.pdf").string();
  ASSERT_OK(RenderPdf(FullDocument(), Options(), pdf));
  std::string bytes = testing::ReadFileToString(pdf);
  EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
  EXPECT_NE(bytes.find("%%EOF", bytes.size() - 8), std::string::npos);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(PdfRendererTest, RendersAllBlockKindsIntoAValidPdf) {
  if (!HaveAllTools())
    GTEST_SKIP() << "needs qpdf and poppler-utils (pdffonts, pdftotext, pdfinfo)";
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "bericht.pdf").string();
  ASSERT_OK(RenderPdf(FullDocument(), Options(), pdf));

  testing::CommandResult check = RunCommand("qpdf --check '" + pdf + "'");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;

  // Every font embedded: the "emb" column is 5th from the end.
  std::istringstream fonts(RunCommand("pdffonts '" + pdf + "'").out);
  int font_lines = 0;
  bool past_ruler = false;
  for (std::string line; std::getline(fonts, line);) {
    if (line.rfind("----", 0) == 0) {
      past_ruler = true;
      continue;
    }
    if (!past_ruler || line.empty()) continue;
    std::istringstream cols(line);
    std::vector<std::string> tokens{std::istream_iterator<std::string>(cols), {}};
    ASSERT_GE(tokens.size(), 5u) << line;
    EXPECT_EQ(tokens[tokens.size() - 5], "yes") << line;
    ++font_lines;
  }
  EXPECT_EQ(font_lines, 2);

  std::string text = RunCommand("pdftotext '" + pdf + "' -").out;
  EXPECT_NE(text.find("Größe Übersicht Straße"), std::string::npos) << text;
  EXPECT_NE(text.find("Seite 2 von"), std::string::npos);
  EXPECT_NE(text.find("Keine Veranstaltungsdaten"), std::string::npos);
  EXPECT_NE(text.find("1.000"), std::string::npos);  // a German tick label

  int pages = PageCount(pdf);
  ASSERT_GE(pages, 4);
  int pages_with_header = 0;
  for (int p = 1; p <= pages; ++p) {
    std::string page = RunCommand("pdftotext -f " + std::to_string(p) + " -l " + std::to_string(p) +
                                  " '" + pdf + "' -")
                           .out;
    if (page.find("Veranstaltungsname") != std::string::npos) ++pages_with_header;
    if (p > 1) {
      std::string footer = "Seite " + std::to_string(p) + " von " + std::to_string(pages);
      EXPECT_NE(page.find(footer), std::string::npos) << "page " << p;
    } else {
      EXPECT_EQ(page.find("Seite 1 von"), std::string::npos) << "cover has no footer";
    }
  }
  EXPECT_GE(pages_with_header, 2);

  std::string info = RunCommand("pdfinfo -isodates '" + pdf + "'").out;
  EXPECT_NE(info.find("Title:           Halbjahresbericht Stadtlabor Musterstadt\n"),
            std::string::npos)
      << info;
  // The Creator is the document's, not the program's.
  EXPECT_NE(info.find("Creator:         Stadtlabor Musterstadt\n"), std::string::npos) << info;
  EXPECT_NE(info.find("CreationDate:    2026-11-21"), std::string::npos) << info;
}

// Occurrences of |what| in |text|.
size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(PdfRendererTest, FontAndColourAreSetOnlyWhenTheyChange) {
  if (!HaveTool("qpdf")) GTEST_SKIP() << "needs qpdf";
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "bericht.pdf").string();
  std::string plain = (dir.path() / "plain.pdf").string();
  ASSERT_OK(RenderPdf(FullDocument(), Options(), pdf));
  // The page content uncompressed, as text.
  testing::CommandResult qdf =
      RunCommand("qpdf --qdf --object-streams=disable '" + pdf + "' '" + plain + "'");
  ASSERT_EQ(qdf.exit_code, 0) << qdf.err;
  const std::string content = testing::ReadFileToString(plain);
  const size_t texts = Count(content, "> Tj\n");
  const size_t fonts = Count(content, " Tf\n");
  const size_t fills = Count(content, " rg\n");
  ASSERT_GT(texts, 100u);
  // A table's cells share font and colour: set once for a run of them, not
  // for every cell (but at least once on every page).
  EXPECT_GE(fonts, static_cast<size_t>(PageCount(pdf)));
  EXPECT_LT(fonts * 3, texts) << fonts << " Tf for " << texts << " texts";
  EXPECT_LT(fills * 2, texts) << fills << " rg for " << texts << " texts";
}

TEST(PdfRendererTest, OutputIsReproducibleAndReplacesOldFile) {
  ScopedTempDir dir;
  std::string a = dir.Write("a.pdf", "old content");
  std::string b = (dir.path() / "b.pdf").string();
  ASSERT_OK(RenderPdf(FullDocument(), Options(), a));
  ASSERT_OK(RenderPdf(FullDocument(), Options(), b));
  std::string bytes = testing::ReadFileToString(a);
  EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(bytes, testing::ReadFileToString(b));
}

TEST(PdfRendererTest, UmlautsInInfoSurvive) {
  if (!HaveTool("pdfinfo")) GTEST_SKIP() << "needs pdfinfo";
  ScopedTempDir dir;
  Document doc = FullDocument();
  doc.info.title = "Größe Übersicht Straße";
  std::string pdf = (dir.path() / "t.pdf").string();
  ASSERT_OK(RenderPdf(doc, Options(), pdf));
  EXPECT_NE(RunCommand("pdfinfo '" + pdf + "'").out.find("Größe Übersicht Straße"),
            std::string::npos);
}

TEST(PdfRendererTest, SurvivesHostileText) {
  ScopedTempDir dir;
  Document doc = InfoOnly();
  doc.info.title = std::string("bad \xFF\xFE utf8\x01", 13);  // with the final NUL
  doc.info.author = std::string(100000, 'a') + "ä";
  doc.blocks.push_back(Heading{7, std::string("Kopf\0zeile", 10)});
  doc.blocks.push_back(Paragraph{"\xC3\x28\xE2\x82 Emoji \xF0\x9F\x98\x80 und \t Tab\r\n"});
  doc.blocks.push_back(Table{{}, {{"ohne Spalten"}}, ""});
  doc.blocks.push_back(Table{{{"a", false}, {"b", true}}, {{"nur eine Zelle"}, {}}, ""});
  doc.blocks.push_back(BarChart{"", "", {"x"}, {{"s", {NAN, INFINITY}}}, ""});
  doc.blocks.push_back(BarChart{"neg", "", {"x", "y"}, {{"s", {-5, 3}}, {"t", {}}}, ""});
  doc.blocks.push_back(BulletList{});
  std::string pdf = (dir.path() / "x.pdf").string();
  ASSERT_OK(RenderPdf(doc, Options(), pdf));
  if (HaveTool("qpdf")) {
    EXPECT_EQ(RunCommand("qpdf --check '" + pdf + "'").exit_code, 0);
  }
}

TEST(PdfRendererTest, EmptyDocumentGivesOnePage) {
  if (!HaveTool("pdfinfo")) GTEST_SKIP() << "needs pdfinfo";
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "leer.pdf").string();
  ASSERT_OK(RenderPdf(Document{}, Options(), pdf));
  EXPECT_EQ(PageCount(pdf), 1);
}

// No file at all, and no temporary file left next to the target.
void ExpectNothingWritten(const ScopedTempDir& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ADD_FAILURE() << "left behind: " << entry.path();
  }
}

TEST(PdfRendererTest, MissingFolderIsAnIOError) {
  ScopedTempDir dir;
  Status s = RenderPdf(FullDocument(), Options(), (dir.path() / "nope" / "x.pdf").string());
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
  ExpectNothingWritten(dir);
}

TEST(PdfRendererTest, TargetThatIsAFolderIsAnIOError) {
  ScopedTempDir dir;
  std::filesystem::create_directory(dir.path() / "x.pdf");
  Status s = RenderPdf(FullDocument(), Options(), (dir.path() / "x.pdf").string());
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);  // only the folder itself, no temp file
}

TEST(PdfRendererTest, BadFontIsARenderErrorNamingTheFont) {
  ScopedTempDir dir;
  PdfOptions options = Options();
  options.bold_font = "/nonexistent/Bold.ttf";
  Status s = RenderPdf(FullDocument(), options, (dir.path() / "x.pdf").string());
  EXPECT_EQ(s.code(), Status::Code::kRender);
  EXPECT_NE(s.message().find("/nonexistent/Bold.ttf"), std::string::npos) << s.message();
  ExpectNothingWritten(dir);

  // A file that exists but is no font: recognised before libharu sees it.
  options.bold_font = dir.Write("fake.ttf", "this is not a font");
  s = RenderPdf(FullDocument(), options, (dir.path() / "y.pdf").string());
  EXPECT_EQ(s.code(), Status::Code::kRender);
  EXPECT_NE(s.message().find("keine TrueType-Schrift"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("fake.ttf"), std::string::npos) << s.message();
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "y.pdf"));
}

}  // namespace
}  // namespace ankerbericht
