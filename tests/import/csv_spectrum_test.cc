// CSV conformance: our own cases after the csv-spectrum list
// (tests/fixtures/csv-cases/README.md), and the German dialects the suite lacks.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/table_file.h"
#include "import/text_decoding.h"
#include "test_util.h"

namespace ankerbericht {
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
  EXPECT_EQ(reader.error_detail(), "a quote (\") opened here is never closed");
}

}  // namespace
}  // namespace ankerbericht
