// Helpers shared by the layout tests in tests/render: a fake monospace font
// and accessors for the drawing operations of a row or page.
#ifndef ANKERBERICHT_TESTS_RENDER_RENDER_TEST_UTIL_H_
#define ANKERBERICHT_TESTS_RENDER_RENDER_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_layout.h"

namespace ankerbericht::render_test {

// Number of code points in |s| (continuation bytes not counted).
inline size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A fake monospace font: every character is 0.55 em wide (like DejaVu Sans).
inline double FakeMeasure(std::string_view s, FontStyle, double size) {
  return CodePoints(s) * size * 0.55;
}

// Twelve months of visits, this year against last (April of last year
// missing): a grouped bar chart as the reports draw it.
inline BarChart MonthChart() {
  BarChart chart{"Besuche pro Monat", "Besuche", {}, {{"2026", {}}, {"2025", {}}}, "Keine Daten"};
  const char* months[] = {"Januar", "Februar", "März",      "April",   "Mai",      "Juni",
                          "Juli",   "August",  "September", "Oktober", "November", "Dezember"};
  for (int i = 0; i < 12; ++i) {
    chart.categories.push_back(months[i]);
    chart.series[0].values.push_back(1000 + 37 * i);
    chart.series[1].values.push_back(i == 3 ? std::optional<double>() : 900.0 + i);
  }
  return chart;
}

template <typename T>
std::vector<T> OpsOf(const std::vector<DrawOp>& ops) {
  std::vector<T> out;
  for (const DrawOp& op : ops) {
    if (auto* t = std::get_if<T>(&op)) out.push_back(*t);
  }
  return out;
}

inline std::vector<std::string> TextsOf(const std::vector<DrawOp>& ops) {
  std::vector<std::string> out;
  for (const TextOp& t : OpsOf<TextOp>(ops)) out.push_back(t.text);
  return out;
}

// No two texts of |ops| overlap (bounds as computed by the layout code).
inline void ExpectNoTextOverlap(const std::vector<DrawOp>& ops, const std::string& what) {
  std::vector<TextOp> texts = OpsOf<TextOp>(ops);
  for (size_t i = 0; i < texts.size(); ++i) {
    for (size_t j = i + 1; j < texts.size(); ++j) {
      if (texts[i].text.empty() || texts[j].text.empty()) continue;
      EXPECT_FALSE(Intersects(TextBounds(texts[i]), TextBounds(texts[j])))
          << what << ": \"" << texts[i].text << "\" overlaps \"" << texts[j].text << "\"";
    }
  }
}

// Every text, rectangle, line and path point lies inside the content width
// and within the row (0 down to -height); coordinates are finite.
inline void ExpectInsideRow(const Row& row, const std::string& what) {
  constexpr double kEps = 0.01;
  EXPECT_TRUE(std::isfinite(row.height)) << what;
  EXPECT_GT(row.height, 0) << what;
  EXPECT_LT(row.height, kContentTop - kContentBottom) << what;
  auto inside_x = [&](double x) { return x >= kContentLeft - kEps && x <= kContentRight + kEps; };
  auto inside_y = [&](double y) { return y <= kEps && y >= -row.height - kEps; };
  for (const TextOp& t : OpsOf<TextOp>(row.ops)) {
    Box b = TextBounds(t);
    EXPECT_TRUE(inside_x(b.x0) && inside_x(b.x1)) << what << ": " << t.text << " x=" << b.x0;
    EXPECT_TRUE(inside_y(t.y)) << what << ": " << t.text << " y=" << t.y;
  }
  for (const RectOp& r : OpsOf<RectOp>(row.ops)) {
    EXPECT_TRUE(std::isfinite(r.w) && std::isfinite(r.h) && r.w >= 0 && r.h >= 0) << what;
    EXPECT_TRUE(inside_x(r.x) && inside_x(r.x + r.w)) << what << " rect x=" << r.x;
    EXPECT_TRUE(inside_y(r.y) && inside_y(r.y + r.h)) << what << " rect y=" << r.y;
  }
  for (const LineOp& l : OpsOf<LineOp>(row.ops)) {
    EXPECT_TRUE(inside_x(l.x1) && inside_x(l.x2)) << what << " line";
    EXPECT_TRUE(inside_y(l.y1) && inside_y(l.y2)) << what << " line";
  }
  for (const PathOp& p : OpsOf<PathOp>(row.ops)) {
    for (const Point& pt : p.points) {
      EXPECT_TRUE(inside_x(pt.x) && inside_y(pt.y))
          << what << " path point " << pt.x << "," << pt.y;
    }
  }
}

}  // namespace ankerbericht::render_test

#endif  // ANKERBERICHT_TESTS_RENDER_RENDER_TEST_UTIL_H_
