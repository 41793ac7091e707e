#include "util/text.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "test_util.h"

namespace ankerbericht {
namespace {

const char kNbsp[] = "\xC2\xA0";  // U+00A0 NO-BREAK SPACE

// ---------------------------------------------------------------- Trim

TEST(TrimTest, StripsAsciiWhiteSpace) {
  EXPECT_EQ(Trim("  a b \t\r\n"), "a b");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \t "), "");
}

TEST(TrimTest, StripsNoBreakSpace) {
  EXPECT_EQ(Trim(std::string(kNbsp) + "12" + kNbsp), "12");
  EXPECT_EQ(Trim(std::string(kNbsp) + " " + kNbsp + "x " + kNbsp + " "), "x");
  EXPECT_EQ(Trim(std::string(kNbsp) + kNbsp), "");
}

TEST(TrimTest, KeepsInnerSpaceAndUmlauts) {
  EXPECT_EQ(Trim(std::string(" 1") + kNbsp + "234 "), std::string("1") + kNbsp + "234");
  // "ä" is C3 A4 and "Â" C3 82: neither may be mistaken for the tail of U+00A0.
  EXPECT_EQ(Trim(" Größe "), "Größe");
  EXPECT_EQ(Trim("Bär"), "Bär");
}

// ---------------------------------------------------------------- FoldKey

TEST(FoldKeyTest, LowerCasesAndDropsPunctuation) {
  EXPECT_EQ(FoldKey("Event ID"), "eventid");
  EXPECT_EQ(FoldKey("Veranstaltungs-ID"), "veranstaltungsid");
  EXPECT_EQ(FoldKey("Max. Teilnehmende"), "maxteilnehmende");
  EXPECT_EQ(FoldKey("k. A."), "ka");
  EXPECT_EQ(FoldKey("Intervall (min)"), "intervallmin");
  EXPECT_EQ(FoldKey("-"), "");
}

TEST(FoldKeyTest, SpellsOutUmlautsAndEszett) {
  EXPECT_EQ(FoldKey("Kapazität"), "kapazitaet");
  EXPECT_EQ(FoldKey("Kapazität"), FoldKey("Kapazitaet"));
  EXPECT_EQ(FoldKey("ÄÖÜäöü"), "aeoeueaeoeue");
  EXPECT_EQ(FoldKey("Straße"), "strasse");
  EXPECT_EQ(FoldKey("Zählung"), "zaehlung");
}

TEST(FoldKeyTest, GenderStarFoldsToInnen) {
  EXPECT_EQ(FoldKey("Teilnehmer*innen"), "teilnehmerinnen");
  EXPECT_EQ(FoldKey("Teilnehmer*innen"), FoldKey("TeilnehmerInnen"));
  EXPECT_EQ(FoldKey("Teilnehmer*innen"), FoldKey("Teil-nehmer innen"));
  EXPECT_EQ(FoldKey("Referent:innen"), "referentinnen");
}

TEST(FoldKeyTest, KeepsOtherNonAsciiLetters) { EXPECT_EQ(FoldKey("Digitalcafé"), "digitalcafé"); }

// ---------------------------------------------------------------- ParseInteger

struct IntegerCase {
  const char* text;
  std::optional<int64_t> value;
};

class ParseIntegerTest : public ::testing::TestWithParam<IntegerCase> {};

TEST_P(ParseIntegerTest, Parses) {
  const IntegerCase& c = GetParam();
  EXPECT_EQ(ParseInteger(c.text), c.value) << "\"" << c.text << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseIntegerTest,
    ::testing::Values(IntegerCase{"12", 12}, IntegerCase{"0", 0}, IntegerCase{"-3", -3},
                      IntegerCase{"+7", 7}, IntegerCase{" 12 ", 12},
                      // German and English thousands.
                      IntegerCase{"1.234", 1234}, IntegerCase{"1 234", 1234},
                      IntegerCase{"1,234", 1234}, IntegerCase{"1.234.567", 1234567},
                      IntegerCase{"12.345", 12345},
                      // Fractions and malformed groups are refused.
                      IntegerCase{"1,5", std::nullopt}, IntegerCase{"1.23", std::nullopt},
                      IntegerCase{"1.2345", std::nullopt}, IntegerCase{"1234.567", std::nullopt},
                      IntegerCase{"1.234,567", std::nullopt}, IntegerCase{".123", std::nullopt},
                      IntegerCase{"12.", std::nullopt},
                      // Not numbers at all.
                      IntegerCase{"abc", std::nullopt}, IntegerCase{"", std::nullopt},
                      IntegerCase{"-", std::nullopt}, IntegerCase{"12a", std::nullopt},
                      IntegerCase{"3 Personen", std::nullopt}));

TEST(ParseIntegerTest, AcceptsNoBreakSpaceAround) {
  EXPECT_EQ(ParseInteger(std::string(kNbsp) + "42" + kNbsp), 42);
}

// ---------------------------------------------------------------- ParseDecimal

TEST(ParseDecimalTest, CommaOrPointAsDecimalSeparator) {
  EXPECT_EQ(ParseDecimal("1,5"), 1.5);
  EXPECT_EQ(ParseDecimal("1.5"), 1.5);
  EXPECT_EQ(ParseDecimal("12"), 12.0);
  EXPECT_EQ(ParseDecimal("-0,25"), -0.25);
}

TEST(ParseDecimalTest, BothSeparatorsTheLaterIsDecimal) {
  EXPECT_EQ(ParseDecimal("1.234,5"), 1234.5);
  EXPECT_EQ(ParseDecimal("1,234.5"), 1234.5);
}

TEST(ParseDecimalTest, Rejects) {
  for (const char* bad : {"", "abc", "1,5 kg", "1,5,"}) {
    EXPECT_EQ(ParseDecimal(bad), std::nullopt) << bad;
  }
}

TEST(ParseDecimalTest, RejectsWordsAndHexThatStrtodAccepts) {
  for (const char* bad : {"nan", "inf", "-Infinity", "0x10"}) {
    EXPECT_EQ(ParseDecimal(bad), std::nullopt) << bad;
  }
}

// ---------------------------------------------------------------- IsValidUtf8

TEST(IsValidUtf8Test, AcceptsUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ASCII"));
  EXPECT_TRUE(IsValidUtf8("Größe – €"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));  // U+1F600, four bytes
}

TEST(IsValidUtf8Test, RejectsWindows1252AndBrokenSequences) {
  EXPECT_FALSE(
      IsValidUtf8("Gr\xF6\xDF"
                  "e"));                  // Windows-1252 "Größe"
  EXPECT_FALSE(IsValidUtf8("\xC3"));      // truncated two-byte sequence
  EXPECT_FALSE(IsValidUtf8("a\x80z"));    // lone continuation byte
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));  // overlong "/"
}

// ---------------------------------------------------------------- lists

TEST(SplitAnyListTest, SplitsOnWhicheverSeparatorOccurs) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SplitAnyList("Senioren, Familien"), (V{"Senioren", "Familien"}));
  EXPECT_EQ(SplitAnyList("Senioren; Familien ;Jugend"), (V{"Senioren", "Familien", "Jugend"}));
  EXPECT_EQ(SplitAnyList("VHS | Bibliothek"), (V{"VHS", "Bibliothek"}));
}

TEST(SplitAnyListTest, PipeWinsOverComma) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SplitAnyList("Müller, Anna | Schmidt, Jonas"), (V{"Müller, Anna", "Schmidt, Jonas"}));
}

TEST(SplitAnyListTest, SingleItemAndEmptyParts) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SplitAnyList("  VHS  "), (V{"VHS"}));
  EXPECT_EQ(SplitAnyList(""), V{});
  EXPECT_EQ(SplitAnyList("a,, ,b,"), (V{"a", "b"}));
}

TEST(SplitListTest, TrimsAndDropsEmptyParts) {
  using V = std::vector<std::string>;
  EXPECT_EQ(SplitList(" 10:00-13:00 , 14:00-18:00,", ','), (V{"10:00-13:00", "14:00-18:00"}));
}

TEST(JoinTest, JoinsWithSeparator) {
  EXPECT_EQ(Join({"a", "b", "c"}, ", "), "a, b, c");
  EXPECT_EQ(Join({}, ", "), "");
}

TEST(AsciiLowerTest, LeavesNonAsciiAlone) { EXPECT_EQ(AsciiLower("ÄRGER Abc"), "Ärger abc"); }

TEST(StartsWithTest, Prefixes) {
  EXPECT_TRUE(StartsWith("## Maßnahmen", "## "));
  EXPECT_FALSE(StartsWith("#", "## "));
}

TEST(TextTest, ExcerptCutsLongValuesBetweenCharacters) {
  EXPECT_EQ(Excerpt("31.02.2026"), "31.02.2026");
  EXPECT_EQ(Excerpt(std::string(80, 'a')), std::string(80, 'a'));
  EXPECT_EQ(Excerpt(std::string(81, 'a')), std::string(80, 'a') + "…");
  // Umlauts are one character each and are never cut in half.
  std::string umlauts;
  for (int i = 0; i < 100; ++i) umlauts += "ä";
  std::string cut = Excerpt(umlauts, 3);
  EXPECT_EQ(cut, "äää…");
  EXPECT_TRUE(IsValidUtf8(Excerpt(umlauts)));
}

TEST(TextTest, StripControlCharsKeepsTabsAndLineBreaks) {
  EXPECT_EQ(StripControlChars(std::string("V-1\0\x1B[0m\x7F\tTitel\r\n", 17)), "V-1[0m\tTitel\r\n");
  EXPECT_EQ(StripControlChars("Größe"), "Größe");
}

TEST(TextTest, TypographicQuotesFollowTheLanguage) {
  EXPECT_EQ(TypographicQuotes("sonst \"zu wenige Daten\".", "de"), "sonst „zu wenige Daten“.");
  EXPECT_EQ(TypographicQuotes("else \"too few data\".", "en"), "else “too few data”.");
  EXPECT_EQ(TypographicQuotes("(\"ja\")", "de"), "(„ja“)");
  EXPECT_EQ(TypographicQuotes("ohne Anführungszeichen", "de"), "ohne Anführungszeichen");
}

TEST(TextTest, QuotedNestsInnerQuotes) {
  EXPECT_EQ(Quoted("Gut organisiert.", "de"), "„Gut organisiert.“");
  EXPECT_EQ(Quoted("Good.", "en"), "“Good.”");
  // A feedback text that itself quotes: the inner quotes become single ones.
  EXPECT_EQ(Quoted("Das \"Digitalcafé\" ist toll", "de"), "„Das ‚Digitalcafé‘ ist toll“");
  EXPECT_EQ(Quoted("The \"café\" is great", "en"), "“The ‘café’ is great”");
  // Words already in quotation marks get one pair, not two.
  EXPECT_EQ(Quoted("„Seit es drei Termine gibt, ist es ruhiger.“", "de"),
            "„Seit es drei Termine gibt, ist es ruhiger.“");
  EXPECT_EQ(Quoted("\"Zu laut.\"", "de"), "„Zu laut.“");
}

// ---------------------------------------------------------------- ReplaceAll

TEST(ReplaceAllTest, EveryOccurrenceOnceAndInsertedTextIsNotSearched) {
  EXPECT_EQ(ReplaceAll("{site}-{site}", "{site}", "werkstatt"), "werkstatt-werkstatt");
  EXPECT_EQ(ReplaceAll("aaa", "a", "aa"), "aaaaaa");
  EXPECT_EQ(ReplaceAll("abab", "ab", ""), "");
  EXPECT_EQ(ReplaceAll("nichts", "{x}", "y"), "nichts");
  EXPECT_EQ(ReplaceAll("x", "", "y"), "x");
}

// A hostile template: hundreds of thousands of placeholders (generated here).
TEST(ReplaceAllTest, ManyPlaceholders) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "{period_label} ";
  std::string out = ReplaceAll(text, "{period_label}", "1. Halbjahr 2026");
  EXPECT_EQ(out.size(), 200000u * std::string("1. Halbjahr 2026 ").size());
  EXPECT_EQ(out.find("{period_label}"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
