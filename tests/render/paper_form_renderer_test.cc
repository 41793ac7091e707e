// The paper form layout (render/paper_form_renderer.h) with a fixed-width
// fake font: what fits one page, and nothing leaves the paper.
#include "render/paper_form_renderer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/struct_tree.h"

namespace ankerbericht {
namespace {

double FakeWidth(std::string_view text, FontStyle, double size) {
  return 0.55 * size * static_cast<double>(text.size());
}

PaperForm SevenQuestions() {
  PaperForm form;
  form.blocks.push_back(FormTitle{"Feedbackbogen", "Stadtlabor Lindenau", "Stadt Lindenau"});
  form.blocks.push_back(FormBlanks{{"Datum", "Veranstaltung"}, ""});
  for (int i = 0; i < 6; ++i) {
    form.blocks.push_back(FormQuestion{std::to_string(i + 1) + ".",
                                       "Ich bin mit der Veranstaltung insgesamt zufrieden.",
                                       "",
                                       {"stimme gar nicht zu", "stimme eher nicht zu",
                                        "teils teils", "stimme eher zu", "stimme voll zu"},
                                       false,
                                       0});
  }
  form.blocks.push_back(
      FormQuestion{"7.", "Was möchten Sie uns noch mitteilen?", "", {}, false, 4});
  form.blocks.push_back(FormText{"Der Bogen ist anonym.", true});
  return form;
}

TEST(PaperFormRenderer, SevenQuestionsFitOnePageInsideThePaper) {
  StructTree tree;
  std::vector<PageLayout> pages = LayoutPaperForm(SevenQuestions(), FakeWidth, &tree);
  ASSERT_EQ(pages.size(), 1u);
  for (const DrawOp& op : pages[0].ops) {
    if (auto* t = std::get_if<TextOp>(&op)) {
      EXPECT_GE(t->x, 0);
      EXPECT_LE(t->x + t->width, kPageWidth) << t->text;
      EXPECT_GT(t->y, 0) << t->text;
      EXPECT_GE(t->tag, 0) << "untagged text: " << t->text;
    }
  }
  // The place's name is the page's heading.
  int h1 = 0;
  for (const StructNode& n : tree.nodes) h1 += n.role == "H1";
  EXPECT_EQ(h1, 1);
}

TEST(PaperFormRenderer, TallyGridOfTwelveHoursFitsOneLandscapePage) {
  PaperForm form;
  form.landscape = true;
  form.blocks.push_back(FormTitle{"Strichliste", "Digitalbus", ""});
  FormGrid grid{
      {"Uhrzeit", "Besucher gesamt", "unter 18", "18–29", "30–64", "65 und älter"}, {}, "Summe"};
  for (int h = 8; h < 20; ++h) grid.rows.push_back(std::to_string(h));
  form.blocks.push_back(grid);
  form.blocks.push_back(FormText{"Bitte eine Zeile je Stunde.", true});
  std::vector<PageLayout> pages = LayoutPaperForm(form, FakeWidth, nullptr);
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_GT(pages[0].width, pages[0].height);
}

TEST(PaperFormRenderer, TooManyQuestionsGoOnASecondPage) {
  PaperForm form = SevenQuestions();
  for (int i = 0; i < 20; ++i)
    form.blocks.push_back(FormQuestion{"x", "Frage", "", {"ja", "nein"}, false, 0});
  EXPECT_GT(LayoutPaperForm(form, FakeWidth, nullptr).size(), 1u);
}

}  // namespace
}  // namespace ankerbericht
