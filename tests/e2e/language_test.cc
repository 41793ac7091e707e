// Every document of the sample speaks one language: the English edition holds
// no word that only the German strings table uses, the German edition no word
// that only the English table uses, and no key is missing ("⟦key⟧").
//
// The word lists come from the strings tables themselves (templates/strings/):
// a word is German-only when some German text holds it and no English text
// does, and the other way round. Short words (under five letters) are left out
// because the languages share too many of them ("Team", "Mai", "pro").
//
// The documents are checked in their text dump (`report --dump`), which is the
// Document model the PDF is drawn from. Team texts (notes, quotes, the team's
// Markdown) stay in the team's language and are marked there with their own
// language ("[lang=de]", the PDF's /Lang): such lines are left out. The
// team's data (event titles, item texts, names from ankerbericht.json) is in
// the team's language without a mark: words found in sample-data/ do not
// count. The dump's own syntax ("TABLE", "name=") is taken out.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/e2e_util.h"
#include "test_util.h"
#include "util/strings.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

// The words of |text|: runs of letters (ASCII and the Latin letters such as
// "ü" or "ß"; dashes, quotes and symbols end a word), ASCII lower-cased.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    unsigned char ch = text[i];
    size_t len = ch < 0x80 ? 1 : ch < 0xE0 ? 2 : ch < 0xF0 ? 3 : 4;
    char32_t cp = ch;
    if (len == 2 && i + 1 < text.size()) cp = ((ch & 0x1F) << 6) | (text[i + 1] & 0x3F);
    bool letter =
        std::isalpha(ch) || (len == 2 && cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7);
    if (letter) {
      word += len == 1 ? std::string(1, static_cast<char>(std::tolower(ch))) : text.substr(i, len);
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
    i += len;
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// Letters, not bytes: "Größe" has five.
size_t Letters(const std::string& word) {
  size_t n = 0;
  for (unsigned char ch : word) n += (ch & 0xC0) != 0x80;
  return n;
}

// The words of every text of |table| (placeholders "{name}" left out). The
// command line's messages (cli.*, config.*, store.*) never reach a document and
// quote codes both languages share (--kind events), and so do the import's
// (import.*: header names, configuration keys): they are left out too.
std::set<std::string> TableWords(const Strings& table) {
  std::set<std::string> out;
  for (const auto& [key, text] : table.all()) {
    if (key.starts_with("cli.") || key.starts_with("config.") || key.starts_with("store.") ||
        key.starts_with("import.")) {
      continue;
    }
    std::string plain;
    bool in_placeholder = false;
    for (char ch : text) {
      if (ch == '{') in_placeholder = true;
      if (!in_placeholder) plain += ch;
      if (ch == '}') in_placeholder = false;
    }
    for (const std::string& w : Words(plain)) out.insert(w);
  }
  return out;
}

// Words that both languages write alike although only one table uses them.
const std::set<std::string> kShared = {"person", "organisation"};

// Words of |own| that |other| never uses, five letters or more.
std::set<std::string> OnlyIn(const std::set<std::string>& own, const std::set<std::string>& other) {
  std::set<std::string> out;
  for (const std::string& w : own) {
    if (Letters(w) >= 5 && !other.count(w) && !kShared.count(w)) out.insert(w);
  }
  return out;
}

class Language : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Ws(), fs::copy_options::recursive);
    run_ = new CommandResult(Anker(Ws(), "run"));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete tmp_;
  }
  static fs::path Ws() { return tmp_->path() / "ws"; }

  // The dump of |templ| in |lang| without the lines marked as a team text
  // in its own language.
  static std::string Dump(const std::string& templ, const std::string& lang) {
    std::string period = templ == "jahresbericht" ? "2026" : "2026-H1";
    std::string site = templ == "uebersicht" ? "" : "--site stadtlabor ";
    std::string out = templ + "-" + lang + ".txt";
    CommandResult r = Anker(Ws(), "report " + site + templ + " --period " + period + " --lang " +
                                      lang + " --dump -o " + out);
    EXPECT_EQ(r.exit_code, 0) << templ << " " << lang << ": " << r.err;
    std::istringstream in(ReadFileToString((Ws() / out).string()));
    std::string text, line;
    // The dump's own syntax is no document text: the line's kind ("TABLE",
    // "HROW" with its cell codes), "name=" fields, mark kinds in brackets,
    // the slide separator and the deck's indicator line.
    static const std::regex syntax(
        R"(^[A-Z]+ |\b[a-z_]+=|\[[a-z, ]+\]$| stacked\b|^=== \S+ \d+ ===$|^Kennzahl \S+:)");
    while (std::getline(in, line)) {
      if (line.find(" [lang=") != std::string::npos || line.rfind("HROW ", 0) == 0) continue;
      text += std::regex_replace(line, syntax, " ") + "\n";
    }
    return text;
  }

  static ScopedTempDir* tmp_;
  static CommandResult* run_;
};
ScopedTempDir* Language::tmp_ = nullptr;
CommandResult* Language::run_ = nullptr;

const char* const kTemplates[] = {"halbjahresbericht", "jahresbericht", "verstetigung", "ausschuss",
                                  "uebersicht"};

TEST_F(Language, TheWordListsComeFromTheTables) {
  Result<const Strings*> de = Strings::Builtin("de");
  Result<const Strings*> en = Strings::Builtin("en");
  ASSERT_TRUE(de.ok() && en.ok());
  std::set<std::string> de_words = TableWords(**de), en_words = TableWords(**en);
  std::set<std::string> german = OnlyIn(de_words, en_words);
  std::set<std::string> english = OnlyIn(en_words, de_words);
  EXPECT_TRUE(german.count("veranstaltungen"));
  EXPECT_TRUE(english.count("events"));
  EXPECT_FALSE(german.count("digital"));  // both tables use it
  EXPECT_FALSE(german.count("und"));      // too short to tell
}

TEST_F(Language, EveryDocumentSpeaksOnlyItsLanguage) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  Result<const Strings*> de = Strings::Builtin("de");
  Result<const Strings*> en = Strings::Builtin("en");
  ASSERT_TRUE(de.ok() && en.ok());
  std::set<std::string> de_words = TableWords(**de), en_words = TableWords(**en);
  std::map<std::string, std::set<std::string>> foreign = {{"en", OnlyIn(de_words, en_words)},
                                                          {"de", OnlyIn(en_words, de_words)}};
  // The team's own data (event titles, questionnaire items, format and
  // place names in ankerbericht.json, daten/ and texte/) stays in the team's
  // language without a mark: its words are not counted as leaks.
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(SourceDir()) / "sample-data")) {
    if (!entry.is_regular_file()) continue;
    for (const std::string& w : Words(ReadFileToString(entry.path().string()))) {
      foreign["en"].erase(w);
      foreign["de"].erase(w);
    }
  }
  for (const char* templ : kTemplates) {
    for (const auto& [lang, words] : foreign) {
      std::string text = Dump(templ, lang);
      EXPECT_FALSE(text.empty()) << templ << " " << lang;
      EXPECT_EQ(text.find("⟦"), std::string::npos) << templ << " " << lang << ": a missing key";
      std::istringstream in(text);
      std::string line;
      while (std::getline(in, line)) {
        for (const std::string& w : Words(line)) {
          EXPECT_FALSE(words.count(w)) << templ << " (" << lang << "): \"" << w
                                       << "\" is the other language's word in: " << line;
        }
      }
    }
  }
}

TEST_F(Language, PlaceholdersInATeamTextSpeakTheTextsLanguage) {
  // The sample's German foreword says "was im {period_label} erreicht wurde"
  // and its German proposed decision "{costs_total} jährlich": the English
  // edition quotes both in German, with German values in them.
  auto raw = [&](const std::string& templ) {
    CommandResult r = Anker(Ws(), "report " + templ +
                                      " --site stadtlabor --period 2026-H1 --lang en --dump -o "
                                      "raw-" +
                                      templ + ".txt");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadFileToString((Ws() / ("raw-" + templ + ".txt")).string());
  };
  std::string en = raw("halbjahresbericht");
  EXPECT_NE(en.find("was im 1. Halbjahr 2026 erreicht wurde"), std::string::npos) << en;
  EXPECT_EQ(en.find("im First half"), std::string::npos) << en;
  std::string deck = raw("ausschuss");
  EXPECT_NE(deck.find("210.000 € jährlich"), std::string::npos) << deck;
}

}  // namespace
}  // namespace ankerbericht::testing
