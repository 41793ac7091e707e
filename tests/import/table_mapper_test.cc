// TableMapper on rows that arrive already split (a spreadsheet's cells): what
// a refused row repeats of its cell stays short, however long the cell.
#include "import/table_mapper.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace ankerbericht {
namespace {

// A spreadsheet cell can hold megabytes (a pasted file). The rejection names
// the row and quotes the start of the cell: the message on screen and the
// text stored with the file stay short.
TEST(TableMapperTest, RejectedHugeCellIsQuotedShort) {
  Site site;
  site.id = "stadtlabor";
  ImportContext ctx;
  ctx.file = "wuensche.xlsx";
  ctx.kind = InputKind::kVotes;
  ctx.site = &site;
  ctx.today = Date(2026, 6, 30);
  const std::string cell = "Drucker " + std::string(5 * 1024 * 1024, 'x');
  const std::vector<CsvRecord> sheet = {{1, {"Datum", "Wunsch", "Punkte"}}, {2, {"05.03.2026", "Drucker", cell}}};
  VectorRowSource rows(&sheet);
  ImportOutcome outcome;
  ASSERT_OK(TableMapper::Map(&rows, VotesTable(), ctx, &outcome));
  ASSERT_EQ(outcome.rejected.size(), 1u);
  const std::string message = outcome.rejected[0].ToString(ctx.file);
  EXPECT_LT(message.size(), 200u) << message.substr(0, 300);
  EXPECT_EQ(message.rfind("wuensche.xlsx:2: Punkte: not a whole number (Drucker xxx", 0), 0u) << message.substr(0, 300);
  EXPECT_TRUE(message.ends_with("x…)")) << message;
  EXPECT_LT(outcome.rejected[0].value.size(), 200u);  // not held whole either
}

// A 300,000-column line (a hostile or broken file) is no header: refused at
// once with its line, instead of matching every cell against every alias.
TEST(TableMapperTest, AFarTooWideRowIsNoHeader) {
  Site site;
  site.id = "stadtlabor";
  ImportContext ctx;
  ctx.file = "wuensche.csv";
  ctx.kind = InputKind::kVotes;
  ctx.site = &site;
  ctx.today = Date(2026, 6, 30);
  std::vector<std::string> wide(300000, "Spalte");
  wide[0] = "Datum";
  wide[1] = "Wunsch";
  wide[2] = "Punkte";
  const std::vector<CsvRecord> sheet = {{1, wide}, {2, {"05.03.2026", "Drucker", "3"}}};
  VectorRowSource rows(&sheet);
  ImportOutcome outcome;
  Status s = TableMapper::Map(&rows, VotesTable(), ctx, &outcome);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("wuensche.csv:1:"), std::string::npos) << s.ToString();
  EXPECT_NE(s.ToString().find("300000 columns is no header"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace ankerbericht
