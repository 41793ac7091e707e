// Keep-together rules between blocks: which block's last rows must share a
// page with the start of the next block. Rules inside a block (heading with
// its text, widows and orphans, table rows) are set where the rows are made;
// these are the ones that need to know the neighbour.
#include <algorithm>

#include "render/block_layout.h"

namespace ankerbericht {
namespace {

// A lead-in of at most this many lines stays with the figure it introduces.
constexpr size_t kLeadInLines = 5;

bool IsFigure(const Block& b) {
  return std::holds_alternative<Table>(b) || std::holds_alternative<BarChart>(b) ||
         std::holds_alternative<DivergingChart>(b) || std::holds_alternative<LineChart>(b) ||
         std::holds_alternative<HeatmapChart>(b) || std::holds_alternative<RadarChart>(b) ||
         std::holds_alternative<TimelineChart>(b) || std::holds_alternative<KpiTiles>(b);
}

// True if the end of |before| must stay on the page where |after| starts.
bool KeepsWithNext(const Block& before, const Block& after, size_t before_rows) {
  // A note under tiles, a table, a chart or quotes explains them (the tiles'
  // sums, "–" in a table, how the quotes were chosen): never alone overleaf.
  if (std::holds_alternative<Remark>(after)) {
    return IsFigure(before) || std::holds_alternative<Quote>(before);
  }
  // A short paragraph or note that introduces quotes or a figure ("Mentions in
  // this period: 20", "The most important indicators per half-year.").
  bool lead_in =
      std::holds_alternative<Paragraph>(before) || std::holds_alternative<Remark>(before);
  // A lead-in also stays with the list it announces ("… (siehe Methoden):").
  if (lead_in && before_rows <= kLeadInLines) {
    return IsFigure(after) || std::holds_alternative<Quote>(after) ||
           std::holds_alternative<BulletList>(after);
  }
  return false;
}

}  // namespace

void KeepBlocksTogether(const std::vector<Block>& blocks, const std::vector<size_t>& first_row,
                        std::vector<Row>* rows) {
  for (size_t b = 0; b + 1 < blocks.size(); ++b) {
    size_t begin = first_row[b], end = first_row[b + 1];
    if (begin == end || end >= rows->size()) continue;  // no rows, or nothing follows
    // A chapter's short introduction (heading, a few lines, then the first
    // subsection's heading) must not end a page with the chapter's content
    // overleaf: it stays with the heading that follows it.
    bool chapter_intro = b > 0 && std::holds_alternative<Heading>(blocks[b - 1]) &&
                         std::holds_alternative<Paragraph>(blocks[b]) &&
                         std::holds_alternative<Heading>(blocks[b + 1]) &&
                         end - begin <= kLeadInLines;
    if (!chapter_intro && !KeepsWithNext(blocks[b], blocks[b + 1], end - begin)) continue;
    Row& last = (*rows)[end - 1];
    last.keep_with_next = std::max(last.keep_with_next, 1);
  }
}

}  // namespace ankerbericht
