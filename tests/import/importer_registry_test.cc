// The importer registry, and what every table importer does whatever the
// kind: bytes in, records and rejections out, exactly as `ankerbericht
// import` sees them (docs/input-formats.md).
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

TEST(FindImporterTest, ByKind) {
  Result<const ImporterInfo*> csv = FindImporter("", InputKind::kEvents);
  ASSERT_TRUE(csv.ok());
  EXPECT_STREQ((*csv)->name, "csv");
  Result<const ImporterInfo*> md = FindImporter("", InputKind::kNotes);
  ASSERT_TRUE(md.ok());
  EXPECT_STREQ((*md)->name, "markdown");
}

TEST(FindImporterTest, UnknownFormat) {
  Result<const ImporterInfo*> r = FindImporter("ods", InputKind::kEvents);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUsage);
  EXPECT_EQ(r.status().message().rfind("unbekanntes Format \"ods\" (bekannt: csv, ", 0), 0u)
      << r.status().message();
}

TEST(FindImporterTest, FormatThatCannotReadTheKind) {
  Result<const ImporterInfo*> r = FindImporter("csv", InputKind::kNotes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUsage);
  EXPECT_EQ(r.status().message(), "das Format \"csv\" kann notes nicht lesen");
}

// ================================================================ any table

TEST_F(ImportTest, NoRecognisableHeaderFails) {
  Status s = Import(InputKind::kVisits, "foo;bar\n1;2\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind("x.csv:1: keine Kopfzeile", 0), 0u) << s.message();
  EXPECT_NE(s.message().find("in, timestamp or date"), std::string::npos) << s.message();
}

TEST_F(ImportTest, NoHeaderNamesTheFirstNonBlankLine) {
  Status s = Import(InputKind::kEvents, "\n\nID;Datum\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(
                "x.csv:3: keine Kopfzeile mit den Spalten title, format für events gefunden", 0),
            0u)
      << s.message();
}

TEST_F(ImportTest, EmptyFileFails) {
  Status s = Import(InputKind::kVotes, "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "x.csv:1: die Datei ist leer");
}

TEST_F(ImportTest, UnknownFieldInColumnMappingFails) {
  source_ = SourceSpec{};
  source_->columns = {{"teilnehmer", "Anzahl Gäste"}};
  Status s = Import(InputKind::kEvents, "ID;Datum;Titel;Format\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(
      s.message().rfind(
          "\"columns\" von x.csv: unbekanntes Feld \"teilnehmer\" für events (bekannt: id, date, ",
          0),
      0u)
      << s.message();
}

TEST_F(ImportTest, UnterminatedQuoteFailsWithFileAndLine) {
  Status s = Import(InputKind::kVotes,
                    "Datum;Wunsch;Punkte\n05.03.2026;Drucker;2\n05.03.2026;\"Laser;3\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(),
            "x.csv:3: ein hier geöffnetes Anführungszeichen (\") wird nie geschlossen");
}

TEST_F(ImportTest, ReplacementCharactersGiveANotice) {
  ASSERT_OK(Import(InputKind::kVotes, "Datum;Wunsch;Punkte\n05.03.2026;L\xEF\xBF\xBDtkolben;2\n"));
  ASSERT_EQ(outcome_.notices.size(), 1u);
  EXPECT_NE(outcome_.notices[0].find("Ersatzzeichen"), std::string::npos);
}

TEST_F(ImportTest, BlankRowsAreNotCounted) {
  ASSERT_OK(Import(InputKind::kVotes, "Datum;Wunsch;Punkte\n\n05.03.2026;Drucker;2\n;;\n"));
  EXPECT_EQ(outcome_.rows_read, 1);
  ASSERT_EQ(outcome_.batch.votes.size(), 1u);
  EXPECT_EQ(outcome_.batch.votes[0].line, 3);
}

// A Zeile länger als the limit is refused with its number, before it is read
// whole (a 500 MB file of one line would otherwise fill the memory).
TEST_F(ImportTest, LineLongerThanTheLimitIsRefused) {
  std::string csv = "Datum;Wunsch;Punkte\n05.03.2026;Drucker;2\n05.03.2026;" +
                    std::string(kMaxLineBytes, 'x') + ";3\n";
  Status s = Import(InputKind::kVotes, csv);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(
      s.message().rfind("x.csv:3: Zeile länger als 1048576 Bytes (höchstens 1 MiB je Zeile)", 0),
      0u)
      << s.message();
  // Also when it is the first line, where the header is looked for.
  s = Import(InputKind::kVotes, "\"" + std::string(kMaxLineBytes + 1, 'x'));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("x.csv:1: Zeile länger als", 0), 0u) << s.message();
}

}  // namespace
}  // namespace ankerbericht
