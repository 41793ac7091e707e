#include "evaluate/quotes.h"

#include <gtest/gtest.h>

#include "evaluate/scrub.h"

namespace ankerbericht {
namespace {

Codebook Themes() {
  return Codebook({{"senioren", "Senioren", "", {"senior*", "Oma"}, {}},
                   {"technik", "Technik", "", {"3D-Drucker", "Laptop*"}, {}}});
}

QuoteCandidate Candidate(const std::string& text, Date date, int group = 10, bool consent = true) {
  return {text, date, "Feedbackbogen", group, consent};
}

TEST(QuotesTest, PicksTheMostRecentPerThemeWithinBounds) {
  std::vector<QuoteCandidate> c = {
      Candidate("Als Seniorin fühle ich mich hier sehr willkommen, danke!", Date(2026, 3, 1)),
      Candidate("Für Senioren ist das Digitalcafé genau das Richtige.", Date(2026, 5, 1)),
      Candidate("Senioren top", Date(2026, 6, 1)),  // too short
      Candidate("Der 3D-Drucker hat mein Projekt gerettet, großartig!", Date(2026, 4, 1)),
  };
  QuoteRules rules;
  rules.per_theme = 1;
  auto quotes = SelectQuotes(c, Themes(), rules);
  ASSERT_EQ(quotes["senioren"].size(), 1u);
  EXPECT_EQ(quotes["senioren"][0].text, "Für Senioren ist das Digitalcafé genau das Richtige.");
  ASSERT_EQ(quotes["technik"].size(), 1u);
  EXPECT_EQ(quotes["technik"][0].date, Date(2026, 4, 1));
}

TEST(QuotesTest, SmallGroupsAndMissingConsentAreNeverQuoted) {
  std::vector<QuoteCandidate> c = {
      Candidate("Meine Oma war begeistert vom Kurs, wir kommen wieder.", Date(2026, 3, 1), 4),
      Candidate("Für Seniorinnen wie mich ist das ein echter Gewinn.", Date(2026, 3, 2), 10, false),
  };
  EXPECT_TRUE(SelectQuotes(c, Themes(), QuoteRules{}).empty());
}

TEST(QuotesTest, QuotesAreScrubbedAndPinnedOnesComeFirst) {
  std::vector<QuoteCandidate> c = {
      Candidate("Senioren-Kurs super, meldet euch unter 0171 2345678 bei Frau Schulz!",
                Date(2026, 1, 1)),
      Candidate("Für Senioren ist das Digitalcafé genau das Richtige.", Date(2026, 5, 1)),
  };
  QuoteRules rules;
  rules.names = {"Schulz"};
  rules.pinned = {QuoteId(c[0].text)};
  auto quotes = SelectQuotes(c, Themes(), rules);
  ASSERT_EQ(quotes["senioren"].size(), 2u);
  EXPECT_TRUE(quotes["senioren"][0].pinned);
  EXPECT_EQ(quotes["senioren"][0].text, "Senioren-Kurs super, meldet euch unter […] bei Frau […]!");
  EXPECT_FALSE(LooksLikeContactData(quotes["senioren"][0].text));
}

TEST(QuotesTest, ExcludedQuotesStayOutAndIdsAreStable) {
  std::string text = "Für Senioren ist das Digitalcafé genau das Richtige.";
  EXPECT_EQ(QuoteId(text), QuoteId("für senioren ist das Digitalcafé genau das richtige"));
  QuoteRules rules;
  rules.excluded = {QuoteId(text)};
  EXPECT_TRUE(SelectQuotes({Candidate(text, Date(2026, 5, 1))}, Themes(), rules).empty());
}

TEST(QuotesTest, AQuoteServesOneThemeOnly) {
  std::vector<QuoteCandidate> c = {
      Candidate("Als Senior habe ich am Laptop endlich Videoanrufe gelernt.", Date(2026, 5, 1))};
  auto quotes = SelectQuotes(c, Themes(), QuoteRules{});
  EXPECT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes.count("senioren"), 1u);
}

TEST(QuotesTest, AQuoteSpeaksToWhatItsWordsSayNotToItsPassagesTag) {
  // The team tagged the passage #senioren; the quote itself is about the
  // technology. It serves "technik" (and so the goal area of technology),
  // not "senioren", which comes first in the codebook.
  std::vector<QuoteCandidate> c = {
      Candidate("„Seit es den zweiten Laptop gibt, muss niemand mehr lange warten.“ #senioren",
                Date(2026, 4, 23)),
      // Words that name no theme: the tag decides.
      Candidate("„Hier wird man nicht ausgelacht, wenn man zum dritten Mal fragt.“\n#senioren",
                Date(2026, 4, 1))};
  auto quotes = SelectQuotes(c, Themes(), QuoteRules{});
  ASSERT_EQ(quotes["technik"].size(), 1u);
  EXPECT_EQ(quotes["technik"][0].date, Date(2026, 4, 23));
  ASSERT_EQ(quotes["senioren"].size(), 1u);
  EXPECT_EQ(quotes["senioren"][0].date, Date(2026, 4, 1));
}

TEST(QuotesTest, OnePersonsWordsAreQuotedInTheInternalEditionOnly) {
  QuoteCandidate interview =
      Candidate("Als Referentin für Senioren nehme ich mir jetzt mehr Zeit.", Date(2026, 4, 23));
  interview.one_person = true;
  EXPECT_TRUE(SelectQuotes({interview}, Themes(), QuoteRules{}).empty());
  QuoteRules internal;
  internal.internal = true;
  EXPECT_EQ(SelectQuotes({interview}, Themes(), internal)["senioren"].size(), 1u);
}

}  // namespace
}  // namespace ankerbericht
