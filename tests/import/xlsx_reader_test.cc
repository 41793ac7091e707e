// The .xlsx reader on workbooks written here with Poco::Zip (no binary
// fixtures in the repository), and the Microsoft Forms preset.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>

#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>

#include "import/xlsx_reader.h"
#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

// Zips |parts| (name -> content) into an .xlsx byte string.
std::string Zip(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2026, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

const char kNs[] = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                   "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A workbook with the sheets |sheets| (name -> sheetData XML), the shared
// strings |shared| and a style 1 that formats dates (numFmtId 22).
std::string Workbook(const std::vector<std::pair<std::string, std::string>>& sheets,
                     const std::vector<std::string>& shared) {
  std::map<std::string, std::string> parts;
  std::string wb = std::string("<?xml version=\"1.0\"?><workbook ") + kNs + "><sheets>";
  std::string rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (size_t i = 0; i < sheets.size(); ++i) {
    std::string n = std::to_string(i + 1);
    wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] =
        std::string("<?xml version=\"1.0\"?><worksheet ") + kNs + "><sheetData>" + sheets[i].second +
        "</sheetData></worksheet>";
  }
  parts["xl/workbook.xml"] = wb + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  std::string sst = std::string("<?xml version=\"1.0\"?><sst ") + kNs + ">";
  for (const std::string& s : shared) sst += "<si><t>" + s + "</t></si>";
  parts["xl/sharedStrings.xml"] = sst + "</sst>";
  parts["xl/styles.xml"] = std::string("<?xml version=\"1.0\"?><styleSheet ") + kNs +
                           "><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs></styleSheet>";
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
  return Zip(parts);
}

TEST(XlsxReaderTest, SharedInlineNumbersDatesAndGaps) {
  std::string bytes = Workbook(
      {{"Daten",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><t>Wunsch</t></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>46150.5</v></c><c r=\"B3\"><v>4.5</v></c>"
        "<c r=\"C3\" t=\"s\"><v>1</v></c></row>"}},
      {"Datum", "L&#246;tkolben &amp; Zinn"});
  Result<std::vector<CsvRecord>> rows = ReadXlsxSheet(bytes, "");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].fields, (std::vector<std::string>{"Datum", "", "Wunsch"}));
  EXPECT_EQ((*rows)[1].line, 3);
  EXPECT_EQ((*rows)[1].fields, (std::vector<std::string>{"2026-05-08 12:00:00", "4.5", "Lötkolben & Zinn"}));
}

TEST(XlsxReaderTest, NamedSheetAndUnknownSheet) {
  std::string bytes = Workbook({{"Titel", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"},
                                {"Zahlen", "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"}},
                               {});
  Result<std::vector<CsvRecord>> rows = ReadXlsxSheet(bytes, "Zahlen");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].fields[0], "7");
  Result<std::vector<CsvRecord>> missing = ReadXlsxSheet(bytes, "Gibt es nicht");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message(), "no sheet \"Gibt es nicht\" in the workbook (sheets: Titel, Zahlen)");
}

TEST(XlsxReaderTest, RefusesOversizedParts) {
  std::string row = "<row><c t=\"inlineStr\"><is><t>" + std::string(4000, 'a') + "</t></is></c></row>";
  std::string data;
  for (int i = 0; i < 600; ++i) data += row;  // 2.4 MB that compresses to a few KB
  std::string bytes = Workbook({{"S", data}}, {});
  XlsxLimits limits;
  limits.max_entry_bytes = 1 << 20;
  Result<std::vector<CsvRecord>> rows = ReadXlsxSheet(bytes, "", limits);
  ASSERT_FALSE(rows.ok());
  EXPECT_NE(rows.status().message().find("zip bomb"), std::string::npos) << rows.status().message();
  limits = XlsxLimits();
  limits.max_ratio = 10;
  rows = ReadXlsxSheet(bytes, "", limits);
  ASSERT_FALSE(rows.ok());
}

TEST(XlsxReaderTest, DamagedWorkbookIsAnError) {
  Result<std::vector<CsvRecord>> rows = ReadXlsxSheet(std::string("PK\x03\x04garbage", 11), "");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.status().code(), Status::Code::kInvalidInput);
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
      "<row r=\"1\">" + Cell("A1", "ID") + Cell("B1", "Startzeit") + Cell("C1", "Fertigstellungszeit") +
      Cell("D1", "E-Mail") + Cell("E1", "Name") + Cell("F1", "Ich bin insgesamt zufrieden\xC2\xA0") +
      Cell("G1", "Gesamtnote") + "</row>"
      "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>46146.4</v></c><c r=\"C2\" s=\"1\"><v>46146.41</v></c>" +
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

TEST(XlsxImportTest, MicrosoftFormsEnglishSharedStrings) {
  testing::Harness h;
  std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
      "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>5</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"B2\" s=\"1\"><v>46146.4</v></c><c r=\"C2\" s=\"1\"><v>46147</v></c>"
      "<c r=\"F2\" t=\"s\"><v>6</v></c></row>";
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     Workbook({{"Sheet1", sheet}}, {"ID", "Start time", "Completion time", "Email", "Name",
                                                    "Würden Sie uns weiterempfehlen?", "Yes"})));
  EXPECT_EQ(h.outcome.format, "msforms");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 5, 5));
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("empfehlen"), "Yes");
}

}  // namespace
}  // namespace ankerbericht
