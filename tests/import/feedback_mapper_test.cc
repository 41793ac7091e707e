// The feedback importer on inline form exports (docs/input-formats.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/import_test_fixture.h"

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
                         "item zufrieden <- Zufriedenheit (Note) (grade6, the questionnaire asks "
                         "agree5; mapped in the "
                         "configuration)"))
      << ::testing::PrintToString(outcome_.mapping);
  EXPECT_TRUE(std::count(outcome_.mapping.begin(), outcome_.mapping.end(),
                         "item empfehlen <- EMPF (yesno; mapped in the configuration)"))
      << ::testing::PrintToString(outcome_.mapping);
}

TEST_F(ImportTest, FeedbackItemsAnswerOffTheSourcesScaleIsRejected) {
  source_ = SourceSpec{};
  source_->items["zufrieden"] = {"Note", ScaleType::kGrade6};
  EXPECT_EQ(OnlyRejection(InputKind::kFeedback, "Datum;Note\n10.03.2026;stimme zu\n"),
            "x.csv:2: Note: not an answer on this item's scale: expected a school grade 1 to 6 "
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
  EXPECT_EQ(outcome_.notices, (Strings{"item note: no column \"Schulnote\" in this file"}));
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
}  // namespace ankerbericht
