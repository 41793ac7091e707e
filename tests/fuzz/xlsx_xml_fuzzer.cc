// The .xlsx reader on its XML parts: the input is split at NUL bytes into the
// worksheet, the shared strings, the styles and the workbook; a valid zip is
// built around them, so every run reaches the XML parsing. Parts left out get
// a minimal valid default.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "import/xlsx_reader.h"

namespace {

const char kNs[] =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ankerbericht;
  std::vector<std::string> parts(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0 && parts.size() < 4) {
      parts.emplace_back();
    } else {
      parts.back() += static_cast<char>(data[i]);
    }
  }
  parts.resize(4);
  std::map<std::string, std::string> zip;
  zip["xl/worksheets/sheet1.xml"] = parts[0];
  zip["xl/sharedStrings.xml"] = parts[1];
  zip["xl/styles.xml"] =
      parts[2].empty()
          ? std::string("<styleSheet ") + kNs +
                "><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs></styleSheet>"
          : parts[2];
  zip["xl/workbook.xml"] =
      parts[3].empty()
          ? std::string("<workbook ") + kNs +
                "><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
          : parts[3];
  zip["xl/_rels/workbook.xml.rels"] =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/></Relationships>";
  zip["[Content_Types].xml"] = "<Types/>";
  std::string bytes = fuzz::Zip(zip);
  (void)ReadXlsxSheet(bytes, "");
  fuzz::ImportBytes(InputKind::kVisits, std::move(bytes), "fuzz.xlsx");
  return 0;
}
