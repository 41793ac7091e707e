// Internal to the layout: the rows of the individual block kinds, split out
// of pdf_layout.cc (cover_layout.cc, tiles_layout.cc, toc_layout.cc).
#ifndef ANKERBERICHT_RENDER_BLOCK_LAYOUT_H_
#define ANKERBERICHT_RENDER_BLOCK_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// One Row per wrapped line of |text|; the first two and the last two lines
// of a block are kept together (no widows and orphans).
std::vector<Row> TextRows(std::string_view text, double x, double width, FontStyle font,
                          double size, double leading, Rgb color, const MeasureFn& measure);

// The cover page (a single cover row), with the logo from the theme if any.
Row CoverRow(const TitleBlock& t, const Theme& theme, const MeasureFn& measure);

// KPI tiles: one Row per line of up to four tiles, all tiles of a line equally high.
std::vector<Row> KpiRows(const KpiTiles& tiles, const Theme& theme, const MeasureFn& measure);

// A quotation with a bar in the primary colour on its left and the source below.
std::vector<Row> QuoteRows(const Quote& quote, const Theme& theme, const MeasureFn& measure);

// A heading for the table of contents, with the page it lands on (1-based;
// 0 while unknown, which leaves the number out).
struct TocEntry {
  int level = 1;
  std::string text;
  int page = 0;
};

// The table of contents: its title and one entry per heading up to
// toc.max_level, with dotted leaders and right-aligned page numbers. Row
// heights do not depend on the page numbers, so a second layout pass with
// the numbers filled in paginates exactly like the first.
std::vector<Row> TocRows(const TocBlock& toc, const std::vector<TocEntry>& entries,
                         const Theme& theme, const MeasureFn& measure);

// keep_together.cc: the rules between neighbouring blocks. |first_row[b]| is
// the index in |rows| of block b's first row (blocks without rows have the
// next block's index). Sets keep_with_next on a block's last row so that it
// stays on the page where the next block starts: a note (Remark) with the
// tiles, table, chart or quote above it; a lead-in paragraph or note of at
// most five lines with the quote, table, chart, tiles or list it introduces.
void KeepBlocksTogether(const std::vector<Block>& blocks, const std::vector<size_t>& first_row,
                        std::vector<Row>* rows);

// Status colours of KPI tiles (Okabe-Ito): met, near, missed, none.
Rgb StatusColor(TargetStatus status);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_BLOCK_LAYOUT_H_
