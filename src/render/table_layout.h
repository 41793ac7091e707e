// Table layout for the PDF renderer: column widths from content, wrapped
// cells, a header row that is repeated after page breaks.
#ifndef ANKERBERICHT_RENDER_TABLE_LAYOUT_H_
#define ANKERBERICHT_RENDER_TABLE_LAYOUT_H_

#include <vector>

#include "document/document.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// Column widths for |table| filling |available| points: each column gets at
// least what its longest word needs (if possible), the rest goes to columns by
// how much their content would like; leftover space goes to text columns.
// Widths include the cell padding. Exposed for tests.
std::vector<double> TableColumnWidths(const Table& table, double available,
                                      const MeasureFn& measure);

// The rows of |table| across the content width: caption (if any), header,
// then one Row per body row (split only if a single row is taller than a
// page). Body rows carry the header for repetition after a page break. A
// table of at most 8 body rows keeps together (with its caption and header);
// a longer one keeps its first three and its last three rows together, so a
// page break never leaves one or two rows alone on either side.
std::vector<Row> LayoutTable(const Table& table, const MeasureFn& measure);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_TABLE_LAYOUT_H_
