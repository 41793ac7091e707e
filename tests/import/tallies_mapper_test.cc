// The tallies importer on inline tally sheets (docs/input-formats.md).
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

TEST_F(ImportTest, TalliesWithPreambleAndAgeGroups) {
  ASSERT_OK(Import(InputKind::kTallies,
                   "Strichliste Stadtlabor März;;;;\n"
                   "Datum;Zeitfenster;Besucher;unter 18;ab65\n"
                   "03.03.2026;14-16;10;3;2\n"
                   "03.03.2026;16:00-18:00;4;;\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.rows_read, 2);
  ASSERT_EQ(outcome_.batch.tallies.size(), 2u);
  const Tally& a = outcome_.batch.tallies[0];
  EXPECT_EQ(a.line, 3);
  EXPECT_EQ(a.date, Date(2026, 3, 3));
  EXPECT_EQ(a.slot_start, 14 * 60);
  EXPECT_EQ(a.slot_end, 16 * 60);
  EXPECT_EQ(a.count, 10);
  EXPECT_EQ(a.age_counts, (std::map<std::string, int64_t>{{"u18", 3}, {"ab65", 2}}));
  const Tally& b = outcome_.batch.tallies[1];
  EXPECT_EQ(b.slot_start, 16 * 60);
  EXPECT_EQ(b.slot_end, 18 * 60);
  EXPECT_EQ(b.count, 4);
  EXPECT_TRUE(b.age_counts.empty());
}

TEST_F(ImportTest, TalliesEnglishWithoutSlot) {
  ASSERT_OK(Import(InputKind::kTallies, "Date,Count\n2026-03-03,9\n"));
  ASSERT_EQ(outcome_.batch.tallies.size(), 1u);
  EXPECT_EQ(outcome_.batch.tallies[0].count, 9);
  EXPECT_EQ(outcome_.batch.tallies[0].slot_start, std::nullopt);
}

TEST_F(ImportTest, TalliesBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"03.03.2026;14-16;2;3",
       "x.csv:2: Besucher: die Altersgruppen ergeben zusammen 3, mehr als Besucherinnen und "
       "Besucher gezählt sind (2)"},
      {"03.03.2026;16-14;2;",
       "x.csv:2: Zeitfenster: kein Zeitraum (erwartet z. B. 14-16 oder 14:00-16:00) (16-14)"},
      {"03.03.2026;14-16;-3;", "x.csv:2: Besucher: eine Anzahl kann nicht negativ sein (-3)"},
      {"03.03.2026;14-16;5;zwei", "x.csv:2: unter 18: keine ganze Zahl (zwei)"},
      {"01.07.2026;14-16;5;", "x.csv:2: Datum: Datum liegt in der Zukunft (01.07.2026)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(InputKind::kTallies,
                            std::string("Datum;Zeitfenster;Besucher;unter 18\n") + c.row + "\n"),
              c.rejection)
        << c.row;
  }
}

// A mobile site's tally sheet names the stop by id or by name; an empty cell
// takes the one stop served that day; an unknown stop, or a stop on the sheet
// of a site without stops, is refused.
TEST_F(ImportTest, TalliesCarryTheStopOfAMobileSite) {
  Stop nord;
  nord.id = "nord";
  nord.name = "Marktplatz Nordstadt";
  nord.week = {{1, 10 * 60, 13 * 60}};  // Tuesdays
  Stop dorf;
  dorf.id = "dorf";
  dorf.name = "Dorfplatz Auenhain";
  dorf.week = {{3, 10 * 60, 14 * 60}};  // Thursdays
  site_.stops = {nord, dorf};
  ASSERT_OK(Import(InputKind::kTallies,
                   "Datum;Haltestelle;Besucher\n"
                   "03.03.2026;marktplatz  nordstadt;12\n"
                   "05.03.2026;DORF;4\n"
                   "10.03.2026;;7\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.tallies.size(), 3u);
  EXPECT_EQ(outcome_.batch.tallies[0].stop, "nord");
  EXPECT_EQ(outcome_.batch.tallies[1].stop, "dorf");
  EXPECT_EQ(outcome_.batch.tallies[2].stop, "nord");  // the only stop on Tuesdays

  EXPECT_EQ(
      OnlyRejection(InputKind::kTallies, "Datum;Haltestelle;Besucher\n03.03.2026;Rathaus;5\n"),
      "x.csv:2: Haltestelle: unbekannte Haltestelle (bekannt: Marktplatz Nordstadt, Dorfplatz "
      "Auenhain) "
      "(Rathaus)");
  site_.stops.clear();
  EXPECT_EQ(
      OnlyRejection(InputKind::kTallies, "Datum;Haltestelle;Besucher\n03.03.2026;Rathaus;5\n"),
      "x.csv:2: Haltestelle: dieser Ort hat keine Haltestellen; bitte unter \"stops\" in "
      "ankerbericht.json eintragen oder die Spalte leer lassen (Rathaus)");
}

}  // namespace
}  // namespace ankerbericht
