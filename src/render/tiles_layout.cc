// KPI tiles and quote blocks.
#include <algorithm>
#include <utility>

#include "render/block_layout.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

constexpr size_t kTilesPerLine = 4;
constexpr double kTileGap = 10, kTilePad = 8, kStripe = 4;
constexpr double kValueMax = 22, kValueMin = 13;
constexpr double kLabelSize = 8.5, kLabelLeading = 10.5;
constexpr double kChangeSize = 7.5, kChangeLeading = 9.5;
constexpr double kArrow = 5.5;

// The tile's texts laid out relative to its top left corner.
struct TileText {
  double value_size = kValueMax;
  std::string value;
  std::vector<std::string> label, change, status;
  double Height() const {
    double h = kTilePad + value_size * 1.2 + 2 + label.size() * kLabelLeading;
    if (!change.empty()) h += 4 + change.size() * kChangeLeading;
    if (!status.empty()) h += 2 + status.size() * kChangeLeading;
    return h + kTilePad;
  }
};

TileText WrapTile(const KpiTile& tile, double inner, const MeasureFn& measure) {
  TileText t;
  std::string value = SanitizeUtf8(tile.value);
  while (t.value_size > kValueMin && measure(value, FontStyle::kBold, t.value_size) > inner) {
    t.value_size -= 1;
  }
  t.value = FitText(value, inner, chart::Width(measure, FontStyle::kBold, t.value_size));
  t.label = chart::WrapLabel(SanitizeUtf8(tile.label), inner, 3,
                             chart::Width(measure, FontStyle::kRegular, kLabelSize), nullptr);
  if (!tile.change.empty()) {
    double room = inner - (tile.trend == Trend::kNone ? 0 : kArrow + 4);
    t.change = chart::WrapLabel(SanitizeUtf8(tile.change), room, 3,
                                chart::Width(measure, FontStyle::kRegular, kChangeSize), nullptr);
  }
  if (!tile.status_text.empty()) {
    t.status = chart::WrapLabel(SanitizeUtf8(tile.status_text), inner, 2,
                                chart::Width(measure, FontStyle::kBold, kChangeSize), nullptr);
  }
  return t;
}

// ▲, ▼ or ► as a small filled triangle with its base on |baseline|.
PathOp Arrow(Trend trend, double x, double baseline) {
  PathOp p;
  p.closed = true;
  p.fill = palette::kText;
  double b = baseline - 0.3, a = kArrow;
  if (trend == Trend::kUp) {
    p.points = {{x, b}, {x + a, b}, {x + a / 2, b + a}};
  } else if (trend == Trend::kDown) {
    p.points = {{x, b + a}, {x + a, b + a}, {x + a / 2, b}};
  } else {
    p.points = {{x, b}, {x, b + a}, {x + a, b + a / 2}};
  }
  return p;
}

void AddTile(const KpiTile& tile, const TileText& t, double x, double width, double height,
             const MeasureFn& measure, Row* row) {
  row->ops.push_back(RectOp{x, -height, width, height, chart::kFrameFill, {}, 0});
  row->ops.push_back(RectOp{x, -height, kStripe, height, StatusColor(tile.status), {}, 0});
  double tx = x + kStripe + kTilePad;
  double y = -kTilePad;
  row->ops.push_back(MakeText(tx, y - t.value_size * 0.95, t.value, FontStyle::kBold, t.value_size,
                              palette::kText, measure));
  y -= t.value_size * 1.2 + 2;
  for (const std::string& line : t.label) {
    row->ops.push_back(MakeText(tx, y - BaselineOffset(kLabelLeading, kLabelSize), line,
                                FontStyle::kRegular, kLabelSize, palette::kText, measure));
    y -= kLabelLeading;
  }
  if (!t.change.empty()) {
    y -= 4;
    double cx = tx;
    if (tile.trend != Trend::kNone) {
      row->ops.push_back(Arrow(tile.trend, tx, y - BaselineOffset(kChangeLeading, kChangeSize)));
      cx += kArrow + 4;
    }
    for (const std::string& line : t.change) {
      row->ops.push_back(MakeText(cx, y - BaselineOffset(kChangeLeading, kChangeSize), line,
                                  FontStyle::kRegular, kChangeSize, palette::kMuted, measure));
      y -= kChangeLeading;
    }
  }
  if (!t.status.empty()) {
    y -= 2;
    for (const std::string& line : t.status) {
      row->ops.push_back(MakeText(tx, y - BaselineOffset(kChangeLeading, kChangeSize), line,
                                  FontStyle::kBold, kChangeSize, palette::kMuted, measure));
      y -= kChangeLeading;
    }
  }
}

}  // namespace

Rgb StatusColor(TargetStatus status) {
  switch (status) {
    case TargetStatus::kMet:
      return HexColor(0x009E73);
    case TargetStatus::kNear:
      return palette::kHighlight;
    case TargetStatus::kMissed:
      return HexColor(0xD55E00);
    case TargetStatus::kNone:
      break;
  }
  return HexColor(0x80868B);  // neutral grey, still 3:1 on the tile
}

std::vector<Row> KpiRows(const KpiTiles& tiles, const Theme&, const MeasureFn& measure) {
  std::vector<Row> rows;
  const auto& all = tiles.tiles;
  for (size_t first = 0; first < all.size(); first += kTilesPerLine) {
    size_t count = std::min(kTilesPerLine, all.size() - first);
    // Tiles keep the width of a full line of the same kind (2, 3 or 4 wide).
    size_t per_line = std::min(kTilesPerLine, std::max<size_t>(2, all.size()));
    double width = (kContentWidth - kTileGap * (per_line - 1)) / per_line;
    double inner = width - kStripe - 2 * kTilePad;
    std::vector<TileText> texts;
    double height = 0;
    for (size_t i = 0; i < count; ++i) {
      texts.push_back(WrapTile(all[first + i], inner, measure));
      height = std::max(height, texts.back().Height());
    }
    Row row;
    row.height = height;
    row.space_before = first == 0 ? 10 : kTileGap;
    for (size_t i = 0; i < count; ++i) {
      AddTile(all[first + i], texts[i], kContentLeft + i * (width + kTileGap), width, height,
              measure, &row);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<Row> QuoteRows(const Quote& quote, const Theme& theme, const MeasureFn& measure) {
  constexpr double kIndent = 14, kSize = 10.5, kLeading = 15, kSourceSize = 8.5;
  double x = kContentLeft + kIndent, width = kContentWidth - kIndent;
  std::vector<Row> rows =
      TextRows(quote.text, x, width, FontStyle::kRegular, kSize, kLeading, palette::kText, measure);
  if (!quote.source.empty()) {
    std::vector<Row> source = TextRows("\u2014 " + quote.source, x, width, FontStyle::kRegular,
                                       kSourceSize, 12, palette::kMuted, measure);
    source.front().space_before = 2;
    rows.back().keep_with_next = 1;  // the source never stands alone
    for (Row& r : source) rows.push_back(std::move(r));
  }
  // The bar: one piece per row, so that a quote broken across pages keeps it;
  // pieces also cover the space before each row within the quote.
  for (size_t i = 0; i < rows.size(); ++i) {
    double extra = i == 0 ? 0 : rows[i].space_before;
    rows[i].ops.push_back(
        RectOp{kContentLeft, -rows[i].height, 2.5, rows[i].height + extra, theme.primary, {}, 0});
  }
  rows.front().space_before = 10;
  rows.back().height += 2;
  return rows;
}

}  // namespace ankerbericht
