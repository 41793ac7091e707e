// The table of contents, filled in from the headings after a first layout pass.
#include <algorithm>
#include <utility>

#include "render/block_layout.h"

namespace ankerbericht {
namespace {

constexpr double kTitleSize = 17;
constexpr double kEntrySize = 10, kEntryLeading = 14;
constexpr double kNumberColumn = 30;  // fixed, so page numbers never change the height
constexpr double kLevelIndent = 14;

}  // namespace

std::vector<Row> TocRows(const TocBlock& toc, const std::vector<TocEntry>& entries,
                         const Theme& theme, const MeasureFn& measure) {
  std::vector<Row> rows;
  if (!toc.title.empty()) {
    rows = TextRows(toc.title, kContentLeft, kContentWidth, FontStyle::kBold, kTitleSize,
                    kTitleSize * 1.25, theme.primary, measure);
    for (Row& r : rows) r.keep_with_next = 1;
    rows.back().keep_with_next = 2;
    rows.front().space_before = 20;
    rows.back().height += 6;
  }
  for (const TocEntry& e : entries) {
    if (e.level > toc.max_level) continue;
    bool chapter = e.level <= 1;
    FontStyle font = chapter ? FontStyle::kBold : FontStyle::kRegular;
    double size = chapter ? kEntrySize : kEntrySize - 0.5;
    double x = kContentLeft + kLevelIndent * (std::clamp(e.level, 1, 6) - 1);
    double right = kContentRight - kNumberColumn;
    std::vector<Row> lines =
        TextRows(e.text, x, right - 8 - x, font, size, kEntryLeading, palette::kText, measure);
    lines.front().space_before = chapter ? 6 : 1;
    Row& last = lines.back();
    double baseline = -BaselineOffset(kEntryLeading, size);
    double text_end = x;
    for (const DrawOp& op : last.ops) {
      if (auto* t = std::get_if<TextOp>(&op)) text_end = std::max(text_end, t->x + t->width);
    }
    std::string number = e.page > 0 ? std::to_string(e.page) : "";
    double number_width = measure(number, font, size);
    double leader_end = kContentRight - std::max(number_width, measure("00", font, size)) - 4;
    if (leader_end > text_end + 8) {
      // Dotted leader from the text to the page number.
      last.ops.emplace_back(
          LineOp{text_end + 4, baseline + 1, leader_end, baseline + 1, palette::kMuted, 0.7, 1});
    }
    if (!number.empty()) {
      last.ops.push_back(MakeText(kContentRight - number_width, baseline, number, font, size,
                                  palette::kText, measure));
    }
    for (Row& r : lines) rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace ankerbericht
