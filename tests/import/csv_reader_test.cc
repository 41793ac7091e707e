#include "import/csv_reader.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "import/table_file.h"
#include "import/text_decoding.h"
#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

using Fields = std::vector<std::string>;

// Reads every record of |text|.
std::vector<CsvRecord> ReadAll(std::string_view text, char delimiter,
                               std::string* error = nullptr) {
  CsvReader reader(text, delimiter);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.Next(&record)) records.push_back(record);
  if (error) *error = reader.error();
  return records;
}

TEST(CsvReaderTest, SimpleRecords) {
  std::vector<CsvRecord> r = ReadAll("Datum;Besucher\n01.03.2026;12\n", ';');
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].fields, (Fields{"Datum", "Besucher"}));
  EXPECT_EQ(r[1].fields, (Fields{"01.03.2026", "12"}));
  EXPECT_EQ(r[0].line, 1);
  EXPECT_EQ(r[1].line, 2);
}

TEST(CsvReaderTest, LastLineWithoutNewline) {
  std::vector<CsvRecord> r = ReadAll("a;b\nc;d", ';');
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].fields, (Fields{"c", "d"}));
}

TEST(CsvReaderTest, EmptyInputHasNoRecords) { EXPECT_TRUE(ReadAll("", ';').empty()); }

TEST(CsvReaderTest, EmptyFields) {
  std::vector<CsvRecord> r = ReadAll(";a;;\n", ';');
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].fields, (Fields{"", "a", "", ""}));
  EXPECT_FALSE(r[0].IsBlank());
}

TEST(CsvReaderTest, BlankLines) {
  std::vector<CsvRecord> r = ReadAll("a\n\n;;;\n \t\n", ';');
  ASSERT_EQ(r.size(), 4u);
  EXPECT_FALSE(r[0].IsBlank());
  EXPECT_TRUE(r[1].IsBlank());
  EXPECT_TRUE(r[2].IsBlank());
  EXPECT_TRUE(r[3].IsBlank());
}

TEST(CsvReaderTest, QuotedFieldWithDelimiter) {
  std::vector<CsvRecord> r = ReadAll("\"Müller; Schmidt\";x\n", ';');
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].fields, (Fields{"Müller; Schmidt", "x"}));
}

TEST(CsvReaderTest, DoubledQuotes) {
  std::vector<CsvRecord> r = ReadAll("\"Der \"\"Digitalcafé\"\" Abend\";\"\"\n", ';');
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].fields, (Fields{"Der \"Digitalcafé\" Abend", ""}));
}

TEST(CsvReaderTest, StrayQuoteInsideAFieldIsText) {
  std::vector<CsvRecord> r = ReadAll("24\" Monitor;2\n", ';');
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].fields, (Fields{"24\" Monitor", "2"}));
}

TEST(CsvReaderTest, NewlineInsideQuotesAndLineNumbers) {
  // Record 2 starts on line 2 and spans lines 2-4; record 3 starts on line 5.
  std::string text =
      "ID,Kommentar\n"
      "1,\"erste Zeile\n"
      "zweite Zeile\n"
      "dritte\"\n"
      "2,kurz\n";
  std::vector<CsvRecord> r = ReadAll(text, ',');
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].line, 2);
  EXPECT_EQ(r[1].fields, (Fields{"1", "erste Zeile\nzweite Zeile\ndritte"}));
  EXPECT_EQ(r[2].line, 5);
  EXPECT_EQ(r[2].fields, (Fields{"2", "kurz"}));
}

TEST(CsvReaderTest, CrLfLineEnds) {
  std::vector<CsvRecord> r = ReadAll("a;b\r\nc;d\r\n", ';');
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(r[1].fields, (Fields{"c", "d"}));
  EXPECT_EQ(r[1].line, 2);
}

TEST(CsvReaderTest, CrLfWithMultiLineQuotedField) {
  std::vector<CsvRecord> r = ReadAll("\"a\r\nb\";c\r\nd;e\r\n", ';');
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].fields[1], "c");
  EXPECT_EQ(r[1].line, 3);
  EXPECT_EQ(r[1].fields, (Fields{"d", "e"}));
}

TEST(CsvReaderTest, TabDelimiter) {
  std::vector<CsvRecord> r = ReadAll("a\tb c\t\n", '\t');
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].fields, (Fields{"a", "b c", ""}));
}

TEST(CsvReaderTest, UnterminatedQuoteSetsError) {
  std::string error;
  std::vector<CsvRecord> r = ReadAll("a;b\nc;\"offen\nnoch offen\n", ';', &error);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].fields[1], "offen\nnoch offen\n");  // runs to the end of input
  EXPECT_EQ(error, "Zeile 2: ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen");
}

TEST(CsvReaderTest, NoErrorForWellFormedInput) {
  std::string error = "unset";
  ReadAll("\"a\";\"b\"\n", ';', &error);
  EXPECT_EQ(error, "");
}

// ---------------------------------------------------------------- SniffDelimiter

TEST(SniffDelimiterTest, Semicolon) {
  EXPECT_EQ(SniffDelimiter("Datum;Besucher;Ausgang\n1,5;2;3\n"), ';');
}

TEST(SniffDelimiterTest, Comma) { EXPECT_EQ(SniffDelimiter("Date,Visitors\n2026-01-01,3\n"), ','); }

TEST(SniffDelimiterTest, Tab) {
  EXPECT_EQ(SniffDelimiter("Datum\tBesucher\tKommentar, lang\n"), '\t');
}

TEST(SniffDelimiterTest, SemicolonWinsTies) { EXPECT_EQ(SniffDelimiter("a,b;c\n"), ';'); }

TEST(SniffDelimiterTest, IgnoresSeparatorsInsideQuotes) {
  EXPECT_EQ(SniffDelimiter("\"Titel, lang, mit Kommas\";Datum\n"), ';');
}

TEST(SniffDelimiterTest, SkipsLinesWithoutSeparators) {
  EXPECT_EQ(SniffDelimiter("\n\nBesucherzählung\nDatum,Besucher\n"), ',');
}

TEST(SniffDelimiterTest, DefaultsToSemicolon) { EXPECT_EQ(SniffDelimiter("Datum\n"), ';'); }

// A record over the limit ends the reading: its line is named and the rest of
// it is never held (here a quote that is never closed would swallow the file).
TEST(CsvReaderTest, RecordLongerThanTheLimitStopsTheReader) {
  std::string text = "a;b\n\"" + std::string(kMaxLineBytes, 'x') + "\nc;d\n";
  CsvReader reader(text, ';');
  CsvRecord r;
  ASSERT_TRUE(reader.Next(&r));
  EXPECT_FALSE(reader.Next(&r));
  EXPECT_TRUE(r.fields.empty());
  EXPECT_EQ(reader.error_line(), 2);
  EXPECT_EQ(
      reader.error_detail().rfind("Zeile länger als 1048576 Bytes (höchstens 1 MiB je Zeile)", 0),
      0u);
  EXPECT_FALSE(reader.Next(&r));  // and it stays stopped
  // A record just at the limit is read.
  std::string fits = std::string(kMaxLineBytes - 2, 'y') + ";z\n";
  std::vector<CsvRecord> all = ReadAll(fits, ';');
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].fields[1], "z");
}

}  // namespace
// CSV conformance: our own cases after the csv-spectrum list
// (tests/fixtures/csv-cases/README.md), and the German dialects the suite lacks.
namespace {

namespace fs = std::filesystem;
using Row = std::map<std::string, std::string>;

std::string CasesDir() { return testing::TestDir() + "/fixtures/csv-cases"; }

// Reads |text| the way the importer does and keys every row by the header.
std::vector<Row> ReadKeyed(const std::string& bytes) {
  DecodedText decoded = DecodeText(bytes);
  CsvReader reader(decoded.text, SniffDelimiter(decoded.text));
  CsvRecord record;
  std::vector<std::string> header;
  std::vector<Row> rows;
  while (reader.Next(&record)) {
    if (header.empty()) {
      header = record.fields;
      continue;
    }
    Row row;
    for (size_t i = 0; i < header.size(); ++i)
      row[header[i]] = i < record.fields.size() ? record.fields[i] : "";
    rows.push_back(row);
  }
  EXPECT_EQ(reader.error(), "");
  return rows;
}

std::vector<Row> ReadExpected(const std::string& json) {
  Poco::JSON::Parser parser;
  Poco::Dynamic::Var parsed = parser.parse(json);
  Poco::JSON::Array::Ptr array = parsed.extract<Poco::JSON::Array::Ptr>();
  std::vector<Row> rows;
  for (size_t i = 0; i < array->size(); ++i) {
    Poco::JSON::Object::Ptr obj = array->getObject(static_cast<unsigned>(i));
    Row row;
    for (const auto& [key, value] : *obj) row[key] = value.toString();
    rows.push_back(row);
  }
  return rows;
}

TEST(CsvSpectrumTest, EveryCaseMatchesItsJson) {
  std::set<std::string> checked;
  for (const auto& entry : fs::directory_iterator(CasesDir() + "/csvs")) {
    std::string name = entry.path().stem().string();
    SCOPED_TRACE(name);
    std::string csv = testing::ReadFileToString(entry.path().string());
    std::string json = testing::ReadFileToString(CasesDir() + "/json/" + name + ".json");
    ASSERT_FALSE(json.empty()) << "no json/" << name << ".json";
    EXPECT_EQ(ReadKeyed(csv), ReadExpected(json));
    checked.insert(name);
  }
  // Every case of the csv-spectrum list, plus our two.
  for (const char* name : {"simple", "simple_crlf", "comma_in_quotes", "escaped_quotes", "newlines",
                           "newlines_crlf", "quotes_and_newlines", "empty", "empty_crlf", "utf8",
                           "json", "quotes_with_spaces", "utf8_bom"}) {
    EXPECT_TRUE(checked.count(name)) << name;
  }
  EXPECT_EQ(checked.size(), 13u);
}

TEST(CsvSpectrumTest, CrlfCasesReallyHaveCrlf) {
  for (const char* name : {"simple_crlf", "empty_crlf", "newlines_crlf"}) {
    std::string csv = testing::ReadFileToString(CasesDir() + "/csvs/" + name + ".csv");
    EXPECT_NE(csv.find("\r\n"), std::string::npos) << name;
  }
  std::vector<Row> rows =
      ReadKeyed(testing::ReadFileToString(CasesDir() + "/csvs/newlines_crlf.csv"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].at("Kommentar"), "Erste Zeile\r\nzweite Zeile");
}

// ---------------------------------------------------------------- dialects

std::vector<std::vector<std::string>> Rows(const std::string& bytes) {
  Result<std::unique_ptr<TableFile>> table = TableFile::Open(bytes, "x.csv", "");
  EXPECT_TRUE(table.ok());
  std::unique_ptr<RowSource> rows = (*table)->Rows();
  std::vector<std::vector<std::string>> out;
  CsvRecord record;
  while (rows->Next(&record)) out.push_back(record.fields);
  return out;
}

TEST(CsvDialectTest, SemicolonCommaAndTabAreSniffedFromTheHeader) {
  EXPECT_EQ((*TableFile::Open("Datum;Besucher\n01.02.2026;1,5\n", "x", ""))->DelimiterName(),
            "';'");
  EXPECT_EQ((*TableFile::Open("Date,Visitors\n2026-02-01,3\n", "x", ""))->DelimiterName(), "','");
  EXPECT_EQ((*TableFile::Open("Datum\tBesucher\n01.02.2026\t3\n", "x", ""))->DelimiterName(),
            "tab");
}

TEST(CsvDialectTest, Windows1252IsDecoded) {
  Result<std::unique_ptr<TableFile>> t =
      TableFile::Open("Wunsch;Punkte\nL\xF6tkolben;3\n", "x", "");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ((*t)->encoding(), "Windows-1252");
  EXPECT_EQ(Rows("Wunsch;Punkte\nL\xF6tkolben;3\n")[1][0], "L\xC3\xB6tkolben");
}

TEST(CsvDialectTest, KoboStyleAllQuotedSemicolonCrlf) {
  auto rows =
      Rows("\"start\";\"end\"\r\n\"\";\"#end\"\r\n\"2017-10-23T05:40:39.000-04:00\";\"x;y\"\r\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2][1], "x;y");
}

TEST(CsvDialectTest, UnterminatedQuoteReportsFileAndLine) {
  CsvReader reader("a;b\nc;\"offen\n", ';');
  CsvRecord r;
  while (reader.Next(&r)) {
  }
  EXPECT_EQ(reader.error_line(), 2);
  EXPECT_EQ(reader.error_detail(),
            "ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen");
}

}  // namespace

// The streamed path of CSV input: a file decoded in chunks and parsed as the
// chunks arrive gives the same records as the whole text in memory, whatever
// the chunk boundaries cut (characters, CRLF, doubled quotes, quoted breaks).
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

}  // namespace

}  // namespace ankerbericht
