// Numbers and dates are written as the document's language writes them, in
// tables, tiles and charts alike: the sample's half-yearly report and deck
// are rendered in English and in German and read back with pdftotext. An
// English page must not show "7.376", "20,6" or "15.10.2026"; a German page
// must not show "7,376" or "20.6". The team's own texts (texte/, notes,
// free-text answers) are quoted as written and are left out of the check.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

// Numbers written the other language's way.
const std::regex kGermanNumber(
    // "7.376", "1.234.567": a thousands point
    R"(\b\d{1,3}(\.\d{3})+\b(?![.,]?\d))"
    // "20,6", "79,6 %": a decimal comma (an English thousands group has three digits)
    R"(|\b\d+,\d{1,2}\b(?!\d))"
    // "15.10.2026": a German date
    R"(|\b\d{1,2}\.\d{1,2}\.\d{4}\b)");
const std::regex kEnglishNumber(
    // "7,376", "1,234,567": a thousands comma
    R"(\b\d{1,3}(,\d{3})+\b(?![.,]?\d))"
    // "20.6", "79.6%": a decimal point not followed by more of a date
    R"(|\b\d+\.\d{1,2}\b(?![.\d]))");

// Every text the team wrote itself (texts, notes, the data files with their
// free-text answers): what the report quotes from there keeps its own format.
std::string TeamWords(const fs::path& workspace) {
  std::string all;
  for (const char* dir : {"texte", "daten"}) {
    for (const auto& e : fs::recursive_directory_iterator(workspace / dir)) {
      if (e.is_regular_file()) all += ReadFileToString(e.path().string()) + "\n";
    }
  }
  return all;
}

// |text| with every run of white space (no-break spaces too) as one space,
// none at the start.
std::string OneSpace(std::string text) {
  for (const char* nbsp : {"\xC2\xA0", "\xE2\x80\xAF"}) {
    for (size_t at = text.find(nbsp); at != std::string::npos; at = text.find(nbsp, at))
      text.replace(at, std::string(nbsp).size(), " ");
  }
  std::string out;
  for (char ch : text) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  return out;
}

// Whether the number that ends at |end| of |page| fills a placeholder of the
// team's texts ("{costs_city} aus dem städtischen Haushalt"): such a value is
// written in the language of the team's text, not the report's.
bool FillsTeamPlaceholder(const std::string& page, size_t end, const std::string& team_words) {
  std::string after = OneSpace(page.substr(end, 60));  // no leading space
  if (after.starts_with("€")) after = after.substr(std::string("€").size());
  if (after.size() < 12) return false;
  after = after.substr(0, 12);
  std::string team = OneSpace(team_words);
  for (size_t at = team.find('}'); at != std::string::npos; at = team.find('}', at + 1)) {
    if (team.compare(at + 1, after.size(), after) == 0) return true;
  }
  return false;
}

// The numbers on |pdf| that |pattern| finds outside the team's words, with
// their page and a little context.
std::vector<std::string> Misformatted(const fs::path& pdf, const std::regex& pattern,
                                      const std::string& team_words) {
  CommandResult r = RunCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> found;
  std::istringstream pages(r.out);
  std::string page;
  for (int n = 1; std::getline(pages, page, '\f'); ++n) {
    for (std::sregex_iterator it(page.begin(), page.end(), pattern), end; it != end; ++it) {
      std::string number = it->str();
      if (team_words.find(number) != std::string::npos) continue;
      if (FillsTeamPlaceholder(page, it->position() + it->length(), team_words)) continue;
      size_t from = it->position() < 25 ? 0 : it->position() - 25;
      std::string context = page.substr(from, it->length() + 50);
      for (char& ch : context)
        if (ch == '\n') ch = ' ';
      found.push_back("page " + std::to_string(n) + ": \"" + number + "\" in \"" + context + "\"");
    }
  }
  return found;
}

class NumberFormat : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Sample(), fs::copy_options::recursive);
    import_ = new CommandResult(Anker(Sample(), "run"));
  }
  static void TearDownTestSuite() {
    delete import_;
    delete tmp_;
  }
  static fs::path Sample() { return tmp_->path() / "sample"; }
  void SetUp() override {
    if (!HavePdfTools()) GTEST_SKIP() << "needs poppler-utils and qpdf";
    ASSERT_EQ(import_->exit_code, 0) << import_->err;
  }
  // Renders |templ| of the sample's place for 2026-H1 in |lang|.
  static fs::path Render(const std::string& templ, const std::string& lang) {
    fs::path pdf = tmp_->path() / (templ + "-" + lang + ".pdf");
    CommandResult r =
        Anker(Sample(), "report " + templ + " --site stadtlabor --period 2026-H1 --lang " + lang +
                            " -o '" + pdf.string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return pdf;
  }

  static ScopedTempDir* tmp_;
  static CommandResult* import_;
};
ScopedTempDir* NumberFormat::tmp_ = nullptr;
CommandResult* NumberFormat::import_ = nullptr;

TEST(NumberFormatPatterns, TellTheTwoLanguagesApart) {
  for (const char* german : {"7.376 Besuche", "20,6", "79,6 %", "am 15.10.2026", "1.234.567"}) {
    EXPECT_TRUE(std::regex_search(std::string(german), kGermanNumber)) << german;
    EXPECT_FALSE(std::regex_search(std::string(german), kEnglishNumber)) << german;
  }
  for (const char* english : {"7,376 visits", "20.6", "79.6%", "1,234,567"}) {
    EXPECT_TRUE(std::regex_search(std::string(english), kEnglishNumber)) << english;
    EXPECT_FALSE(std::regex_search(std::string(english), kGermanNumber)) << english;
  }
  for (const char* both : {"2026-10-15", "2026-H1", "12", "100 %"}) {
    EXPECT_FALSE(std::regex_search(std::string(both), kGermanNumber)) << both;
    EXPECT_FALSE(std::regex_search(std::string(both), kEnglishNumber)) << both;
  }
}

TEST_F(NumberFormat, EnglishDocumentsWriteNoGermanNumbers) {
  std::string team = TeamWords(Sample());
  for (const char* templ : {"halbjahresbericht", "ausschuss"}) {
    std::vector<std::string> wrong = Misformatted(Render(templ, "en"), kGermanNumber, team);
    EXPECT_TRUE(wrong.empty()) << templ << ":\n" << ::testing::PrintToString(wrong);
  }
}

TEST_F(NumberFormat, GermanDocumentsWriteNoEnglishNumbers) {
  std::string team = TeamWords(Sample());
  for (const char* templ : {"halbjahresbericht", "ausschuss"}) {
    std::vector<std::string> wrong = Misformatted(Render(templ, "de"), kEnglishNumber, team);
    EXPECT_TRUE(wrong.empty()) << templ << ":\n" << ::testing::PrintToString(wrong);
  }
}

}  // namespace
}  // namespace ankerbericht::testing
