// The streamed path of CSV input: a file decoded in chunks and parsed as the
// chunks arrive gives the same records as the whole text in memory, whatever
// the chunk boundaries cut (characters, CRLF, doubled quotes, quoted breaks).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/table_file.h"
#include "import/text_decoding.h"
#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

// Hands out |text| |size| bytes at a time.
class SlicedText : public TextChunks {
 public:
  SlicedText(std::string text, size_t size) : text_(std::move(text)), size_(size) {}
  bool Read(std::string* chunk) override {
    if (pos_ >= text_.size()) return false;
    *chunk = text_.substr(pos_, size_);
    pos_ += size_;
    return true;
  }

 private:
  std::string text_;
  size_t size_;
  size_t pos_ = 0;
};

std::vector<std::vector<std::string>> ReadAll(RowSource* reader) {
  std::vector<std::vector<std::string>> rows;
  CsvRecord record;
  while (reader->Next(&record)) rows.push_back(record.fields);
  return rows;
}

TEST(StreamingCsvReaderTest, AnyChunkSizeGivesTheSameRecords) {
  const std::string text =
      "a;b;c\r\n1;\"ha \"\"ha\"\" ha\";3\r\n\"Once upon \r\na "
      "time\";5;\"\"\r\n7;8;\xC3\xA4\xC3\xB6\r\n\r\n"
      "x;\"y;z\";\n";
  CsvReader whole(text, ';');
  const auto expected = ReadAll(&whole);
  ASSERT_EQ(expected.size(), 6u);
  EXPECT_EQ(expected[1][1], "ha \"ha\" ha");
  EXPECT_EQ(expected[2][0], "Once upon \r\na time");
  for (size_t size : {1u, 2u, 3u, 5u, 7u, 64u}) {
    SlicedText chunks(text, size);
    CsvReader streamed(&chunks, ';');
    EXPECT_EQ(ReadAll(&streamed), expected) << "chunk size " << size;
  }
}

TEST(StreamingCsvReaderTest, LineNumbersAndUnclosedQuote) {
  SlicedText chunks("a;b\n1;\"x\ny\"\n2;\"open\n", 2);
  CsvReader reader(&chunks, ';');
  CsvRecord r;
  ASSERT_TRUE(reader.Next(&r));
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(r.line, 2);
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_EQ(r.line, 4);
  EXPECT_EQ(reader.error_line(), 4);
}

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

TEST(TableFileTest, FileOnDiskReadsLikeBytesInMemory) {
  testing::ScopedTempDir dir;
  const std::string bytes =
      "Titel der Auswertung\n\nDatum,Besucher\n01.02.2026,3\n02.02.2026,\"4\"\n";
  Result<std::unique_ptr<TableFile>> on_disk =
      TableFile::OpenFile(dir.Write("x.csv", bytes), "x.csv", "");
  Result<std::unique_ptr<TableFile>> in_memory = TableFile::Open(bytes, "x.csv", "");
  ASSERT_OK(on_disk.status());
  ASSERT_OK(in_memory.status());
  EXPECT_EQ((*on_disk)->DelimiterName(), "','");
  EXPECT_EQ((*on_disk)->encoding(), "UTF-8");
  EXPECT_EQ((*on_disk)->GuessHeaderRow(nullptr), (*in_memory)->GuessHeaderRow(nullptr));
  // Rows() starts again from the top every time.
  for (int pass = 0; pass < 2; ++pass) {
    std::unique_ptr<RowSource> a = (*on_disk)->Rows();
    std::unique_ptr<RowSource> b = (*in_memory)->Rows();
    EXPECT_EQ(ReadAll(a.get()), ReadAll(b.get()));
  }
}

}  // namespace
}  // namespace ankerbericht
