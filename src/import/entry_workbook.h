// The entry workbook of paper collection: the columns of
// model/entry_layout.h as an .xlsx a team types the answers into, with a
// dropdown per column that takes one of a few answers. A file format, so it
// lives with the importers that read the workbook back.
#ifndef ANKERBERICHT_IMPORT_ENTRY_WORKBOOK_H_
#define ANKERBERICHT_IMPORT_ENTRY_WORKBOOK_H_

#include <string>
#include <vector>

#include "import/xlsx_writer.h"
#include "model/entry_layout.h"

namespace ankerbericht {

// The entry workbook for |columns|: a sheet |entry_sheet| with the headers
// in row 1 and room for |rows| answers, each column with choices limited to
// them by a dropdown, and a sheet |values_sheet| listing each column's
// header, its |title| and its choices (|multiple_hint| under a column that
// takes several choices).
XlsxWorkbook EntryWorkbook(const std::vector<EntryColumn>& columns, const std::string& entry_sheet,
                           const std::string& values_sheet, const std::string& multiple_hint,
                           int rows);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_ENTRY_WORKBOOK_H_
