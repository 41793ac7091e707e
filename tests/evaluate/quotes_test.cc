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

Event Held(const std::string& format, Date date, EventStatus status = EventStatus::kHeld) {
  Event e;
  e.format = format;
  e.date = date;
  e.status = status;
  return e;
}

// "ich höre nicht mehr so gut (Feedbackbogen, Vortrag, April 2026)" from the
// one talk of that April tells everyone there who wrote it: the source never
// points to fewer than k events.
TEST(AttributeQuoteTest, TheSpanHoldsAtLeastKEvents) {
  const Date april(2026, 4, 9);
  std::vector<Event> events;
  for (int day : {2, 9, 16, 23, 30}) events.push_back(Held("Workshop", Date(2026, 4, day)));
  // Five workshops in April: format and month.
  QuoteAttribution a = AttributeQuote(april, "Workshop", events, 5);
  EXPECT_EQ(a.when.id, "2026-04");
  EXPECT_TRUE(a.with_format);
  // One talk in April, four more in May and June: format and quarter.
  events.push_back(Held("Vortrag", april));
  for (int month : {5, 5, 6, 6}) events.push_back(Held("Vortrag", Date(2026, month, 7)));
  a = AttributeQuote(april, "Vortrag", events, 5);
  EXPECT_EQ(a.when.id, "2026-Q2");
  EXPECT_TRUE(a.with_format);
  // A cancelled talk is no event anyone was at; with the sixth held in
  // February the half-year holds five.
  events.pop_back();
  events.push_back(Held("Vortrag", Date(2026, 6, 8), EventStatus::kCancelled));
  events.push_back(Held("Vortrag", Date(2026, 2, 5)));
  a = AttributeQuote(april, "Vortrag", events, 5);
  EXPECT_EQ(a.when.id, "2026-H1");
  EXPECT_TRUE(a.with_format);
  // Two tours in the half-year: no format, the month of its seven events.
  events.push_back(Held("Führung", april));
  events.push_back(Held("Führung", Date(2026, 1, 5)));
  a = AttributeQuote(april, "Führung", events, 5);
  EXPECT_EQ(a.when.id, "2026-04");
  EXPECT_FALSE(a.with_format);
  // Too few events altogether: the half-year, no format.
  a = AttributeQuote(april, "Führung", {Held("Führung", april)}, 5);
  EXPECT_EQ(a.when.id, "2026-H1");
  EXPECT_FALSE(a.with_format);
}

TEST(AttributeQuoteTest, SelectedQuoteKeepsTheSpan) {
  QuoteCandidate c =
      Candidate("Meine Oma war begeistert vom Kurs, sehr geduldig erklärt.", Date(2026, 4, 9));
  c.when = QuarterOf(c.date);
  auto chosen = SelectQuotes({c}, Themes(), QuoteRules{});
  ASSERT_EQ(chosen["senioren"].size(), 1u);
  EXPECT_EQ(QuoteWhen(chosen["senioren"][0]).id, "2026-Q2");
  // Unset (a quote built by hand): its month.
  SelectedQuote bare;
  bare.date = Date(2026, 4, 9);
  EXPECT_EQ(QuoteWhen(bare).id, "2026-04");
}

}  // namespace
}  // namespace ankerbericht
