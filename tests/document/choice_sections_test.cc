// Choice questions, age groups against the target groups and the wish board
// as the report and the deck show them.
#include "document/choice_sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Section;
using testing::TestEvaluation;

Cell C(const std::string& label, std::optional<double> value, std::optional<double> share,
       Suppression s = Suppression::kNone, bool marked = false) {
  return Cell{label, label, value, share, s, marked};
}

class ChoiceSectionsTest : public ::testing::Test {
 protected:
  ChoiceSectionsTest() {
    t_.site.questionnaire = {
        {"erfahren", "Wie haben Sie von uns erfahren?", ScaleType::kMulti, "", {}}};
    Breakdown heard;
    heard.id = "feedback.choice.erfahren";
    heard.unit = "count";
    heard.protect = true;
    heard.overlapping = true;
    heard.total = 40;
    heard.cells = {C("Plakat", 12, 30),
                   C("Zeitung", std::nullopt, std::nullopt, Suppression::kSmall),
                   C("Freunde und Bekannte", 30, 75)};
    Breakdown ages;
    ages.id = "events.age_groups";
    ages.unit = "count";
    ages.protect = true;
    ages.marks = "target_group";
    ages.total = 100;
    ages.cells = {C("unter 18", 20, 20, Suppression::kNone, true), C("18–64", 50, 50),
                  C("65 und älter", 30, 30, Suppression::kNone, true)};
    Breakdown wishes;
    wishes.id = "votes.by_wish";
    wishes.unit = "count";
    wishes.total = 90;
    wishes.cells = {C("Lasercutter", 49, 54.4), C("Nähmaschine", 28, 31.1),
                    C("VR-Brille", 13, 14.4)};
    t_.ev.breakdowns = {heard, ages, wishes};
  }
  TestEvaluation t_;
};

TEST_F(ChoiceSectionsTest, AMultipleChoiceQuestionIsABarChartAndATableOfRespondents) {
  Document doc;
  AddChoiceItems(t_.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 4u);
  const BarChart* chart = BlockAs<BarChart>(doc, 0);
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->title, "Wie haben Sie von uns erfahren?");
  EXPECT_TRUE(chart->horizontal);
  EXPECT_EQ(chart->unit, "% der Befragten");
  // The hidden option keeps its row and says why it has no bar.
  EXPECT_EQ(chart->categories,
            (std::vector<std::string>{"Plakat", "Zeitung (< 5)", "Freunde und Bekannte"}));
  ASSERT_EQ(chart->series.size(), 1u);
  EXPECT_EQ(chart->series[0].values[0], 30);
  EXPECT_FALSE(chart->series[0].values[1].has_value());
  EXPECT_NE(BlockAs<Remark>(doc, 1)->text.find("Mehrfachnennungen"), std::string::npos);
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->columns.size(), 3u);  // answer, count, share
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"Plakat", "12", "30,0 %"}));
  EXPECT_EQ(table->rows[1][1], "< 5");
  EXPECT_EQ(table->rows.back(), (std::vector<std::string>{"Befragte mit Antwort", "40", "\u2013"}));
  EXPECT_NE(BlockAs<Remark>(doc, 3)->text.find("weniger als 5"), std::string::npos);
}

TEST_F(ChoiceSectionsTest, AQuestionWithoutAnswersShowsOnlyItsEmptyChart) {
  t_.ev.breakdowns[0].total.reset();
  for (Cell& cell : t_.ev.breakdowns[0].cells) cell = C(cell.label, 0, std::nullopt);
  Document doc;
  AddChoiceItems(t_.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const BarChart* chart = BlockAs<BarChart>(doc, 0);
  ASSERT_NE(chart, nullptr);
  EXPECT_TRUE(chart->series.empty());
  EXPECT_EQ(chart->empty_message, "Für diesen Zeitraum liegen keine Antworten vor.");
}

TEST_F(ChoiceSectionsTest, AgeGroupsAreDrawnAgainstTheTargetGroups) {
  Document doc;
  ASSERT_TRUE(
      AddBreakdownChart(t_.Context(),
                        *Section(R"({"type": "breakdown_chart", "breakdown": "events.age_groups",
                                                          "title": "Teilnahmen nach Altersgruppe"})"),
                        "$.sections[0]", &doc)
          .ok());
  const BarChart* chart = BlockAs<BarChart>(doc, 0);
  ASSERT_NE(chart, nullptr);
  ASSERT_EQ(chart->series.size(), 2u);
  EXPECT_EQ(chart->series[0].name, "Zielgruppe");
  EXPECT_EQ(chart->series[0].values,
            (std::vector<std::optional<double>>{20.0, std::nullopt, 30.0}));
  EXPECT_EQ(chart->series[1].values,
            (std::vector<std::optional<double>>{std::nullopt, 50.0, std::nullopt}));
  EXPECT_NE(BlockAs<Remark>(doc, 1)->text.find("„Zielgruppe“"), std::string::npos);
}

TEST_F(ChoiceSectionsTest, AnUnknownBreakdownIsAConfigurationError) {
  Document doc;
  Status s = AddBreakdownChart(
      t_.Context(), *Section(R"({"type": "breakdown_chart", "breakdown": "gibt.es.nicht"})"),
      "$.sections[4]", &doc);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("$.sections[4].breakdown"), std::string::npos);
}

TEST_F(ChoiceSectionsTest, TheWishesSlideNamesTheTopWishes) {
  Document doc;
  AddWishesSlide(
      t_.Context(),
      *Section(R"({"type": "wishes_slide", "title": "Am meisten gewünscht: {wish}", "top": 2})"),
      &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Am meisten gewünscht: Lasercutter");
  EXPECT_EQ(s->bullets, (std::vector<std::string>{"Lasercutter: 49 Klebepunkte",
                                                  "Nähmaschine: 28 Klebepunkte"}));
  const BarChart* chart = std::get_if<BarChart>(&s->chart);
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->categories.size(), 2u);
  EXPECT_EQ(chart->unit, "Klebepunkte");
  EXPECT_EQ(chart->series[0].values[0], 49);
  EXPECT_EQ(s->source, "Quelle: Wunschwand (Klebepunkte) · 1. Halbjahr 2026");
}

TEST_F(ChoiceSectionsTest, NoDotsNoWishesSlide) {
  t_.ev.breakdowns.pop_back();
  Document doc;
  AddWishesSlide(t_.Context(), *Section(R"({"type": "wishes_slide"})"), &doc);
  EXPECT_TRUE(doc.blocks.empty());
}

}  // namespace
}  // namespace ankerbericht
