// The cover page: a band in the primary colour with kicker and site name,
// municipality and period below it, the facts and the logo at the foot.
#include <algorithm>
#include <utility>

#include "render/block_layout.h"
#include "render/chart_axes.h"

namespace ankerbericht {
namespace {

const char kEllipsis[] = "\u2026";
constexpr double kLogoWidth = 150, kLogoHeight = 60;

// Writes the lines of |text| downwards from baseline *y and moves *y below them.
void CoverText(const std::string& text, FontStyle font, double size, double leading, Rgb color,
               int max_lines, const MeasureFn& measure, double* y, std::vector<DrawOp>* ops,
               double width = kContentWidth) {
  if (text.empty()) return;
  WidthFn w = [&](std::string_view s) { return measure(s, font, size); };
  std::vector<std::string> lines = WrapText(text, width, w);
  if (static_cast<int>(lines.size()) > max_lines) {
    // An absurdly long title must not push the rest off the cover.
    lines.resize(max_lines);
    lines.back() = FitText(lines.back() + " " + kEllipsis, width, w);
  }
  for (std::string& line : lines) {
    ops->push_back(MakeText(kContentLeft, *y, std::move(line), font, size, color, measure));
    *y -= leading;
  }
}

void CoverFacts(const std::string& text, double width, const MeasureFn& measure, double* y,
                std::vector<DrawOp>* ops) {
  CoverText(text, FontStyle::kRegular, 9.5, 14, palette::kMuted, 3, measure, y, ops, width);
}

// The cover's coloured band with kicker and site name; returns the band's
// lower edge.
double CoverBand(const TitleBlock& t, const Theme& theme, const MeasureFn& measure,
                 std::vector<DrawOp>* ops) {
  std::vector<DrawOp> text;
  double y = 0;  // baselines relative to the first line, shifted below
  CoverText(t.kicker, FontStyle::kRegular, 14, 22, palette::kWhite, 2, measure, &y, &text);
  if (!t.kicker.empty()) y -= 14;
  // Long site names get a smaller size rather than many huge lines.
  double title_size = 30;
  WidthFn title_width = [&](std::string_view s) { return measure(s, FontStyle::kBold, 30); };
  if (WrapText(t.title, kContentWidth, title_width).size() > 3) title_size = 22;
  double title_leading = title_size * 1.2;
  CoverText(t.title, FontStyle::kBold, title_size, title_leading, palette::kWhite, 5, measure, &y,
            &text);
  // Dark text if the primary colour is light.
  Rgb on_band = chart::TextOn(theme.brand);
  for (DrawOp& op : text) std::get<TextOp>(op).color = on_band;
  // The band reaches from the page top to 40 pt below the last title line
  // and is at least a third of the page high; the first line stays >= 70 pt
  // below the page top. |last_line| is the last baseline relative to the first.
  double last_line = y + title_leading;
  double band_bottom = std::min(kPageHeight * 2 / 3, kPageHeight - 70 + last_line - 40);
  ops->push_back(RectOp{0, band_bottom, kPageWidth, kPageHeight - band_bottom, theme.brand, {}, 0});
  for (DrawOp& op : text) {
    ShiftOp(&op, band_bottom + 40 - last_line);
    ops->push_back(std::move(op));
  }
  return band_bottom;
}

}  // namespace

Row CoverRow(const TitleBlock& t, const Theme& theme, const MeasureFn& measure) {
  Row row;
  row.cover = true;
  double y = CoverBand(t, theme, measure, &row.ops) - 50;
  CoverText(t.subtitle, FontStyle::kBold, 18, 24, palette::kText, 3, measure, &y, &row.ops);
  CoverText(t.period, FontStyle::kRegular, 13, 19, palette::kMuted, 2, measure, &y, &row.ops);
  row.ops.push_back(LineOp{kContentLeft, y + 6, kContentLeft + 60, y + 6, palette::kHighlight, 3});
  // Facts at the foot unless the block above reaches that far; the logo at
  // the bottom right, the facts to its left.
  bool logo = !theme.logo_path.empty();
  double facts_width = logo ? kContentWidth - kLogoWidth - 16 : kContentWidth;
  WidthFn w = [&](std::string_view s) { return measure(s, FontStyle::kRegular, 9.5); };
  double facts_height = 0;
  for (const std::string& f : t.facts)
    facts_height += 14 * std::min<size_t>(3, WrapText(f, facts_width, w).size());
  y = std::min(y - 30, kContentBottom + facts_height);
  if (logo) {
    ImageOp image{theme.logo_path,
                  kContentRight - kLogoWidth,
                  kContentBottom - 4,
                  kLogoWidth,
                  kLogoHeight,
                  1.0,
                  0.0};
    row.ops.push_back(std::move(image));
  }
  for (const std::string& f : t.facts) {
    CoverFacts(f, facts_width, measure, &y, &row.ops);
  }
  return row;
}

}  // namespace ankerbericht
