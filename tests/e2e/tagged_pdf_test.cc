// The three sample documents as a screen reader and an archive receive them:
// tagged (PDF/UA-1) and identified as PDF/A-2b, checked with the structural
// checker of pdf_ua_check.h, pdfinfo, pdffonts and pdftotext (which must not
// warn about any font's ToUnicode map).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "e2e/e2e_util.h"
#include "e2e/pdf_ua_check.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

class TaggedPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Sample(), fs::copy_options::recursive);
    Anker(Sample(), "run");
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path Sample() { return tmp_->path() / "sample"; }

  // Renders |templ| for 2026-H1 in |lang| and returns the file.
  static fs::path Render(const std::string& templ, const std::string& lang = "de") {
    std::string out = templ + "-" + lang + ".pdf";
    CommandResult r = Anker(Sample(), "report --site stadtlabor " + templ +
                                          " --period 2026-H1 --lang " + lang + " -o " + out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("not PDF/A"), std::string::npos) << r.err;
    return Sample() / out;
  }

  // Renders |templ| of |site| for |period| in |lang| and returns the file.
  static fs::path RenderFor(const std::string& site, const std::string& templ,
                            const std::string& period, const std::string& lang) {
    std::string out = templ + "-" + site + "-" + period + "-" + lang + ".pdf";
    CommandResult r = Anker(Sample(), "report --site " + site + " " + templ + " --period " +
                                          period + " --lang " + lang + " -o " + out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.err.find("not PDF/A"), std::string::npos) << r.err;
    return Sample() / out;
  }

  static ScopedTempDir* tmp_;
};
ScopedTempDir* TaggedPdf::tmp_ = nullptr;

// The annual report and the half-yearly report of the mobile sample site
// (with its stops) pass the checks every document passes.
TEST_F(TaggedPdf, AnnualReportAndMobileSitePassTheChecks) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  const char* kDocuments[][3] = {{"stadtlabor", "jahresbericht", "2025"},
                                 {"digitalbus", "halbjahresbericht", "2026-H1"},
                                 {"digitalbus", "jahresbericht", "2025"}};
  for (const auto& [site, templ, period] : kDocuments) {
    for (const char* lang : {"de", "en"}) {
      fs::path pdf = RenderFor(site, templ, period, lang);
      PdfUaReport report = CheckPdfUa(pdf);
      std::string all;
      for (const std::string& f : report.findings) all += "\n  " + f;
      EXPECT_TRUE(report.findings.empty()) << site << " " << templ << " (" << lang << "):" << all;
      EXPECT_GT(report.tables, 0) << templ;
      EXPECT_GT(report.figures, 0) << templ;
      ExpectFontsEmbedded(pdf);
      CommandResult check = RunCommand("qpdf --check '" + pdf.string() + "'");
      EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
    }
  }
}

const char* kTemplates[] = {"halbjahresbericht", "verstetigung", "ausschuss", "uebersicht"};

TEST_F(TaggedPdf, EveryDocumentPassesTheStructuralChecks) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  for (const char* templ : kTemplates) {
    for (const char* lang : {"de", "en"}) {
      fs::path pdf = Render(templ, lang);
      PdfUaReport report = CheckPdfUa(pdf);
      std::string all;
      for (const std::string& f : report.findings) all += "\n  " + f;
      EXPECT_TRUE(report.findings.empty()) << templ << " (" << lang << "):" << all;
      EXPECT_GT(report.mcids, report.pages) << templ;
      EXPECT_GT(report.artifacts, 0) << templ;  // running parts and decoration
      EXPECT_GT(report.headings, 0) << templ;
      EXPECT_GT(report.figures, 0) << templ;
      if (std::string(templ) == "halbjahresbericht") {
        EXPECT_GT(report.tables, 0);
        EXPECT_GT(report.annotations, 5);  // the table of contents links to its chapters
      }
    }
  }
}

TEST_F(TaggedPdf, PopplerSeesATaggedFileWithUnicodeFontsAndNoWarning) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  for (const char* templ : kTemplates) {
    fs::path pdf = Render(templ);
    CommandResult info = RunCommand("pdfinfo '" + pdf.string() + "'");
    EXPECT_NE(info.out.find("Tagged:          yes"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("PDF version:     1.7"), std::string::npos) << info.out;
    EXPECT_NE(info.out.find("Metadata Stream: yes"), std::string::npos) << info.out;
    CommandResult text = RunCommand("pdftotext '" + pdf.string() + "' -");
    EXPECT_EQ(text.exit_code, 0);
    EXPECT_EQ(text.err, "") << templ;  // no "Invalid 'begincidrange' operator in ToUnicode CMap"
    ExpectFontsEmbedded(pdf);
    CommandResult check = RunCommand("qpdf --check '" + pdf.string() + "'");
    EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  }
}

// A KPI tile is read as one statement: the first tile's value, label and
// change come before the second tile's value (they stand side by side, so
// reading line by line would give all values first). The sample's first two
// tiles: 11.011 visits (+30,0 % against the half-year before), 72 events.
TEST_F(TaggedPdf, TilesAreReadTileByTile) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs poppler-utils";
  fs::path pdf = Render("halbjahresbericht");
  CommandResult text = RunCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  size_t summary =
      text.out.find("Dieser Bericht fasst zusammen");  // the summary, not its TOC entry
  ASSERT_NE(summary, std::string::npos);
  size_t first = text.out.find("11.011", summary);
  size_t label = text.out.find("Besuche", first);
  size_t change = text.out.find("+30,0", first);
  size_t second = text.out.find("72", first);
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(label, second) << text.out.substr(summary, 600);
  EXPECT_LT(change, second) << text.out.substr(summary, 600);
}

// The checker itself: a hand-written untagged page is caught on each count.
TEST_F(TaggedPdf, TheCheckerFindsWhatAnUntaggedFileLacks) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf";
  std::string content = "BT /F1 12 Tf 72 712 Td (Hallo) Tj ET 0 0 m 100 100 l S";
  std::string pdf =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
      "4 0 obj << /Length " +
      std::to_string(content.size()) + " >> stream\n" + content +
      "\nendstream endobj\ntrailer << /Root 1 0 R /Size 5 >>\n%%EOF\n";
  fs::path file = tmp_->Write("untagged.pdf", pdf);
  PdfUaReport report = CheckPdfUa(file);
  std::string all;
  for (const std::string& f : report.findings) all += f + "\n";
  for (const char* expected :
       {"PDF 1.7", "01-005: page 1: 1 text operators", "01-005: page 1: 1 painting", "06-001",
        "07-001", "11-001", "UA1 7.1: /MarkInfo", "UA1 7.18.3", "PDF/A-2 6.2.3",
        "UA1 7.1: no StructTreeRoot"}) {
    EXPECT_NE(all.find(expected), std::string::npos) << expected << " missing in:\n" << all;
  }
}

TEST_F(TaggedPdf, CopiedTextKeepsUmlautsAndQuotes) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs poppler-utils";
  CommandResult text =
      RunCommand("pdftotext -enc UTF-8 '" + Render("halbjahresbericht").string() + "' -");
  EXPECT_NE(text.out.find("Veranstaltungen"), std::string::npos);
  EXPECT_NE(text.out.find("für"), std::string::npos);
  EXPECT_EQ(text.out.find("\uFFFD"), std::string::npos);
}

// The half-yearly report asks for the data of its visits chart as a table
// ("data_table": true): right after the Figure comes a Table with its caption
// and header cells, and the text layer holds the values.
TEST_F(TaggedPdf, TheVisitsChartIsFollowedByItsDataTable) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  PdfUaReport report = CheckPdfUa(Render("halbjahresbericht"));
  const std::vector<std::string>& s = report.structure;
  bool found = false;
  for (size_t i = 0; i + 3 < s.size() && !found; ++i) {
    found = s[i] == "Figure" && s[i + 1] == "Table" && s[i + 2] == "Caption" && s[i + 3] == "THead";
  }
  EXPECT_TRUE(found) << "no Figure directly followed by a Table with a Caption";
  CommandResult text =
      RunCommand("pdftotext -enc UTF-8 '" + Render("halbjahresbericht").string() + "' -");
  size_t caption = text.out.find("Werte zum Diagramm \u201EBesuche je Monat\u201C");
  ASSERT_NE(caption, std::string::npos);
  std::string table = text.out.substr(caption, 1500);
  for (const char* month : {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun"}) {
    EXPECT_NE(table.find(month), std::string::npos) << month << " in\n" << table;
  }
}

// A team text written in English inside a German report is marked /Lang (en)
// in the PDF and lang="en" in the HTML, and the report says so once; the
// German texts get no /Lang of their own.
TEST_F(TaggedPdf, AnEnglishTeamTextIsMarkedAsEnglish) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  fs::path ws = tmp_->path() / "english-text";
  fs::copy(Sample(), ws, fs::copy_options::recursive);
  std::ofstream(ws / "texte" / "ausblick.md", std::ios::binary)
      << "Sprache: en\n\nIn the coming half-year the team will open the lab on Saturday mornings "
         "and "
         "bring the digital caf\u00E9 to a second place.\n";
  CommandResult r =
      Anker(ws, "report halbjahresbericht --site stadtlabor --period 2026-H1 -o mit-englisch.pdf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  PdfUaReport report = CheckPdfUa(ws / "mit-englisch.pdf");
  std::string all;
  for (const std::string& f : report.findings) all += "\n  " + f;
  EXPECT_TRUE(report.findings.empty()) << all;
  std::vector<std::string> marked;
  for (const std::string& e : report.structure) {
    if (e.find('[') != std::string::npos) marked.push_back(e);
  }
  EXPECT_EQ(marked, (std::vector<std::string>{"P[en]"}));
  CommandResult text =
      RunCommand("pdftotext -enc UTF-8 '" + (ws / "mit-englisch.pdf").string() + "' -");
  EXPECT_NE(text.out.find("Saturday mornings"), std::string::npos);
  EXPECT_EQ(text.out.find("Sprache: en"), std::string::npos);
  std::string flat;
  for (char ch : text.out) flat += ch == '\n' ? ' ' : ch;
  EXPECT_NE(flat.find("(hier: Englisch)"), std::string::npos);
  r = Anker(ws,
            "report halbjahresbericht --site stadtlabor --period 2026-H1 --format html -o "
            "mit-englisch.html");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string html = ReadFileToString((ws / "mit-englisch.html").string());
  EXPECT_NE(html.find("<p lang=\"en\">In the coming half-year"), std::string::npos);
  // The sample's own German texts: no /Lang besides the catalogue's.
  for (const std::string& e : CheckPdfUa(Render("halbjahresbericht")).structure) {
    EXPECT_EQ(e.find('['), std::string::npos) << e;
  }
}

}  // namespace
}  // namespace ankerbericht::testing
