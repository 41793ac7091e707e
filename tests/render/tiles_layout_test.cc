// KPI tiles, quotes, the table of contents and the PDF features around them:
// bookmarks, logo, configurable fonts and primary colour.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "render/chart.h"
#include "render/pdf_layout.h"
#include "render/pdf_renderer.h"
#include "render_test_util.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using render_test::ExpectNoTextOverlap;
using render_test::FakeMeasure;
using render_test::OpsOf;
using render_test::TextsOf;
using testing::HaveTool;
using testing::RunCommand;
using testing::ScopedTempDir;

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

KpiTiles FourTiles() {
  return KpiTiles{{{"12.345", "Besuche im Halbjahr", "+12,3 % ggü. 2. Halbjahr 2025", Trend::kUp,
                    TargetStatus::kMet, "Ziel erreicht"},
                   {"87,5 %", "Rücklaufquote", "−4,1 Prozentpunkte ggü. 2. Halbjahr 2025",
                    Trend::kDown, TargetStatus::kNear, ""},
                   {"42", "Digitalisierungsberatungsangebotsentwicklungsprogramme", "±0",
                    Trend::kFlat, TargetStatus::kMissed, ""},
                   {"1.234.567.890,5", "Teilnehmende", "", Trend::kNone, TargetStatus::kNone, ""}}};
}

// The tiles' backgrounds: the wide rectangles of a page.
std::vector<RectOp> TileBoxes(const PageLayout& page) {
  std::vector<RectOp> out;
  for (const RectOp& r : OpsOf<RectOp>(page.ops)) {
    if (r.w > 40) out.push_back(r);
  }
  return out;
}

TEST(PdfTilesTest, LongCompoundsWrapInsideTheirTile) {
  Document doc = InfoOnly();
  doc.blocks.push_back(FourTiles());
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  ASSERT_EQ(pages.size(), 1u);
  std::vector<RectOp> boxes = TileBoxes(pages[0]);
  ASSERT_EQ(boxes.size(), 4u);
  for (size_t i = 1; i < boxes.size(); ++i) EXPECT_GE(boxes[i].x, boxes[i - 1].x + boxes[i - 1].w);
  // Every text of the tiles lies inside exactly one tile, inside its padding.
  for (const TextOp& t : OpsOf<TextOp>(pages[0].ops)) {
    if (t.y > kContentTop || t.y < kContentBottom) continue;  // header and footer
    Box b = TextBounds(t);
    int inside = 0;
    for (const RectOp& box : boxes) {
      inside +=
          b.x0 >= box.x && b.x1 <= box.x + box.w - 4 && b.y0 >= box.y && b.y1 <= box.y + box.h;
    }
    EXPECT_EQ(inside, 1) << t.text;
  }
  ExpectNoTextOverlap(pages[0].ops, "tiles");
  std::vector<std::string> texts = TextsOf(pages[0].ops);
  // The compound is broken, not lost; the absurd value shrinks or is cut.
  std::string joined;
  for (const std::string& t : texts) {
    if (t.find("Digitalisierung") == 0 || (!joined.empty() && joined.size() < 52)) joined += t;
  }
  EXPECT_EQ(joined.rfind("Digitalisierungsberatungsangebotsentwicklungsprogramme", 0), 0u);
  // Three arrows (▲ ▼ ►) as filled triangles, one per tile with a trend.
  EXPECT_EQ(OpsOf<PathOp>(pages[0].ops).size(), 3u);
}

TEST(PdfTilesTest, StatusColoursAndMoreThanFourTilesWrap) {
  KpiTiles tiles = FourTiles();
  tiles.tiles.push_back(tiles.tiles[0]);
  Document doc = InfoOnly();
  doc.blocks.push_back(tiles);
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  std::vector<RectOp> stripes;
  for (const RectOp& r : OpsOf<RectOp>(pages[0].ops)) {
    if (r.w < 5 && r.fill) stripes.push_back(r);
  }
  ASSERT_EQ(stripes.size(), 5u);
  EXPECT_NEAR(stripes[0].fill->g, 0x9E / 255.0, 1e-9);   // met: bluish green
  EXPECT_NEAR(stripes[2].fill->r, 0xD5 / 255.0, 1e-9);   // missed: vermillion
  EXPECT_LT(stripes[4].y + stripes[4].h, stripes[0].y);  // the fifth tile in a new line
}

TEST(PdfTilesTest, QuoteHasBarOnEveryLineAndSource) {
  Document doc = InfoOnly();
  doc.info.primary_color = "#7A2E8E";
  doc.blocks.push_back(Quote{std::string(600, 'q') + " Ende", "Teilnehmerin, März 2026"});
  std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
  std::vector<std::string> texts = TextsOf(pages[0].ops);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "\u2014 Teilnehmerin, März 2026"), texts.end());
  int bars = 0;
  for (const RectOp& r : OpsOf<RectOp>(pages[0].ops)) {
    bars += r.fill && std::abs(r.fill->r - 0x7A / 255.0) < 1e-9 && r.x == kContentLeft;
  }
  EXPECT_GE(bars, 4);  // several quote lines and the source
}

// A document with a TOC and headings spread over several pages.
Document LongDocument() {
  Document doc = InfoOnly();
  doc.blocks.push_back(TitleBlock{"Halbjahresbericht", "Stadtlabor", "Musterstadt", "2026", {}});
  doc.blocks.push_back(TocBlock{"Inhalt", 2});
  for (int c = 1; c <= 6; ++c) {
    doc.blocks.push_back(Heading{1, "Kapitel " + std::to_string(c)});
    for (int s = 1; s <= 3; ++s) {
      doc.blocks.push_back(Heading{2, "Abschnitt " + std::to_string(c) + "." + std::to_string(s)});
      for (int p = 0; p < 3 + c; ++p) doc.blocks.push_back(Paragraph{std::string(400, 'x')});
      if (s == 2) doc.blocks.push_back(Heading{3, "Unterpunkt " + std::to_string(c)});
    }
  }
  return doc;
}

TEST(PdfTocTest, PageNumbersMatchWhereHeadingsLand) {
  std::vector<PageLayout> pages = LayoutDocument(LongDocument(), FakeMeasure);
  ASSERT_GE(pages.size(), 8u);
  std::map<std::string, int> landed;
  size_t bookmarks = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const Bookmark& b : pages[p].bookmarks) {
      landed[b.text] = static_cast<int>(p + 1);
      ++bookmarks;
      // The heading's text really is on that page, at the bookmark.
      bool found = false;
      for (const TextOp& t : OpsOf<TextOp>(pages[p].ops)) {
        found |= t.text == b.text && t.y < b.y && t.y > b.y - 30;
      }
      EXPECT_TRUE(found) << b.text;
    }
  }
  EXPECT_EQ(bookmarks, 6u + 18u + 6u);  // every heading, level 3 included
  // TOC entries: text and page number on the same baseline of pages 2 (and 3).
  int entries = 0;
  for (size_t p = 1; p < 3; ++p) {
    std::vector<TextOp> texts = OpsOf<TextOp>(pages[p].ops);
    for (const TextOp& t : texts) {
      if (!landed.count(t.text) || t.size > 12) continue;  // not an entry, or a real heading
      for (const TextOp& n : texts) {
        if (&n == &t || std::abs(n.y - t.y) > 0.01 || n.x < kContentRight - 30) continue;
        EXPECT_EQ(std::atoi(n.text.c_str()), landed[t.text]) << t.text;
        ++entries;
      }
    }
  }
  EXPECT_EQ(entries, 6 + 18);  // levels 1 and 2 only
  // Dotted leaders: dashed lines.
  int leaders = 0;
  for (const LineOp& l : OpsOf<LineOp>(pages[1].ops)) leaders += l.dash > 0;
  EXPECT_GE(leaders, 20);
}

TEST(PdfLayoutTest, HeadingBeforeBigChartMovesWithIt) {
  for (int filler = 20; filler < 50; ++filler) {
    Document doc = InfoOnly();
    for (int i = 0; i < filler; ++i) doc.blocks.push_back(Paragraph{"Zeile"});
    doc.blocks.push_back(Heading{1, "Zielprofil"});
    doc.blocks.push_back(RadarChart{
        "Profil", {"a", "b", "c", "d", "e", "f", "g"}, {{"x", {1, 2, 3, 4, 5, 6, 7}}}, 1, 7, ""});
    doc.blocks.push_back(Heading{1, "Besuche"});
    doc.blocks.push_back(Heading{2, "Je Monat"});
    doc.blocks.push_back(Paragraph{"Text"});
    std::vector<PageLayout> pages = LayoutDocument(doc, FakeMeasure);
    for (const PageLayout& page : pages) {
      std::vector<std::string> texts = TextsOf(page.ops);
      bool heading = std::count(texts.begin(), texts.end(), "Zielprofil") > 0;
      bool chart = std::count(texts.begin(), texts.end(), "Profil") > 0;
      EXPECT_EQ(heading, chart) << "filler " << filler;
    }
  }
}

// ---------------------------------------------------------------- real PDFs

PdfOptions Options() {
  PdfOptions options;
  options.creation_date = Date(2026, 11, 21);
  return options;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
    ++n;
  return n;
}

TEST(PdfOutlineTest, EveryHeadingIsABookmarkOnItsPage) {
  if (!HaveTool("qpdf") || !HaveTool("pdftotext")) GTEST_SKIP() << "needs qpdf and pdftotext";
  ScopedTempDir dir;
  Document doc = LongDocument();
  doc.blocks.push_back(Heading{1, "Rückmeldungen „Größe“"});
  std::string pdf = (dir.path() / "toc.pdf").string();
  ASSERT_OK(RenderPdf(doc, Options(), pdf));
  EXPECT_EQ(RunCommand("qpdf --check '" + pdf + "'").exit_code, 0);
  std::string json = RunCommand("qpdf --json --json-key=outlines '" + pdf + "'").out;
  size_t headings = 0;
  for (const Block& b : doc.blocks) headings += std::holds_alternative<Heading>(b);
  EXPECT_EQ(Count(json, "\"title\":"), headings) << json.substr(0, 2000);
  EXPECT_NE(json.find("\"title\": \"Rückmeldungen „Größe“\""), std::string::npos);
  // Each outline points at the page whose text contains the heading. In
  // qpdf's indented JSON an outline's page and title share the indentation.
  std::map<size_t, std::string> page_at_indent;
  std::istringstream lines(json);
  std::regex page_re("^( *)\"destpageposfrom1\": (\\d+),?$");
  std::regex title_re("^( *)\"title\": \"((Kapitel|Abschnitt|Unterpunkt) [\\d.]+)\",?$");
  int checked = 0;
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, page_re)) page_at_indent[m[1].length()] = m[2];
    if (!std::regex_match(line, m, title_re)) continue;
    std::string page = page_at_indent[m[1].length()];
    std::string text =
        RunCommand("pdftotext -f " + page + " -l " + page + " '" + pdf + "' - 2>/dev/null").out;
    EXPECT_NE(text.find(m[2].str()), std::string::npos) << m[2] << " on page " << page;
    ++checked;
  }
  EXPECT_EQ(checked, 6 + 18 + 6);
  // Level 2 headings are nested: the top level holds the chapters only.
  EXPECT_NE(json.find("\"kids\": [\n        {"), std::string::npos);
}

// Writes a 2x1 RGB PNG (an orange and a white pixel), made once with zlib:
// enough for libharu to load and scale.
std::string WritePng(const ScopedTempDir& dir) {
  static const unsigned char kPng[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x7B,
      0x40, 0xE8, 0xDD, 0x00, 0x00, 0x00, 0x0F, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0x78,
      0x36, 0x9F, 0xE1, 0xFF, 0xFF, 0xFF, 0x00, 0x0E, 0x80, 0x04, 0x83, 0x8C, 0xB7, 0xC7, 0x59,
      0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return dir.Write("logo.png", std::string(reinterpret_cast<const char*>(kPng), sizeof kPng));
}

TEST(PdfFontTest, CorporateFontFallsBackToDejaVuWithAWarning) {
  if (!HaveTool("pdffonts")) GTEST_SKIP() << "needs pdffonts";
  ScopedTempDir dir;
  Document doc = LongDocument();
  doc.info.font_regular = "/nonexistent/CityFont-Regular.ttf";
  doc.info.font_bold = dir.Write("CityFont-Bold.otf", "OTTO not really a font");
  std::string pdf = (dir.path() / "fonts.pdf").string();
  std::vector<Status> warnings;
  ASSERT_OK(RenderPdf(doc, Options(), pdf, &warnings));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].code(), Status::Code::kRender);
  EXPECT_NE(warnings[0].message().find("CityFont-Regular.ttf"), std::string::npos);
  EXPECT_NE(warnings[0].message().find("DejaVuSans.ttf"), std::string::npos);
  std::string fonts = RunCommand("pdffonts '" + pdf + "'").out;
  EXPECT_NE(fonts.find("DejaVuSans"), std::string::npos);
  // An existing TrueType pair is used (and embedded).
  doc.info.font_regular = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
  doc.info.font_bold = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf";
  warnings.clear();
  ASSERT_OK(RenderPdf(doc, Options(), pdf, &warnings));
  EXPECT_TRUE(warnings.empty());
  fonts = RunCommand("pdffonts '" + pdf + "'").out;
  EXPECT_NE(fonts.find("DejaVuSerif"), std::string::npos) << fonts;
  EXPECT_EQ(fonts.find("DejaVuSans"), std::string::npos) << fonts;
  EXPECT_EQ(Count(fonts, " yes yes yes "), 2u) << fonts;  // emb, sub, uni
}

TEST(PdfRendererTest, LogoAndPrimaryColourOnTheCover) {
  if (!HaveTool("qpdf")) GTEST_SKIP() << "needs qpdf";
  ScopedTempDir dir;
  Document doc = LongDocument();
  doc.info.primary_color = "#7A2E8E";
  doc.info.logo_path = WritePng(dir);
  std::string pdf = (dir.path() / "logo.pdf").string();
  std::vector<Status> warnings;
  ASSERT_OK(RenderPdf(doc, Options(), pdf, &warnings));
  EXPECT_TRUE(warnings.empty()) << warnings[0].ToString();
  EXPECT_EQ(RunCommand("qpdf --check '" + pdf + "'").exit_code, 0);
  std::string images = RunCommand("pdfimages -list '" + pdf + "' 2>/dev/null").out;
  if (HaveTool("pdfimages")) {
    EXPECT_NE(images.find("   1     0 image"), std::string::npos) << images;
  }
  // A missing or broken logo is left out with a warning.
  doc.info.logo_path = dir.Write("broken.png", "not a png");
  warnings.clear();
  ASSERT_OK(RenderPdf(doc, Options(), pdf, &warnings));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message().find("broken.png"), std::string::npos);
}

// One of every new block, with realistic German texts.
Document AllBlocksDocument() {
  Document doc = InfoOnly();
  doc.blocks.push_back(TitleBlock{"Halbjahresbericht",
                                  "Stadtlabor Musterstadt",
                                  "Musterstadt",
                                  "1. Januar – 30. Juni 2026",
                                  {"Stand: 21. November 2026"}});
  doc.blocks.push_back(TocBlock{"Inhalt"});
  doc.blocks.push_back(Heading{1, "Das Halbjahr in Zahlen"});
  doc.blocks.push_back(FourTiles());
  doc.blocks.push_back(Heading{1, "Zielprofil"});
  RadarChart radar{
      "Zielprofil",
      {"Teilhabe und Zugang für alle Bevölkerungsgruppen", "Kompetenzen", "Vernetzung im Quartier",
       "Innovation", "Nachhaltigkeit und Klimaschutz", "Sichtbarkeit", "Ehrenamtliches Engagement"},
      {{"2026", {5.5, 4.2, 6.1, 3, 4.8, 5, 2.5}}, {"2025", {5, 4, std::nullopt, 3.5, 4, 4.4, 3.1}}},
      1,
      7,
      "Keine Daten"};
  doc.blocks.push_back(radar);
  doc.blocks.push_back(Heading{1, "Besuche"});
  doc.blocks.push_back(LineChart{"Besuche je Monat",
                                 "Besuche",
                                 {"Januar", "Februar", "März", "April", "Mai", "Juni"},
                                 {{"2026", {1200, 1350, 1500, std::nullopt, 1800, 1650}},
                                  {"2025", {1000, 1100, 1300, 1250, 1400, 1500}}},
                                 "Keine Daten"});
  HeatmapChart heatmap{"Wochentag und Stunde",
                       "Ø Besuche je Stunde",
                       {"Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"},
                       {},
                       {},
                       "Keine Daten",
                       ""};
  for (int h = 8; h <= 20; ++h) heatmap.column_labels.push_back(std::to_string(h) + " Uhr");
  for (int r = 0; r < 7; ++r) {
    heatmap.values.emplace_back();
    for (int h = 8; h <= 20; ++h) {
      heatmap.values.back().push_back(r == 6 && h < 12 ? std::nullopt
                                                       : std::optional<double>(r * 13 + h * 7));
    }
  }
  doc.blocks.push_back(heatmap);
  doc.blocks.push_back(BarChart{"Altersgruppen",
                                "Personen",
                                {"unter 18 Jahre", "18 bis 29 Jahre",
                                 "65 Jahre und älter (Seniorinnen und Senioren aus dem Quartier "
                                 "und den umliegenden Stadtteilen)"},
                                {{"Zielgruppe", {120, 340, 230}}, {"Andere", {30, 90, 60}}},
                                "Keine Daten",
                                true,
                                true});
  doc.blocks.push_back(Heading{1, "Rückmeldungen"});
  doc.blocks.push_back(
      DivergingChart{"Zustimmung",
                     {"stimme nicht zu", "eher nicht", "teils/teils", "eher", "stimme zu"},
                     2,
                     {"Gut organisiert", "Etwas gelernt", "Ausgeblendet"},
                     {{2, 3, 10, 30, 55}, {5, 10, 20, 35, 30}, {}},
                     "Keine Rückmeldungen"});
  doc.blocks.push_back(Quote{"„Ein zweites Wohnzimmer.“", "Teilnehmerin, März 2026"});
  doc.blocks.push_back(Remark{"Werte unter 5 Antworten sind ausgeblendet."});
  return doc;
}

TEST(PdfLayoutTest, RealFontChartsAndTilesStayInsideWithoutOverlaps) {
  Result<MeasureFn> measure = FontMeasure(Options());
  ASSERT_TRUE(measure.ok()) << measure.status().ToString();
  Document doc = AllBlocksDocument();
  Theme theme = ThemeFor(doc.info);
  for (const Block& block : doc.blocks) {
    std::optional<Row> row;
    if (auto* c = std::get_if<BarChart>(&block)) row = LayoutBarChart(*c, *measure, theme);
    if (auto* c = std::get_if<LineChart>(&block)) row = LayoutLineChart(*c, *measure, theme);
    if (auto* c = std::get_if<HeatmapChart>(&block)) row = LayoutHeatmap(*c, *measure, theme);
    if (auto* c = std::get_if<RadarChart>(&block)) row = LayoutRadarChart(*c, *measure, theme);
    if (auto* c = std::get_if<DivergingChart>(&block)) {
      row = LayoutDivergingChart(*c, *measure, theme);
    }
    if (!row) continue;
    render_test::ExpectInsideRow(*row, "block " + std::to_string(block.index()));
    ExpectNoTextOverlap(row->ops, "block " + std::to_string(block.index()));
  }
  for (const PageLayout& page : LayoutDocument(doc, *measure)) {
    ExpectNoTextOverlap(page.ops, "page");
  }
}

TEST(PdfRendererTest, AllNewBlocksGiveAValidPdfWithEmbeddedFonts) {
  if (!HaveTool("qpdf") || !HaveTool("pdffonts") || !HaveTool("pdftotext")) {
    GTEST_SKIP() << "needs qpdf and poppler-utils";
  }
  ScopedTempDir dir;
  std::string pdf = (dir.path() / "alles.pdf").string();
  ASSERT_OK(RenderPdf(AllBlocksDocument(), Options(), pdf));
  testing::CommandResult check = RunCommand("qpdf --check '" + pdf + "'");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  std::string fonts = RunCommand("pdffonts '" + pdf + "'").out;
  EXPECT_EQ(Count(fonts, "\n"), 4u) << fonts;             // two header lines, two fonts
  EXPECT_EQ(Count(fonts, " yes yes yes "), 2u) << fonts;  // both embedded
  std::string text = RunCommand("pdftotext '" + pdf + "' - 2>/dev/null").out;
  for (const char* s : {"Inhalt", "12.345", "+12,3 %", "Kompetenzen", "Ø Besuche je Stunde",
                        "stimme nicht zu", "Ein zweites Wohnzimmer", "keine Daten", "Gekürzt:"}) {
    EXPECT_NE(text.find(s), std::string::npos) << s;
  }
}

}  // namespace
}  // namespace ankerbericht
