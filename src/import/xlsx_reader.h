// Reads one worksheet of an Excel .xlsx workbook (Office Open XML: a zip of
// XML parts) into rows of strings, the same shape the CSV reader produces, so
// the table mapper handles both. Shared and inline strings, numbers, booleans
// and dates (numbers with a date style) are supported; formulas give their
// cached value. Only Poco::Zip and Poco::XML are used.
#ifndef ANKERBERICHT_IMPORT_XLSX_READER_H_
#define ANKERBERICHT_IMPORT_XLSX_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "import/row_source.h"
#include "util/status.h"

namespace ankerbericht {

// Limits that keep a hostile or broken workbook from exhausting memory.
struct XlsxLimits {
  uint64_t max_entry_bytes = 64ull << 20;  // one unpacked XML part
  uint64_t max_total_bytes = 256ull << 20;  // all parts read
  uint64_t max_ratio = 200;                 // unpacked : packed, for parts over 1 MiB
};

// Returns the rows of the sheet named |sheet| (or the first sheet if empty).
// A record's line is the sheet's row number; missing cells are "". Dates come
// out as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS".
// Fails with kInvalidInput when the bytes are no readable workbook, the sheet
// does not exist (the message lists the sheets), or a part exceeds |limits|
// ("... looks like a zip bomb").
Result<std::vector<CsvRecord>> ReadXlsxSheet(const std::string& bytes, const std::string& sheet,
                                             const XlsxLimits& limits = XlsxLimits());

// "YYYY-MM-DD[ HH:MM:SS]" for an Excel serial day number (1900 date system,
// day 1 = 1900-01-01, with Excel's phantom 29.02.1900). Empty for values
// outside 1..2958465 (the years 1900..9999).
std::string ExcelSerialToIso(double serial, bool with_time);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_XLSX_READER_H_
