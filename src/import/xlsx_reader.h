// Reads one worksheet of an Excel .xlsx workbook (Office Open XML: a zip of
// XML parts) into rows of strings, the same shape the CSV reader produces, so
// the table mapper handles both. Shared and inline strings, numbers, booleans
// and dates (numbers with a date style) are supported; formulas give their
// cached value. Only Poco::Zip and Poco::XML are used.
#ifndef ANKERBERICHT_IMPORT_XLSX_READER_H_
#define ANKERBERICHT_IMPORT_XLSX_READER_H_

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "import/row_source.h"
#include "util/status.h"

namespace ankerbericht {

// Limits that keep a hostile or broken workbook from exhausting memory. A
// small file can describe a huge table (a cell in column XFD, one long shared
// string used by every cell), so what the rows hold is budgeted, not only
// what the zip unpacks to (docs/input-formats.md states the figures).
struct XlsxLimits {
  uint64_t max_file_bytes = 64ull << 20;    // the .xlsx file itself
  uint64_t max_entry_bytes = 64ull << 20;   // one unpacked XML part
  uint64_t max_total_bytes = 256ull << 20;  // all parts read
  uint64_t max_ratio = 200;                 // unpacked : packed, for parts over 1 MiB
  // The rows as held in memory: every cell's text (a shared string counts
  // once per cell that shows it) plus the bookkeeping of rows and cells.
  uint64_t max_materialised_bytes = 128ull << 20;
  // Cells from this column on (0-based; 1024 = column AMK) are ignored and
  // counted, never allocated: no export we read is that wide.
  size_t max_columns = 1024;
};

// The highest row number an Excel sheet can have.
inline constexpr int kXlsxMaxRow = 1048576;

struct XlsxSheet {
  // A row is as wide as its last non-empty cell; missing cells are "".
  std::vector<CsvRecord> rows;
  uint64_t materialised_bytes = 0;  // what |rows| holds, as budgeted
  int64_t cells_ignored = 0;        // non-empty cells at or beyond max_columns
};

// Returns the rows of the sheet named |sheet| (or the first sheet if empty).
// A record's line is the sheet's row number. Dates come out as "YYYY-MM-DD"
// or "YYYY-MM-DD HH:MM:SS"; numbers in the General format as Excel shows
// them ("4.0" -> "4", at most 15 significant digits).
// Fails with kInvalidInput when the bytes are no readable workbook, the sheet
// does not exist (the message lists the sheets), a part exceeds |limits|
// ("... looks like a zip bomb"), the rows would hold more than
// max_materialised_bytes, or a row number is outside 1..1048576.
Result<XlsxSheet> ReadXlsxSheet(const std::string& bytes, const std::string& sheet,
                                const XlsxLimits& limits = XlsxLimits());
// The same, reading the workbook from |in| (a file), which must be seekable;
// the packed workbook is never held in memory.
Result<XlsxSheet> ReadXlsxSheet(std::istream& in, const std::string& sheet,
                                const XlsxLimits& limits = XlsxLimits());

// "YYYY-MM-DD[ HH:MM:SS]" for an Excel serial day number (1900 date system,
// day 1 = 1900-01-01, with Excel's phantom 29.02.1900). Empty for values
// outside 1..2958465 (the years 1900..9999).
std::string ExcelSerialToIso(double serial, bool with_time);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_XLSX_READER_H_
