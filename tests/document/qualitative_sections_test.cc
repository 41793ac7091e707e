// What the public report says about where a team insight or a quote comes
// from: the kind of note and the quarter, never a title and a day that point
// to one person; the team's edition keeps the full credit.
#include "document/qualitative_sections.h"

#include <gtest/gtest.h>

#include "document_test_helpers.h"

namespace ankerbericht::testing {
namespace {

std::vector<std::string> Items(const Document& doc) {
  for (const Block& b : doc.blocks)
    if (auto* list = std::get_if<BulletList>(&b)) return list->items;
  return {};
}

std::string Remarks(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) out += p->text + "\n";
    if (auto* r = std::get_if<Remark>(&b)) out += r->text + "\n";
  }
  return out;
}

TEST(InsightsTest, PublicCreditIsTheKindOfNoteAndTheQuarter) {
  TestEvaluation e;
  e.ev.qualitative.notes_in_period = 2;
  e.ev.qualitative.insights = {
      {Date(2026, 4, 23), "", "Das mobile Digitalcafé erreicht neue Gäste.", "reflexion"},
      {Date(2026, 2, 12), "", "Familien wünschen sich Angebote am Samstag.", "kurzinterview"}};
  Document pub;
  AddInsights(e.Context(), &pub);
  EXPECT_EQ(Items(pub),
            (std::vector<std::string>{
                "Das mobile Digitalcafé erreicht neue Gäste. (Teamreflexion, 2. Quartal 2026)",
                "Familien wünschen sich Angebote am Samstag. (Kurzinterview, 1. Quartal 2026)"}));
  Document en;
  AddInsights(e.Context("en"), &en);
  EXPECT_EQ(Items(en)[0], "Das mobile Digitalcafé erreicht neue Gäste. (team reflection, Q2 2026)");
}

TEST(InsightsTest, InternalCreditIsTheNoteAndItsDay) {
  TestEvaluation e;
  e.input.internal = true;
  e.ev.qualitative.notes_in_period = 1;
  e.ev.qualitative.insights = {{Date(2026, 4, 23), "Interview mit einer Digitalbotschafterin",
                                "Das mobile Digitalcafé erreicht neue Gäste.",
                                "interview-referent"}};
  Document doc;
  AddInsights(e.Context(), &doc);
  EXPECT_EQ(Items(doc), (std::vector<std::string>{
                            "Das mobile Digitalcafé erreicht neue Gäste. (Interview mit einer "
                            "Digitalbotschafterin, 23.04.2026)"}));
}

TEST(InsightsTest, LeftOutInsightsAreNamedInOneSentence) {
  TestEvaluation e;
  e.ev.qualitative.notes_in_period = 2;
  e.ev.qualitative.insights_left_out = 1;
  Document none;
  AddInsights(e.Context(), &none);
  EXPECT_EQ(Remarks(none),
            "Alle Erkenntnisse des Zeitraums stammen aus Gesprächen mit einzelnen Personen. "
            "Erkenntnisse aus Gesprächen mit einer einzelnen Person (etwa Referierenden) stehen "
            "nur in der internen Fassung, da sie deren Aussagen wiedergeben.\n");
  e.ev.qualitative.insights = {{Date(2026, 4, 23), "", "Mehr Abendtermine.", "reflexion"}};
  Document some;
  AddInsights(e.Context(), &some);
  EXPECT_EQ(Items(some).size(), 1u);
  EXPECT_NE(Remarks(some).find("nur in der internen Fassung"), std::string::npos);
}

// A quote's source says what SelectQuotes left it: the format only where
// the span holds enough events of it, and the span itself.
TEST(QuotesSectionTest, SourceNamesTheSpanOfTheAttribution) {
  TestEvaluation e;
  Qualitative& q = e.ev.qualitative;
  q.has_codebook = true;
  q.themes.responses_with_text = 12;
  q.themes.themes = {ThemeCount{"gesundheit", "Gesundheit", 6, 0, {}}};
  SelectedQuote quote{"0a1b2c3d",
                      "Ich höre nicht mehr so gut, das Mikrofon hat geholfen.",
                      Date(2026, 4, 9),
                      "",
                      false,
                      "feedback",
                      QuarterOf(Date(2026, 4, 9))};
  q.quotes["gesundheit"] = {quote};
  Document doc;
  AddQuotes(e.Context(), Poco::JSON::Object(), &doc);
  const Quote* shown = nullptr;
  for (const Block& b : doc.blocks)
    if (auto* qb = std::get_if<Quote>(&b)) shown = qb;
  ASSERT_TRUE(shown);
  EXPECT_EQ(shown->source, "Feedbackbogen, 2. Quartal 2026");
}

// Without a quote to show, one sentence says so; the rules for quotes stand
// only under quotes they explain.
TEST(QuotesSectionTest, WithoutAQuoteOneSentenceAndNoRules) {
  TestEvaluation e;
  Qualitative& q = e.ev.qualitative;
  q.has_codebook = true;
  q.themes.responses_with_text = 12;
  q.themes.themes = {ThemeCount{"gesundheit", "Gesundheit", 6, 0, {}}};
  EXPECT_FALSE(AnyQuoteToShow(e.Context()));
  Document doc;
  AddQuotes(e.Context(), Poco::JSON::Object(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(Remarks(doc),
            "Aus diesem Zeitraum liegt keine Aussage vor, die als Zitat wiedergegeben werden "
            "kann.\n");
}

// A quote to show is one not printed yet in the document: once the goal
// areas of the consolidation case have shown it, the quotes section has none.
TEST(QuotesSectionTest, AQuoteToShowIsOneNotPrintedYet) {
  TestEvaluation e;
  Qualitative& q = e.ev.qualitative;
  q.has_codebook = true;
  q.themes.responses_with_text = 12;
  q.themes.themes = {ThemeCount{"gesundheit", "Gesundheit", 6, 0, {}}};
  q.quotes["gesundheit"] = {SelectedQuote{"0a1b2c3d", "Das Mikrofon hat mir sehr geholfen, danke.",
                                          Date(2026, 4, 9), "", false, "feedback",
                                          QuarterOf(Date(2026, 4, 9))}};
  const BuildContext& c = e.Context();
  EXPECT_TRUE(AnyQuoteToShow(c));
  Document doc;
  AddQuotes(c, Poco::JSON::Object(), &doc);
  EXPECT_TRUE(std::holds_alternative<Remark>(doc.blocks.back()));  // the rules
  EXPECT_FALSE(AnyQuoteToShow(c));
  q.has_codebook = false;
  c.log.quotes_shown.clear();
  EXPECT_FALSE(AnyQuoteToShow(c));
}

}  // namespace
}  // namespace ankerbericht::testing
