// The importers end to end on inline files: bytes in, records and rejections
// out, exactly as `ankerbericht import` sees them (docs/input-formats.md).
#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/csv_reader.h"
#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

TEST(FindImporterTest, ByKind) {
  Result<const ImporterInfo*> csv = FindImporter("", InputKind::kEvents);
  ASSERT_TRUE(csv.ok());
  EXPECT_STREQ((*csv)->name, "csv");
  Result<const ImporterInfo*> md = FindImporter("", InputKind::kNotes);
  ASSERT_TRUE(md.ok());
  EXPECT_STREQ((*md)->name, "markdown");
}

TEST(FindImporterTest, UnknownFormat) {
  Result<const ImporterInfo*> r = FindImporter("ods", InputKind::kEvents);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUsage);
  EXPECT_EQ(r.status().message().rfind("unknown format \"ods\" (known: csv, ", 0), 0u) << r.status().message();
}

TEST(FindImporterTest, FormatThatCannotReadTheKind) {
  Result<const ImporterInfo*> r = FindImporter("csv", InputKind::kNotes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUsage);
  EXPECT_EQ(r.status().message(), "format \"csv\" cannot read notes");
}

// ================================================================ any table

TEST_F(ImportTest, NoRecognisableHeaderFails) {
  Status s = Import(InputKind::kVisits, "foo;bar\n1;2\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind("x.csv:1: no header row", 0), 0u) << s.message();
  EXPECT_NE(s.message().find("in, timestamp or date"), std::string::npos) << s.message();
}

TEST_F(ImportTest, NoHeaderNamesTheFirstNonBlankLine) {
  Status s = Import(InputKind::kEvents, "\n\nID;Datum\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(
                "x.csv:3: no header row with the column(s) title, format found for events", 0),
            0u)
      << s.message();
}

TEST_F(ImportTest, EmptyFileFails) {
  Status s = Import(InputKind::kVotes, "");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "x.csv:1: the file is empty");
}

TEST_F(ImportTest, UnknownFieldInColumnMappingFails) {
  source_ = SourceSpec{};
  source_->columns = {{"teilnehmer", "Anzahl Gäste"}};
  Status s = Import(InputKind::kEvents, "ID;Datum;Titel;Format\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(
      s.message().rfind(
          "\"columns\" of x.csv: unknown field \"teilnehmer\" for events (known: id, date, ", 0),
      0u)
      << s.message();
}

TEST_F(ImportTest, UnterminatedQuoteFailsWithFileAndLine) {
  Status s = Import(InputKind::kVotes,
                    "Datum;Wunsch;Punkte\n05.03.2026;Drucker;2\n05.03.2026;\"Laser;3\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "x.csv:3: a quote (\") opened here is never closed");
}

TEST_F(ImportTest, ReplacementCharactersGiveANotice) {
  ASSERT_OK(Import(InputKind::kVotes, "Datum;Wunsch;Punkte\n05.03.2026;L\xEF\xBF\xBDtkolben;2\n"));
  ASSERT_EQ(outcome_.notices.size(), 1u);
  EXPECT_NE(outcome_.notices[0].find("replacement characters"), std::string::npos);
}

TEST_F(ImportTest, BlankRowsAreNotCounted) {
  ASSERT_OK(Import(InputKind::kVotes, "Datum;Wunsch;Punkte\n\n05.03.2026;Drucker;2\n;;\n"));
  EXPECT_EQ(outcome_.rows_read, 1);
  ASSERT_EQ(outcome_.batch.votes.size(), 1u);
  EXPECT_EQ(outcome_.batch.votes[0].line, 3);
}

// ================================================================ visits

TEST_F(ImportTest, VisitsGermanCounterExport) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Datum;Uhrzeit;Eingang;Ausgang;Sensor\n"
                   "02.03.2026;14:00;12;10;Tür\n"
                   "02.03.2026;15.00;1.234;;Tür\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.encoding, "UTF-8");
  EXPECT_EQ(outcome_.rows_read, 2);
  ASSERT_EQ(outcome_.batch.visits.size(), 2u);
  const VisitCount& a = outcome_.batch.visits[0];
  EXPECT_EQ(a.start.date, Date(2026, 3, 2));
  EXPECT_EQ(a.start.minute, 14 * 60);
  EXPECT_EQ(a.in, 12);
  EXPECT_EQ(a.out, 10);
  EXPECT_EQ(a.sensor, "Tür");
  EXPECT_EQ(a.interval_minutes, 60);  // the default
  EXPECT_EQ(a.line, 2);
  const VisitCount& b = outcome_.batch.visits[1];
  EXPECT_EQ(b.start.minute, 15 * 60);
  EXPECT_EQ(b.in, 1234);
  EXPECT_EQ(b.out, std::nullopt);
  EXPECT_EQ(b.line, 3);
}

TEST_F(ImportTest, VisitsEnglishTimestampWithCommas) {
  ASSERT_OK(Import(InputKind::kVisits,
                   "Timestamp,Visitors,Out,Interval\n"
                   "2026-03-02T14:15:00+01:00,5,4,15\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  const VisitCount& v = outcome_.batch.visits[0];
  EXPECT_EQ(v.start.date, Date(2026, 3, 2));
  EXPECT_EQ(v.start.minute, 14 * 60 + 15);  // local time as written, zone dropped
  EXPECT_EQ(v.in, 5);
  EXPECT_EQ(v.out, 4);
  EXPECT_EQ(v.interval_minutes, 15);
  EXPECT_EQ(v.sensor, "");
}

TEST_F(ImportTest, VisitsDateWithoutTimeStartsAtMidnight) {
  ASSERT_OK(Import(InputKind::kVisits, "Tag\tAnzahl\n03.03.2026\t7\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  EXPECT_EQ(outcome_.batch.visits[0].start.minute, 0);
  EXPECT_EQ(outcome_.batch.visits[0].in, 7);
}

TEST_F(ImportTest, VisitsFutureDateRejected) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits,
                          "Datum;Eingang\n"
                          "30.06.2026;3\n"
                          "01.07.2026;4\n"),
            "x.csv:3: Datum: date lies in the future (01.07.2026)");
}

TEST_F(ImportTest, VisitsBeforeOpeningRejected) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits, "Zeitstempel;Eingang\n31.12.2025 23:00;3\n"),
            "x.csv:2: Zeitstempel: date lies before the site opened (01.01.2026) (31.12.2025)");
}

TEST_F(ImportTest, VisitsBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"31.02.2026;10:00;3",
       "x.csv:2: Datum: not a valid date (expected TT.MM.JJJJ or JJJJ-MM-TT) (31.02.2026)"},
      {"02.03.2026;10:00;-3", "x.csv:2: Eingang: a count cannot be negative (-3)"},
      {"02.03.2026;10:00;1,5", "x.csv:2: Eingang: not a whole number (1,5)"},
      {"02.03.2026;10:00;", "x.csv:2: Eingang: count is missing"},
      {"02.03.2026;25:00;3", "x.csv:2: Uhrzeit: not a valid time of day (expected HH:MM) (25:00)"},
      {"02.03.2026;24:00;3", "x.csv:2: Uhrzeit: an interval cannot start at 24:00 (24:00)"},
      {";10:00;3", "x.csv:2: Datum: date is missing"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(
        OnlyRejection(InputKind::kVisits, std::string("Datum;Uhrzeit;Eingang\n") + c.row + "\n"),
        c.rejection)
        << c.row;
    EXPECT_TRUE(outcome_.batch.visits.empty()) << c.row;
  }
}

// A reading covers at least a minute: with 0 (or less) two readings in one
// minute would look like one reading sent twice.
TEST_F(ImportTest, VisitsIntervalOfZeroOrLessIsRefused) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits, "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;0\n"),
            "x.csv:2: Intervall: an interval must be at least 1 minute (one row counts the people of one "
            "interval) (0)");
  EXPECT_EQ(OnlyRejection(InputKind::kVisits, "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;-15\n"),
            "x.csv:2: Intervall: an interval must be at least 1 minute (one row counts the people of one "
            "interval) (-15)");
  ASSERT_OK(Import(InputKind::kVisits, "Datum;Uhrzeit;Eingang;Intervall\n02.03.2026;10:00;3;15\n"));
  ASSERT_EQ(outcome_.batch.visits.size(), 1u);
  EXPECT_EQ(outcome_.batch.visits[0].interval_minutes, 15);
}

TEST_F(ImportTest, VisitsBadTimestamp) {
  EXPECT_EQ(OnlyRejection(InputKind::kVisits, "Zeitstempel;Eingang\n02.03.2026 14 Uhr 30;3\n"),
            "x.csv:2: Zeitstempel: not a valid date and time (expected TT.MM.JJJJ HH:MM or "
            "JJJJ-MM-TT HH:MM) (02.03.2026 14 Uhr 30)");
}

// ================================================================ tallies

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
       "x.csv:2: Besucher: the age groups add up to 3, more than the visitors counted (2)"},
      {"03.03.2026;16-14;2;",
       "x.csv:2: Zeitfenster: not a time slot (expected e.g. 14-16 or 14:00-16:00) (16-14)"},
      {"03.03.2026;14-16;-3;", "x.csv:2: Besucher: a count cannot be negative (-3)"},
      {"03.03.2026;14-16;5;zwei", "x.csv:2: unter 18: not a whole number (zwei)"},
      {"01.07.2026;14-16;5;", "x.csv:2: Datum: date lies in the future (01.07.2026)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(InputKind::kTallies,
                            std::string("Datum;Zeitfenster;Besucher;unter 18\n") + c.row + "\n"),
              c.rejection)
        << c.row;
  }
}

// ================================================================ events

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
  EXPECT_EQ(a.topics, (Strings{"KI", "Datenschutz"}));
  EXPECT_EQ(a.speakers, (Strings{"Anna M."}));
  EXPECT_EQ(a.partners, (Strings{"VHS", "Bibliothek"}));
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
  EXPECT_EQ(outcome_.batch.events[0].partners, (Strings{"VHS", "Bibliothek"}));
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
          "x.csv:1: no header row with the column(s) \"Tag der Veranstaltung\" found for events",
          0),
      0u)
      << s.message();
}

TEST_F(ImportTest, EventsPersonalDataDroppedAndOtherColumnsIgnored) {
  ASSERT_OK(Import(InputKind::kEvents,
                   "ID;Datum;Titel;Format;E-Mail;Bemerkung\n"
                   "V-01;10.03.2026;Digitalcafé;Digitalcafé;anna@example.org;gut besucht\n"));
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.notices,
            (Strings{"personal data not imported (column E-Mail)", "columns ignored: Bemerkung"}));
}

TEST_F(ImportTest, EventsNegativeParticipants) {
  EXPECT_EQ(OnlyRejection(InputKind::kEvents,
                          "ID;Datum;Titel;Format;Teilnehmende\n"
                          "V-01;10.03.2026;Digitalcafé;Digitalcafé;12\n"
                          "V-02;11.03.2026;Löten;Workshop;-3\n"),
            "x.csv:3: Teilnehmende: a count cannot be negative (-3)");
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].id, "V-01");
}

TEST_F(ImportTest, EventsDuplicateId) {
  EXPECT_EQ(OnlyRejection(InputKind::kEvents,
                          "ID;Datum;Titel;Format\n"
                          "V-01;10.03.2026;Digitalcafé;Digitalcafé\n"
                          "V-01;11.03.2026;Löten;Workshop\n"),
            "x.csv:3: ID: event id used twice in this file (V-01)");
}

TEST_F(ImportTest, EventsBadRows) {
  struct Case {
    const char* row;
    const char* rejection;
  } cases[] = {
      {"V-01;31.02.2026;18:00;20:00;A;Workshop;;",
       "x.csv:2: Datum: not a valid date (expected TT.MM.JJJJ or JJJJ-MM-TT) (31.02.2026)"},
      {"V-01;10.03.2026;18:00;17:00;A;Workshop;;", "x.csv:2: Ende: ends before it starts (17:00)"},
      {"V-01;10.03.2026;18 Uhr 30;;A;Workshop;;",
       "x.csv:2: Beginn: not a valid time of day (expected HH:MM) (18 Uhr 30)"},
      {"V-01;10.03.2026;;;;Workshop;;", "x.csv:2: Titel: must not be empty"},
      {";10.03.2026;;;A;Workshop;;", "x.csv:2: ID: must not be empty"},
      {"V-01;10.03.2026;;;A;Workshop;5;abgesagt",
       "x.csv:2: Teilnehmende: a cancelled event cannot have participants (5)"},
      {"V-01;15.07.2026;;;A;Workshop;8;",
       "x.csv:2: Teilnehmende: participants counted for an event in the future (8)"},
      {"V-01;10.03.2026;;;A;Workshop;;vielleicht",
       "x.csv:2: Status: unknown status (use durchgeführt or abgesagt) (vielleicht)"},
      {"V-01;31.12.2025;;;A;Workshop;;",
       "x.csv:2: Datum: date lies before the site opened (01.01.2026) (31.12.2025)"},
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
                   "V-02;11.03.2026;Gro\xDF" "e Runde;Vortrag;30\n"));
  EXPECT_EQ(outcome_.encoding, "UTF-8");
  ASSERT_EQ(outcome_.batch.events.size(), 2u);
  EXPECT_EQ(outcome_.batch.events[0].title, "Löten für Anfänger");
  EXPECT_EQ(outcome_.batch.events[0].capacity, 12);
  EXPECT_EQ(outcome_.batch.events[1].title, "Gro\xEF\xBF\xBD" "e Runde");
  ASSERT_EQ(outcome_.warnings.size(), 1u);
  EXPECT_EQ(outcome_.warnings[0].ToString(file_), "x.csv:3: not valid UTF-8 (byte 0xDF)");
  EXPECT_TRUE(outcome_.rejected.empty());
}

// A NUL byte or an escape code in an id or a title is invisible: it is
// dropped, so "V-01" and "V-01<NUL>" are one id (and a duplicate).
TEST_F(ImportTest, EventsControlCharactersAreDropped) {
  const std::string csv("ID;Datum;Titel;Format\nV-01\0;10.03.2026;L\x1B[31m\0ötkurs;Workshop\nV-01;11.03.2026;Noch mal;Workshop\n",
                        97);
  ASSERT_EQ(csv.back(), '\n');
  EXPECT_EQ(OnlyRejection(InputKind::kEvents, csv), "x.csv:3: ID: event id used twice in this file (V-01)");
  ASSERT_EQ(outcome_.batch.events.size(), 1u);
  EXPECT_EQ(outcome_.batch.events[0].id, "V-01");
  EXPECT_EQ(outcome_.batch.events[0].title, "L[31mötkurs");
}

// A line longer than the limit is refused with its number, before it is read
// whole (a 500 MB file of one line would otherwise fill the memory).
TEST_F(ImportTest, LineLongerThanTheLimitIsRefused) {
  std::string csv = "Datum;Wunsch;Punkte\n05.03.2026;Drucker;2\n05.03.2026;" + std::string(kMaxLineBytes, 'x') + ";3\n";
  Status s = Import(InputKind::kVotes, csv);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind("x.csv:3: line longer than 1048576 bytes (limit 1 MiB per line)", 0), 0u) << s.message();
  // Also when it is the first line, where the header is looked for.
  s = Import(InputKind::kVotes, "\"" + std::string(kMaxLineBytes + 1, 'x'));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("x.csv:1: line longer than", 0), 0u) << s.message();
}

// ================================================================ feedback

TEST_F(ImportTest, FeedbackForms) {
  known_event_ids_ = {"V-01"};
  ASSERT_OK(
      Import(InputKind::kFeedback,
             "Bogen-Nr;Datum;Veranstaltung;Kanal;E-Mail;zufrieden;Gesamtnote;"
             "Würden Sie uns weiterempfehlen?;wunsch\n"
             "1;10.03.2026;V-01;Papier;anna@example.org;stimme eher zu;2;ja;Mehr Abendtermine\n"
             "2;11.03.2026;;online;;5;k. A.;nein;\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.notices, (Strings{"personal data not imported (column E-Mail)"}));
  ASSERT_EQ(outcome_.batch.feedback.size(), 2u);

  const FeedbackResponse& a = outcome_.batch.feedback[0];
  EXPECT_EQ(a.response_id, "1");
  EXPECT_EQ(a.date, Date(2026, 3, 10));
  EXPECT_EQ(a.event_id, "V-01");
  EXPECT_EQ(a.channel, Channel::kPaper);
  EXPECT_EQ(a.line, 2);
  EXPECT_EQ(a.answers, (std::map<std::string, std::string>{{"zufrieden", "stimme eher zu"},
                                                           {"note", "2"},
                                                           {"empfehlen", "ja"},
                                                           {"wunsch", "Mehr Abendtermine"}}));

  // "k. A." and empty cells are no answer: not stored.
  const FeedbackResponse& b = outcome_.batch.feedback[1];
  EXPECT_EQ(b.event_id, "");
  EXPECT_EQ(b.channel, Channel::kDigital);
  EXPECT_EQ(b.answers,
            (std::map<std::string, std::string>{{"zufrieden", "5"}, {"empfehlen", "nein"}}));
}

TEST_F(ImportTest, FeedbackChannelDefaults) {
  const std::string csv = "Datum;zufrieden\n10.03.2026;4\n";
  ASSERT_OK(Import(InputKind::kFeedback, csv));
  ASSERT_EQ(outcome_.batch.feedback.size(), 1u);
  EXPECT_EQ(outcome_.batch.feedback[0].channel, Channel::kPaper);  // no source: paper

  source_ = SourceSpec{};
  source_->channel = "digital";
  ASSERT_OK(Import(InputKind::kFeedback, csv));
  ASSERT_EQ(outcome_.batch.feedback.size(), 1u);
  EXPECT_EQ(outcome_.batch.feedback[0].channel, Channel::kDigital);
}

TEST_F(ImportTest, FeedbackEnglishHeaders) {
  known_event_ids_ = {"E1"};
  ASSERT_OK(Import(InputKind::kFeedback,
                   "Response ID,Date,Event ID,Channel,empfehlen\n"
                   "r1,2026-03-10,E1,paper,yes\n"));
  ASSERT_EQ(outcome_.batch.feedback.size(), 1u);
  EXPECT_EQ(outcome_.batch.feedback[0].response_id, "r1");
  EXPECT_EQ(outcome_.batch.feedback[0].event_id, "E1");
  EXPECT_EQ(outcome_.batch.feedback[0].answers.at("empfehlen"), "yes");
}

TEST_F(ImportTest, FeedbackUnknownEventId) {
  known_event_ids_ = {"V-01"};
  EXPECT_EQ(OnlyRejection(InputKind::kFeedback, "Datum;Veranstaltung\n10.03.2026;V-99\n"),
            "x.csv:2: Veranstaltung: unknown event id (import the event list first, or correct the "
            "id) (V-99)");
}

TEST_F(ImportTest, FeedbackBadRows) {
  known_event_ids_ = {"V-01"};
  struct Case {
    const char* rows;
    const char* rejection;
  } cases[] = {
      {"1;10.03.2026;Papier;4;ja\n1;11.03.2026;Papier;4;ja",
       "x.csv:3: Bogen-Nr: response id used twice in this file (1)"},
      {"1;10.03.2026;Papier;7;ja",
       "x.csv:2: zufrieden: not an answer on this item's scale: expected 1 to 5 or a label such as "
       "\"stimme eher zu\" (7)"},
      {"1;10.03.2026;Papier;4;vielleicht",
       "x.csv:2: Würden Sie uns weiterempfehlen?: not an answer on this item's scale: expected ja "
       "or nein "
       "(vielleicht)"},
      {"1;10.03.2026;Fax;4;ja", "x.csv:2: Kanal: unknown channel (use Papier or digital) (Fax)"},
      {"1;31.02.2026;Papier;4;ja",
       "x.csv:2: Datum: not a valid date (expected TT.MM.JJJJ or JJJJ-MM-TT) (31.02.2026)"},
      {"1;01.07.2026;Papier;4;ja", "x.csv:2: Datum: date lies in the future (01.07.2026)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(
                  InputKind::kFeedback,
                  std::string("Bogen-Nr;Datum;Kanal;zufrieden;Würden Sie uns weiterempfehlen?\n") +
                      c.rows + "\n"),
              c.rejection)
        << c.rows;
  }
}

// ================================================================ votes

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
      {"05.03.2026;Drucker;-1", "x.csv:2: Punkte: a count cannot be negative (-1)"},
      {"05.03.2026;;3", "x.csv:2: Wunsch: must not be empty"},
      {"05.03.2026;Drucker;", "x.csv:2: Punkte: count is missing"},
      {"05.03.2026;Drucker;20000",
       "x.csv:2: Punkte: implausibly large count (more than 10000) (20000)"},
      {"31.02.2026;Drucker;1",
       "x.csv:2: Datum: not a valid date (expected TT.MM.JJJJ or JJJJ-MM-TT) (31.02.2026)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OnlyRejection(InputKind::kVotes, std::string("Datum;Wunsch;Punkte\n") + c.row + "\n"),
              c.rejection)
        << c.row;
  }
}

// ================================================================ notes
}  // namespace
}  // namespace ankerbericht
