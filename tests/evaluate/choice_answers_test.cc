// Choice questions on hand-built answers: respondents per option, shares of
// respondents (a multiple choice may add up to more than 100 %), age groups
// marked by the site's targets, and the privacy rule on small counts.
#include "evaluate/choice_answers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ankerbericht {
namespace {

FeedbackResponse Answer(const std::string& item, const std::string& raw) {
  FeedbackResponse r;
  r.date = Date(2026, 3, 3);
  r.channel = Channel::kDigital;
  r.answers[item] = raw;
  return r;
}

class ChoiceAnswersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "s";
    site_.age_groups = {
        {"u18", "unter 18", true}, {"18-64", "18–64", false}, {"65+", "65 und älter", true}};
    site_.questionnaire = {
        {"zufrieden", "Zufrieden?", ScaleType::kAgree5, "", {}},
        {"erfahren",
         "Wie haben Sie von uns erfahren?",
         ScaleType::kMulti,
         "",
         {"Plakat", "Zeitung", "Freunde"}},
        {"alter",
         "Wie alt sind Sie?",
         ScaleType::kSingle,
         "",
         {"unter 18", "18–64", "65 und älter"}},
    };
    data_.site = &site_;
    data_.period = *ParsePeriod("2026-H1");
  }

  // A copy: the tests pass ChoiceAnswers' result, a temporary.
  Breakdown Find(const std::vector<Breakdown>& all, const std::string& id) {
    for (const Breakdown& b : all) {
      if (b.id == id) return b;
    }
    ADD_FAILURE() << "no breakdown " << id;
    return Breakdown();
  }

  Site site_;
  PeriodData data_;
};

TEST_F(ChoiceAnswersTest, MultipleChoiceCountsRespondentsPerOption) {
  // Four respondents, six ticks; one answer without any option is no answer.
  data_.feedback = {Answer("erfahren", "Plakat; Freunde"),
                    Answer("erfahren", "Freunde"),
                    Answer("erfahren", "plakat;Zeitung; Freunde"),
                    Answer("erfahren", "Freunde; Freunde"),
                    Answer("erfahren", "k. A."),
                    Answer("zufrieden", "5")};
  std::vector<Breakdown> all = ChoiceAnswers(data_);
  ASSERT_EQ(all.size(), 2u);  // the scale item has no breakdown
  Breakdown b = Find(all, "feedback.choice.erfahren");
  EXPECT_TRUE(b.protect);
  EXPECT_TRUE(b.overlapping);
  ASSERT_EQ(b.cells.size(), 3u);
  EXPECT_EQ(b.cells[0].label, "Plakat");
  EXPECT_EQ(b.cells[0].value, 2);
  EXPECT_EQ(b.cells[1].value, 1);
  EXPECT_EQ(b.cells[2].value, 4);  // ticked twice by one respondent: counted once
  EXPECT_EQ(b.total, 4);
  EXPECT_DOUBLE_EQ(*b.cells[0].share, 50.0);
  EXPECT_DOUBLE_EQ(*b.cells[2].share, 100.0);
}

TEST_F(ChoiceAnswersTest, OptionsNotListedComeAfterTheListedOnes) {
  data_.feedback = {Answer("erfahren", "Radio"), Answer("erfahren", "Aushang im Rathaus; Plakat")};
  Breakdown b = Find(ChoiceAnswers(data_), "feedback.choice.erfahren");
  std::vector<std::string> labels;
  for (const Cell& c : b.cells) labels.push_back(c.label);
  EXPECT_EQ(labels, (std::vector<std::string>{"Plakat", "Zeitung", "Freunde", "Aushang im Rathaus",
                                              "Radio"}));
}

TEST_F(ChoiceAnswersTest, AnAgeQuestionIsMarkedWithTheTargetGroups) {
  for (int i = 0; i < 6; ++i) data_.feedback.push_back(Answer("alter", "65 und älter"));
  data_.feedback.push_back(Answer("alter", "18–64"));
  Breakdown b = Find(ChoiceAnswers(data_), "feedback.choice.alter");
  EXPECT_FALSE(b.overlapping);
  EXPECT_EQ(b.marks, "target_group");
  ASSERT_EQ(b.cells.size(), 3u);
  EXPECT_EQ(b.cells[0].key, "u18");
  EXPECT_TRUE(b.cells[0].marked);
  EXPECT_FALSE(b.cells[1].marked);
  EXPECT_TRUE(b.cells[2].marked);
  EXPECT_EQ(b.cells[2].value, 6);
  EXPECT_EQ(b.total, 7);
}

TEST_F(ChoiceAnswersTest, SmallCountsAreSuppressedLikeEveryOtherBreakdown) {
  // Plakat 2, Zeitung 6, Freunde 12 of 12 respondents.
  for (int i = 0; i < 6; ++i) data_.feedback.push_back(Answer("erfahren", "Zeitung; Freunde"));
  for (int i = 0; i < 2; ++i) data_.feedback.push_back(Answer("erfahren", "Plakat; Freunde"));
  for (int i = 0; i < 4; ++i) data_.feedback.push_back(Answer("erfahren", "Freunde"));
  Breakdown b = Find(ChoiceAnswers(data_), "feedback.choice.erfahren");
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[0].suppression, Suppression::kSmall);
  EXPECT_FALSE(b.cells[0].value.has_value());
  EXPECT_FALSE(b.cells[0].share.has_value());
  // The next smallest goes with it, as everywhere: two hidden, together >= 5.
  EXPECT_EQ(b.cells[1].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[2].value, 12);
  EXPECT_DOUBLE_EQ(*b.cells[2].share, 100.0);
}

TEST_F(ChoiceAnswersTest, NoAnswersGiveZeroCellsAndNoTotal) {
  Breakdown b = Find(ChoiceAnswers(data_), "feedback.choice.alter");
  EXPECT_EQ(b.cells.size(), 3u);
  EXPECT_FALSE(b.total.has_value());
  EXPECT_EQ(b.cells[0].value, 0);
}

}  // namespace
}  // namespace ankerbericht
