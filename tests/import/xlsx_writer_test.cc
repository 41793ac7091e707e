// The .xlsx writer: what it writes, the reader reads back cell for cell.
#include "import/xlsx_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "import/xlsx_reader.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

TEST(XlsxWriter, ColumnNamesCountLikeExcel) {
  EXPECT_EQ(XlsxColumnName(0), "A");
  EXPECT_EQ(XlsxColumnName(25), "Z");
  EXPECT_EQ(XlsxColumnName(26), "AA");
  EXPECT_EQ(XlsxColumnName(701), "ZZ");
  EXPECT_EQ(XlsxColumnName(702), "AAA");
}

TEST(XlsxWriter, ReaderGetsBackEverySheetAndCell) {
  XlsxWorkbook book;
  book.sheets.push_back({"Eingabe",
                         {{"Datum", "Größe <&> \"x\"", "", "D"}, {"1", "", "drei"}},
                         {12, 20},
                         true,
                         {{1, 100, "'Werte'!$A$3:$A$5"}}});
  book.sheets.push_back({"Werte", {{"a"}, {"b"}}, {}, false, {}});
  std::string bytes = XlsxBytes(book);
  for (const char* name : {"Eingabe", "Werte"}) {
    Result<XlsxSheet> sheet = ReadXlsxSheet(bytes, name);
    ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  }
  Result<XlsxSheet> entry = ReadXlsxSheet(bytes, "Eingabe");
  ASSERT_EQ(entry->rows.size(), 2u);
  EXPECT_EQ(entry->rows[0].fields, (std::vector<std::string>{"Datum", "Größe <&> \"x\"", "", "D"}));
  EXPECT_EQ(entry->rows[1].fields, (std::vector<std::string>{"1", "", "drei"}));
  EXPECT_NE(bytes.find("xl/worksheets/sheet2.xml"), std::string::npos);
}

TEST(XlsxWriter, UnwritableFolderIsAnIoError) {
  Status s = WriteXlsx(XlsxWorkbook{}, "/nonexistent-folder/entry.xlsx");
  EXPECT_EQ(s.code(), Status::Code::kIOError) << s.ToString();
}

}  // namespace
}  // namespace ankerbericht
