// Writes small Excel .xlsx workbooks (Office Open XML, zipped with
// Poco::Zip): text cells, column widths, a frozen header row and list
// dropdowns (data validation). The counterpart of xlsx_reader.h for the
// entry files of `ankerbericht forms`; it lives in import/ because only the
// import stage knows file formats, and what it writes the reader reads back.
#ifndef ANKERBERICHT_IMPORT_XLSX_WRITER_H_
#define ANKERBERICHT_IMPORT_XLSX_WRITER_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace ankerbericht {

// A dropdown: the cells of column |column| (0-based) from row 2 to row
// |last_row| take only the values of the range |source| ("'Werte'!$A$3:$A$7").
struct XlsxDropdown {
  size_t column = 0;
  int last_row = 2;
  std::string source;
};

struct XlsxSheetData {
  std::string name;
  std::vector<std::vector<std::string>> rows;  // text cells; row 0 is the header (bold)
  std::vector<double> widths;                  // column widths in characters; may be short
  bool freeze_header = false;
  std::vector<XlsxDropdown> dropdowns;
};

struct XlsxWorkbook {
  std::vector<XlsxSheetData> sheets;
};

// The "A", "B", ..., "AA" name of the 0-based |column|.
std::string XlsxColumnName(size_t column);

// The workbook as .xlsx bytes. Never fails for valid UTF-8 text.
std::string XlsxBytes(const XlsxWorkbook& book);

// Writes |book| to |path| (replaced). Fails with kIOError naming |path|.
Status WriteXlsx(const XlsxWorkbook& book, const std::string& path);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_XLSX_WRITER_H_
