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
       "codebook.json: $.themes[0].parent: no theme with id \"b\""},
      {R"({ "themes": [ { "id": "a" }, { "id": "a" } ] })",
       "codebook.json: $.themes[1].id: \"a\" is used twice"},
      {R"({ "themes": [ { "label": "x" } ] })", "codebook.json: $.themes[0].id: is missing"},
      {R"({ "themes": [ { "id": "a", "keywords": "x" } ] })",
       "codebook.json: $.themes[0].keywords: must be a list of texts in [ ]"},
      {R"({ "themen": [] })", "codebook.json: $.themes: a list of themes in [ ] is needed"},
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
            "zitate.json: quote a is both pinned and excluded; choose one");
}

}  // namespace
}  // namespace ankerbericht
