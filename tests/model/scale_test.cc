#include "model/scale.h"

#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>

#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

// The built-in strings table of |lang| (templates/strings/<lang>.json).
const Strings& Words(const std::string& lang) {
  static const Strings kNone;
  Result<const Strings*> table = Strings::Builtin(lang);
  EXPECT_TRUE(table.ok()) << table.status().message();
  return table.ok() ? **table : kNone;
}

QuestionItem Item(ScaleType scale, std::vector<std::string> labels = {}) {
  QuestionItem item;
  item.id = "q";
  item.scale = scale;
  item.labels = std::move(labels);
  return item;
}

struct ScaleCase {
  const char* raw;
  std::optional<double> value;  // nullopt: no answer or not on the scale
};

void ExpectValues(const QuestionItem& item, std::initializer_list<ScaleCase> cases) {
  for (const ScaleCase& c : cases) {
    EXPECT_EQ(ScaleValue(item, c.raw), c.value)
        << ScaleTypeName(item.scale) << " \"" << c.raw << "\"";
  }
}

// ---------------------------------------------------------------- no answer

TEST(IsNoAnswerTest, EmptyAndTheUsualMarks) {
  for (const char* raw : {"", "  ", "k. A.", "k.A.", "K. A.", "o. A.", "keine Angabe", "-", "n/a",
                          "N/A", "ohne Angabe", "weiß nicht"}) {
    EXPECT_TRUE(IsNoAnswer(raw)) << "\"" << raw << "\"";
  }
}

TEST(IsNoAnswerTest, RealAnswersAreAnswers) {
  for (const char* raw : {"0", "1", "ja", "nein", "stimme zu", "gut"}) {
    EXPECT_FALSE(IsNoAnswer(raw)) << "\"" << raw << "\"";
  }
}

TEST(ScaleValueTest, NoAnswerHasNoValueButIsValid) {
  for (ScaleType t :
       {ScaleType::kAgree5, ScaleType::kGrade6, ScaleType::kYesNo, ScaleType::kScale10}) {
    QuestionItem item = Item(t);
    for (const char* raw : {"", "k. A.", "o. A."}) {
      EXPECT_EQ(ScaleValue(item, raw), std::nullopt) << ScaleTypeName(t) << " \"" << raw << "\"";
      EXPECT_TRUE(IsValidAnswer(item, raw)) << ScaleTypeName(t) << " \"" << raw << "\"";
    }
  }
}

// ---------------------------------------------------------------- agree5

TEST(ScaleValueTest, Agree5DigitsAndLabels) {
  ExpectValues(Item(ScaleType::kAgree5), {{"1", 1},
                                          {"5", 5},
                                          {" 4 ", 4},
                                          {"0", std::nullopt},
                                          {"6", std::nullopt},
                                          {"stimme gar nicht zu", 1},
                                          {"stimme eher nicht zu", 2},
                                          {"teils/teils", 3},
                                          {"stimme eher zu", 4},
                                          {"Stimme eher zu", 4},
                                          {"stimme zu", 4},
                                          {"stimme voll und ganz zu", 5},
                                          {"strongly agree", 5},
                                          {"vielleicht", std::nullopt}});
}

TEST(ScaleValueTest, Agree5ConfiguredLabelsWin) {
  // Lowest value first: "nie" = 1 ... "immer" = 5.
  QuestionItem item = Item(ScaleType::kAgree5, {"nie", "selten", "manchmal", "oft", "immer"});
  ExpectValues(item, {{"nie", 1}, {"Oft", 4}, {"immer", 5}, {"3", 3}, {"stimme zu", 4}});
}

TEST(IsValidAnswerTest, Agree5) {
  QuestionItem item = Item(ScaleType::kAgree5);
  EXPECT_TRUE(IsValidAnswer(item, "3"));
  EXPECT_TRUE(IsValidAnswer(item, "stimme eher zu"));
  EXPECT_FALSE(IsValidAnswer(item, "7"));
  EXPECT_FALSE(IsValidAnswer(item, "super"));
}

TEST(IsPositiveTest, Agree5TopTwo) {
  QuestionItem item = Item(ScaleType::kAgree5);
  EXPECT_FALSE(IsPositive(item, 3));
  EXPECT_TRUE(IsPositive(item, 4));
  EXPECT_TRUE(IsPositive(item, 5));
}

// ---------------------------------------------------------------- grade6

TEST(ScaleValueTest, Grade6DigitsAndLabels) {
  ExpectValues(Item(ScaleType::kGrade6), {{"1", 1},
                                          {"6", 6},
                                          {"7", std::nullopt},
                                          {"0", std::nullopt},
                                          {"sehr gut", 1},
                                          {"gut", 2},
                                          {"befriedigend", 3},
                                          {"ungenügend", 6},
                                          {"ungenuegend", 6},
                                          {"prima", std::nullopt}});
}

TEST(IsPositiveTest, Grade6BestTwo) {
  QuestionItem item = Item(ScaleType::kGrade6);
  EXPECT_TRUE(IsPositive(item, 1));
  EXPECT_TRUE(IsPositive(item, 2));
  EXPECT_FALSE(IsPositive(item, 3));
}

TEST(IsValidAnswerTest, Grade6) {
  QuestionItem item = Item(ScaleType::kGrade6);
  EXPECT_TRUE(IsValidAnswer(item, "gut"));
  EXPECT_FALSE(IsValidAnswer(item, "7"));
}

// ---------------------------------------------------------------- yesno

TEST(ScaleValueTest, YesNo) {
  ExpectValues(Item(ScaleType::kYesNo), {{"ja", 1},
                                         {"Ja", 1},
                                         {"yes", 1},
                                         {"x", 1},
                                         {"1", 1},
                                         {"nein", 0},
                                         {"Nein", 0},
                                         {"no", 0},
                                         {"0", 0},
                                         {"2", std::nullopt},
                                         {"vielleicht", std::nullopt}});
}

TEST(IsPositiveTest, YesNo) {
  QuestionItem item = Item(ScaleType::kYesNo);
  EXPECT_TRUE(IsPositive(item, 1));
  EXPECT_FALSE(IsPositive(item, 0));
}

TEST(IsValidAnswerTest, YesNo) {
  QuestionItem item = Item(ScaleType::kYesNo);
  EXPECT_TRUE(IsValidAnswer(item, "nein"));
  EXPECT_FALSE(IsValidAnswer(item, "eher ja"));
}

// ---------------------------------------------------------------- other scales

TEST(ScaleValueTest, Scale10) {
  ExpectValues(Item(ScaleType::kScale10),
               {{"0", 0}, {"10", 10}, {"11", std::nullopt}, {"-1", std::nullopt}});
  QuestionItem item = Item(ScaleType::kScale10);
  EXPECT_FALSE(IsPositive(item, 8));
  EXPECT_TRUE(IsPositive(item, 9));
}

TEST(ScaleValueTest, SingleIsTheOneBasedLabelIndex) {
  QuestionItem item = Item(ScaleType::kSingle, {"Presse", "Freunde", "Social Media"});
  ExpectValues(item, {{"Presse", 1}, {"social media", 3}, {"Radio", std::nullopt}});
  EXPECT_FALSE(IsValidAnswer(item, "Radio"));
  EXPECT_TRUE(IsValidAnswer(Item(ScaleType::kSingle), "Radio"));  // no labels configured
}

TEST(ScaleValueTest, TextAndMultiHaveNoValueButAcceptAnything) {
  for (ScaleType t : {ScaleType::kText, ScaleType::kMulti}) {
    QuestionItem item = Item(t);
    EXPECT_EQ(ScaleValue(item, "Mehr Kurse am Abend"), std::nullopt);
    EXPECT_TRUE(IsValidAnswer(item, "Mehr Kurse am Abend"));
    EXPECT_FALSE(IsPositive(item, 1));
  }
}

// ---------------------------------------------------------------- wordings

TEST(ScaleWordingsTest, EachWordingNamesOneStep) {
  // The same wording (as compared) twice with two values would make an
  // answer's value depend on the table's order.
  std::map<std::string, std::pair<std::string, int>> seen;
  for (const ScaleWording& w : ScaleWordings()) {
    auto [it, fresh] =
        seen.emplace(FoldKey(w.text), std::pair<std::string, int>(w.family, w.value));
    if (!fresh) {
      EXPECT_EQ(it->second, (std::pair<std::string, int>(w.family, w.value))) << w.text;
    }
  }
}

TEST(ScaleValueTest, Agree5ReadsTheUsualAgreementWordings) {
  ExpectValues(Item(ScaleType::kAgree5), {{"Trifft überhaupt nicht zu", 1},
                                          {"trifft ueberhaupt nicht zu", 1},
                                          {"Stimme überhaupt nicht zu", 1},
                                          {"trifft gar nicht zu", 1},
                                          {"Strongly disagree", 1},
                                          {"trifft eher nicht zu", 2},
                                          {"Stimme nicht zu", 2},
                                          {"Disagree", 2},
                                          {"Teils, teils", 3},
                                          {"Weder noch", 3},
                                          {"Neutral", 3},
                                          {"Neither agree nor disagree", 3},
                                          {"Stimme eher zu", 4},
                                          {"trifft eher zu", 4},
                                          {"Agree", 4},
                                          {"Trifft voll und ganz zu", 5},
                                          {"Stimme völlig zu", 5},
                                          {"Strongly agree", 5}});
}

TEST(ScaleValueTest, Agree5ReadsSatisfactionAndFrequencyWordings) {
  ExpectValues(Item(ScaleType::kAgree5), {{"Sehr unzufrieden", 1},
                                          {"Very dissatisfied", 1},
                                          {"eher unzufrieden", 2},
                                          {"Unzufrieden", 2},
                                          {"Weder zufrieden noch unzufrieden", 3},
                                          {"Zufrieden", 4},
                                          {"eher zufrieden", 4},
                                          {"Sehr zufrieden", 5},
                                          {"Very satisfied", 5},
                                          {"nie", 1},
                                          {"selten", 2},
                                          {"manchmal", 3},
                                          {"oft", 4},
                                          {"häufig", 4},
                                          {"immer", 5},
                                          {"Never", 1},
                                          {"Always", 5}});
}

TEST(ScaleValueTest, WordingsStayOnTheirScale) {
  // A school grade is no agreement step, and agreement no grade.
  ExpectValues(Item(ScaleType::kAgree5), {{"gut", std::nullopt}, {"ja", std::nullopt}});
  ExpectValues(Item(ScaleType::kGrade6),
               {{"stimme zu", std::nullopt}, {"sehr zufrieden", std::nullopt}});
  ExpectValues(Item(ScaleType::kYesNo), {{"immer", std::nullopt}});
}

// ---------------------------------------------------------------- normalisation

FeedbackResponse Answer(const std::string& item, const std::string& raw,
                        const std::string& scale = "") {
  FeedbackResponse r;
  r.answers[item] = raw;
  if (!scale.empty()) r.answer_scales[item] = scale;
  return r;
}

TEST(ReadAnswerTest, AnAnswerIsReadOnTheScaleItWasAskedOn) {
  QuestionItem item = Item(ScaleType::kAgree5);
  // "2" is a good school grade but a disagreeing step.
  std::optional<AnswerReading> grade = ReadAnswer(item, Answer("q", "2", "grade6"));
  ASSERT_TRUE(grade);
  EXPECT_EQ(grade->scale, ScaleType::kGrade6);
  EXPECT_EQ(grade->value, 2);
  EXPECT_TRUE(grade->positive);
  std::optional<AnswerReading> agree = ReadAnswer(item, Answer("q", "2"));
  ASSERT_TRUE(agree);
  EXPECT_EQ(agree->scale, ScaleType::kAgree5);
  EXPECT_FALSE(agree->positive);
  EXPECT_FALSE(ReadAnswer(item, Answer("q", "3", "grade6"))->positive);
  EXPECT_TRUE(ReadAnswer(item, Answer("q", "stimme eher zu"))->positive);
  EXPECT_TRUE(ReadAnswer(item, Answer("q", "ja", "yesno"))->positive);
  EXPECT_FALSE(ReadAnswer(item, Answer("q", "8", "scale10"))->positive);
}

TEST(ReadAnswerTest, NoAnswerAnotherItemOrAnUnknownScaleIsNoReading) {
  QuestionItem item = Item(ScaleType::kAgree5);
  EXPECT_FALSE(ReadAnswer(item, Answer("other", "5")));
  EXPECT_FALSE(ReadAnswer(item, Answer("q", "k. A.")));
  EXPECT_FALSE(ReadAnswer(item, Answer("q", "6")));  // no sixth agreement step
  EXPECT_FALSE(ReadAnswer(item, Answer("q", "2", "stars")));
}

TEST(AskedOnTest, TheItemsLabelsBelongToItsOwnScale) {
  QuestionItem item =
      Item(ScaleType::kAgree5, {"fast nie", "ab und an", "regelmäßig", "meistens", "jedes Mal"});
  EXPECT_EQ(AskedOn(item, ScaleType::kAgree5).labels.size(), 5u);
  QuestionItem paper = AskedOn(item, ScaleType::kGrade6);
  EXPECT_EQ(paper.id, "q");
  EXPECT_EQ(paper.scale, ScaleType::kGrade6);
  EXPECT_TRUE(paper.labels.empty());
  EXPECT_EQ(ScaleValue(item, "jedes Mal"), 5);
  EXPECT_EQ(ScaleValue(paper, "jedes Mal"), std::nullopt);
}

}  // namespace
}  // namespace ankerbericht

namespace ankerbericht {
namespace {

// The answers a printed form and its entry file offer are answers the
// importer reads, each with the value of its place on the scale.
TEST(AnswerChoicesTest, EveryChoiceReadsAsItsStep) {
  for (const char* lang : {"de", "en"}) {
    for (ScaleType scale : {ScaleType::kAgree5, ScaleType::kGrade6, ScaleType::kScale10}) {
      QuestionItem item = Item(scale);
      std::vector<std::string> choices = AnswerChoices(item, Words(lang));
      ASSERT_FALSE(choices.empty());
      const int first = scale == ScaleType::kScale10 ? 0 : 1;
      for (size_t i = 0; i < choices.size(); ++i)
        EXPECT_EQ(ScaleValue(item, choices[i]), first + static_cast<int>(i))
            << lang << " " << choices[i];
    }
    QuestionItem yesno = Item(ScaleType::kYesNo);
    std::vector<std::string> yn = AnswerChoices(yesno, Words(lang));
    ASSERT_EQ(yn.size(), 2u);
    EXPECT_EQ(ScaleValue(yesno, yn[0]), 1) << yn[0];
    EXPECT_EQ(ScaleValue(yesno, yn[1]), 0) << yn[1];
  }
  EXPECT_EQ(AnswerChoices(Item(ScaleType::kSingle, {"a", "b"}), Words("de")),
            (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(AnswerChoices(Item(ScaleType::kText), Words("de")).empty());
}

}  // namespace
}  // namespace ankerbericht
