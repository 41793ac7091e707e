// The votes importer on inline sticker-vote lists (docs/input-formats.md).
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

TEST_F(ImportTest, VotesSemicolon) {
  ASSERT_OK(Import(InputKind::kVotes,
                   "Datum;Wunsch;Punkte\n"
                   "05.03.2026;3D-Drucker;7\n"
                   "05.03.2026;Lasercutter;0\n"));
  ASSERT_EQ(outcome_.batch.votes.size(), 2u);
  EXPECT_EQ(outcome_.batch.votes[0].date, Date(2026, 3, 5));
  EXPECT_EQ(outcome_.batch.votes[0].wish, "3D-Drucker");
  EXPECT_EQ(outcome_.batch.votes[0].dots, 7);
  EXPECT_EQ(outcome_.batch.votes[0].line, 2);
  EXPECT_EQ(outcome_.batch.votes[1].dots, 0);
}

TEST_F(ImportTest, VotesEnglishCommaWithQuotedWish) {
  ASSERT_OK(Import(InputKind::kVotes, "Date,Wish,Dots\n2026-03-05,\"Lasercutter, klein\",3\n"));
  ASSERT_EQ(outcome_.batch.votes.size(), 1u);
  EXPECT_EQ(outcome_.batch.votes[0].wish, "Lasercutter, klein");
  EXPECT_EQ(outcome_.batch.votes[0].dots, 3);
}

TEST_F(ImportTest, VotesWindows1252WithBomlessExcelExport) {
  ASSERT_OK(
      Import(InputKind::kVotes, "Datum;Ger\xE4t;Klebepunkte\r\n05.03.2026;L\xF6tstation;4\r\n"));
  EXPECT_EQ(outcome_.encoding, "Windows-1252");
  ASSERT_EQ(outcome_.batch.votes.size(), 1u);
  EXPECT_EQ(outcome_.batch.votes[0].wish, "Lötstation");
  EXPECT_EQ(outcome_.batch.votes[0].dots, 4);
}

TEST_F(ImportTest, VotesUtf8WithBom) {
  ASSERT_OK(Import(InputKind::kVotes,
                   "\xEF\xBB\xBF"
                   "Datum;Wunsch;Punkte\n05.03.2026;Nähmaschine;2\n"));
  EXPECT_EQ(outcome_.encoding, "UTF-8 (BOM)");
  ASSERT_EQ(outcome_.batch.votes.size(), 1u);
  EXPECT_EQ(outcome_.batch.votes[0].wish, "Nähmaschine");
}

TEST_F(ImportTest, VotesBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"05.03.2026;Drucker;-1", "x.csv:2: Punkte: eine Anzahl kann nicht negativ sein (-1)"},
      {"05.03.2026;;3", "x.csv:2: Wunsch: darf nicht leer sein"},
      {"05.03.2026;Drucker;", "x.csv:2: Punkte: Anzahl fehlt"},
      {"05.03.2026;Drucker;20000",
       "x.csv:2: Punkte: unglaubwürdig große Anzahl (mehr als 10000) (20000)"},
      {"31.02.2026;Drucker;1",
       "x.csv:2: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT) (31.02.2026)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(InputKind::kVotes, std::string("Datum;Wunsch;Punkte\n") + c.row + "\n"),
              c.rejection)
        << c.row;
  }
}

}  // namespace
}  // namespace ankerbericht
