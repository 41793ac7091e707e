// The .xlsx reader on workbooks written here with Poco::Zip (no binary
// fixtures in the repository), and the Microsoft Forms and Google Forms presets.
#include "import/xlsx_reader.h"

#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>

#include "import_harness.h"
#include "test_util.h"
#include "xlsx_workbook.h"

namespace ankerbericht {
namespace {

using testing::Workbook;
using testing::Zip;

TEST(XlsxReaderTest, SharedInlineNumbersDatesAndGaps) {
  std::string bytes =
      Workbook({{"Daten",
                 "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" "
                 "t=\"inlineStr\"><is><t>Wunsch</t></is></c></row>"
                 "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>46150.5</v></c><c r=\"B3\"><v>4.5</v></c>"
                 "<c r=\"C3\" t=\"s\"><v>1</v></c></row>"}},
               {"Datum", "L&#246;tkolben &amp; Zinn"});
  Result<XlsxSheet> sheet = ReadXlsxSheet(bytes, "");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  const std::vector<CsvRecord>& rows = sheet->rows;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"Datum", "", "Wunsch"}));
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[1].fields,
            (std::vector<std::string>{"2026-05-08 12:00:00", "4.5", "Lötkolben & Zinn"}));
}

TEST(XlsxReaderTest, NamedSheetAndUnknownSheet) {
  std::string bytes =
      Workbook({{"Titel", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"},
                {"Zahlen", "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"}},
               {});
  Result<XlsxSheet> sheet = ReadXlsxSheet(bytes, "Zahlen");
  ASSERT_TRUE(sheet.ok());
  EXPECT_EQ(sheet->rows[0].fields[0], "7");
  Result<XlsxSheet> missing = ReadXlsxSheet(bytes, "Gibt es nicht");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(),
            "kein Tabellenblatt \"Gibt es nicht\" in der Arbeitsmappe (Blätter: Titel, Zahlen)");
}

TEST(XlsxReaderTest, RefusesOversizedParts) {
  std::string row =
      "<row><c t=\"inlineStr\"><is><t>" + std::string(4000, 'a') + "</t></is></c></row>";
  std::string data;
  for (int i = 0; i < 600; ++i) data += row;  // 2.4 MB that compresses to a few KB
  std::string bytes = Workbook({{"S", data}}, {});
  XlsxLimits limits;
  limits.max_entry_bytes = 1 << 20;
  Result<XlsxSheet> rows = ReadXlsxSheet(bytes, "", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("Zip-Bombe"), std::string::npos)
      << rows.status().message();
  limits = XlsxLimits();
  limits.max_ratio = 10;
  rows = ReadXlsxSheet(bytes, "", limits);
  ASSERT_FALSE(rows.ok());
}

TEST(XlsxReaderTest, DamagedWorkbookIsAnError) {
  Result<XlsxSheet> rows = ReadXlsxSheet(std::string("PK\x03\x04garbage", 11), "");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), Status::Code::kInvalidInput);
}

// 16,384 columns are allowed in Excel, but a cell in column XFD must not make
// every row 16,385 strings wide (issue 18.2: 1.9 MB ran past 3 GB).
TEST(XlsxReaderTest, CellsFarRightAreIgnoredNotAllocated) {
  std::string data;
  const int kRows = 5000;
  for (int r = 1; r <= kRows; ++r) {
    std::string n = std::to_string(r);
    data += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"C" + n +
            "\" t=\"s\"><v>0</v></c><c r=\"XFD" + n + "\" t=\"s\"><v>0</v></c></row>";
  }
  Result<XlsxSheet> sheet = ReadXlsxSheet(Workbook({{"S", data}}, {"x"}), "");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  ASSERT_EQ(sheet->rows.size(), static_cast<size_t>(kRows));
  EXPECT_EQ(sheet->rows[0].fields, (std::vector<std::string>{"1", "", "x"}));
  EXPECT_EQ(sheet->cells_ignored, kRows);
  // Three strings a row and the row itself, not 16,385 strings (2.6 GB).
  EXPECT_LT(sheet->materialised_bytes, 200u * kRows) << sheet->materialised_bytes;
}

TEST(XlsxReaderTest, EmptyCellsDoNotWidenARow) {
  std::string data =
      "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"ZZ1\" t=\"inlineStr\"><is><t></t></is></c><c r=\"AAA1\"/></row>";
  Result<XlsxSheet> sheet = ReadXlsxSheet(Workbook({{"S", data}}, {"a", ""}), "");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  EXPECT_EQ(sheet->rows[0].fields, (std::vector<std::string>{"1"}));
  EXPECT_EQ(sheet->cells_ignored, 0);
}

// One long shared string referenced by every cell: 2.5 MB on disk, gigabytes
// once every cell holds its copy. The copies are budgeted and the sheet is
// refused when the budget runs out (issue 18.2).
TEST(XlsxReaderTest, SharedStringAmplificationIsRefused) {
  std::string data;
  for (int r = 1; r <= 2000; ++r) {
    data += "<row r=\"" + std::to_string(r) + "\">";
    for (int c = 0; c < 20; ++c) data += "<c t=\"s\"><v>0</v></c>";
    data += "</row>";
  }
  const std::string bytes =
      Workbook({{"S", data}}, {std::string(64 * 1024, 'a')});  // 40,000 x 64 KB = 2.6 GB
  Result<XlsxSheet> sheet = ReadXlsxSheet(bytes, "");
  ASSERT_FALSE(sheet.ok());
  EXPECT_EQ(sheet.status().code(), Status::Code::kInvalidInput);
  EXPECT_NE(
      sheet.status().message().find("die Zellen des Tabellenblatts enthalten mehr als 128 MB Text"),
      std::string::npos)
      << sheet.status().message();

  // Within a budget the copies are counted: 100 cells of 64 KB each.
  XlsxLimits limits;
  limits.max_materialised_bytes = 8u << 20;
  std::string few = "<row r=\"1\">";
  for (int c = 0; c < 100; ++c) few += "<c t=\"s\"><v>0</v></c>";
  few += "</row>";
  sheet = ReadXlsxSheet(Workbook({{"S", few}}, {std::string(64 * 1024, 'a')}), "", limits);
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  EXPECT_GT(sheet->materialised_bytes, 100u * 64 * 1024);
  limits.max_materialised_bytes = 1u << 20;
  EXPECT_FALSE(
      ReadXlsxSheet(Workbook({{"S", few}}, {std::string(64 * 1024, 'a')}), "", limits).ok());
}

// A row number past Excel's last row wrapped to line -2147483648 in messages
// (issue 18.7); such a sheet is refused.
TEST(XlsxReaderTest, RowNumbersOutsideTheSheetAreRefused) {
  for (const std::string r : {"2147483647", "99999999999", "1048577", "0", "-3", "2.5"}) {
    std::string data =
        "<row r=\"1\"><c><v>1</v></c></row><row r=\"" + r + "\"><c><v>2</v></c></row>";
    Result<XlsxSheet> sheet = ReadXlsxSheet(Workbook({{"S", data}}, {}), "");
    ASSERT_FALSE(sheet.ok()) << r;
    EXPECT_EQ(sheet.status().message(), "Zeilennummer \"" + r +
                                            "\" ist keine Zeile eines Tabellenblatts "
                                            "(Excel-Blätter haben die Zeilen 1 bis 1048576)");
  }
  // Rows without a number count on from the last one, up to the last row.
  std::string data = "<row r=\"1048576\"><c><v>1</v></c></row><row><c><v>2</v></c></row>";
  EXPECT_FALSE(ReadXlsxSheet(Workbook({{"S", data}}, {}), "").ok());
  data = "<row r=\"1048575\"><c><v>1</v></c></row><row><c><v>2</v></c></row>";
  Result<XlsxSheet> last = ReadXlsxSheet(Workbook({{"S", data}}, {}), "");
  ASSERT_TRUE(last.ok()) << last.status().ToString();
  EXPECT_EQ(last->rows[1].line, 1048576);
}

// Google Sheets stores the 4 of a 1-4 item as "4.0"; Excel shows 4 (General
// format). A number with a format of its own keeps its stored text.
TEST(XlsxReaderTest, GeneralNumbersReadAsExcelShowsThem) {
  std::string bytes = Workbook(
      {{"Antworten",
        "<row r=\"1\"><c r=\"A1\"><v>4.0</v></c><c r=\"B1\" s=\"0\"><v>4.0000000000000009</v></c>"
        "<c r=\"C1\"><v>0.30000000000000004</v></c><c r=\"D1\"><v>-2.50</v></c><c "
        "r=\"E1\"><v>1E+20</v></c>"
        "<c r=\"F1\"><v>12</v></c><c r=\"G1\" t=\"str\"><v>4.0</v></c><c r=\"H1\" "
        "t=\"n\"><v>-0.0</v></c></row>"}},
      {});
  Result<XlsxSheet> sheet = ReadXlsxSheet(bytes, "");
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  ASSERT_EQ(sheet->rows.size(), 1u);
  EXPECT_EQ(sheet->rows[0].fields,
            (std::vector<std::string>{"4", "4", "0.3", "-2.5", "1E+20", "12", "4.0", "0"}));
}

TEST(XlsxReaderTest, ExcelSerialDates) {
  EXPECT_EQ(ExcelSerialToIso(1, false), "1900-01-01");
  EXPECT_EQ(ExcelSerialToIso(61, false), "1900-03-01");
  EXPECT_EQ(ExcelSerialToIso(45000, false), "2023-03-15");
  EXPECT_EQ(ExcelSerialToIso(45000.75, true), "2023-03-15 18:00:00");
  EXPECT_EQ(ExcelSerialToIso(-3, false), "");
}

std::string Cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

TEST(XlsxImportTest, MicrosoftFormsGerman) {
  testing::Harness h;
  h.file = "forms.xlsx";
  std::string sheet =
      "<row r=\"1\">" + Cell("A1", "ID") + Cell("B1", "Startzeit") +
      Cell("C1", "Fertigstellungszeit") + Cell("D1", "E-Mail") + Cell("E1", "Name") +
      Cell("F1", "Ich bin insgesamt zufrieden\xC2\xA0") + Cell("G1", "Gesamtnote") +
      "</row>"
      "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>46146.4</v></c><c r=\"C2\" "
      "s=\"1\"><v>46146.41</v></c>" +
      Cell("D2", "anonymous") + Cell("F2", "stimme voll zu") + Cell("G2", "sehr gut") + "</row>";
  ASSERT_OK(h.Import(InputKind::kFeedback, Workbook({{"Form1", sheet}}, {})));
  EXPECT_EQ(h.outcome.format, "msforms");
  EXPECT_EQ(h.outcome.encoding, "xlsx");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  const FeedbackResponse& r = h.outcome.batch.feedback[0];
  EXPECT_EQ(r.date, Date(2026, 5, 4));
  EXPECT_EQ(r.response_id, "1");
  EXPECT_EQ(r.channel, Channel::kDigital);
  EXPECT_EQ(r.answers.at("zufrieden"), "stimme voll zu");
  EXPECT_EQ(r.answers.at("note"), "sehr gut");
  EXPECT_TRUE(h.HasNotice("E-Mail, Name"));
}

TEST(XlsxImportTest, IgnoredCellsAreNamedInANotice) {
  testing::Harness h;
  h.file = "forms.xlsx";
  std::string sheet = "<row r=\"1\">" + Cell("A1", "ID") + Cell("B1", "Startzeit") +
                      Cell("C1", "Fertigstellungszeit") + Cell("D1", "Gesamtnote") +
                      Cell("XFD1", "Kommentar") + "</row><row r=\"2\"><c r=\"A2\"><v>1</v></c>" +
                      Cell("C2", "2026-05-04") + Cell("D2", "gut") + Cell("XFD2", "x") + "</row>";
  ASSERT_OK(h.Import(InputKind::kFeedback, Workbook({{"Form1", sheet}}, {})));
  EXPECT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_TRUE(h.HasNotice("2 Zelle(n) hinter Spalte AMJ (der 1024.) wurden nicht gelesen"));
}

TEST(XlsxImportTest, MicrosoftFormsEnglishSharedStrings) {
  testing::Harness h;
  std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
      "t=\"s\"><v>2</v></c>"
      "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" "
      "t=\"s\"><v>5</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"B2\" s=\"1\"><v>46146.4</v></c><c r=\"C2\" "
      "s=\"1\"><v>46147</v></c>"
      "<c r=\"F2\" t=\"s\"><v>6</v></c></row>";
  ASSERT_OK(
      h.Import(InputKind::kFeedback,
               Workbook({{"Sheet1", sheet}}, {"ID", "Start time", "Completion time", "Email",
                                              "Name", "Würden Sie uns weiterempfehlen?", "Yes"})));
  EXPECT_EQ(h.outcome.format, "msforms");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 5, 5));
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("empfehlen"), "Yes");
}

// Google Forms' xlsx download: the timestamp is a date cell. Its responses get
// the ids of the same responses in the CSV download, so either counts once.
TEST(XlsxImportTest, GoogleFormsGivesTheIdsOfTheCsvDownload) {
  testing::Harness csv;
  ASSERT_OK(csv.Import(
      InputKind::kFeedback,
      "Timestamp,Gesamtnote,Was wünschen Sie sich?\n1/18/2026 14:18:05,2,Mehr Abendtermine\n"));
  ASSERT_EQ(csv.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(csv.Rejections());
  testing::Harness h;
  h.file = "antworten.xlsx";
  std::string sheet = "<row r=\"1\">" + Cell("A1", "Timestamp") + Cell("B1", "Gesamtnote") +
                      Cell("C1", "Was wünschen Sie sich?") +
                      "</row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>46040.595891203704</v></c><c "
                      "r=\"B2\"><v>2</v></c>" +
                      Cell("C2", "Mehr Abendtermine") + "</row>";
  ASSERT_OK(h.Import(InputKind::kFeedback, Workbook({{"Formularantworten 1", sheet}}, {})));
  EXPECT_EQ(h.outcome.format, "googleforms");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 1, 18));
  EXPECT_EQ(h.outcome.batch.feedback[0].response_id, csv.outcome.batch.feedback[0].response_id);
}

// 207 Google Sheets responses on a 1-4 item were refused as "4.0".
TEST(XlsxImportTest, GoogleSheetsWholeNumbersAreAnswersOnTheScale) {
  testing::Harness h;
  h.file = "antworten.xlsx";
  std::string sheet =
      "<row r=\"1\">" + Cell("A1", "Timestamp") + Cell("B1", "Gesamtnote") +
      "</row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>46040.5</v></c><c r=\"B2\"><v>4.0</v></c></row>";
  ASSERT_OK(h.Import(InputKind::kFeedback, Workbook({{"Formularantworten 1", sheet}}, {})));
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("note"), "4");
}

}  // namespace
}  // namespace ankerbericht
