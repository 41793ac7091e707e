// TableMapper on rows that arrive already split (a spreadsheet's cells): what
// a refused row repeats of its cell stays short, however long the cell.
#include "import/table_mapper.h"

#include <gtest/gtest.h>

#include "import/import_test_fixture.h"
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
  const std::vector<CsvRecord> sheet = {{1, {"Datum", "Wunsch", "Punkte"}},
                                        {2, {"05.03.2026", "Drucker", cell}}};
  VectorRowSource rows(&sheet);
  ImportOutcome outcome;
  ASSERT_OK(TableMapper::Map(&rows, VotesTable(), ctx, &outcome));
  ASSERT_EQ(outcome.rejected.size(), 1u);
  const std::string message = outcome.rejected[0].ToString(ctx.file);
  EXPECT_LT(message.size(), 200u) << message.substr(0, 300);
  EXPECT_EQ(message.rfind("wuensche.xlsx:2: Punkte: keine ganze Zahl (Drucker xxx", 0), 0u)
      << message.substr(0, 300);
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
  EXPECT_NE(s.ToString().find("300000 Spalten ist keine Kopfzeile"), std::string::npos)
      << s.ToString();
}

// A date cell saved as CSV is Excel's day number: read where a date is
// expected, but only within 2000-2099, so that a count is not taken for one.
TEST(TableMapperTest, ExcelSerialDateText) {
  EXPECT_EQ(ExcelSerialDateText("45292"), "2024-01-01");
  EXPECT_EQ(ExcelSerialDateText(" 45292.5 "), "2024-01-01 12:00:00");
  EXPECT_EQ(ExcelSerialDateText("45292,75"), "2024-01-01 18:00:00");
  EXPECT_EQ(ExcelSerialDateText("36526"), "2000-01-01");
  EXPECT_EQ(ExcelSerialDateText("73050"), "2099-12-31");
  for (const char* no :
       {"", "36525", "73051", "4529", "452920", "45292.", "45292.5x", "-45292", "1.234", "12"}) {
    EXPECT_EQ(ExcelSerialDateText(no), "") << no;
  }
}

TEST_F(ImportTest, ExcelSerialDatesInCsv) {
  ASSERT_OK(Import(InputKind::kVisits, "Datum;Uhrzeit;Eingang\n46174;10:00;3\n46174;11:00;4\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 2u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.visits[0].start.date, Date(2026, 6, 1));
  ASSERT_OK(Import(InputKind::kVisits, "Zeitstempel;Eingang\n46174.4375;3\n46174,5;4\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 2u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.visits[0].start, (Timestamp{Date(2026, 6, 1), 10 * 60 + 30}));
  EXPECT_EQ(outcome_.batch.visits[1].start, (Timestamp{Date(2026, 6, 1), 12 * 60}));
  // Events and feedback take them too; a number too small for a date stays an error.
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Datum;Titel;Format;Teilnehmende\nV-1;46174;Reparaturcafé;Workshop;12\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.events[0].date, Date(2026, 6, 1));
  EXPECT_EQ(OnlyRejection(InputKind::kVotes, "Datum;Wunsch;Punkte\n1234;Drucker;2\n"),
            "x.csv:2: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT) (1234)");
}

// The header is the first row holding every required field: title rows and
// blank rows above it are skipped, and their count is the header's index
// (what `inspect` shows and `import` maps).
TEST(FindHeaderTest, SkipsTitleRowsAboveTheHeader) {
  const std::vector<CsvRecord> sheet = {{1, {"Zählerexport", "Nord", "Tür", "März", "2026"}},
                                        {2, {}},
                                        {3, {"Datum", "Uhrzeit", "Ein", "Aus"}},
                                        {4, {"03.03.2026", "14:00", "5", "4"}}};
  VectorRowSource rows(&sheet);
  ImportContext ctx;
  ctx.kind = InputKind::kVisits;
  HeaderMatch header = FindHeader(&rows, VisitsTable(), ctx);
  ASSERT_TRUE(header.map.has_value());
  EXPECT_EQ(header.index, 2);
  EXPECT_EQ(header.line, 3);
  EXPECT_EQ(header.map->Find("in"), 2u);
  // What the first row lacked, for the message when no row fits.
  EXPECT_EQ(header.first_line, 1);
  EXPECT_FALSE(header.first_missing.empty());
}

TEST(FindHeaderTest, NoHeaderAmongTheFirstRows) {
  const std::vector<CsvRecord> sheet = {{1, {"a", "b"}}, {2, {"1", "2"}}};
  VectorRowSource rows(&sheet);
  ImportContext ctx;
  ctx.kind = InputKind::kEvents;
  HeaderMatch header = FindHeader(&rows, EventsTable(), ctx);
  EXPECT_FALSE(header.map.has_value());
  EXPECT_EQ(header.index, -1);
  EXPECT_EQ(header.first_line, 1);
}

}  // namespace
}  // namespace ankerbericht
