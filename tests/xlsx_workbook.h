// Writes small .xlsx workbooks in a test (Poco::Zip, no binary fixtures in
// the repository): the sheets as sheetData XML, shared strings, and a style 1
// that formats dates (numFmtId 22), as Excel and Microsoft Forms write them.
#ifndef ANKERBERICHT_TESTS_XLSX_WORKBOOK_H_
#define ANKERBERICHT_TESTS_XLSX_WORKBOOK_H_

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace ankerbericht::testing {

// Zips |parts| (name -> content) into an .xlsx byte string.
inline std::string Zip(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2026, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

// A workbook with the sheets |sheets| (name -> sheetData XML), the shared
// strings |shared| and a style 1 that formats dates (numFmtId 22).
inline std::string Workbook(const std::vector<std::pair<std::string, std::string>>& sheets,
                            const std::vector<std::string>& shared) {
  static const char kNs[] =
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
  std::map<std::string, std::string> parts;
  std::string wb = std::string("<?xml version=\"1.0\"?><workbook ") + kNs + "><sheets>";
  std::string rels =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (size_t i = 0; i < sheets.size(); ++i) {
    std::string n = std::to_string(i + 1);
    wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n +
            ".xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] = std::string("<?xml version=\"1.0\"?><worksheet ") +
                                                kNs + "><sheetData>" + sheets[i].second +
                                                "</sheetData></worksheet>";
  }
  parts["xl/workbook.xml"] = wb + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  std::string sst = std::string("<?xml version=\"1.0\"?><sst ") + kNs + ">";
  for (const std::string& s : shared) sst += "<si><t>" + s + "</t></si>";
  parts["xl/sharedStrings.xml"] = sst + "</sst>";
  parts["xl/styles.xml"] =
      std::string("<?xml version=\"1.0\"?><styleSheet ") + kNs +
      "><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs></styleSheet>";
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types/>";
  return Zip(parts);
}

// An inline-string cell at |ref| ("B2").
inline std::string TextCell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_XLSX_WORKBOOK_H_
