// The feedback importer on inline form exports (docs/input-formats.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"
#include "import/visit_overlaps.h"
#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

TEST_F(ImportTest, FeedbackForms) {
  known_event_ids_ = {"V-01"};
  ASSERT_OK(
      Import(InputKind::kFeedback,
             "Bogen-Nr;Datum;Veranstaltung;Kanal;E-Mail;zufrieden;Gesamtnote;"
             "Würden Sie uns weiterempfehlen?;wunsch\n"
             "1;10.03.2026;V-01;Papier;anna@example.org;stimme eher zu;2;ja;Mehr Abendtermine\n"
             "2;11.03.2026;;online;;5;k. A.;nein;\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.notices, (Lines{"persönliche Daten nicht eingelesen (Spalte E-Mail)"}));
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
            "x.csv:2: Veranstaltung: unbekannte Veranstaltungsnummer (zuerst die "
            "Veranstaltungsliste einlesen oder die Nummer berichtigen) (V-99)");
}

TEST_F(ImportTest, FeedbackBadRows) {
  known_event_ids_ = {"V-01"};
  struct Case {
    const char* rows;
    const char* rejection;
  } cases[] = {
      {"1;10.03.2026;Papier;4;ja\n1;11.03.2026;Papier;4;ja",
       "x.csv:3: Bogen-Nr: diese Antwortnummer steht zweimal in der Datei (1)"},
      {"1;10.03.2026;Papier;7;ja",
       "x.csv:2: zufrieden: keine Antwort, die diese Frage zulässt: erwartet 1 bis 5 oder eine "
       "Antwort wie „stimme eher zu“ (7)"},
      {"1;10.03.2026;Papier;4;vielleicht",
       "x.csv:2: Würden Sie uns weiterempfehlen?: keine Antwort, die diese Frage zulässt: erwartet "
       "ja oder nein "
       "(vielleicht)"},
      {"1;10.03.2026;Fax;4;ja",
       "x.csv:2: Kanal: unbekannter Kanal (bitte Papier oder digital eintragen) (Fax)"},
      {"1;31.02.2026;Papier;4;ja",
       "x.csv:2: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT) (31.02.2026)"},
      {"1;01.07.2026;Papier;4;ja", "x.csv:2: Datum: Datum liegt in der Zukunft (01.07.2026)"},
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

// A source's own headers mapped to items, one of them asked in school grades:
// the answer is checked on that scale and stored with it.
TEST_F(ImportTest, FeedbackItemsMappedBySource) {
  source_ = SourceSpec{};
  source_->items["zufrieden"] = {"Zufriedenheit (Note)", ScaleType::kGrade6};
  source_->items["empfehlen"] = {"EMPF", std::nullopt};
  ASSERT_OK(Import(InputKind::kFeedback,
                   "Datum;Zufriedenheit (Note);EMPF;zufrieden\n"
                   "10.03.2026;2;ja;5\n"
                   "11.03.2026;6;nein;1\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.batch.feedback.size(), 2u);
  const FeedbackResponse& a = outcome_.batch.feedback[0];
  // The column named like the item's id is not read: the mapping decides.
  EXPECT_EQ(a.answers,
            (std::map<std::string, std::string>{{"zufrieden", "2"}, {"empfehlen", "ja"}}));
  EXPECT_EQ(a.answer_scales, (std::map<std::string, std::string>{{"zufrieden", "grade6"}}));
  EXPECT_EQ(outcome_.batch.feedback[1].answers.at("zufrieden"), "6");  // grade 6, no agreement step
  EXPECT_TRUE(std::count(outcome_.mapping.begin(), outcome_.mapping.end(),
                         "Frage zufrieden <- Zufriedenheit (Note) (grade6, der Fragebogen fragt "
                         "agree5; in der Konfiguration zugeordnet)"))
      << ::testing::PrintToString(outcome_.mapping);
  EXPECT_TRUE(std::count(outcome_.mapping.begin(), outcome_.mapping.end(),
                         "Frage empfehlen <- EMPF (yesno; in der Konfiguration zugeordnet)"))
      << ::testing::PrintToString(outcome_.mapping);
}

TEST_F(ImportTest, FeedbackItemsAnswerOffTheSourcesScaleIsRejected) {
  source_ = SourceSpec{};
  source_->items["zufrieden"] = {"Note", ScaleType::kGrade6};
  EXPECT_EQ(
      OnlyRejection(InputKind::kFeedback, "Datum;Note\n10.03.2026;stimme zu\n"),
      "x.csv:2: Note: keine Antwort, die diese Frage zulässt: erwartet eine Schulnote von 1 bis 6 "
      "(stimme zu)");
}

TEST_F(ImportTest, FeedbackItemInColumnsAndAMappedColumnMissing) {
  // An item id under "columns" maps like "items" (not "unknown field").
  source_ = SourceSpec{};
  source_->columns["empfehlen"] = "Weiterempfehlung";
  source_->items["note"] = {"Schulnote", std::nullopt};
  ASSERT_OK(Import(InputKind::kFeedback, "Datum;Weiterempfehlung\n10.03.2026;ja\n"));
  ASSERT_EQ(outcome_.batch.feedback.size(), 1u) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.feedback[0].answers.at("empfehlen"), "ja");
  EXPECT_EQ(outcome_.notices, (Lines{"Frage note: keine Spalte \"Schulnote\" in dieser Datei"}));
}

TEST_F(ImportTest, FeedbackMsFormsWordingsRejectNothing) {
  ASSERT_OK(Import(InputKind::kFeedback,
                   "Datum;Ich bin insgesamt zufrieden\n"
                   "10.03.2026;Trifft überhaupt nicht zu\n"
                   "10.03.2026;Stimme überhaupt nicht zu\n"
                   "10.03.2026;Sehr zufrieden\n"
                   "10.03.2026;manchmal\n"));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.batch.feedback.size(), 4u);
}

}  // namespace
// Details of real exports: LimeSurvey's placeholder date, KoboToolbox's
// per-option select_multiple columns.
namespace {

using testing::Harness;

TEST(LimeSurveyTest, PlaceholderDate1980IsNoDate) {
  Harness h;
  ASSERT_OK(
      h.Import(InputKind::kFeedback,
               "\xEF\xBB\xBF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"zufrieden\"\r\n"
               "\"1\";\"2026-05-04 18:22:10\";\"3\";\"de\";\"A4\"\r\n"
               "\"2\";\"1980-01-01 00:00:00\";\"3\";\"de\";\"A5\"\r\n"
               "\"3\";\"\";\"1\";\"de\";\"\"\r\n\r\n"));
  EXPECT_EQ(h.outcome.format, "limesurvey");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u);
  EXPECT_EQ(h.outcome.batch.feedback[0].date, Date(2026, 5, 4));
  // Neither the placeholder nor the incomplete response becomes a dated
  // response of 1 January 1980 (or any other day).
  ASSERT_EQ(h.Rejections().size(), 2u);
  EXPECT_EQ(h.Rejections()[0],
            "x.csv:3: submitdate: Datum fehlt (1980-01-01 00:00:00 setzt LimeSurvey ein, wenn eine "
            "Umfrage keine Daten speichert) (1980-01-01 00:00:00)");
  EXPECT_EQ(h.Rejections()[1], "x.csv:4: submitdate: Datum fehlt");
}

TEST(KoboTest, SelectMultipleOptionColumnsAreOneAnswer) {
  Harness h;
  h.site.questionnaire.push_back(
      {"quelle", "Wie haben Sie von uns erfahren?", ScaleType::kMulti, "", {}});
  // A fixture written from the documented export: labels as headers, the
  // question column plus one "question/option" column per option.
  ASSERT_OK(h.Import(
      InputKind::kFeedback,
      testing::ReadFileToString(testing::TestDir() + "/fixtures/import/kobo-select-multiple.csv")));
  EXPECT_EQ(h.outcome.format, "kobo");
  ASSERT_EQ(h.outcome.batch.feedback.size(), 3u) << ::testing::PrintToString(h.Rejections());
  const auto& first = h.outcome.batch.feedback[0].answers;
  // "Social Media" holds a space: the option columns say what was chosen.
  EXPECT_EQ(first.at("quelle"), "Plakat; Social Media");
  EXPECT_EQ(first.at("zufrieden"), "4");
  // One answer per response: no item for the options themselves.
  EXPECT_EQ(first.size(), 2u);
  EXPECT_EQ(h.outcome.batch.feedback[1].answers.at("quelle"), "Freunde");
  EXPECT_FALSE(h.outcome.batch.feedback[2].answers.count("quelle"));
  for (const std::string& n : h.outcome.notices) {
    EXPECT_EQ(n.find("/Plakat"), std::string::npos) << n;  // not listed as ignored columns
  }
}

TEST(KoboTest, OptionNamedLikeAnItemIsNotTakenForIt) {
  Harness h;
  h.site.questionnaire.push_back({"woher", "Woher", ScaleType::kMulti, "", {}});
  // An option called like another item ("note") must not feed that item.
  ASSERT_OK(h.Import(InputKind::kFeedback,
                     "\"Woher\";\"Woher/note\";\"Woher/plakat\";\"_uuid\";\"_submission_time\"\r\n"
                     "\"note\";\"1\";\"0\";\"u1\";\"2026-05-04T09:41:19\"\r\n"));
  ASSERT_EQ(h.outcome.batch.feedback.size(), 1u)
      << ::testing::PrintToString(h.Rejections()) << ::testing::PrintToString(h.outcome.notices)
      << h.outcome.format;
  EXPECT_EQ(h.outcome.batch.feedback[0].answers.at("woher"), "note");
  EXPECT_FALSE(h.outcome.batch.feedback[0].answers.count("note"));
}

}  // namespace

}  // namespace ankerbericht
