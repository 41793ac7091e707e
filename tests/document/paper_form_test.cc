// The paper documents' content (document/paper_form.h): the questions and
// answers come from the questionnaire, the tally grid from hours and age groups.
#include "document/paper_form.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/report_builder.h"
#include "test_util.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

Site PaperSite() {
  Site site;
  site.id = "probe";
  site.name = "Ankerort Probestadt";
  site.age_groups = {{"jung", "unter 18"}, {"alt", "65 und älter"}};
  site.opening_hours = {{Date(2026, 1, 1), {{0, 10 * 60, 12 * 60}}}};
  site.questionnaire = {{"zufrieden", "Zufrieden?", ScaleType::kAgree5, "", {}},
                        {"empfehlen", "Empfehlen?", ScaleType::kYesNo, "recommend", {}},
                        {"wege", "Wie?", ScaleType::kMulti, "", {"Plakat", "Zeitung"}}};
  return site;
}

TEST(PaperFormTest, FeedbackFormAsksEveryItemAndAddsACommentBox) {
  Result<PaperForm> form = BuildPaperForm(DefaultTemplateDir(), "feedbackbogen", PaperSite(), "de");
  ASSERT_TRUE(form.ok()) << form.status().ToString();
  std::vector<FormQuestion> questions;
  for (const FormBlock& b : form->blocks)
    if (auto* q = std::get_if<FormQuestion>(&b)) questions.push_back(*q);
  ASSERT_EQ(questions.size(), 4u);  // three items and the box for anything else
  EXPECT_EQ(questions[0].choices.back(), "stimme voll zu");
  EXPECT_EQ(questions[1].choices, (std::vector<std::string>{"ja", "nein"}));
  EXPECT_TRUE(questions[2].multiple);
  EXPECT_GT(questions[3].lines, 0);
  EXPECT_EQ(form->info.title, "Feedbackbogen Ankerort Probestadt");
}

TEST(PaperFormTest, TallySheetHasARowPerHourAndAColumnPerAgeGroup) {
  Result<PaperForm> form = BuildPaperForm(DefaultTemplateDir(), "strichliste", PaperSite(), "en");
  ASSERT_TRUE(form.ok()) << form.status().ToString();
  EXPECT_TRUE(form->landscape);
  const FormGrid* grid = nullptr;
  for (const FormBlock& b : form->blocks)
    if (auto* g = std::get_if<FormGrid>(&b)) grid = g;
  ASSERT_NE(grid, nullptr);
  EXPECT_EQ(grid->columns,
            (std::vector<std::string>{"Time", "Visitors in total", "unter 18", "65 und älter"}));
  EXPECT_EQ(grid->rows, (std::vector<std::string>{"10–11", "11–12"}));
}

TEST(PaperFormTest, UnknownSectionTypeIsAConfigurationError) {
  testing::ScopedTempDir dir;
  dir.Write("bogen.json", R"({ "sections": [ { "type": "kuchen" } ] })");
  Result<PaperForm> form = BuildPaperForm(dir.path().string(), "bogen", PaperSite(), "de");
  ASSERT_FALSE(form.ok());
  EXPECT_EQ(form.status().code(), Status::Code::kConfig);
  EXPECT_NE(form.status().message().find("sections[0]: unbekannter Abschnittstyp \"kuchen\""),
            std::string::npos)
      << form.status().ToString();
}

}  // namespace
}  // namespace ankerbericht
