// What a council member's cold reading of the sample's half-yearly report
// found, each checked where a program can see it: the goal profile's legend
// on the chart's page, a goal table whose caption explains its columns, a
// summary whose every figure the table beside it shows, the rounding and the
// interval method said in words, document properties in the reader's
// language, and team texts that the figures do not contradict.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

// |text| without any whitespace: a label wrapped in a table cell
// ("Teilnahmen aus den Ziel-" / "Altersgruppen") still matches.
std::string Squeezed(const std::string& text) {
  std::string out;
  for (char ch : text)
    if (ch != ' ' && ch != '\n' && ch != '\t' && ch != '\r' && ch != '\f') out += ch;
  return out;
}

// The pages of |pdf| as pdftotext reads them.
std::vector<std::string> Pages(const fs::path& pdf) {
  CommandResult r = RunCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> pages;
  std::istringstream in(r.out);
  std::string page;
  while (std::getline(in, page, '\f')) pages.push_back(page);
  return pages;
}

// pdfinfo's value for |key| ("Creator"), "" when absent.
std::string InfoField(const fs::path& pdf, const std::string& key) {
  std::string info = RunCommand("pdfinfo '" + pdf.string() + "'").out;
  std::smatch m;
  if (!std::regex_search(info, m, std::regex("(^|\n)" + key + ": *([^\n]*)"))) return "";
  return m[2];
}

class CouncilReview : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Sample(), fs::copy_options::recursive);
    run_ = new CommandResult(Anker(Sample(), "run --internal"));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete tmp_;
  }
  static fs::path Sample() { return tmp_->path() / "sample"; }
  static fs::path Report(const std::string& templ, bool internal = false) {
    return Sample() /
           ("berichte/" + templ + "-stadtlabor-2026-H1" + (internal ? "-intern" : "") + ".pdf");
  }
  void SetUp() override {
    if (!HavePdfTools()) GTEST_SKIP() << "needs poppler-utils and qpdf";
    ASSERT_EQ(run_->exit_code, 0) << run_->err;
  }

  static ScopedTempDir* tmp_;
  static CommandResult* run_;
};
ScopedTempDir* CouncilReview::tmp_ = nullptr;
CommandResult* CouncilReview::run_ = nullptr;

TEST_F(CouncilReview, TheGoalProfileAndItsLegendShareAPage) {
  for (const char* templ : {"halbjahresbericht", "verstetigung"}) {
    int chart = -1, legend = -1;
    std::vector<std::string> pages = Pages(Report(templ));
    for (size_t p = 0; p < pages.size(); ++p) {
      if (pages[p].find("Zielprofil: Priorität der sieben Zielbereiche") != std::string::npos)
        chart = p;
      if (pages[p].find("Priorität 1 = wichtigster Zielbereich") != std::string::npos) legend = p;
    }
    ASSERT_GE(chart, 0) << templ;
    EXPECT_EQ(legend, chart) << templ << ": the legend is on another page than the chart";
  }
}

// A chapter's heading and its short introduction never end a page with the
// chapter's first section overleaf. Cover and contents (pages 1–2) name both
// too, so the search starts on page 3.
TEST_F(CouncilReview, AChapterStartsOnThePageOfItsFirstSection) {
  std::vector<std::string> pages = Pages(Report("halbjahresbericht"));
  int chapter = -1, section = -1;
  for (size_t p = 2; p < pages.size(); ++p) {
    if (chapter < 0 &&
        pages[p].find("Qualitative Auswertung und Teamreflexion") != std::string::npos)
      chapter = p;
    if (section < 0 && pages[p].find("Betreuung und Erklärung") != std::string::npos) section = p;
  }
  ASSERT_GE(chapter, 0);
  EXPECT_EQ(chapter, section) << "the chapter's heading and introduction stand alone on page "
                              << chapter + 1;
}

TEST_F(CouncilReview, TheGoalTableCaptionNamesItsOwnColumns) {
  CommandResult r =
      RunCommand("pdftotext -layout -enc UTF-8 '" + Report("halbjahresbericht").string() + "' -");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.out, m, std::regex(R"(Zielbereich +Priorität[^\n]*)"))) << r.out;
  std::string header = m.str();
  // Whole words in the header: "knapp verfehlt", not a cut "knapp".
  EXPECT_TRUE(
      std::regex_search(header, std::regex(R"(Priorität +erreicht +knapp verfehlt +verfehlt$)")))
      << header;
  std::string text = Squeezed(r.out);
  EXPECT_NE(
      text.find(Squeezed(
          "wie viele Kennzahlen des Zielbereichs mit einem vereinbarten Zielwert ihn erreicht, "
          "knapp verfehlt oder verfehlt haben")),
      std::string::npos);
  EXPECT_EQ(text.find("Ziele:"), std::string::npos)
      << "the caption explains a column the table does not have";
}

TEST_F(CouncilReview, EveryFigureOfTheSummaryIsInTheTableBelowIt) {
  std::string text;
  for (const std::string& page : Pages(Report("halbjahresbericht"))) text += page + "\n";
  size_t summary = text.find("Die Leitkennzahlen für");  // the summary, not its TOC entry
  // The table's header: "Kennzahl | 1. Hj. 2026 | 2. Hj. 2025 | ...".
  size_t table = text.rfind("Kennzahl", text.find("Hj. 2026", summary));
  size_t table_end = text.find("Veränd.: Veränderung", table);
  ASSERT_NE(summary, std::string::npos);
  ASSERT_NE(table, std::string::npos);
  ASSERT_NE(table_end, std::string::npos);
  std::string rows = Squeezed(text.substr(table, table_end - table));
  // "• Teilnahmen aus den Ziel-Altersgruppen: 58,2 % – gegenüber ...": the
  // label runs to the first ": " after the bullet.
  std::string list = text.substr(summary, table - summary);
  std::regex bullet("•\\s*([^:•]+):");
  int bullets = 0;
  for (auto it = std::sregex_iterator(list.begin(), list.end(), bullet);
       it != std::sregex_iterator(); ++it) {
    ++bullets;
    std::string label = Squeezed((*it)[1]);
    EXPECT_NE(rows.find(label), std::string::npos)
        << "the summary cites \"" << (*it)[1] << "\", the table lacks it";
  }
  EXPECT_GE(bullets, 8);
  // The fall the issue was about stays in the summary.
  EXPECT_NE(Squeezed(list).find("TeilnahmenausdenZiel-Altersgruppen"), std::string::npos);
}

TEST_F(CouncilReview, MethodsSayHowChangesAndIntervalsAreComputedInWords) {
  std::string text = Squeezed(
      RunCommand("pdftotext -enc UTF-8 '" + Report("halbjahresbericht").string() + "' -").out);
  EXPECT_NE(text.find(Squeezed("Veränderungen werden aus den ungerundeten Werten berechnet")),
            std::string::npos);
  EXPECT_NE(text.find(Squeezed("für Mittelwerte nach der t-Verteilung")), std::string::npos);
  EXPECT_EQ(text.find("t(0,975"), std::string::npos);
}

TEST_F(CouncilReview, DocumentPropertiesSpeakTheReadersLanguage) {
  for (const char* templ : {"halbjahresbericht", "verstetigung", "ausschuss"}) {
    fs::path pdf = Report(templ);
    EXPECT_EQ(InfoField(pdf, "Author"), "Stadt Lindenau") << templ;
    EXPECT_EQ(InfoField(pdf, "Creator"), "Stadtlabor Lindenau") << templ;
    std::string keywords = InfoField(pdf, "Keywords");
    EXPECT_NE(keywords.find("1. Halbjahr 2026"), std::string::npos) << keywords;
    EXPECT_EQ(keywords.find("2026-H1"), std::string::npos) << keywords;
    std::string subject = InfoField(pdf, "Subject");
    EXPECT_NE(subject.find("1. Halbjahr 2026"), std::string::npos) << subject;
    EXPECT_EQ(subject.find("2026-H1"), std::string::npos) << subject;
    for (const char* key : {"Title", "Subject", "Keywords", "Author", "Creator"}) {
      EXPECT_EQ(InfoField(pdf, key).find("ankerbericht"), std::string::npos) << templ << " " << key;
    }
    // The team's copy may say how it was made.
    EXPECT_NE(InfoField(Report(templ, true), "Creator").find("ankerbericht"), std::string::npos)
        << templ;
  }
  EXPECT_EQ(InfoField(Report("halbjahresbericht"), "Subject"),
            "Halbjahresbericht 1. Halbjahr 2026");
}

// The team's own texts in sample-data/ make claims the sample's figures must
// bear out: no "gut ausgelastet" while the fill rate misses its target, no
// "steigen seit Februar" for months that fell.
TEST_F(CouncilReview, TheSampleTeamTextsAgreeWithTheFigures) {
  CommandResult r = Anker(Sample(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  std::string summary = ReadFileToString((Sample() / "texte/zusammenfassung.md").string());
  std::string note =
      ReadFileToString((Sample() / "daten/notizen/2025-07-10-reflexion-halbjahr.md").string());
  ASSERT_LT(Indicator(f, "events.fill_rate"), 70);  // the sample's target
  EXPECT_EQ(Squeezed(summary).find("gutausgelastet"), std::string::npos);
  ASSERT_LT(Indicator(f, "feedback.recommend_rate"),
            Indicator(f, "feedback.recommend_rate", "year_before"));
  EXPECT_EQ(summary.find("vier von fünf"), std::string::npos)
      << "says the share without its fall and missed target";
  EXPECT_NE(Squeezed(summary).find("unterdemZielvon85%"), std::string::npos);
  CommandResult h1 = Anker(Sample(), "figures --site stadtlabor --period 2025-H1 --json");
  ASSERT_EQ(h1.exit_code, 0) << h1.err;
  Poco::JSON::Array::Ptr months =
      ParseJson(h1.out)->getObject("visits_by_month")->getArray("period");
  ASSERT_EQ(months->size(), 6u);
  double february = months->getObject(1)->getValue<double>("value");
  double june = months->getObject(5)->getValue<double>("value");
  ASSERT_LT(june, february);
  EXPECT_EQ(Squeezed(note).find("steigenseitFebruar"), std::string::npos);
  EXPECT_EQ(Squeezed(note).find("Netzwerkwächst"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht::testing
