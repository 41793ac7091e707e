// Which team texts are marked as written in another language, and the one
// sentence the report adds about them.
#include "document/text_language.h"

#include <gtest/gtest.h>

#include <string>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::TableOf;

TEST(TextLanguageTest, ADeclarationOnTheFirstLineIsTakenOutOfTheText) {
  std::string text = "\nSprache: EN\n# Outlook\n\nWe will open on Saturdays.\n";
  EXPECT_EQ(TakeDeclaredLanguage(&text), "en");
  EXPECT_EQ(text, "# Outlook\n\nWe will open on Saturdays.\n");
  std::string english_key = "Language: fr\nBonjour";
  EXPECT_EQ(TakeDeclaredLanguage(&english_key), "fr");
  EXPECT_EQ(english_key, "Bonjour");
}

TEST(TextLanguageTest, NoDeclarationLeavesTheTextAlone) {
  for (std::string text : {"# Ausblick\nSprache: en", "Sprache: Englisch\nText",
                           "Hinweis: wichtig\n", "", "Sprache:\n"}) {
    std::string before = text;
    EXPECT_EQ(TakeDeclaredLanguage(&text), "") << before;
    EXPECT_EQ(text, before);
  }
}

TEST(TextLanguageTest, ClearTextsAreGuessedMixedOrShortOnesAreNot) {
  EXPECT_EQ(GuessTextLanguage("The workshop was great and I learned a lot about my phone."), "en");
  EXPECT_EQ(GuessTextLanguage("Die Gruppe war gemischt und wir haben viel über das Handy gelernt."),
            "de");
  // Too few little words to tell.
  EXPECT_EQ(GuessTextLanguage("Super Workshop!"), "");
  EXPECT_EQ(GuessTextLanguage("Tolles Team, great job"), "");
  // A German sentence with an English phrase stays German.
  EXPECT_EQ(GuessTextLanguage(
                "Das war für uns der Beweis, dass wir mit dem Motto „the best of both worlds“ "
                "nicht falsch lagen."),
            "de");
  // "was", "an", "die" and "in" count for neither language.
  EXPECT_EQ(GuessTextLanguage("was an die in was an die in"), "");
}

TEST(TextLanguageTest, OnlyAnotherLanguageThanTheReportsIsMarked) {
  const std::string english = "We met with the parents and they asked for more evening hours.";
  EXPECT_EQ(ForeignLanguage("", english, "de"), "en");
  EXPECT_EQ(ForeignLanguage("", english, "en"), "");
  // The team's declaration wins over the guess.
  EXPECT_EQ(ForeignLanguage("de", english, "de"), "");
  EXPECT_EQ(ForeignLanguage("tr", "Merhaba", "de"), "tr");
  EXPECT_EQ(LanguageName(TableOf("de"), "en"), "Englisch");
  EXPECT_EQ(LanguageName(TableOf("en"), "de"), "German");
  EXPECT_EQ(LanguageName(TableOf("de"), "xx"), "xx");
}

TEST(TextLanguageTest, QuotesAreMarkedAndTheReportSaysSoOnce) {
  Document doc;
  doc.info.language = "de";
  Paragraph foreword{"Wir haben im Halbjahr viel erreicht und danken allen, die mitgemacht haben."};
  Paragraph outlook{"We will open on Saturdays."};
  outlook.lang = "en";  // declared by the team
  Quote quote{"\u201EThe course was great and the staff were very patient with us.\u201C",
              "Teilnehmerin"};
  doc.blocks = {foreword, outlook, Heading{2, "Stimmen"}, quote};
  MarkForeignTexts(TableOf("de"), &doc);
  ASSERT_EQ(doc.blocks.size(), 5u);
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).lang, "");
  // The note follows the first foreign text, and only it.
  const Remark* note = std::get_if<Remark>(&doc.blocks[2]);
  ASSERT_NE(note, nullptr);
  EXPECT_NE(note->text.find("(hier: Englisch)"), std::string::npos) << note->text;
  EXPECT_EQ(std::get<Quote>(doc.blocks[4]).lang, "en");
}

TEST(TextLanguageTest, AGermanReportWithGermanTextsGetsNoNote) {
  Document doc;
  doc.info.language = "de";
  doc.blocks = {
      Paragraph{"Wir haben das Café an zwei Tagen geöffnet und es kamen mehr Gäste als erwartet."},
      Quote{"\u201EDas war sehr hilfreich, ich komme wieder.\u201C", ""}};
  MarkForeignTexts(TableOf("de"), &doc);
  EXPECT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(std::get<Quote>(doc.blocks[1]).lang, "");
}

TEST(TextLanguageTest, AnEnglishReportNotesGermanTextsInEnglish) {
  Document doc;
  doc.info.language = "en";
  doc.blocks = {Quote{"Das war sehr hilfreich und ich komme mit meiner Nachbarin wieder.", ""}};
  MarkForeignTexts(TableOf("en"), &doc);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(std::get<Quote>(doc.blocks[0]).lang, "de");
  EXPECT_NE(std::get<Remark>(doc.blocks[1]).text.find("(here: German)"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
