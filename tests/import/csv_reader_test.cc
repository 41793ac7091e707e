#include "import/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

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
  EXPECT_EQ(error, "line 2: a quote (\") opened here is never closed");
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
  EXPECT_EQ(reader.error_detail().rfind("line longer than 1048576 bytes (limit 1 MiB per line)", 0),
            0u);
  EXPECT_FALSE(reader.Next(&r));  // and it stays stopped
  // A record just at the limit is read.
  std::string fits = std::string(kMaxLineBytes - 2, 'y') + ";z\n";
  std::vector<CsvRecord> all = ReadAll(fits, ';');
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].fields[1], "z");
}

}  // namespace
}  // namespace ankerbericht
