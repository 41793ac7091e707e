#include "import/entry_workbook.h"

#include <algorithm>

namespace ankerbericht {

XlsxWorkbook EntryWorkbook(const std::vector<EntryColumn>& columns, const std::string& entry_sheet,
                           const std::string& values_sheet, const std::string& multiple_hint,
                           int rows) {
  XlsxSheetData entry{entry_sheet, {{}}, {}, true, {}};
  XlsxSheetData values{values_sheet, {{}, {}}, {}, true, {}};
  for (size_t c = 0; c < columns.size(); ++c) {
    const EntryColumn& col = columns[c];
    entry.rows[0].push_back(col.header);
    entry.widths.push_back(std::clamp<double>(col.header.size() + 4, 12, 28));
    values.rows[0].push_back(col.header);
    std::string title = col.title;
    if (col.multiple) title += " (" + multiple_hint + ")";
    values.rows[1].push_back(title);
    values.widths.push_back(28);
    for (size_t i = 0; i < col.choices.size(); ++i) {
      if (values.rows.size() < i + 3) values.rows.resize(i + 3);
      values.rows[i + 2].resize(columns.size());
      values.rows[i + 2][c] = col.choices[i];
    }
    // A cell holding several choices cannot be a dropdown; the values sheet
    // lists them to copy from.
    if (col.choices.empty() || col.multiple) continue;
    std::string letter = XlsxColumnName(c);
    entry.dropdowns.push_back({c, rows + 1,
                               "'" + values_sheet + "'!$" + letter + "$3:$" + letter + "$" +
                                   std::to_string(col.choices.size() + 2)});
  }
  for (auto& row : values.rows) row.resize(columns.size());
  return XlsxWorkbook{{std::move(entry), std::move(values)}};
}

}  // namespace ankerbericht
