// The events importer on inline event lists (docs/input-formats.md).
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

const char kEventsHeader[] =
    "ID;Datum;Beginn;Ende;Titel;Format;Themen;Referent*innen;Partner;Anmeldungen;Teilnehmer*innen;"
    "Kapazität;Ort;Status;unter 18\n";

TEST_F(ImportTest, EventsGermanList) {
  ASSERT_OK(
      Import(InputKind::kEvents,
             std::string(kEventsHeader) +
                 "V-01;10.03.2026;18:00;20:00;Digitalcafé;Digitalcafé;KI, Datenschutz;Anna M.;"
                 "VHS | Bibliothek;15;12;20;vor Ort;durchgeführt;2\n"
                 "V-02;17.03.2026;;;Löten;Workshop;;;;;;;;abgesagt;\n"
                 "V-03;15.07.2026;10:00;;Zukunft der Stadt;Vortrag;;;;5;;30;extern;;\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.events.size(), 3u);

  const Event& a = outcome_.batch.events[0];
  EXPECT_EQ(a.id, "V-01");
  EXPECT_EQ(a.line, 2);
  EXPECT_EQ(a.date, Date(2026, 3, 10));
  EXPECT_EQ(a.start, 18 * 60);
  EXPECT_EQ(a.end, 20 * 60);
  EXPECT_EQ(a.title, "Digitalcafé");
  EXPECT_EQ(a.format, "Digitalcafé");
  EXPECT_EQ(a.topics, (Lines{"KI", "Datenschutz"}));
  EXPECT_EQ(a.speakers, (Lines{"Anna M."}));
  EXPECT_EQ(a.partners, (Lines{"VHS", "Bibliothek"}));
  EXPECT_EQ(a.registrations, 15);
  EXPECT_EQ(a.participants, 12);
  EXPECT_EQ(a.capacity, 20);
  EXPECT_EQ(a.location, "vor Ort");
  EXPECT_EQ(a.status, EventStatus::kHeld);
  EXPECT_EQ(a.age_counts, (std::map<std::string, int64_t>{{"u18", 2}}));

  const Event& b = outcome_.batch.events[1];
  EXPECT_EQ(b.status, EventStatus::kCancelled);
  EXPECT_EQ(b.start, std::nullopt);
  EXPECT_EQ(b.participants, std::nullopt);
  EXPECT_TRUE(b.partners.empty());

  // A planned event after today is fine as long as nobody was counted yet.
  const Event& c = outcome_.batch.events[2];
  EXPECT_EQ(c.date, Date(2026, 7, 15));
  EXPECT_EQ(c.status, EventStatus::kHeld);  // empty status
  EXPECT_EQ(c.registrations, 5);
}

TEST_F(ImportTest, EventsEnglishCommaSeparated) {
  ASSERT_OK(Import(InputKind::kEvents,
                   "Event ID,Date,Start,End,Title,Format,Participants,Capacity,Partners,Status\n"
                   "E1,2026-03-10,18:00,20:00,Coding Club,Workshop,12,20,\"VHS, Bibliothek\",held\n"
                   "E2,2026-03-11,,,Repair Café,Offene Werkstatt,,,,cancelled\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 2u);
  EXPECT_EQ(outcome_.batch.events[0].participants, 12);
  EXPECT_EQ(outcome_.batch.events[0].partners, (Lines{"VHS", "Bibliothek"}));
  EXPECT_EQ(outcome_.batch.events[1].status, EventStatus::kCancelled);
}

// Every documented spelling of the participants and date headers.
class EventsHeaderVariantTest
    : public ImportTest,
      public ::testing::WithParamInterface<std::pair<const char*, const char*>> {};

TEST_P(EventsHeaderVariantTest, FindsDateAndParticipants) {
  auto [date_header, participants_header] = GetParam();
  ASSERT_OK(Import(InputKind::kEvents, std::string("Nr;") + date_header + ";Titel;Art;" +
                                           participants_header +
                                           "\nV-01;10.03.2026;Digitalcafé;Digitalcafé;12\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.events[0].date, Date(2026, 3, 10));
  EXPECT_EQ(outcome_.batch.events[0].participants, 12);
}

INSTANTIATE_TEST_SUITE_P(
    Spellings, EventsHeaderVariantTest,
    ::testing::Values(std::pair{"Datum", "Teilnehmende"}, std::pair{"Date", "Teilnehmer"},
                      std::pair{"Termin", "TN"}, std::pair{"datum", "Teilnehmer*innen"},
                      std::pair{"DATUM", "TeilnehmerInnen"}, std::pair{"Datum", "Teilnehmer:innen"},
                      std::pair{"Datum", "Teilnehmerzahl"}, std::pair{"Datum", "Participants"}));

TEST_F(ImportTest, EventsUmlautSpellingOfHeaders) {
  ASSERT_OK(Import(
      InputKind::kEvents,
      "ID;Datum;Titel;Format;Kapazitaet;Plaetze\nV-01;10.03.2026;Digitalcafé;Digitalcafé;20;\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].capacity, 20);
}

TEST_F(ImportTest, EventsExplicitColumnMapping) {
  source_ = SourceSpec{};
  source_->kind = InputKind::kEvents;
  source_->columns = {{"participants", "Anzahl Gäste"}, {"date", "Tag der Veranstaltung"}};
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Tag der Veranstaltung;Titel;Format;Anzahl Gäste\n"
                   "V-01;10.03.2026;Digitalcafé;Digitalcafé;9\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.events[0].date, Date(2026, 3, 10));
  EXPECT_EQ(outcome_.batch.events[0].participants, 9);
}

TEST_F(ImportTest, EventsExplicitMappingToAMissingHeaderFails) {
  source_ = SourceSpec{};
  source_->columns = {{"date", "Tag der Veranstaltung"}};
  Status s = Import(InputKind::kEvents, "ID;Datum;Titel;Format\nV-01;10.03.2026;A;B\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      s.message().rfind(
          "x.csv:1: keine Kopfzeile mit den Spalten \"Tag der Veranstaltung\" für events gefunden",
          0),
      0u)
      << s.message();
}

TEST_F(ImportTest, EventsPersonalDataDroppedAndOtherColumnsIgnored) {
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Datum;Titel;Format;E-Mail;Bemerkung\n"
                   "V-01;10.03.2026;Digitalcafé;Digitalcafé;anna@example.org;gut besucht\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.notices, (Lines{"persönliche Daten nicht eingelesen (Spalte E-Mail)",
                                     "nicht verwendete Spalten: Bemerkung"}));
}

TEST_F(ImportTest, EventsNegativeParticipants) {
  EXPECT_EQ(OnlyRejection(InputKind::kEvents,
                          "ID;Datum;Titel;Format;Teilnehmende\n"
                          "V-01;10.03.2026;Digitalcafé;Digitalcafé;12\n"
                          "V-02;11.03.2026;Löten;Workshop;-3\n"),
            "x.csv:3: Teilnehmende: eine Anzahl kann nicht negativ sein (-3)");
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].id, "V-01");
}

TEST_F(ImportTest, EventsDuplicateId) {
  EXPECT_EQ(OnlyRejection(InputKind::kEvents,
                          "ID;Datum;Titel;Format\n"
                          "V-01;10.03.2026;Digitalcafé;Digitalcafé\n"
                          "V-01;11.03.2026;Löten;Workshop\n"),
            "x.csv:3: ID: diese Veranstaltungsnummer steht zweimal in der Datei (V-01)");
}

TEST_F(ImportTest, EventsBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"V-01;31.02.2026;18:00;20:00;A;Workshop;;",
       "x.csv:2: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT) (31.02.2026)"},
      {"V-01;10.03.2026;18:00;17:00;A;Workshop;;",
       "x.csv:2: Ende: endet, bevor sie beginnt (17:00)"},
      {"V-01;10.03.2026;18 Uhr 30;;A;Workshop;;",
       "x.csv:2: Beginn: keine gültige Uhrzeit (erwartet HH:MM) (18 Uhr 30)"},
      {"V-01;10.03.2026;;;;Workshop;;", "x.csv:2: Titel: darf nicht leer sein"},
      {";10.03.2026;;;A;Workshop;;", "x.csv:2: ID: darf nicht leer sein"},
      {"V-01;10.03.2026;;;A;Workshop;5;abgesagt",
       "x.csv:2: Teilnehmende: eine abgesagte Veranstaltung kann keine Teilnehmenden haben (5)"},
      {"V-01;15.07.2026;;;A;Workshop;8;",
       "x.csv:2: Teilnehmende: Teilnehmende gezählt, obwohl die Veranstaltung noch in der Zukunft "
       "liegt (8)"},
      {"V-01;10.03.2026;;;A;Workshop;;vielleicht",
       "x.csv:2: Status: unbekannter Status (bitte durchgeführt oder abgesagt eintragen) "
       "(vielleicht)"},
      {"V-01;31.12.2025;;;A;Workshop;;",
       "x.csv:2: Datum: Datum liegt vor der Eröffnung des Ortes (01.01.2026) (31.12.2025)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(InputKind::kEvents,
                            std::string("ID;Datum;Beginn;Ende;Titel;Format;Teilnehmende;Status\n") +
                                c.row + "\n"),
              c.rejection)
        << c.row;
    EXPECT_TRUE(outcome_.batch.events.empty()) << c.row;
  }
}

TEST_F(ImportTest, EventsWindows1252) {
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Datum;Titel;Format;Kapazit\xE4t\n"
                   "V-01;10.03.2026;L\xF6ten f\xFCr Anf\xE4nger;Workshop;12\n"));
  EXPECT_EQ(outcome_.encoding, "Windows-1252");
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].title, "Löten für Anfänger");
  EXPECT_EQ(outcome_.batch.events[0].capacity, 12);
}

// One byte that is not UTF-8 in an otherwise UTF-8 list: the header
// "Kapazität" is still recognised, the other umlauts stay, and the user is
// told which line holds the bad byte.
TEST_F(ImportTest, EventsStrayByteInUtf8File) {
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Datum;Titel;Format;Kapazität\n"
                   "V-01;10.03.2026;Löten für Anfänger;Workshop;12\n"
                   "V-02;11.03.2026;Gro\xDF"
                   "e Runde;Vortrag;30\n"));
  EXPECT_EQ(outcome_.encoding, "UTF-8");
  ASSERT_EQ(outcome_.batch.events.size(), 2u);
  EXPECT_EQ(outcome_.batch.events[0].title, "Löten für Anfänger");
  EXPECT_EQ(outcome_.batch.events[0].capacity, 12);
  EXPECT_EQ(outcome_.batch.events[1].title,
            "Gro\xEF\xBF\xBD"
            "e Runde");
  ASSERT_EQ(outcome_.warnings.size(), 1u);
  EXPECT_EQ(outcome_.warnings[0].ToString(file_), "x.csv:3: kein gültiges UTF-8 (Byte 0xDF)");
  EXPECT_TRUE(outcome_.rejected.empty());
}

// A NUL byte or an escape code in an id or a title is invisible: it is
// dropped, so "V-01" and "V-01<NUL>" are one id (and a duplicate).
TEST_F(ImportTest, EventsControlCharactersAreDropped) {
  const std::string csv(
      "ID;Datum;Titel;Format\nV-01\0;10.03.2026;L\x1B[31m\0ötkurs;Workshop\nV-01;11.03.2026;Noch "
      "mal;Workshop\n",
      97);
  ASSERT_EQ(csv.back(), '\n');
  EXPECT_EQ(OnlyRejection(InputKind::kEvents, csv),
            "x.csv:3: ID: diese Veranstaltungsnummer steht zweimal in der Datei (V-01)");
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].id, "V-01");
  EXPECT_EQ(outcome_.batch.events[0].title, "L[31mötkurs");
}

}  // namespace
}  // namespace ankerbericht
