// One small fixture per preset, written from the documented export formats
// (../shared/formats/README.md; docs/input-formats.md).
#include "import/presets.h"

#include <gtest/gtest.h>

#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::Harness;
using Lines = std::vector<std::string>;

// ---------------------------------------------------------------- counters

TEST(PresetTest, HystreetApiStyle) {
  Harness h;
  ASSERT_OK(h.Import(
      InputKind::kVisits,
      "timestamp,location_id,location_name,ltr_label,rtl_label,pedestrians_count,temperature\n"
      "2026-05-01T08:00:00Z,411,Steinstraße,Neumarkt,Neuer Wall,120,12.5\n"
      "2026-05-01T09:00:00Z,411,Steinstraße,Neumarkt,Neuer Wall,340,13\n"));
  EXPECT_EQ(h.outcome.format, "hystreet-api");
  ASSERT_EQ(h.outcome.batch.visits.size(), 2u);
  EXPECT_EQ(h.outcome.batch.visits[1].in, 340);
  EXPECT_EQ(h.outcome.batch.visits[1].sensor, "Steinstraße");
  EXPECT_EQ(h.outcome.batch.visits[1].start.minute, 9 * 60);
}

TEST(PresetTest, HystreetPortalStyleWithJsonFields) {
  Harness h;
  ASSERT_OK(
      h.Import(InputKind::kVisits,
               "Zeitstempel;Wetter;Temperatur;Passanten;Location ID;Location Name;GeoPunkt;Zonen\n"
               "2026-02-07;rain;11.0;16046;135;Schönbornstraße;49.79, 9.93;\"[{\"\"id\"\": 1}]\"\n"
               "2026-01-01;clear-day;2.24;7285;135;Schönbornstraße;49.79, 9.93;\n"));
  EXPECT_EQ(h.outcome.format, "hystreet-portal");
  ASSERT_EQ(h.outcome.batch.visits.size(), 2u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.visits[0].in, 16046);
}

TEST(PresetTest, LightBarrierDateTimeInOutWithPreambleAndTrailingColumns) {
  Harness h;
  ASSERT_OK(h.Import(
      InputKind::kVisits,
      "Lichtschranke Eingang Nord\nExport vom 02.03.2026\n\n"
      "Datum;Uhrzeit;Ein;Aus;;\n01.03.2026;10:00;12;9;;\n01.03.2026;11:00;7;10;;\n;;;;;\n\n"));
  EXPECT_EQ(h.outcome.format, "lichtschranke");
  ASSERT_EQ(h.outcome.batch.visits.size(), 2u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.rows_read, 2);
  EXPECT_EQ(h.outcome.batch.visits[0].out, 9);
  EXPECT_EQ(h.outcome.batch.visits[1].line, 6);
}

TEST(PresetTest, LightBarrierTimestampEntriesExits) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kVisits, "Timestamp,Entries,Exits\n2026-03-01 10:00,5,4\n"));
  EXPECT_EQ(h.outcome.format, "lichtschranke");
  ASSERT_EQ(h.outcome.batch.visits.size(), 1u);
  EXPECT_EQ(h.outcome.batch.visits[0].in, 5);
}

TEST(PresetTest, FormatOptionOverridesDetection) {
  Harness h;
  Status s = h.Import(InputKind::kVisits, "Datum;Besucher\n01.03.2026;5\n", "hystreet");
  ASSERT_OK(s);  // the preset's names are missing, the generic ones still work
  EXPECT_EQ(h.outcome.format, "hystreet");
  Status wrong = h.Import(InputKind::kEvents, "x", "limesurvey");
  EXPECT_EQ(wrong.message(), "das Format \"limesurvey\" kann events nicht lesen");
}

// ---------------------------------------------------------------- feedback

TEST(PresetTest, LimeSurveyCodeHeadersAndAnswerCodes) {
  Harness h;
  h.site.questionnaire[0].id = "G1Q1";
  h.site.questionnaire[2].id = "G1Q3[SQ001]";
  ASSERT_OK(h.Import(
      InputKind::kFeedback,
      "\xEF\xBB\xBF\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"G1Q1\","
      "\"G1Q3[SQ001]\",\"wunsch\",\"email\"\r\n"
      "\"12\",\"2026-05-04 18:22:10\",\"3\",\"de\",\"1234567\",\"A4\",\"Y\",\"Mehr "
      "Kurse\",\"a@b.de\"\r\n"
      "\"13\",\"2026-05-05 10:00:00\",\"3\",\"de\",\"7654321\",\"AO05\",\"N\",\"\",\"\"\r\n\r\n"));
  EXPECT_EQ(h.outcome.format, "limesurvey");
  EXPECT_EQ(h.outcome.encoding, "UTF-8 (BOM)");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 2u) << ::testing::PrintToString(h.Rejections());
  const FeedbackResponse& r = h.outcome.batch.feedback[0];
  EXPECT_EQ(r.response_id, "12");
  EXPECT_EQ(r.channel, Channel::kDigital);
  EXPECT_EQ(r.answers.at("G1Q1"), "4");
  EXPECT_EQ(r.answers.at("G1Q3[SQ001]"), "ja");
  EXPECT_EQ(h.outcome.batch.feedback[1].answers.at("G1Q1"), "5");
  EXPECT_TRUE(h.HasNotice("persönliche Daten nicht eingelesen (Spalte email)"));
}

TEST(PresetTest, LimeSurveyFullTextGermanHeaders) {
  Harness h;
  h.site.questionnaire[0].text = "Wie zufrieden waren Sie? [Programm]";
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     "\"Antwort ID\",\"Datum Abgeschickt\",\"Letzte Seite\",\"Start-Sprache\","
                     "\"Wie zufrieden waren Sie? [Programm]\",\"Gesamtnote\"\n"
                     "\"12\",\"2026-05-04 18:22:10\",\"3\",\"de\",\"stimme voll zu\",\"2\"\n"));
  EXPECT_EQ(h.outcome.format, "limesurvey");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("zufrieden"), "stimme voll zu");
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("note"), "2");
}

TEST(PresetTest, KoboWithHxlRowAndGroupPaths) {
  Harness h;
  ASSERT_OK(h.Import(
      InputKind::kFeedback,
      "\"start\";\"end\";\"fb/Ich bin insgesamt zufrieden\";\"fb/Gesamtnote\";\"_id\";\"_uuid\";"
      "\"_submission_time\";\"_submitted_by\";\"_index\"\r\n"
      "\"\";\"\";\"#zufrieden\";\"#note\";\"\";\"\";\"\";\"\";\"\"\r\n"
      "\"2026-05-04T05:40:39.000-04:00\";\"2026-05-04T05:41:13.000-04:00\";\"4\";\"1\";\"61\";"
      "\"48583952-1892\";\"2026-05-04T09:41:19\";\"anna\";\"1\"\r\n"));
  EXPECT_EQ(h.outcome.format, "kobo");
  EXPECT_EQ(h.outcome.rows_read, 1);
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].response_id, "48583952-1892");
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("zufrieden"), "4");
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 5, 4));
  EXPECT_TRUE(h.HasNotice("_submitted_by"));
}

TEST(PresetTest, OdkCentralRowsOneFieldShorter) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     "SubmissionDate,meta-instanceID,fb-zufrieden,fb-empfehlen,KEY,SubmitterID,"
                     "SubmitterName,Status\n"
                     "2026-05-18T08:51:07.481Z,uuid:d5e7,5,ja,uuid:d5e7,241,Florian Mayer\n"));
  EXPECT_EQ(h.outcome.format, "odk");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].response_id, "uuid:d5e7");
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("empfehlen"), "ja");
  EXPECT_TRUE(h.HasNotice("SubmitterName"));
}

TEST(PresetTest, PaperFormsWithExplicitNoAnswer) {
  Harness h;
  ASSERT_OK(h.Import(
      InputKind::kFeedback,
      "Bogen-Nr;Datum;Ich bin insgesamt zufrieden;Gesamtnote;Würden Sie uns weiterempfehlen?\n"
      "1;04.05.2026;o. A.;2;ja\n2;04.05.2026;5;k. A.;o. A.\n"));
  EXPECT_EQ(h.outcome.format, "papier");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 2u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.count("zufrieden"), 0u);
  EXPECT_EQ(h.outcome.batch.feedback[1].answers.size(), 1u);
  EXPECT_EQ(h.outcome.batch.feedback[1].channel, Channel::kPaper);
}

TEST(PresetTest, DuplicateQuestionHeadersReadTheFirstAndSaySo) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kFeedback, "Datum;Gesamtnote;Gesamtnote\n04.05.2026;2;9\n"));
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("note"), "2");
  EXPECT_TRUE(h.HasNotice("doppelt benannte Spalten"));
}

// A Google Forms download in its US-English setting: no response id, the
// submission time to the second, month first.
const char kGoogleFormsUs[] =
    "Timestamp,Ich bin insgesamt zufrieden,Gesamtnote,Was wünschen Sie sich?\n"
    "1/18/2026 14:18:05,5,2,Mehr Abendtermine\n"
    "1/18/2026 14:18:41,4,,\n"
    "5/4/2026 9:02:17,5,1,\"Kaffee, bitte\"\n";

TEST(PresetTest, GoogleFormsUsEnglish) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kFeedback, kGoogleFormsUs));
  EXPECT_EQ(h.outcome.format, "googleforms");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 3u) << ::testing::PrintToString(h.Rejections());
  const std::vector<FeedbackResponse>& f = h.outcome.batch.feedback;
  EXPECT_EQ(f[0].date, Date(2026, 1, 18));
  EXPECT_EQ(f[2].date, Date(2026, 5, 4));
  EXPECT_EQ(f[0].channel, Channel::kDigital);
  EXPECT_EQ(f[0].answers.at("wunsch"), "Mehr Abendtermine");
  EXPECT_EQ(f[2].answers.at("wunsch"), "Kaffee, bitte");
  // The id made of time and answers: readable in front, a checksum behind.
  EXPECT_EQ(f[0].response_id.rfind("2026-01-18 14:18:05 #", 0), 0u) << f[0].response_id;
  EXPECT_EQ(f[0].response_id.size(), std::string("2026-01-18 14:18:05 #").size() + 16);
  EXPECT_EQ(f[2].response_id.rfind("2026-05-04 09:02:17 #", 0), 0u) << f[2].response_id;
  EXPECT_NE(f[0].response_id, f[1].response_id);
}

// The German setting writes "Zeitstempel" and German dates. The same response
// gets the same id in either setting and in any column order; another answer
// makes another id.
TEST(PresetTest, GoogleFormsGermanGivesTheSameIdsInAnyColumnOrder) {
  Harness us;
  ASSERT_OK(us.Import(InputKind::kFeedback, kGoogleFormsUs));
  Harness de;
  ASSERT_OK(de.Import(InputKind::kFeedback,
                      "Zeitstempel;Gesamtnote;Ich bin insgesamt zufrieden;Was wünschen Sie sich?\n"
                      "18.01.2026 14:18:05;2;5;Mehr Abendtermine\n"
                      "18.01.2026 14:18:41;;4;Mehr Abendtermine\n"));
  EXPECT_EQ(de.outcome.format, "googleforms");
  ASSERT_EQ(de.outcome.batch.feedback.size(), 2u) << ::testing::PrintToString(de.Rejections());
  EXPECT_EQ(de.outcome.batch.feedback[0].response_id, us.outcome.batch.feedback[0].response_id);
  EXPECT_NE(de.outcome.batch.feedback[1].response_id, us.outcome.batch.feedback[1].response_id);
}

TEST(PresetTest, GoogleFormsRowsThatCannotBeCounted) {
  Harness h;
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     "Timestamp,Gesamtnote\n"
                     "1/18/2026 14:18:05,2\n"
                     "1/18/2026 14:18:05,2\n"
                     "18/1/2026 14:18:05,3\n"
                     ",3\n"));
  EXPECT_EQ(h.outcome.batch.feedback.size(), 1u);
  EXPECT_EQ(h.Rejections(),
            (Lines{"x.csv:3: Timestamp: dieselbe Antwort wie in einer früheren Zeile dieser Datei "
                   "(gleiche Zeit und Antworten) "
                   "(1/18/2026 14:18:05)",
                   "x.csv:4: Timestamp: kein gültiger Zeitpunkt (erwartet M/T/JJJJ H:MM:SS, "
                   "TT.MM.JJJJ HH:MM:SS oder JJJJ-MM-TT HH:MM:SS) (18/1/2026 14:18:05)",
                   "x.csv:5: Timestamp: Datum fehlt"}));
}

// ---------------------------------------------------------------- helpers

TEST(PresetHelpersTest, FormTimestamps) {
  auto at = [](const char* text, bool us_dates) {
    std::optional<FormTimestamp> t = ParseFormTimestamp(text, us_dates);
    return t ? t->date.ToIso() + " +" + std::to_string(t->second) + "s" : std::string("none");
  };
  const int kAfternoon = (14 * 60 + 18) * 60 + 5;  // 14:18:05
  const std::string expected = "2024-01-18 +" + std::to_string(kAfternoon) + "s";
  EXPECT_EQ(at("1/18/2024 14:18:05", true), expected);
  EXPECT_EQ(at("01/18/2024 2:18:05 PM", true), expected);
  EXPECT_EQ(at("18.01.2024 14:18:05", true), expected);
  EXPECT_EQ(at("2024-01-18 14:18:05", false), expected);  // an xlsx date cell
  EXPECT_EQ(at("1/18/2024 12:00:00 AM", true), "2024-01-18 +0s");
  EXPECT_EQ(at("1/18/2024", true), "2024-01-18 +0s");
  EXPECT_EQ(at("1/18/2024 14:18:05", false), "none");  // slashes only where the preset says US
  EXPECT_EQ(at("2/30/2024 10:00:00", true), "none");
  EXPECT_EQ(at("1/18/2024 24:00:00", true), "none");
  EXPECT_EQ(at("1/18/24 10:00:00", true), "none");
  EXPECT_EQ(at("1/18/2024 10:00:00 Uhr", true), "none");
}

TEST(PresetHelpersTest, ResponseFingerprintIgnoresColumnOrderAndEmptyCells) {
  FormTimestamp t{Date(2024, 1, 18), 51485};
  std::string id = ResponseFingerprint(t, {{"Note", "2"}, {"Wunsch", "Kaffee"}});
  EXPECT_EQ(id, ResponseFingerprint(t, {{"Wunsch", "Kaffee"}, {"Neue Frage", ""}, {"Note", "2"}}));
  EXPECT_NE(id, ResponseFingerprint(t, {{"Note", "3"}, {"Wunsch", "Kaffee"}}));
  EXPECT_NE(id,
            ResponseFingerprint({Date(2024, 1, 18), 51486}, {{"Note", "2"}, {"Wunsch", "Kaffee"}}));
  EXPECT_NE(id, ResponseFingerprint(t, {{"Note", "2Wunsch"}, {"", "Kaffee"}}));
}

TEST(PresetHelpersTest, DamagedHeadersStillMatch) {
  EXPECT_TRUE(
      HeaderLooselyMatches("Fu\xEF\xBF\xBDg\xEF\xBF\xBDnger insgesamt", "Fußgänger insgesamt"));
  EXPECT_FALSE(HeaderLooselyMatches("Fu\xEF\xBF\xBDg\xEF\xBF\xBDnger", "Fußgänger insgesamt"));
}

TEST(PresetHelpersTest, RepairsDamagedUmlautsOnlyWhenOneWordFits) {
  EXPECT_EQ(RepairDamagedUmlauts("Steinstra\xEF\xBF\xBD"
                                 "e, Moers"),
            "Steinstraße, Moers");
  EXPECT_EQ(RepairDamagedUmlauts("Steinstraße, Moers"), "Steinstraße, Moers");
  EXPECT_EQ(RepairDamagedUmlauts("X\xEF\xBF\xBDyz"), "X\xEF\xBF\xBDyz");
}

TEST(PresetHelpersTest, AnswerCodes) {
  QuestionItem agree{"q", "", ScaleType::kAgree5, "", {}};
  QuestionItem single{"s", "", ScaleType::kSingle, "", {"Presse", "Freunde", "Internet"}};
  EXPECT_EQ(TranslateAnswerCode(agree, "A4"), "4");
  EXPECT_EQ(TranslateAnswerCode(agree, "AO02"), "2");
  EXPECT_EQ(TranslateAnswerCode(agree, "stimme zu"), "stimme zu");
  EXPECT_EQ(TranslateAnswerCode(single, "A2"), "Freunde");
}

}  // namespace
}  // namespace ankerbericht

namespace ankerbericht {
namespace {

TEST(EcoVisioTest, WideEnglishExportIsReshapedPerChannel) {
  testing::Harness h;
  h.site.opened.reset();
  ASSERT_OK(h.Import(
      InputKind::kVisits,
      "Bartram's Garden counts, exported 2023-02-01\n"
      "Time,Bartram's Garden,Bartram's Garden Pedestrians NB,Bartram's Garden Cyclists SB,\n"
      "\"Jan 1, 2023 12:00 AM\",12,3,9,\n\"Jan 1, 2023 1:00 PM\",7,,7,\n"
      "\"Jan 1, 2023 2:00 AM\",,,,\n"));
  EXPECT_EQ(h.outcome.format, "ecovisio");
  ASSERT_EQ(h.outcome.batch.visits.size(), 3u) << ::testing::PrintToString(h.Rejections());
  const VisitCount& v = h.outcome.batch.visits[0];
  EXPECT_EQ(v.start, (Timestamp{Date(2023, 1, 1), 0}));
  int64_t total = 0;
  for (const VisitCount& r : h.outcome.batch.visits) total += r.in;
  EXPECT_EQ(total, 12 + 7);  // the site totals are not counted twice
  EXPECT_EQ(h.outcome.batch.visits[2].start.minute, 13 * 60);
  EXPECT_EQ(h.outcome.batch.visits[2].sensor, "Bartram's Garden Cyclists SB");
}

TEST(EcoVisioTest, GermanMonthNamesAndDuplicateChannels) {
  testing::Harness h;
  ASSERT_OK(h.Import(InputKind::kVisits,
                     "Nationalpark\nExport\nTime;Gsenget IN;Gsenget OUT;Gsenget IN;\n"
                     "1. Jan. 2026 00:00;4;2;4;\n5. März 2026 13:00;1;0;1;\n"));
  EXPECT_EQ(h.outcome.format, "ecovisio");
  // IN and OUT of one name are one sensor (see InAndOutAreEntriesAndExits).
  ASSERT_EQ(h.outcome.batch.visits.size(), 2u) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.batch.visits[1].start, (Timestamp{Date(2026, 3, 5), 13 * 60}));
  EXPECT_TRUE(h.HasNotice("doppelt benannte Spalten"));
}

// IN 12 and OUT 4 were added up to 16 visits: visits are the entries, the
// exits are kept as exits.
TEST(EcoVisioTest, InAndOutAreEntriesAndExits) {
  testing::Harness h;
  ASSERT_OK(h.Import(InputKind::kVisits,
                     "Nationalpark Bayerischer Wald\nExport 01.06.2026\n"
                     "Time;Lusen;Lusen IN;Lusen OUT;Waldhaus Fahrräder OUT;\n"
                     "1. Juni 2026 10:00;16;12;4;3;\n"
                     "1. Juni 2026 11:00;9;7;2;;\n"
                     "1. Juni 2026 12:00;;;;;\n"));
  EXPECT_EQ(h.outcome.format, "ecovisio");
  EXPECT_TRUE(h.outcome.rejected.empty()) << ::testing::PrintToString(h.Rejections());
  int64_t in = 0, out = 0;
  for (const VisitCount& v : h.outcome.batch.visits) {
    in += v.in;
    out += v.out.value_or(0);
  }
  EXPECT_EQ(in, 12 + 7);      // not 16 + 9
  EXPECT_EQ(out, 4 + 2 + 3);  // exits, also of a channel without entries
  ASSERT_EQ(h.outcome.batch.visits.size(), 3u);
  const VisitCount& first = h.outcome.batch.visits[0];
  EXPECT_EQ(first.sensor, "Lusen");
  EXPECT_EQ(first.in, 12);
  EXPECT_EQ(first.out, 4);
  EXPECT_EQ(h.outcome.batch.visits[1].sensor, "Waldhaus Fahrräder OUT");
  EXPECT_EQ(h.outcome.batch.visits[1].in, 0);
  EXPECT_TRUE(h.HasNotice("Zähler Lusen: keine Zählwerte 01.06.2026 12:00 (1 Zeitabschnitt)"));
  EXPECT_TRUE(h.HasNotice(
      "Zähler Waldhaus Fahrräder OUT: keine Zählwerte 01.06.2026 11:00–12:00 (2 Zeitabschnitte)"));
}

TEST(EcoVisioTest, ExitsWithoutEntriesAreABadRow) {
  testing::Harness h;
  ASSERT_OK(h.Import(InputKind::kVisits, "Time;Lusen IN;Lusen OUT;\n1. Juni 2026 10:00;na;4;\n"));
  EXPECT_EQ(
      h.Rejections(),
      (Lines{"x.csv:2: Lusen IN: keine Eingänge angegeben, obwohl Ausgänge gezählt sind (4)"}));
  EXPECT_TRUE(h.outcome.batch.visits.empty());
}

// Eco-Counter open data (MobiData BW layout): ISO timestamps with offset, one
// row per counter site and hour, "na" where the counter sent nothing. No
// mapping needed; the gap is one notice, not a rejected row per hour.
TEST(EcoCounterOpenDataTest, PresetNeedsNoMappingAndNaIsAGap) {
  testing::Harness h;
  std::string csv =
      "domain_name,counter_site,counter_site_id,counter_serial,longitude,latitude,timezone,iso_"
      "timestamp,"
      "channels_in,channels_out,channels_unknown,channels_all\n"
      "Stadt "
      "Freiburg,Wiwilibrücke,100003358,Y2H19070373,7.8399,47.9942,Europe/"
      "Berlin,2026-06-03T08:00:00+02:00,"
      "12,9,,21\n";
  for (int hour = 9; hour <= 13; ++hour) {
    csv +=
        "Stadt "
        "Freiburg,Wiwilibrücke,100003358,Y2H19070373,7.8399,47.9942,Europe/Berlin,2026-06-03T" +
        std::string(hour < 10 ? "0" : "") + std::to_string(hour) + ":00:00+02:00,na,na,na,na\n";
  }
  csv +=
      "Stadt "
      "Freiburg,Wiwilibrücke,100003358,Y2H19070373,7.8399,47.9942,Europe/"
      "Berlin,2026-06-03T14:00:00+02:00,"
      "30,25,,55\n"
      "Stadt "
      "Freiburg,Güterbahnhof,100003359,Y2H19070374,7.8400,47.9943,Europe/"
      "Berlin,2026-06-03T14:00:00+02:00,"
      ",,,40\n"
      "Stadt "
      "Freiburg,Güterbahnhof,100003359,Y2H19070374,7.8400,47.9943,Europe/"
      "Berlin,2026-06-03T15:00:00+02:00,"
      ",,,44\n";
  ASSERT_OK(h.Import(InputKind::kVisits, csv));
  EXPECT_EQ(h.outcome.format, "ecocounter");
  EXPECT_TRUE(h.outcome.rejected.empty()) << ::testing::PrintToString(h.Rejections());
  ASSERT_EQ(h.outcome.batch.visits.size(), 4u);
  const VisitCount& v = h.outcome.batch.visits[0];
  EXPECT_EQ(v.sensor, "Wiwilibrücke");
  EXPECT_EQ(v.start, (Timestamp{Date(2026, 6, 3), 8 * 60}));  // local time as written
  EXPECT_EQ(v.in, 12);
  EXPECT_EQ(v.out, 9);
  EXPECT_EQ(v.interval_minutes, 60);
  // A site that cannot tell directions counts its passes.
  EXPECT_EQ(h.outcome.batch.visits[2].sensor, "Güterbahnhof");
  EXPECT_EQ(h.outcome.batch.visits[2].in, 40);
  EXPECT_TRUE(h.HasNotice(
      "Zähler Wiwilibrücke: keine Zählwerte 03.06.2026 09:00–13:00 (5 Zeitabschnitte)"));
}

TEST(EcoVisioTest, MonthNameTimestamps) {
  EXPECT_EQ(ParseMonthNameTimestamp("1. Jan. 2023 00:00"), (Timestamp{Date(2023, 1, 1), 0}));
  EXPECT_EQ(ParseMonthNameTimestamp("12. Juli 2023 09:00"), (Timestamp{Date(2023, 7, 12), 9 * 60}));
  EXPECT_EQ(ParseMonthNameTimestamp("Dec 31, 2023 11:59 PM"),
            (Timestamp{Date(2023, 12, 31), 23 * 60 + 59}));
  EXPECT_EQ(ParseMonthNameTimestamp("Apr 26, 2018"), (Timestamp{Date(2018, 4, 26), 0}));
  EXPECT_FALSE(ParseMonthNameTimestamp("31. Feb. 2023 00:00"));
  EXPECT_FALSE(ParseMonthNameTimestamp("2023-01-01 00:00"));
}

}  // namespace
}  // namespace ankerbericht
