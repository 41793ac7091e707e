#include "import/xlsx_writer.h"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "util/strings.h"

namespace ankerbericht {

namespace {

constexpr const char* kMainNs =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
constexpr const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        // Control characters are not allowed in XML 1.0; tabs and breaks are.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
    }
  }
  return out;
}

std::string SheetXml(const XlsxSheetData& sheet) {
  std::string xml = std::string(kXmlHead) + "<worksheet " + kMainNs + ">";
  if (sheet.freeze_header) {
    xml +=
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>";
  }
  if (!sheet.widths.empty()) {
    xml += "<cols>";
    for (size_t c = 0; c < sheet.widths.size(); ++c) {
      char width[32];
      std::snprintf(width, sizeof width, "%.1f", sheet.widths[c]);
      xml += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) +
             "\" width=\"" + width + "\" customWidth=\"1\"/>";
    }
    xml += "</cols>";
  }
  xml += "<sheetData>";
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    std::string n = std::to_string(r + 1);
    xml += "<row r=\"" + n + "\">";
    for (size_t c = 0; c < sheet.rows[r].size(); ++c) {
      if (sheet.rows[r][c].empty()) continue;
      // Inline strings: no shared-string table to keep in step.
      xml += "<c r=\"" + XlsxColumnName(c) + n + "\" t=\"inlineStr\"" + (r == 0 ? " s=\"1\"" : "") +
             "><is><t xml:space=\"preserve\">" + Escape(sheet.rows[r][c]) + "</t></is></c>";
    }
    xml += "</row>";
  }
  xml += "</sheetData>";
  if (!sheet.dropdowns.empty()) {
    xml += "<dataValidations count=\"" + std::to_string(sheet.dropdowns.size()) + "\">";
    for (const XlsxDropdown& d : sheet.dropdowns) {
      std::string col = XlsxColumnName(d.column);
      xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"" +
             col + "2:" + col + std::to_string(d.last_row) + "\"><formula1>" + Escape(d.source) +
             "</formula1></dataValidation>";
    }
    xml += "</dataValidations>";
  }
  return xml + "</worksheet>";
}

}  // namespace

std::string XlsxColumnName(size_t column) {
  std::string name;
  for (size_t n = column + 1; n > 0; n = (n - 1) / 26)
    name.insert(name.begin(), 'A' + (n - 1) % 26);
  return name;
}

std::string XlsxBytes(const XlsxWorkbook& book) {
  std::map<std::string, std::string> parts;
  std::string types = std::string(kXmlHead) +
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "content-types\"><Default Extension=\"rels\" "
                      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                      "<Override PartName=\"/xl/workbook.xml\" "
                      "ContentType=\"application/"
                      "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                      "<Override PartName=\"/xl/styles.xml\" "
                      "ContentType=\"application/"
                      "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
  std::string workbook = std::string(kXmlHead) + "<workbook " + kMainNs + "><sheets>";
  std::string rels = std::string(kXmlHead) +
                     "<Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  for (size_t i = 0; i < book.sheets.size(); ++i) {
    std::string n = std::to_string(i + 1);
    workbook += "<sheet name=\"" + Escape(book.sheets[i].name) + "\" sheetId=\"" + n +
                "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "worksheet\" Target=\"worksheets/sheet" +
            n + ".xml\"/>";
    types += "<Override PartName=\"/xl/worksheets/sheet" + n +
             ".xml\" ContentType=\"application/"
             "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    parts["xl/worksheets/sheet" + n + ".xml"] = SheetXml(book.sheets[i]);
  }
  std::string styles_id = std::to_string(book.sheets.size() + 1);
  rels += "<Relationship Id=\"rId" + styles_id +
          "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
          "Target=\"styles.xml\"/>";
  parts["[Content_Types].xml"] = types + "</Types>";
  parts["_rels/.rels"] =
      std::string(kXmlHead) +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  parts["xl/workbook.xml"] = workbook + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  // Style 1: the bold header row.
  parts["xl/styles.xml"] =
      std::string(kXmlHead) + "<styleSheet " + kMainNs +
      "><fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
      "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
      "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      "<borders count=\"1\"><border/></borders>"
      "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
      "<cellXfs count=\"2\"><xf fontId=\"0\"/><xf fontId=\"1\" "
      "applyFont=\"1\"/></cellXfs></styleSheet>";
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    // A fixed time stamp keeps the output the same from run to run.
    zip.addFile(in, Poco::DateTime(2026, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX));
  }
  zip.close();
  return out.str();
}

Status WriteXlsx(const XlsxWorkbook& book, const std::string& path) {
  std::string bytes;
  try {
    bytes = XlsxBytes(book);
  } catch (const Poco::Exception& e) {
    return Status::IOError(CliWords().Format("import.file.cannot_write_because",
                                             {{"path", path}, {"reason", e.displayText()}}));
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    return Status::IOError(CliWords().Format("import.file.cannot_write", {{"path", path}}));
  }
  return Status::Ok();
}

}  // namespace ankerbericht
