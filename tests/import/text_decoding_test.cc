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

// One stray byte (a Latin-1 "ä" pasted into one cell) no longer turns a
// UTF-8 file into Windows-1252, which garbled every other umlaut and lost the
// header "Kapazität": the file stays UTF-8, the byte becomes U+FFFD and is
// named with its line.
TEST(DecodeTextTest, StrayByteInUtf8StaysUtf8) {
  DecodedText d = DecodeText(
      "Nr;Kapazität;Ort\nV-1;12;Bürgerhaus\nV-2;8;Gro\xDF"
      "e Halle\nV-3;5;Straße\n");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.text,
            "Nr;Kapazität;Ort\nV-1;12;Bürgerhaus\nV-2;8;Gro\xEF\xBF\xBD"
            "e Halle\nV-3;5;Straße\n");
  EXPECT_FALSE(d.has_replacement_chars);  // this U+FFFD is ours, not the file's
  ASSERT_EQ(d.invalid_bytes.size(), 1u);
  EXPECT_EQ(d.invalid_bytes[0].line, 3);
  EXPECT_EQ(d.invalid_bytes[0].byte, 0xDF);
  EXPECT_EQ(d.invalid_count, 1);
}

// A file of mostly Windows-1252 letters is still Windows-1252, even with a
// sequence that happens to be valid UTF-8 in it.
TEST(DecodeTextTest, MostlyWindows1252StaysWindows1252) {
  DecodedText d = DecodeText(
      "Gr\xFC\xDF"
      "e aus K\xF6ln, Ma\xDF\x93");
  EXPECT_EQ(d.encoding, "Windows-1252");
  EXPECT_EQ(d.text, "Grüße aus Köln, Maß“");
  EXPECT_TRUE(d.invalid_bytes.empty());
}

TEST(DecodeTextTest, StrayBytesAfterABomAreRepairedToo) {
  DecodedText d = DecodeText(
      "\xEF\xBB\xBF"
      "a\nb\xFF\n");
  EXPECT_EQ(d.encoding, "UTF-8 (BOM)");
  EXPECT_EQ(d.text, "a\nb\xEF\xBF\xBD\n");
  ASSERT_EQ(d.invalid_bytes.size(), 1u);
  EXPECT_EQ(d.invalid_bytes[0].line, 2);
}

}  // namespace
}  // namespace ankerbericht
