#include "evaluate/codebook.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Codebook Example() {
  return Codebook({
      {"zugang", "Zugang und Teilhabe", "", {"Teilhabe"}, {}},
      {"barrierefreiheit",
       "Barrierefreiheit",
       "zugang",
       {"barrierefrei*", "Rollstuhl", "Treppe*"},
       {"rampe"}},
      {"senioren",
       "Seniorinnen und Senioren",
       "",
       {"senior*", "ältere Menschen", "Oma", "Opa"},
       {}},
      {"technik", "Technik", "", {"3D-Drucker", "Lasercutter", "Rat"}, {"#geraete"}},
  });
}

TEST(CodebookTest, StemsMatchCompoundsAndInflections) {
  EXPECT_EQ(Example().Match("Der Seniorentreff war voll."), (std::set<std::string>{"senioren"}));
  EXPECT_EQ(Example().Match("Die SENIORINNEN kamen."), (std::set<std::string>{"senioren"}));
}

TEST(CodebookTest, UmlautSpellingsAreTheSame) {
  EXPECT_EQ(Example().Match("viele aeltere Menschen"), (std::set<std::string>{"senioren"}));
  EXPECT_EQ(Example().Match("viele Ältere  Menschen"), (std::set<std::string>{"senioren"}));
}

TEST(CodebookTest, WholeWordsOnlyWithoutAStar) {
  // "Rat" must not fire inside "Beratung" or "Rathaus".
  EXPECT_TRUE(Example().Match("Die Beratung im Rathaus").empty());
  EXPECT_EQ(Example().Match("Guter Rat ist teuer"), (std::set<std::string>{"technik"}));
  EXPECT_TRUE(Example().Match("Omas Garten").empty());  // "Oma" without stem
}

TEST(CodebookTest, MultiWordKeywordsMatchAcrossHyphensAndSpaces) {
  EXPECT_EQ(Example().Match("Der 3D-Drucker lief."), (std::set<std::string>{"technik"}));
  EXPECT_EQ(Example().Match("Der 3D Drucker lief."), (std::set<std::string>{"technik"}));
  EXPECT_TRUE(Example().Match("3D und ein Drucker").empty());
}

TEST(CodebookTest, NestedThemesCountForTheirParent) {
  EXPECT_EQ(Example().Match("Der Eingang ist nicht barrierefrei, Treppen überall."),
            (std::set<std::string>{"barrierefreiheit", "zugang"}));
}

TEST(CodebookTest, TagsMapToThemes) {
  EXPECT_EQ(Example().MatchTags({"rampe"}), (std::set<std::string>{"barrierefreiheit", "zugang"}));
  EXPECT_EQ(Example().MatchTags({"#Senioren", "geraete"}),
            (std::set<std::string>{"senioren", "technik"}));
  EXPECT_TRUE(Example().MatchTags({"unbekannt"}).empty());
}

TEST(CodebookTest, ACycleInParentsDoesNotHang) {
  Codebook cycle({{"a", "A", "b", {"x"}, {}}, {"b", "B", "a", {}, {}}});
  EXPECT_EQ(cycle.Match("x"), (std::set<std::string>{"a", "b"}));
}

TEST(FoldedWordsTest, SplitsOnPunctuationDashesAndNoBreakSpaces) {
  EXPECT_EQ(FoldedWords("Groß–Übung\xC2\xA0„Test“, 3D-Druck"),
            (std::vector<std::string>{"gross", "uebung", "test", "3d", "druck"}));
}

}  // namespace
}  // namespace ankerbericht
