#include "config/qualitative_files.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace ankerbericht {
namespace {

TEST(CodebookFileTest, ReadsThemesWithParentsKeywordsAndTags) {
  Result<std::vector<CodebookTheme>> themes = ParseCodebook(R"({
    // Themen für die qualitative Auswertung
    "themes": [
      { "id": "zugang", "label": "Zugang und Teilhabe", "keywords": ["Teilhabe"] },
      { "id": "barrierefreiheit", "label": "Barrierefreiheit", "parent": "zugang",
        "keywords": ["barrierefrei*", "Rollstuhl"], "tags": ["rampe"] }
    ] })",
                                                            "codebook.json");
  ASSERT_TRUE(themes.ok()) << themes.status().ToString();
  ASSERT_EQ(themes->size(), 2u);
  EXPECT_EQ((*themes)[1].parent, "zugang");
  EXPECT_EQ((*themes)[1].keywords[0], "barrierefrei*");
  EXPECT_EQ((*themes)[1].tags[0], "rampe");
}

TEST(CodebookFileTest, ErrorsNameTheJsonPath) {
  struct Case {
    const char* json;
    const char* message;
  } cases[] = {
      {R"({ "themes": [ { "id": "a", "parent": "b" } ] })",
       "codebook.json: $.themes[0].parent: kein Thema mit der ID \"b\""},
      {R"({ "themes": [ { "id": "a" }, { "id": "a" } ] })",
       "codebook.json: $.themes[1].id: \"a\" kommt zweimal vor"},
      {R"({ "themes": [ { "label": "x" } ] })", "codebook.json: $.themes[0].id: fehlt"},
      {R"({ "themes": [ { "id": "a", "keywords": "x" } ] })",
       "codebook.json: $.themes[0].keywords: muss eine Liste von Texten in [ ] sein"},
      {R"({ "themen": [] })",
       "codebook.json: $.themes: eine Liste von Themen in [ ] wird gebraucht"},
  };
  for (const Case& c : cases) {
    Result<std::vector<CodebookTheme>> r = ParseCodebook(c.json, "codebook.json");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.status().code(), Status::Code::kConfig);
    EXPECT_EQ(r.status().message(), c.message);
  }
}

TEST(CodebookFileTest, AMissingFileIsAnEmptyCodebook) {
  testing::ScopedTempDir dir;
  Result<std::vector<CodebookTheme>> themes = LoadCodebook(dir.path().string());
  ASSERT_TRUE(themes.ok());
  EXPECT_TRUE(themes->empty());
}

TEST(QuoteChoicesFileTest, PinsExcludesAndNames) {
  Result<QuoteChoices> c = ParseQuoteChoices(
      R"({ "pin": ["0bc7194b"], "exclude": ["e2040364"], "names": ["Schulz"] })", "zitate.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_TRUE(c->pinned.count("0bc7194b"));
  EXPECT_TRUE(c->excluded.count("e2040364"));
  EXPECT_EQ(c->names, std::vector<std::string>{"Schulz"});
  Result<QuoteChoices> both =
      ParseQuoteChoices(R"({ "pin": ["a"], "exclude": ["a"] })", "zitate.json");
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.status().message(),
            "zitate.json: Zitat a ist zugleich angeheftet und ausgeschlossen; bitte eines wählen");
}

}  // namespace
}  // namespace ankerbericht
