// A bus with stops and a place that opened in the middle of a half-year, in
// a workspace built here: the overview shows the bus's stops with the
// numbers of `figures --json`, the bus's reports speak of tally sheets and
// stop hours, and no report calls an opening a growth.
//   bus (mobile, opened Tue 01.04.2025): "Marktplatz" on Tuesdays 10-13,
//     12 visits each; "Schule am Park" on Thursdays 14-16, 13 visits each.
//     2026-H1 has 26 Tuesdays (06.01.-30.06.) and 26 Thursdays (01.01.-
//     25.06.): Marktplatz 26 days, 78 h, 312 visits, 4,0 per hour; Schule
//     26 days, 52 h, 338 visits, 6,5 per hour; all stops 52 days, 130 h,
//     650 visits, 5,0 per hour. 2025-H1 (the year before) was open on
//     01.04.-30.06.: 91 of its 181 days.
//     The bus has no feedback forms and no sticker dots; it held an event
//     at Marktplatz on 13.01.2026 and one at Schule am Park on 15.01.2026,
//     and its target is 4 visits per stop hour.
//   neu (opened Wed 01.10.2025): a counter, 20 visits per weekday 10-16.
//     2025-H2 (the previous half-year) was open on 01.10.-31.12.: 92 of 184
//     days, 66 weekdays, 1320 visits; 2026-H1 has 129 weekdays, 2580 visits.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"
#include "util/date.h"
#include "util/strings.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kConfig = R"({
  "sites": [
    { "id": "bus", "name": "Digitalbus Süd", "municipality": "Stadt Beispielhausen", "type": 1,
      "opened": "01.04.2025",
      "targets": [ { "indicator": "visitors.per_open_hour", "min": 4 } ],
      "stops": [
        { "id": "markt", "name": "Marktplatz", "week": { "Di": "10:00-13:00" } },
        { "id": "schule", "name": "Schule am Park", "week": { "Do": "14:00-16:00" } }
      ] },
    { "id": "neu", "name": "Treffpunkt Neu", "municipality": "Stadt Beispielhausen", "type": 2,
      "opened": "01.10.2025",
      "opening_hours": [ { "valid_from": "01.10.2025",
        "week": { "Mo": "10:00-16:00", "Di": "10:00-16:00", "Mi": "10:00-16:00", "Do": "10:00-16:00", "Fr": "10:00-16:00" } } ] }
  ],
  "sources": [
    { "path": "daten/bus-strichliste.csv", "kind": "tallies", "site": "bus" },
    { "path": "daten/bus-veranstaltungen.csv", "kind": "events", "site": "bus" },
    { "path": "daten/neu-zaehler.csv", "kind": "visits", "site": "neu" }
  ]
})";

void WriteWorkspace(const ScopedTempDir& tmp) {
  tmp.Write("ws/ankerbericht.json", kConfig);
  std::string tallies = "Datum;Haltestelle;Zeitfenster;Besucher\n";
  for (Date d(2025, 4, 1); d <= Date(2026, 6, 30); d = d.AddDays(1)) {
    if (d.weekday() == 1) tallies += d.ToGerman() + ";Marktplatz;10-13;12\n";
    if (d.weekday() == 3) tallies += d.ToGerman() + ";Schule am Park;14-16;13\n";
  }
  tmp.Write("ws/daten/bus-strichliste.csv", tallies);
  tmp.Write("ws/daten/bus-veranstaltungen.csv",
            "Nr;Datum;Titel;Format;Teilnehmende;Kapazität;Status;Haltestelle\n"
            "B1;13.01.2026;Handy-Sprechstunde;Sprechstunde;6;8;durchgeführt;Marktplatz\n"
            "B2;15.01.2026;Online-Termine buchen;Sprechstunde;7;8;durchgeführt;schule\n");
  std::string visits = "Datum;Besucher\n";
  for (Date d(2025, 10, 1); d <= Date(2026, 6, 30); d = d.AddDays(1))
    if (d.weekday() < 5) visits += d.ToGerman() + ";20\n";
  tmp.Write("ws/daten/neu-zaehler.csv", visits);
}

class MobileOverview : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    WriteWorkspace(*tmp_);
    CommandResult run = Anker(Ws(), "run");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path Ws() { return tmp_->path() / "ws"; }
  // The proofreading dump of |args| ("report ... --period P").
  static std::string Dump(const std::string& args) {
    CommandResult r = Anker(Ws(), args + " --dump -o dump.txt");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadFileToString((Ws() / "dump.txt").string());
  }
  static ScopedTempDir* tmp_;
};
ScopedTempDir* MobileOverview::tmp_ = nullptr;

// A stop breakdown's cell |i| (or its total for i < 0) as a table prints it.
std::string StopFigure(const Poco::JSON::Object::Ptr& figures, const std::string& id, int i,
                       int decimals) {
  Poco::JSON::Object::Ptr b = figures->getObject("breakdowns")->getObject(id);
  double v = i < 0 ? b->getValue<double>("total")
                   : b->getArray("cells")->getObject(i)->getValue<double>("value");
  return BuiltinLocale("de").FormatNumber(v, decimals);
}

TEST_F(MobileOverview, TheStopFiguresEqualHandCounts) {
  CommandResult r = Anker(Ws(), "figures --site bus --period 2026-H1 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  EXPECT_EQ(StopFigure(f, "stops.days", 0, 0), "26");
  EXPECT_EQ(StopFigure(f, "stops.hours", 0, 0), "78");
  EXPECT_EQ(StopFigure(f, "stops.visits", 0, 0), "312");
  EXPECT_EQ(StopFigure(f, "stops.visits_per_hour", 1, 1), "6,5");
  EXPECT_EQ(StopFigure(f, "stops.hours", -1, 0), "130");
  EXPECT_EQ(StopFigure(f, "stops.visits_per_hour", -1, 1), "5,0");
  // The bus's opening hours are its stop hours.
  EXPECT_EQ(Indicator(f, "opening.hours"), 130);
  EXPECT_DOUBLE_EQ(Indicator(f, "visitors.per_open_hour"), 5.0);
}

TEST_F(MobileOverview, TheOverviewShowsTheStopsOfTheBusWithItsFigures) {
  CommandResult r = Anker(Ws(), "figures --site bus --period 2026-H1 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  std::string text = Dump("report uebersicht --period 2026-H1");
  EXPECT_NE(text.find("H2 Haltestellen: Digitalbus Süd\n"), std::string::npos) << text;
  EXPECT_NE(text.find("TABLE Haltestelle | Tage | Stunden an der Haltestelle | Besuche | "
                      "Besuche je Stunde an der Haltestelle\n"),
            std::string::npos)
      << text;
  const std::pair<const char*, int> rows[] = {
      {"Marktplatz", 0}, {"Schule am Park", 1}, {"Alle Haltestellen", -1}};
  for (const auto& [name, i] : rows) {
    std::string row = std::string("ROW ") + name + " | " + StopFigure(f, "stops.days", i, 0) +
                      " | " + StopFigure(f, "stops.hours", i, 1) + " | " +
                      StopFigure(f, "stops.visits", i, 0) + " | " +
                      StopFigure(f, "stops.visits_per_hour", i, 1) + "\n";
    EXPECT_NE(text.find(row), std::string::npos) << row << text;
  }
  EXPECT_NE(text.find("ROW Alle Haltestellen | 52 | 130,0 | 650 | 5,0\n"), std::string::npos);
  // The key-figure row of the bus: per hour at its stops, said under the table.
  EXPECT_NE(text.find("ROW Digitalbus Süd | 650 | 5,0 |"), std::string::npos) << text;
  EXPECT_NE(
      text.find(
          "REMARK Der Ankerort Digitalbus Süd ist mobil unterwegs: „je Stunde“ heißt hier Besuche "
          "je Stunde an den Haltestellen; die Stunden sind die 130 Standstunden an 2 "
          "Haltestellen laut Fahrplan, keine Öffnungszeiten."),
      std::string::npos)
      << text;
  // A building has no stops.
  EXPECT_EQ(text.find("Haltestellen: Treffpunkt Neu"), std::string::npos);
}

TEST_F(MobileOverview, TheOverviewNamesTheHalfYearsAPlaceOpenedIn) {
  std::string text = Dump("report uebersicht --period 2026-H1");
  // A bus serves its stops on two days a week: "open on 91 of 181 days"
  // would be false; it says since when it is in service.
  EXPECT_NE(text.find("Digitalbus Süd ist seit dem 1. April 2025 im Einsatz, im 1. Halbjahr 2025 "
                      "also nur während eines Teils des Halbjahrs"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("91 von 181"), std::string::npos);
  EXPECT_NE(text.find("Treffpunkt Neu wurde am 1. Oktober 2025 eröffnet und bestand im 2. "
                      "Halbjahr 2025 also erst an 92 von 184 Kalendertagen"),
            std::string::npos)
      << text;
}

TEST_F(MobileOverview, TheMethodsOfTheBusSpeakOfTallySheetsAndStopHours) {
  std::string bus = Dump("report halbjahresbericht --site bus --period 2026-H1");
  EXPECT_NE(bus.find("Besuchszählungen (Strichlisten je Haltestelle und Tag)"), std::string::npos)
      << bus;
  EXPECT_NE(bus.find("Jede Strichliste gilt für eine Haltestelle an einem Tag"), std::string::npos);
  EXPECT_NE(bus.find("Standstunden sind die Zeiten an den Haltestellen laut Fahrplan"),
            std::string::npos);
  EXPECT_NE(bus.find("Gezählte Besuche im Zeitraum: die Summe der Strichlisten an den "
                     "Haltestellen."),
            std::string::npos);
  EXPECT_EQ(bus.find("die Zählanlage gilt"), std::string::npos);
  EXPECT_EQ(bus.find("laut Öffnungszeiten"), std::string::npos) << bus;
  EXPECT_EQ(bus.find("angegebenen Öffnungszeiten"), std::string::npos);
  // A building keeps the counter (this one has no tally sheets) and its
  // opening hours.
  std::string neu = Dump("report halbjahresbericht --site neu --period 2026-H1");
  EXPECT_NE(neu.find("Besuchszählungen (Zählanlage)"), std::string::npos) << neu;
  EXPECT_NE(neu.find("Die Besuche eines Tages sind der Wert der Zählanlage."), std::string::npos);
  EXPECT_NE(neu.find("aus den vom Team angegebenen Öffnungszeiten abzüglich der Schließtage"),
            std::string::npos);
  // And in English.
  std::string en = Dump("report halbjahresbericht --site bus --period 2026-H1 --lang en");
  EXPECT_NE(en.find("visitor counts (tally sheets per stop and day)"), std::string::npos) << en;
  EXPECT_EQ(en.find("the counter wins"), std::string::npos);
}

TEST_F(MobileOverview, NoSumIsComparedWithAHalfYearThePlaceWasOnlyPartlyOpen) {
  std::string neu = Dump("report halbjahresbericht --site neu --period 2026-H1");
  // The table: the previous value, no change; the rate still compares.
  EXPECT_NE(neu.find("ROW Besuche | 2.580 | 1.320 | – |"), std::string::npos) << neu;
  EXPECT_NE(neu.find("ROW Besuche je Öffnungsstunde | 3,3 | 3,3 | ±0,0 %"), std::string::npos)
      << neu;
  EXPECT_NE(neu.find("Den Ort gibt es erst seit dem 1. Oktober 2025, im Vergleichszeitraum "
                     "2. Halbjahr 2025 also nur an 92 von 184 Kalendertagen."),
            std::string::npos)
      << neu;
  // The summary gives the earlier value and why there is no change.
  EXPECT_NE(neu.find("Besuche: 2.580 – gegenüber 2. Halbjahr 2025 (1.320; erst ab "
                     "01.10.2025)"),
            std::string::npos)
      << neu;
  EXPECT_EQ(neu.find("+95,5 %"), std::string::npos);  // 2580 against 1320
  // The bus: the year before (2025-H1) was the short one; the previous
  // half-year is whole and compares as always.
  std::string bus = Dump("report halbjahresbericht --site bus --period 2026-H1");
  EXPECT_NE(bus.find("Der Ort ist erst seit dem 1. April 2025 im Einsatz, im Vergleichszeitraum "
                     "1. Halbjahr 2025 also nur während eines Teils davon."),
            std::string::npos)
      << bus;
  EXPECT_EQ(bus.find("91 von 181"), std::string::npos);
  EXPECT_NE(bus.find("; erst seit dem 1. April 2025 im Einsatz)"), std::string::npos) << bus;
  EXPECT_EQ(bus.find("im Vergleichszeitraum 2. Halbjahr 2025"), std::string::npos);
}

TEST_F(MobileOverview, EveryDocumentOfTheBusSpeaksOfStopHours) {
  std::string bus = Dump("report halbjahresbericht --site bus --period 2026-H1");
  EXPECT_NE(bus.find("ROW Besuche je Standstunde | 5,0 |"), std::string::npos) << bus;
  EXPECT_NE(bus.find("ROW Standstunden | 130 |"), std::string::npos) << bus;
  EXPECT_NE(bus.find("ROW Einsatztage ohne Besuchsdaten | 0 |"), std::string::npos) << bus;
  EXPECT_NE(bus.find("ROW Besuche je Standstunde | mind. 4,0 | 5,0 | erreicht"), std::string::npos);
  EXPECT_NE(bus.find("- Einsatztage: Tage, an denen der Ort laut Fahrplan"), std::string::npos);
  for (const char* word : {"Öffnungsstunde", "Öffnungstage", "außerhalb der Öffnungszeiten"})
    EXPECT_EQ(bus.find(word), std::string::npos) << word << "\n" << bus;
  std::string en = Dump("report halbjahresbericht --site bus --period 2026-H1 --lang en");
  EXPECT_NE(en.find("ROW Visits per stop hour | 5.0 |"), std::string::npos) << en;
  EXPECT_NE(en.find("ROW Stop hours | 130 |"), std::string::npos) << en;
  for (const char* word : {"opening hour", "Opening hour", "Opening days", "Open days"})
    EXPECT_EQ(en.find(word), std::string::npos) << word << "\n" << en;
  // The overview: the bus's target under its own words; a building keeps its.
  std::string overview = Dump("report uebersicht --period 2026-H1");
  EXPECT_NE(overview.find("ROW Digitalbus Süd | Besuche je Standstunde | mindestens 4,0 | 5,0 | "
                          "erreicht"),
            std::string::npos)
      << overview;
  EXPECT_NE(overview.find("- Besuche je Standstunde: Ziel mindestens 4,0, erreicht"),
            std::string::npos);
  std::string neu = Dump("report halbjahresbericht --site neu --period 2026-H1");
  EXPECT_NE(neu.find("ROW Öffnungsstunden |"), std::string::npos) << neu;
  EXPECT_NE(neu.find("- Besuche außerhalb der Öffnungszeiten:"), std::string::npos);
}

TEST_F(MobileOverview, TheAllPlacesRatePerHourSaysItMixesOpeningAndStopHours) {
  std::string text = Dump("report uebersicht --period 2026-H1");
  EXPECT_NE(text.find("REMARK „Alle Orte“, je Stunde: alle Besuche geteilt durch alle Stunden; "
                      "darin sind die Öffnungsstunden der Häuser und die Standstunden von "
                      "Digitalbus Süd zusammengezählt."),
            std::string::npos)
      << text;
  std::string en = Dump("report uebersicht --period 2026-H1 --lang en");
  EXPECT_NE(en.find("which add the buildings' opening hours and the stop hours of Digitalbus Süd"),
            std::string::npos)
      << en;
}

TEST_F(MobileOverview, APlaceWithoutFeedbackFormsSaysSoOnce) {
  std::string bus = Dump("report halbjahresbericht --site bus --period 2026-H1");
  const std::string none = "P Im Zeitraum wurden keine Feedbackbögen ausgefüllt";
  size_t at = bus.find(none);
  ASSERT_NE(at, std::string::npos) << bus;
  EXPECT_EQ(bus.find(none, at + 1), std::string::npos);
  for (const char* empty :
       {"Keine Gruppe erreicht", "Papier und digital im Vergleich",
        "Keine Referentin und kein Referent", "Programmsignal je Format", "TABLE Erfassung |",
        "Wünsche an der Wunschwand", "Klebepunkte je Wunsch"})
    EXPECT_EQ(bus.find(empty), std::string::npos) << empty << "\n" << bus;
  std::string en = Dump("report halbjahresbericht --site bus --period 2026-H1 --lang en");
  EXPECT_NE(en.find("P No feedback forms were filled in during this period"), std::string::npos)
      << en;
}

TEST_F(MobileOverview, TheEventListOfTheBusNamesTheStop) {
  std::string bus = Dump("report halbjahresbericht --site bus --period 2026-H1");
  EXPECT_NE(
      bus.find("TABLE Datum | Haltestelle | Veranstaltung | Format | Teilnehmende | Status\n"),
      std::string::npos)
      << bus;
  EXPECT_NE(bus.find("ROW 13.01.2026 | Marktplatz | Handy-Sprechstunde | Sprechstunde | 6 |"),
            std::string::npos);
  EXPECT_NE(bus.find("ROW 15.01.2026 | Schule am Park | Online-Termine buchen |"),
            std::string::npos);
  std::string en = Dump("report halbjahresbericht --site bus --period 2026-H1 --lang en");
  EXPECT_NE(en.find("TABLE Date | Stop | Event |"), std::string::npos) << en;
  // A building's list has no stop.
  std::string neu = Dump("report halbjahresbericht --site neu --period 2026-H1");
  EXPECT_EQ(neu.find("Haltestelle |"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht::testing
