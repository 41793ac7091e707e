#include "import/text_decoding.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

TEST(DecodeTextTest, PlainUtf8IsKept) {
  DecodedText d = DecodeText("Größe;Straße\n");
  EXPECT_EQ(d.text, "Größe;Straße\n");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_FALSE(d.has_replacement_chars);
}

TEST(DecodeTextTest, AsciiIsUtf8) {
  DecodedText d = DecodeText("Datum;Besucher\n");
  EXPECT_EQ(d.text, "Datum;Besucher\n");
  EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(DecodeTextTest, EmptyInput) {
  DecodedText d = DecodeText("");
  EXPECT_EQ(d.text, "");
  EXPECT_EQ(d.encoding, "UTF-8");
}

TEST(DecodeTextTest, BomIsStripped) {
  DecodedText d = DecodeText(
      "\xEF\xBB\xBF"
      "Datum;Größe\n");
  EXPECT_EQ(d.text, "Datum;Größe\n");
  EXPECT_EQ(d.encoding, "UTF-8 (BOM)");
}

TEST(DecodeTextTest, Windows1252IsConverted) {
  DecodedText d = DecodeText(
      "Gr\xF6\xDF"
      "e");
  EXPECT_EQ(d.text, "Größe");
  EXPECT_EQ(d.encoding, "Windows-1252");
  EXPECT_FALSE(d.has_replacement_chars);
}

TEST(DecodeTextTest, Windows1252SpecialCharacters) {
  // 0x80 is the euro sign and 0x96 the en dash in Windows-1252 (not in Latin-1).
  DecodedText d = DecodeText("\x80 5 \x96 Kapazit\xE4t");
  EXPECT_EQ(d.text, "€ 5 – Kapazität");
  EXPECT_EQ(d.encoding, "Windows-1252");
}

TEST(DecodeTextTest, DetectsReplacementCharacters) {
  DecodedText d = DecodeText(
      "Gr\xEF\xBF\xBD\xEF\xBF\xBD"
      "e");  // "Gr��e"
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_TRUE(d.has_replacement_chars);
  EXPECT_EQ(d.text,
            "Gr\xEF\xBF\xBD\xEF\xBF\xBD"
            "e");
}

TEST(DecodeTextTest, DetectsReplacementCharactersAfterBom) {
  DecodedText d = DecodeText(
      "\xEF\xBB\xBF"
      "Stra\xEF\xBF\xBD"
      "e");
  EXPECT_EQ(d.encoding, "UTF-8 (BOM)");
  EXPECT_TRUE(d.has_replacement_chars);
}

}  // namespace
}  // namespace ankerbericht
