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

}  // namespace
}  // namespace ankerbericht
