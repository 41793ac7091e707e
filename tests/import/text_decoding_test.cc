#include "import/text_decoding.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/table_file.h"
#include "test_util.h"
#include "util/text.h"

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
// A file decoded in chunks gives the same text as decoding it whole.
namespace {

TEST(FileEncodingTest, Windows1252FileIsConvertedInChunks) {
  testing::ScopedTempDir dir;
  // Longer than one chunk, so conversion happens piece by piece.
  std::string line =
      "Steinstra\xDF"
      "e;Fu\xDFg\xE4nger\r\n";
  std::string bytes;
  while (bytes.size() < 600 * 1024) bytes += line;
  std::string path = dir.Write("cp.csv", bytes);
  Result<FileEncoding> enc = SniffFileEncoding(path);
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "Windows-1252");
  EXPECT_FALSE(enc->has_replacement_chars);
  Result<std::unique_ptr<DecodingFileReader>> reader = DecodingFileReader::Open(path, *enc);
  ASSERT_OK(reader.status());
  std::string text, chunk;
  while ((*reader)->Read(&chunk)) text += chunk;
  EXPECT_EQ(text, DecodeText(bytes).text);
}

TEST(FileEncodingTest, Utf8CharactersAcrossChunkBoundariesStayUtf8) {
  testing::ScopedTempDir dir;
  // Three-byte characters at every offset: some straddle the 256 KB boundary.
  std::string bytes = "\xEF\xBB\xBF";
  while (bytes.size() < 300 * 1024) bytes += "a\xE2\x82\xAC\xEF\xBF\xBD;";
  std::string path = dir.Write("u.csv", bytes);
  Result<FileEncoding> enc = SniffFileEncoding(path);
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "UTF-8 (BOM)");
  EXPECT_TRUE(enc->has_replacement_chars);
  Result<std::unique_ptr<DecodingFileReader>> reader = DecodingFileReader::Open(path, *enc);
  ASSERT_OK(reader.status());
  std::string text, chunk;
  while ((*reader)->Read(&chunk)) text += chunk;
  EXPECT_EQ(text, bytes.substr(3));
}

// Stray bytes in a large UTF-8 file, one of them right at the chunk boundary:
// the file stays UTF-8, the streamed text is repaired exactly as in memory and
// the bad bytes are named with their lines.
TEST(FileEncodingTest, StrayBytesInUtf8AreRepairedInChunks) {
  testing::ScopedTempDir dir;
  std::string bytes = "Ort;Kapazität\n";
  while (bytes.size() < 256 * 1024 - 1) bytes += "Bürgerhaus;12\n";
  bytes.resize(256 * 1024 - 1);
  bytes += "\xC3";  // the first byte of an "ä" whose second byte is missing, cut by the chunk
  bytes +=
      "\nStra\xDF"
      "e;3\n";
  std::string path = dir.Write("u.csv", bytes);
  Result<FileEncoding> enc = SniffFileEncoding(path);
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "UTF-8");
  EXPECT_FALSE(enc->has_replacement_chars);
  EXPECT_EQ(enc->invalid_count, 2);
  ASSERT_EQ(enc->invalid_bytes.size(), 2u);
  int lines = static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
  EXPECT_EQ(enc->invalid_bytes[0].byte, 0xC3);
  EXPECT_EQ(enc->invalid_bytes[1].line, lines);
  EXPECT_EQ(enc->invalid_bytes[1].byte, 0xDF);
  Result<std::unique_ptr<DecodingFileReader>> reader = DecodingFileReader::Open(path, *enc);
  ASSERT_OK(reader.status());
  std::string text, chunk;
  while ((*reader)->Read(&chunk)) text += chunk;
  EXPECT_EQ(text, DecodeText(bytes).text);
  EXPECT_NE(text.find("\xEF\xBF\xBD\nStra\xEF\xBF\xBD"
                      "e;3\n"),
            std::string::npos);
  EXPECT_TRUE(IsValidUtf8(text));
}

TEST(FileEncodingTest, OneStrayByteBesideOneUmlautStaysUtf8) {
  testing::ScopedTempDir dir;
  Result<FileEncoding> enc = SniffFileEncoding(dir.Write("t.csv", "Gr\xC3\xB6\xC3"));
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "UTF-8");
  EXPECT_EQ(enc->invalid_count, 1);
  // The header of the reliability run: one umlaut, one stray byte.
  enc = SniffFileEncoding(dir.Write("k.csv",
                                    "Datum;Kapazit\xC3\xA4t\n01.02.2026;1\x9F"
                                    "2\n"));
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "UTF-8");
  // Windows-1252 has no valid multi-byte character to show.
  enc = SniffFileEncoding(dir.Write("w.csv", "Datum;Kapazit\xE4t\n01.02.2026;12\n"));
  ASSERT_OK(enc.status());
  EXPECT_EQ(enc->encoding, "Windows-1252");
  EXPECT_FALSE(SniffFileEncoding((dir.path() / "missing.csv").string()).ok());
}

}  // namespace

}  // namespace ankerbericht
