// WrapText and FitText (render/pdf_layout.h) with a fake font in which every
// character is one unit wide: no libharu needed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/pdf_layout.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::CodePoints;

// Width in "characters".
double CharWidth(std::string_view s) { return static_cast<double>(CodePoints(s)); }

bool IsValidUtf8Text(const std::string& s) { return SanitizeUtf8(s) == s; }

// ---------------------------------------------------------------- WrapText

TEST(WrapTextTest, BreaksAtSpacesAndCountsUmlautsAsOneCharacter) {
  // With byte counting, "Übersicht" (10 bytes) would not fit 9 and be cut.
  EXPECT_EQ(WrapText("Größe Übersicht Straße", 9, CharWidth),
            (std::vector<std::string>{"Größe", "Übersicht", "Straße"}));
  EXPECT_EQ(WrapText("Größe Straße", 12, CharWidth), (std::vector<std::string>{"Größe Straße"}));
}

TEST(WrapTextTest, BreaksLongGermanCompoundWithinWidth) {
  const std::string word = "Digitalisierungsberatungsangebote";
  std::vector<std::string> lines = WrapText("Die " + word + " wirken", 10, CharWidth);
  ASSERT_GE(lines.size(), 4u);
  std::string joined;
  for (const std::string& line : lines) {
    EXPECT_LE(CharWidth(line), 10) << line;
    EXPECT_TRUE(IsValidUtf8Text(line)) << line;
    joined += line;
  }
  // The rest of the compound shares its line with the next word.
  EXPECT_EQ(lines, (std::vector<std::string>{"Die", "Digitalisi", "erungsbera", "tungsangeb",
                                             "ote wirken"}));
  EXPECT_EQ(joined, "Die" + word + " wirken");  // nothing lost, nothing added
}

TEST(WrapTextTest, NeverCutsInsideAnUmlaut) {
  std::vector<std::string> lines = WrapText("ÄÖÜäöüßÄÖÜäöüß", 4, CharWidth);
  ASSERT_EQ(lines.size(), 4u);
  for (const std::string& line : lines) {
    EXPECT_TRUE(IsValidUtf8Text(line));
    EXPECT_LE(CharWidth(line), 4);
  }
  EXPECT_EQ(lines[0], "ÄÖÜä");
}

TEST(WrapTextTest, PrefersExistingHyphens) {
  EXPECT_EQ(WrapText("E-Mail-Adressenverwaltung", 12, CharWidth).front(), "E-Mail-");
}

TEST(WrapTextTest, HardBreaksAndEmptyText) {
  EXPECT_EQ(WrapText("a\nb", 10, CharWidth), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(WrapText("", 10, CharWidth), (std::vector<std::string>{""}));
  EXPECT_EQ(WrapText("  viel   Platz  ", 40, CharWidth), (std::vector<std::string>{"viel Platz"}));
}

TEST(WrapTextTest, MakesProgressWhenOneCharacterIsWiderThanTheLine) {
  std::vector<std::string> lines = WrapText("abc", 0.5, CharWidth);
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(WrapTextTest, RepairsInvalidUtf8) {
  std::vector<std::string> lines = WrapText("ab\xC3\x28 \xFF\tz", 100, CharWidth);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(IsValidUtf8Text(lines[0]));
  EXPECT_EQ(lines[0], "ab\uFFFD( \uFFFD z");
}

TEST(WrapTextTest, HandlesVeryLongWordQuickly) {
  std::string word(200000, 'x');
  std::vector<std::string> lines = WrapText(word, 80, CharWidth);
  EXPECT_EQ(lines.size(), 2500u);
}

TEST(WrapTextTest, FitTextShortensWithEllipsis) {
  EXPECT_EQ(FitText("Stadtlabor", 20, CharWidth), "Stadtlabor");
  EXPECT_EQ(FitText("Stadtlabor Musterstadt", 12, CharWidth), "Stadtlabor\u2026");
  EXPECT_EQ(FitText("Größe", 0.5, CharWidth), "");
}

}  // namespace
}  // namespace ankerbericht
