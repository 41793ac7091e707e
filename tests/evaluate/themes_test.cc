#include "evaluate/themes.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Site SiteWithTextItem() {
  Site site;
  site.questionnaire = {{"zufrieden", "", ScaleType::kAgree5, "", {}},
                        {"kommentar", "", ScaleType::kText, "", {}}};
  return site;
}

FeedbackResponse Response(const std::string& event, const std::string& comment,
                          const std::string& score = "4") {
  FeedbackResponse r;
  r.event_id = event;
  r.answers["zufrieden"] = score;
  if (!comment.empty()) r.answers["kommentar"] = comment;
  return r;
}

Codebook Themes() {
  return Codebook({{"technik", "Technik", "", {"Laptop*"}, {}},
                   {"werbung", "Werbung", "", {"Zeitung*", "Werbung"}, {"plakate"}}});
}

TEST(ThemesTest, CountsResponsesNotesAndFormats) {
  std::vector<FeedbackResponse> feedback = {
      Response("V-1", "Die Laptops waren langsam."),                         // technik, Workshop
      Response("V-1", "Mehr Werbung in der Zeitung, und bessere Laptops!"),  // both, Workshop
      Response("V-2", "Alles prima."),                                       // text, no theme
      Response("V-2", ""),                                                   // no free text
      Response("", "Habe es aus der Zeitung erfahren."),                     // werbung, no event
  };
  Note note;
  note.tags = {"plakate"};
  note.sections = {{"Erkenntnisse", "Die Zeitung hat berichtet.", 3}};  // tag and keyword: once
  std::map<std::string, std::string> formats = {{"V-1", "Workshop"}, {"V-2", "Vortrag"}};

  ThemeSummary s = CountThemes(Themes(), SiteWithTextItem(), feedback, {note}, formats);
  EXPECT_EQ(s.responses_with_text, 4);
  ASSERT_EQ(s.themes.size(), 2u);
  EXPECT_EQ(s.themes[0].id, "technik");
  EXPECT_EQ(s.themes[0].responses, 2);
  EXPECT_EQ(s.themes[0].notes, 0);
  EXPECT_EQ(s.themes[0].by_format.at("Workshop"), 2);
  EXPECT_EQ(s.themes[1].responses, 2);
  EXPECT_EQ(s.themes[1].notes, 1);
  EXPECT_EQ(s.themes[1].mentions(), 3);
  EXPECT_EQ(s.themes[1].by_format.at("Workshop"), 1);
  EXPECT_EQ(s.themes[1].by_format.at(""), 1);
}

TEST(ThemesTest, FreeTextJoinsTheTextItemsOnly) {
  EXPECT_EQ(FreeText(Response("V-1", "Gut"), SiteWithTextItem()), "Gut");
  EXPECT_EQ(FreeText(Response("V-1", ""), SiteWithTextItem()), "");
}

}  // namespace
}  // namespace ankerbericht
