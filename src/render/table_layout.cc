#include "render/table_layout.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <string>
#include <utility>

namespace ankerbericht {
namespace {

constexpr double kCellSize = 8.5, kCellLeading = 11;
constexpr double kPadX = 4, kPadY = 3;
constexpr double kCaptionSize = 9, kCaptionLeading = 12.5;
// A table of at most this many body rows is kept on one page.
constexpr size_t kShortTableRows = 8;
// A longer table that breaks keeps at least this many rows on either side.
constexpr size_t kRowsBesideABreak = 3;

const std::string& Cell(const Table& t, size_t row, size_t col) {
  static const std::string kEmpty;
  return col < t.rows[row].size() ? t.rows[row][col] : kEmpty;
}

// Widths of the longest hard line and of the longest unbreakable word of |text|.
void MeasureCell(const std::string& text, FontStyle font, const MeasureFn& measure, double* natural,
                 double* longest_word) {
  // Words as the wrapper sees them: "2. Halbjahr" and "81,1 %" are one word.
  std::string bound = BindNonBreakingSpaces(text);
  size_t start = 0;
  while (start <= bound.size()) {
    size_t end = std::min(bound.find_first_of(" \n", start), bound.size());
    if (end > start) {
      *longest_word = std::max(
          *longest_word, measure(UnbindSpaces(bound.substr(start, end - start)), font, kCellSize));
    }
    start = end + 1;
  }
  start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find('\n', start), text.size());
    *natural = std::max(*natural, measure(text.substr(start, end - start), font, kCellSize));
    start = end + 1;
  }
}

// Gives |extra| points to the columns in |receivers|, in proportion to
// |weights| (evenly if they are all zero).
void Distribute(double extra, const std::vector<size_t>& receivers,
                const std::vector<double>& weights, std::vector<double>* widths) {
  double total = 0;
  for (size_t c : receivers) total += weights[c];
  for (size_t c : receivers) {
    double share = total > 0 ? weights[c] / total : 1.0 / receivers.size();
    (*widths)[c] += extra * share;
  }
}

// Same table with every text made valid UTF-8, so measuring is safe.
Table Sanitized(const Table& table) {
  Table t = table;
  t.caption = SanitizeUtf8(t.caption);
  for (TableColumn& c : t.columns) c.title = SanitizeUtf8(c.title);
  for (auto& row : t.rows) {
    for (std::string& cell : row) cell = SanitizeUtf8(cell);
  }
  return t;
}

struct TableGeometry {
  std::vector<double> widths;
  std::vector<bool> numeric;
};

// One table row (or a slice of its lines when the row is taller than a page).
Row MakeRow(const std::vector<std::vector<std::string>>& cells, size_t first_line,
            size_t line_count, const TableGeometry& g, bool header, const MeasureFn& measure) {
  Row row;
  row.height = line_count * kCellLeading + 2 * kPadY;
  double total = std::accumulate(g.widths.begin(), g.widths.end(), 0.0);
  if (header) {
    row.ops.push_back(RectOp{kContentLeft, -row.height, total, row.height, palette::kShade, {}, 0});
  }
  FontStyle font = header ? FontStyle::kBold : FontStyle::kRegular;
  double x = kContentLeft;
  for (size_t c = 0; c < cells.size(); ++c) {
    for (size_t k = first_line; k < first_line + line_count && k < cells[c].size(); ++k) {
      if (cells[c][k].empty()) continue;
      double y = -kPadY - (k - first_line) * kCellLeading - BaselineOffset(kCellLeading, kCellSize);
      TextOp op = MakeText(x + kPadX, y, cells[c][k], font, kCellSize, palette::kText, measure);
      // Numbers line up on their last digit.
      if (g.numeric[c]) op.x = x + g.widths[c] - kPadX - op.width;
      row.ops.push_back(std::move(op));
    }
    x += g.widths[c];
  }
  Rgb rule = header ? palette::kMuted : palette::kRule;
  row.ops.push_back(LineOp{kContentLeft, -row.height, kContentLeft + total, -row.height, rule,
                           header ? 0.8 : 0.4});
  return row;
}

// Wraps each cell of one row into its column.
std::vector<std::vector<std::string>> WrapCells(const std::vector<std::string>& texts,
                                                const TableGeometry& g, FontStyle font,
                                                const MeasureFn& measure) {
  WidthFn w = [&](std::string_view s) { return measure(s, font, kCellSize); };
  std::vector<std::vector<std::string>> cells;
  for (size_t c = 0; c < g.widths.size(); ++c) {
    cells.push_back(WrapText(texts[c], g.widths[c] - 2 * kPadX, w));
  }
  return cells;
}

size_t MaxLines(const std::vector<std::vector<std::string>>& cells) {
  size_t n = 1;
  for (const auto& c : cells) n = std::max(n, c.size());
  return n;
}

// The body rows; a row too tall for a page is cut into page-sized slices
// (the only case where a row may be split).
void AddBodyRows(const Table& t, const TableGeometry& g, const std::shared_ptr<const Row>& header,
                 const MeasureFn& measure, std::vector<Row>* rows) {
  double room = kContentTop - kContentBottom - header->height - 2 * kPadY;
  size_t max_lines = std::max<size_t>(1, static_cast<size_t>(room / kCellLeading) - 1);
  size_t first_body = rows->size();
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<std::string> texts;
    for (size_t c = 0; c < g.widths.size(); ++c) texts.push_back(Cell(t, r, c));
    auto cells = WrapCells(texts, g, FontStyle::kRegular, measure);
    size_t lines = MaxLines(cells);
    for (size_t first = 0; first < lines; first += max_lines) {
      Row row = MakeRow(cells, first, std::min(max_lines, lines - first), g, false, measure);
      row.repeat_header = header;
      row.item = static_cast<int>(r);
      rows->push_back(std::move(row));
    }
  }
  // A short table is read at a glance: it never splits. A longer one leaves
  // at least three rows on either side of a break (a row or two alone at the
  // top or foot of a page read as a stray), and the continuation page starts
  // with the repeated header.
  size_t body = rows->size() - first_body;
  if (body < 2) return;
  auto keep = [&](size_t from, size_t to) {  // rows [from, to) keep with the next
    for (size_t k = from; k < to; ++k)
      (*rows)[k].keep_with_next = std::max((*rows)[k].keep_with_next, 1);
  };
  if (body <= kShortTableRows) {
    keep(first_body, rows->size() - 1);
    return;
  }
  keep(first_body, first_body + kRowsBesideABreak - 1);
  keep(rows->size() - kRowsBesideABreak, rows->size() - 1);
}

// The caption above the table, all its lines in one row.
Row CaptionRow(const std::string& caption, const MeasureFn& measure) {
  WidthFn w = [&](std::string_view s) { return measure(s, FontStyle::kBold, kCaptionSize); };
  Row row;
  double y = -BaselineOffset(kCaptionLeading, kCaptionSize);
  for (std::string& line : WrapText(caption, kContentWidth, w)) {
    row.ops.push_back(MakeText(kContentLeft, y, std::move(line), FontStyle::kBold, kCaptionSize,
                               palette::kText, measure));
    y -= kCaptionLeading;
    row.height += kCaptionLeading;
  }
  row.height += 2;
  row.space_before = 12;
  row.keep_with_next = 2;  // caption, header and the first body row
  return row;
}

}  // namespace

std::vector<double> TableColumnWidths(const Table& table, double available,
                                      const MeasureFn& measure) {
  size_t n = table.columns.size();
  std::vector<double> natural(n, 0), minimum(n, 0);
  for (size_t c = 0; c < n; ++c) {
    double title_natural = 0, title_word = 0, cells_natural = 0;
    MeasureCell(table.columns[c].title, FontStyle::kBold, measure, &title_natural, &title_word);
    minimum[c] = title_word;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      MeasureCell(Cell(table, r, c), FontStyle::kRegular, measure, &cells_natural, &minimum[c]);
    }
    natural[c] = std::max(title_natural, cells_natural);
    // A hair more than the text: the wrapper measures against the width
    // less the padding again, and a rounding error must not break "12" in two.
    const double pad = 2 * kPadX + 0.001;
    // Numbers ("12,5 %") never wrap, and neither does a word of their
    // column's title ("Stadtbibliothek"): the title wraps between its words.
    // Short texts wrap only if nothing else helps. A single unbreakable token
    // (a file path, a URL) may not claim more than 40 % of the width: it is
    // broken instead, so that short words in the other columns ("feedback",
    // "2026-11-21") stay whole.
    minimum[c] = table.columns[c].numeric ? std::max(cells_natural, title_word) + pad
                                          : std::max(std::min(minimum[c] + pad, available * 0.4),
                                                     std::min(natural[c] + pad, available * 0.2));
    natural[c] += pad;
  }
  std::vector<size_t> all(n), text_columns;
  std::iota(all.begin(), all.end(), 0);
  for (size_t c = 0; c < n; ++c) {
    if (!table.columns[c].numeric) text_columns.push_back(c);
  }
  double sum_natural = std::accumulate(natural.begin(), natural.end(), 0.0);
  double sum_minimum = std::accumulate(minimum.begin(), minimum.end(), 0.0);
  std::vector<double> widths;
  if (sum_natural <= available) {
    // Everything fits on one line: spare room widens the text columns.
    widths = natural;
    Distribute(available - sum_natural, text_columns.empty() ? all : text_columns, natural,
               &widths);
  } else if (sum_minimum >= available) {
    // Even the longest words do not fit: words will be broken. Numbers keep
    // their width while they leave the text columns at least half the table.
    widths.assign(n, 0);
    double numeric = 0;
    for (size_t c = 0; c < n; ++c) {
      if (table.columns[c].numeric) numeric += minimum[c];
    }
    bool keep_numbers = !text_columns.empty() && numeric <= available / 2;
    for (size_t c = 0; c < n && keep_numbers; ++c) {
      if (table.columns[c].numeric) widths[c] = minimum[c];
    }
    Distribute(available - (keep_numbers ? numeric : 0), keep_numbers ? text_columns : all, minimum,
               &widths);
  } else {
    // Every word fits; columns that want more get more of the rest.
    widths = minimum;
    std::vector<double> wish(n);
    for (size_t c = 0; c < n; ++c) wish[c] = natural[c] - minimum[c];
    Distribute(available - sum_minimum, all, wish, &widths);
  }
  return widths;
}

std::vector<Row> LayoutTable(const Table& table, const MeasureFn& measure) {
  std::vector<Row> rows;
  Table t = Sanitized(table);
  if (!t.caption.empty()) rows.push_back(CaptionRow(t.caption, measure));
  if (t.columns.empty()) return rows;
  TableGeometry g{TableColumnWidths(t, kContentWidth, measure), {}};
  for (const TableColumn& c : t.columns) g.numeric.push_back(c.numeric);
  std::vector<std::string> titles;
  for (const TableColumn& c : t.columns) titles.push_back(c.title);
  auto header_cells = WrapCells(titles, g, FontStyle::kBold, measure);
  auto header =
      std::make_shared<Row>(MakeRow(header_cells, 0, MaxLines(header_cells), g, true, measure));
  header->space_before = t.caption.empty() ? 12 : 0;
  header->keep_with_next = 1;
  rows.push_back(*header);
  // Repeated copies start right at the top of a page.
  header->space_before = 0;
  AddBodyRows(t, g, header, measure, &rows);
  return rows;
}

}  // namespace ankerbericht
