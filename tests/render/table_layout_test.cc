// Table headers are never cut: a header wider than its numbers ("knapp
// verfehlt" over "1") widens the column or wraps between words, and every
// header line stays inside its column.
#include "render/table_layout.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>
#include <vector>

#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;
using render_test::OpsOf;

// The goal-area table: short numbers under long headers.
Table GoalTable(const std::string& area_name) {
  Table t;
  t.caption = "Zielwerte je Zielbereich";
  t.columns = {{"Zielbereich", false},
               {"Priorität", true},
               {"erreicht", true},
               {"knapp verfehlt", true},
               {"verfehlt", true}};
  for (int p = 1; p <= 7; ++p)
    t.rows.push_back({area_name + " " + std::to_string(p), std::to_string(p), "1", "0", "0"});
  return t;
}

// Every header text of |table| lies inside its column, and the header's
// words come out whole.
void ExpectHeaderFits(const Table& table, const std::string& what) {
  std::vector<Row> rows = LayoutTable(table, FakeMeasure);
  ASSERT_GE(rows.size(), 2u);
  const Row& header = rows[1];  // after the caption
  std::vector<double> widths = TableColumnWidths(table, kContentWidth, FakeMeasure);
  std::vector<double> left(widths.size());
  std::exclusive_scan(widths.begin(), widths.end(), left.begin(), kContentLeft);
  std::string words;
  for (const TextOp& t : OpsOf<TextOp>(header.ops)) {
    size_t col = 0;
    while (col + 1 < left.size() && t.x >= left[col + 1]) ++col;
    EXPECT_GE(t.x, left[col] - 0.01) << what << ": " << t.text;
    EXPECT_LE(t.x + t.width, left[col] + widths[col] + 0.01)
        << what << ": \"" << t.text << "\" leaves its column";
    words += t.text + " ";
  }
  for (const TableColumn& c : table.columns) {
    for (size_t start = 0; start < c.title.size();) {
      size_t end = std::min(c.title.find(' ', start), c.title.size());
      std::string word = c.title.substr(start, end - start);
      EXPECT_NE(words.find(word + " "), std::string::npos) << what << ": \"" << word << "\" cut";
      start = end + 1;
    }
  }
}

TEST(TableLayoutTest, LongHeadersOverShortNumbersFitTheirColumns) {
  ExpectHeaderFits(GoalTable("Digitale Bildung"), "short names");
  // Long area names leave the numbers little room: headers wrap, not cut.
  ExpectHeaderFits(
      GoalTable("Informationsangebote zu Smart City / Smart Region und Digitale Bildung und "
                "Kompetenzstärkung für alle Generationen in der Stadt"),
      "long names");
}

}  // namespace
}  // namespace ankerbericht
