// TableFile on hostile spreadsheets: the size of a workbook file is checked
// before it is read, and a workbook's rows are read in place.
#include "import/table_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/text_decoding.h"
#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

// A 2 GB file that starts like a zip was read whole into memory, then copied
// again (issue 18.2). It is refused from its size; being sparse, it costs the
// test no disk space.
TEST(TableFileTest, HugeWorkbookIsRefusedBeforeReading) {
  testing::ScopedTempDir dir;
  std::string path = dir.Write("gross.xlsx", std::string("PK\x03\x04", 4));
  std::filesystem::resize_file(path, 2048ull << 20);
  Result<std::unique_ptr<TableFile>> table = TableFile::OpenFile(path, "daten/gross.xlsx", "");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(table.status().message(),
            "daten/gross.xlsx: Arbeitsmappe zu groß (2048 MB, höchstens 64 MB)");

  // Bytes already in memory are held to the same limit.
  std::string bytes(65u << 20, '\0');
  bytes.replace(0, 4, "PK\x03\x04");
  table = TableFile::Open(std::move(bytes), "x.xlsx", "");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().message(), "x.xlsx: Arbeitsmappe zu groß (65 MB, höchstens 64 MB)");
}

TEST(TableFileTest, DamagedWorkbookOnDiskNamesTheFile) {
  testing::ScopedTempDir dir;
  std::string path = dir.Write("kaputt.xlsx", std::string("PK\x03\x04 not a zip", 15));
  Result<std::unique_ptr<TableFile>> table = TableFile::OpenFile(path, "kaputt.xlsx", "");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().message().rfind("kaputt.xlsx: keine lesbare .xlsx-Arbeitsmappe", 0), 0u)
      << table.status().message();
}

}  // namespace
// A table file read from disk gives the records the same bytes give in memory.
namespace {

std::vector<std::vector<std::string>> ReadAll(RowSource* reader) {
  std::vector<std::vector<std::string>> rows;
  CsvRecord record;
  while (reader->Next(&record)) rows.push_back(record.fields);
  return rows;
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
