// The HTML edition: escaping of every user text, table and chart semantics,
// language, landmarks, the edition marker, and that nothing is loaded from
// elsewhere.
#include "render/html_renderer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::ScopedTempDir;

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// A text a participant or a team could type that would break the page if it
// were not escaped: markup, both quotes, an ampersand, a CSS string end, a
// control character and a byte that is not UTF-8.
std::string Hostile() {
  std::string s =
      "<script>alert(\"x\")</script> O'Brien & \"Söhne\" </style><img src=x onerror=alert(1)>";
  s += "\\\"; } body { display:none ";
  s += '\x07';
  s += static_cast<char>(0xDF);
  return s;
}

BarChart Visits() {
  BarChart c;
  c.title = "Besuche je Monat";
  c.unit = "Besuche";
  c.categories = {"Januar", "Februar"};
  c.series = {{"2026", {1712, 1650}}};
  return c;
}

// One block of every kind, with |text| in every text field.
Document EveryBlock(const std::string& text) {
  Document doc;
  doc.info.title = text;
  doc.info.header_text = text;
  doc.info.footer_text = text;
  doc.info.page_label = "Seite";
  doc.info.page_of = "von";
  doc.blocks.push_back(TitleBlock{text, text, text, text, {text}});
  doc.blocks.push_back(TocBlock{text, 2});
  doc.blocks.push_back(Heading{1, text});
  doc.blocks.push_back(Paragraph{text});
  doc.blocks.push_back(BulletList{{text}});
  doc.blocks.push_back(Table{{{text, false}, {"Anzahl", true}}, {{text, "3"}}, text});
  BarChart bar = Visits();
  bar.title = text;
  bar.categories[0] = text;
  bar.series[0].name = text;
  doc.blocks.push_back(bar);
  doc.blocks.push_back(Remark{text});
  doc.blocks.push_back(KpiTiles{{{text, text, text, Trend::kUp, TargetStatus::kMet, text}}});
  DivergingChart d;
  d.title = text;
  d.answers = {"nein", text};
  d.items = {text};
  d.values = {{2, 7}};
  doc.blocks.push_back(d);
  LineChart line;
  line.title = text;
  line.categories = {text};
  line.series = {{text, {1}}};
  doc.blocks.push_back(line);
  HeatmapChart heat;
  heat.title = text;
  heat.row_labels = {text};
  heat.column_labels = {"9"};
  heat.values = {{4.5}};
  doc.blocks.push_back(heat);
  RadarChart radar;
  radar.title = text;
  radar.axes = {text, "b", "c"};
  radar.series = {{text, {1, 2, 3}}};
  doc.blocks.push_back(radar);
  doc.blocks.push_back(Quote{text, text});
  TimelineChart timeline;
  timeline.title = text;
  timeline.span_days = 100;
  timeline.marks = {{10, "01.02.2027", text, TimelineMarkKind::kDeadline, false}};
  doc.blocks.push_back(timeline);
  return doc;
}

TEST(HtmlRenderer, EscapesHostileTextEverywhere) {
  std::string page = RenderHtml(EveryBlock(Hostile()), HtmlOptions{}, nullptr);
  // Nothing the user typed became markup: no script, no image, no early end of the style.
  EXPECT_EQ(Count(page, "<script"), 0u);
  EXPECT_EQ(Count(page, "<img"), 0u);
  EXPECT_EQ(Count(page, "</style>"), 1u);
  EXPECT_NE(
      page.find(
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Söhne&quot;"),
      std::string::npos);
  // The byte that is not UTF-8 is shown as U+FFFD, the bell as a space.
  EXPECT_EQ(page.find('\x07'), std::string::npos);
  EXPECT_NE(page.find("\uFFFD"), std::string::npos);
  // In the print stylesheet the running header is a CSS string it cannot leave.
  size_t style_end = page.find("</style>");
  std::string style = page.substr(0, style_end);
  EXPECT_EQ(style.find("alert(\"x\")"), std::string::npos);
  EXPECT_NE(style.find("alert(\\22 x\\22 )"), std::string::npos);
  EXPECT_NE(style.find("\\5C \\22 ; } body { display:none"), std::string::npos)
      << "the text ended the CSS string";
}

TEST(HtmlRenderer, LoadsNothingFromElsewhere) {
  std::string page = RenderHtml(EveryBlock("Besuche"), HtmlOptions{}, nullptr);
  EXPECT_EQ(Lower(page).find("http"), std::string::npos);
  EXPECT_EQ(page.find("src="), std::string::npos);
  EXPECT_EQ(page.find("url("), std::string::npos);
  EXPECT_EQ(page.find("@import"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
}

TEST(HtmlRenderer, LogoIsEmbeddedAsDataUrl) {
  ScopedTempDir dir;
  // The PNG signature and the start of an IHDR chunk are what ImageKind looks at.
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  Document doc = EveryBlock("Besuche");
  doc.info.logo_path = dir.Write("logo.png", png);
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_EQ(Count(page, "src="), 1u);
  EXPECT_EQ(Count(page, "src=\"data:image/png;base64,iVBORw0KGgo"), 1u);
  EXPECT_EQ(Lower(page).find("http"), std::string::npos);
}

TEST(HtmlRenderer, MissingLogoIsLeftOutWithAWarning) {
  Document doc = EveryBlock("Besuche");
  doc.info.logo_path = "/nonexistent/logo.png";
  std::vector<Status> warnings;
  std::string page = RenderHtml(doc, HtmlOptions{}, &warnings);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message().find("/nonexistent/logo.png"), std::string::npos);
}

TEST(HtmlRenderer, TablesHaveCaptionAndHeaderScopes) {
  Document doc;
  doc.blocks.push_back(
      Table{{{"Kennzahl", false}, {"1. Hj. 2026", true}}, {{"Besuche", "11.011"}}, "Kennzahlen"});
  doc.blocks.push_back(Table{{{"Jahr", true}, {"Besuche", true}}, {{"2025", "9"}}, ""});
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(page.find(">Kennzahlen</caption>"), std::string::npos);
  EXPECT_NE(
      page.find(
          "<th scope=\"col\">Kennzahl</th><th scope=\"col\" class=\"num\">1.\u00A0Hj. 2026</th>"),
      std::string::npos);
  // A first column of words heads its row; a first column of numbers does not.
  EXPECT_NE(page.find("<tr><th scope=\"row\">Besuche</th><td class=\"num\">11.011</td></tr>"),
            std::string::npos);
  EXPECT_NE(page.find("<tr><td class=\"num\">2025</td><td class=\"num\">9</td></tr>"),
            std::string::npos);
  // The caption names the scrolling box around its table.
  size_t caption_id = page.find("<caption id=\"");
  ASSERT_NE(caption_id, std::string::npos);
  std::string id = page.substr(caption_id + 13, page.find('"', caption_id + 13) - caption_id - 13);
  EXPECT_NE(page.find("role=\"region\" aria-labelledby=\"" + id + "\""), std::string::npos);
}

TEST(HtmlRenderer, LanguageComesFromTheDocument) {
  Document doc;
  doc.info.language = "en";
  EXPECT_NE(RenderHtml(doc, HtmlOptions{}, nullptr).find("<html lang=\"en\">"), std::string::npos);
  doc.info.language = "de";
  EXPECT_NE(RenderHtml(doc, HtmlOptions{}, nullptr).find("<html lang=\"de\">"), std::string::npos);
}

TEST(HtmlRenderer, SkipLinkLeadsIntoMainPastCoverAndContents) {
  HtmlOptions options;
  options.words = HtmlWordsFor("en");
  std::string page = RenderHtml(EveryBlock("Besuche"), options, nullptr);
  size_t skip = page.find("<a class=\"skip\" href=\"#inhalt\">Skip to the content</a>");
  size_t header = page.find("<header");
  size_t nav = page.find("<nav");
  size_t main = page.find("<main id=\"inhalt\"");
  ASSERT_NE(skip, std::string::npos);
  EXPECT_LT(skip, header);
  EXPECT_LT(header, nav);
  EXPECT_LT(nav, main);
  EXPECT_EQ(Count(page, "<main"), 1u);
  EXPECT_EQ(Count(page, "</main>"), 1u);
}

TEST(HtmlRenderer, CoverHoldsTheOnlyH1AndChaptersAreH2) {
  Document doc;
  doc.blocks.push_back(TitleBlock{"Halbjahresbericht", "Stadtlabor", "Stadt", "2026", {}});
  doc.blocks.push_back(TocBlock{"Inhalt", 2});
  doc.blocks.push_back(Heading{1, "Besuche"});
  doc.blocks.push_back(Heading{2, "Altersgruppen"});
  doc.blocks.push_back(Heading{1, "Anhang"});
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_EQ(Count(page, "<h1"), 1u);
  EXPECT_NE(page.find("<h1>Stadtlabor</h1>"), std::string::npos);
  EXPECT_NE(page.find("<h2 id=\"h-1\">Besuche</h2>"), std::string::npos);
  EXPECT_NE(page.find("<h3 id=\"h-2\">Altersgruppen</h3>"), std::string::npos);
  // The contents nest the section in its chapter and link every heading.
  EXPECT_NE(page.find("<li><a href=\"#h-1\">Besuche</a><ol>\n<li><a "
                      "href=\"#h-2\">Altersgruppen</a></li>\n</ol>\n"
                      "</li>\n<li><a href=\"#h-3\">Anhang</a>"),
            std::string::npos)
      << page;
}

TEST(HtmlRenderer, ChartIsAnImageWithTitleDescriptionAndValues) {
  Document doc;
  doc.blocks.push_back(Visits());
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(page.find("<svg class=\"chart\" role=\"img\""), std::string::npos);
  EXPECT_NE(page.find("aria-labelledby=\"chart-1-title\" aria-describedby=\"chart-1-desc\""),
            std::string::npos);
  EXPECT_NE(page.find("<title id=\"chart-1-title\">Besuche je Monat</title>"), std::string::npos);
  EXPECT_NE(
      page.find("<desc id=\"chart-1-desc\">Balkendiagramm: Januar 1.712; Februar 1.650</desc>"),
      std::string::npos);
  // The values as a table beside it, folded away.
  size_t details = page.find("<details>");
  ASSERT_NE(details, std::string::npos);
  EXPECT_NE(page.find("<summary>Die Werte des Diagramms als Tabelle</summary>", details),
            std::string::npos);
  EXPECT_NE(page.find("<th scope=\"row\">Februar</th><td class=\"num\">1.650</td>", details),
            std::string::npos);
}

TEST(HtmlRenderer, TileReadsValueLabelChangeAndTargetTogether) {
  Document doc;
  doc.blocks.push_back(
      KpiTiles{{{"11.011", "Besuche", "+30,0 % ggü. 2. Hj. 2025", Trend::kUp, TargetStatus::kMet,
                 "Ziel erreicht"},
                {"72", "Veranstaltungen", "", Trend::kNone, TargetStatus::kNone, ""}}});
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(
      page.find(
          "<li class=\"tile met\"><span class=\"value\">11.011</span> <span class=\"label\">Besuche"
          "</span> <span class=\"change\"><span aria-hidden=\"true\">\u25B2 </span>+30,0\u00A0% "
          "ggü. "
          "2.\u00A0Hj. 2025</span> <span class=\"status\">Ziel erreicht</span></li>"),
      std::string::npos)
      << page;
  EXPECT_NE(
      page.find(
          "<li class=\"tile\"><span class=\"value\">72</span> <span class=\"label\">Veranstaltungen"
          "</span></li>"),
      std::string::npos);
}

TEST(HtmlRenderer, InternalEditionIsMarkedOnScreenAndOnEveryPrintedPage) {
  Document doc = EveryBlock("Besuche");
  doc.info.marker = "Nur für den internen Gebrauch";
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(page.find("<p class=\"marker\">Nur für den internen Gebrauch</p>"), std::string::npos);
  EXPECT_NE(page.find("@top-right{content:\"Nur für den internen Gebrauch\""), std::string::npos);
}

TEST(HtmlRenderer, PublicEditionShowsNothingOfTheSoftware) {
  std::string page = RenderHtml(EveryBlock("Besuche"), HtmlOptions{}, nullptr);
  EXPECT_EQ(page.find("marker\">"), std::string::npos);
  EXPECT_EQ(page.find("@top-right"), std::string::npos);
  EXPECT_EQ(Lower(page).find("ankerbericht"), std::string::npos);
  EXPECT_EQ(Lower(page).find("generator"), std::string::npos);
}

TEST(HtmlRenderer, SlidesAreSectionsWithTheirMessageAsHeading) {
  Document doc;
  doc.info.format = PageFormat::kSlides;
  Slide title;
  title.title_slide = true;
  title.kicker = "Ausschussvorlage";
  title.title = "Stadtlabor Lindenau";
  title.subtitle = "Stadt Lindenau · 1. Halbjahr 2026";
  doc.blocks.push_back(title);
  Slide figure;
  figure.title = "Mehr Besuche als je zuvor";
  figure.figure = "11.011";
  figure.figure_label = "Besuche im 1. Halbjahr 2026";
  figure.chart = Visits();
  figure.source = "Quelle: Zählanlage · 1. Halbjahr 2026";
  doc.blocks.push_back(figure);
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(page.find("<h1>Stadtlabor Lindenau</h1>"), std::string::npos);
  EXPECT_NE(page.find("<section class=\"slide\" aria-labelledby=\"slide-1\">\n<h2 "
                      "id=\"slide-1\">Mehr Besuche als je "
                      "zuvor</h2>"),
            std::string::npos);
  EXPECT_NE(page.find("<strong>11.011</strong>"), std::string::npos);
  EXPECT_NE(page.find("role=\"img\""), std::string::npos);
  EXPECT_NE(page.find("<p class=\"source\">Quelle: Zählanlage · 1.\u00A0Halbjahr 2026</p>"),
            std::string::npos);
  EXPECT_NE(page.find("size:A4 landscape"), std::string::npos);
}

TEST(HtmlRenderer, WriteHtmlLeavesNoFileWhenItCannotWrite) {
  ScopedTempDir dir;
  std::string path = (dir.path() / "no-such-folder" / "bericht.html").string();
  Status s = WriteHtml(Document{}, HtmlOptions{}, path, nullptr);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));

  std::string ok = (dir.path() / "bericht.html").string();
  EXPECT_OK(WriteHtml(Document{}, HtmlOptions{}, ok, nullptr));
  EXPECT_EQ(testing::ReadFileToString(ok).rfind("<!DOCTYPE html>", 0), 0u);
}

// A team text in another language than the page's carries its own lang.
TEST(HtmlRenderer, TextsInAnotherLanguageCarryTheirLang) {
  Document doc;
  doc.info.language = "de";
  Paragraph english{"We will open on Saturdays."};
  english.lang = "en";
  BulletList list{{"More courses"}};
  list.lang = "en";
  Quote quote{"\u201EGreat course.\u201C", "Teilnehmerin"};
  quote.lang = "en";
  doc.blocks = {Paragraph{"Wir öffnen samstags."}, english, list, quote};
  std::string page = RenderHtml(doc, HtmlOptions{}, nullptr);
  EXPECT_NE(page.find("<p>Wir öffnen samstags.</p>"), std::string::npos);
  EXPECT_NE(page.find("<p lang=\"en\">We will open on Saturdays.</p>"), std::string::npos);
  EXPECT_NE(page.find("<ul lang=\"en\">"), std::string::npos);
  // The quote's text, not its source line (which is the report's words).
  EXPECT_NE(page.find("<blockquote><p lang=\"en\">"), std::string::npos);
  EXPECT_EQ(Count(page, "lang=\"en\""), 3u);
}

}  // namespace
}  // namespace ankerbericht
