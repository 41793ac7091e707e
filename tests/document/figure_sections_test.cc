#include "document/figure_sections.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Goal;
using testing::GoalInd;
using testing::TestEvaluation;

// Two ranked goal areas; the fill rate serves both and nearly met its target.
class GoalProfileTest : public ::testing::Test {
 protected:
  GoalProfileTest() {
    t_.ev.goals = {
        Goal("digital_education", 1, {GoalInd("events.fill_rate", 68.3, TargetState::kNear)}),
        Goal("citizen_proximity", 2,
             {GoalInd("events.fill_rate", 68.3, TargetState::kNear),
              GoalInd("visitors.total", 11011, TargetState::kMet)})};
    TargetResult near;
    near.target.indicator = "events.fill_rate";
    near.target.min = 70;
    near.value = 68.3;
    near.status = TargetState::kNear;
    t_.ev.targets.push_back(near);
  }

  TestEvaluation t_;
  Document doc_;
};

// The legend stands right under the chart (a note keeps with the figure
// above it), not in the caption of a table that may start overleaf.
TEST_F(GoalProfileTest, TheLegendFollowsTheChart) {
  AddGoalProfile(t_.Context(), &doc_);
  ASSERT_NE(BlockAs<RadarChart>(doc_, 0), nullptr);
  const Remark* legend = BlockAs<Remark>(doc_, 1);
  ASSERT_NE(legend, nullptr);
  EXPECT_EQ(legend->text.rfind("Priorität 1 = wichtigster Zielbereich", 0), 0u) << legend->text;
  const Table* table = BlockAs<Table>(doc_, 2);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->caption.find("in der Grafik"), std::string::npos) << table->caption;
}

// Every column the caption explains is a column of the table, named in
// full; the counts are those of the areas.
TEST_F(GoalProfileTest, TheCaptionExplainsTheColumnsTheTableHas) {
  AddGoalProfile(t_.Context(), &doc_);
  const Table* table = BlockAs<Table>(doc_, 2);
  ASSERT_NE(table, nullptr);
  std::vector<std::string> titles;
  for (const TableColumn& col : table->columns) titles.push_back(col.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"Zielbereich", "Priorität", "erreicht",
                                              "knapp verfehlt", "verfehlt"}));
  EXPECT_NE(table->caption.find("erreicht, knapp verfehlt oder verfehlt"), std::string::npos)
      << table->caption;
  EXPECT_EQ(table->caption.find("Ziele:"), std::string::npos) << table->caption;
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[1],
            (std::vector<std::string>{"Förderung von Bürgernähe", "2", "1", "1", "0"}));
  // The caption points at "zählt für": a column of the targets table.
  const Table* targets = BlockAs<Table>(doc_, 3);
  ASSERT_NE(targets, nullptr);
  EXPECT_NE(table->caption.find("„zählt für“"), std::string::npos);
  EXPECT_EQ(targets->columns.back().title, "zählt für");
}

TEST_F(GoalProfileTest, WithoutTargetsTheCaptionPointsAtNoTargetsTable) {
  t_.ev.targets.clear();
  AddGoalProfile(t_.Context(), &doc_);
  ASSERT_EQ(doc_.blocks.size(), 3u);
  const Table* table = BlockAs<Table>(doc_, 2);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->caption.find("zählt für"), std::string::npos) << table->caption;
}

TEST_F(GoalProfileTest, EnglishToo) {
  AddGoalProfile(t_.Context("en"), &doc_);
  const Remark* legend = BlockAs<Remark>(doc_, 1);
  const Table* table = BlockAs<Table>(doc_, 2);
  ASSERT_TRUE(legend && table);
  EXPECT_EQ(legend->text.rfind("Priority 1 = most important goal area", 0), 0u) << legend->text;
  EXPECT_EQ(table->columns[3].title, "narrowly missed");
  EXPECT_NE(table->caption.find("met it, narrowly missed it or missed it"), std::string::npos)
      << table->caption;
}

}  // namespace
}  // namespace ankerbericht
