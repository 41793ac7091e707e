// The decision-paper parts of the consolidation case: the head with the
// Vorlage fields and the Beratungsfolge, and the finance table with the
// cost per visit, each checked against values worked out by hand.
#include "document/vorlage_sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Half;
using testing::TestEvaluation;

void ThreeBodies(Site* site) {
  site->vorlage.nummer = "V/2027/014";
  site->vorlage.federfuehrung = "Fachbereich Bildung";
  site->vorlage.beratungsfolge = {
      {"Ausschuss für Bildung", Date(2027, 3, 16), true, "Vorberatung"},
      {"Haupt- und Finanzausschuss", Date(2027, 3, 23), false, "Vorberatung"},
      {"Rat", std::nullopt, std::nullopt, "Entscheidung"}};
}

TEST(VorlageHeadTest, FieldsFromTheConfigurationAndVisibleBlanks) {
  TestEvaluation t;
  ThreeBodies(&t.site);
  t.site.opened = Date(2025, 1, 1);
  // No Betreff configured: a visible blank, nothing invented.
  Document doc;
  AddVorlageHead(t.Context(), &doc);
  const Table* head = BlockAs<Table>(doc, 0);
  ASSERT_NE(head, nullptr);
  EXPECT_EQ(head->rows[0], (std::vector<std::string>{"Vorlagen-Nr.", "V/2027/014"}));
  EXPECT_EQ(head->rows[1], (std::vector<std::string>{"Federführung", "Fachbereich Bildung"}));
  EXPECT_EQ(head->rows[2], (std::vector<std::string>{"Betreff", kBlankField}));
  // The period is what the paper covers, from the opening, not one half-year.
  EXPECT_EQ(head->rows[3][1], "1. Januar 2025 – 30. Juni 2026");
  const Heading* h = BlockAs<Heading>(doc, 1);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->text, "Beratungsfolge");
  const Table* folge = BlockAs<Table>(doc, 2);
  ASSERT_NE(folge, nullptr);
  ASSERT_EQ(folge->rows.size(), 3u);
  EXPECT_EQ(folge->rows[0], (std::vector<std::string>{"Ausschuss für Bildung", "16.03.2027",
                                                      "öffentlich", "Vorberatung"}));
  EXPECT_EQ(folge->rows[1][2], "nichtöffentlich");
  EXPECT_EQ(folge->rows[2],
            (std::vector<std::string>{"Rat", kBlankField, kBlankField, "Entscheidung"}));
}

TEST(VorlageHeadTest, FundingStartWinsOverOpening) {
  TestEvaluation t;
  t.site.opened = Date(2024, 9, 1);
  t.site.funding_start = Date(2025, 1, 1);
  EXPECT_EQ(CoveredSpan(t.Context()), "1. Januar 2025 – 30. Juni 2026");
}

TEST(VorlageHeadTest, AnUnfinishedHalfYearIsCoveredUpToItsData) {
  TestEvaluation t;
  t.site.funding_start = Date(2025, 1, 1);
  t.ev.coverage.state = CoverageState::kRunning;
  t.ev.coverage.covered_to = Date(2026, 5, 31);
  EXPECT_EQ(CoveredSpan(t.Context()), "1. Januar 2025 – 31. Mai 2026");
}

TEST(FinanceTest, TableAndCostPerVisitEqualHandComputation) {
  TestEvaluation t;
  t.site.kosten.ab = "2028";
  t.site.kosten.posten = {{"Personal", 152000}, {"Miete", 31000}, {"Sachkosten", 27000}};
  t.site.kosten.finanzierung = {{"Haushalt Bildung", 140000, true},
                                {"Kooperationen", 30000, false}};
  t.SetHistory({Half("2025-H1", {{"visitors.total", 5000}, {"events.participants", 900}}),
                Half("2025-H2", {{"visitors.total", 11000}, {"events.participants", 1300}}),
                Half("2026-H1", {{"visitors.total", 14000}, {"events.participants", 1500}})});
  t.ev.costs = ComputeCosts(t.site.kosten, t.ev.history);
  Document doc;
  AddFinance(t.Context(), &doc);
  const Table* table = BlockAs<Table>(doc, 0);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->columns[1].title, "Betrag je Jahr ab 2028");
  std::vector<std::vector<std::string>> expected = {
      {"Personal", "152.000 €"},
      {"Miete", "31.000 €"},
      {"Sachkosten", "27.000 €"},
      {"Kosten insgesamt", "210.000 €"},
      {"Anteil der Stadt: Haushalt Bildung", "140.000 €"},
      {"Weitere Mittel: Kooperationen", "30.000 €"},
      {"davon Anteil der Stadt insgesamt", "140.000 €"},
      {"davon weitere Mittel insgesamt", "30.000 €"},
      {"noch nicht gedeckt", "40.000 €"},
      {"Haushaltsstelle", kBlankField},
  };
  EXPECT_EQ(table->rows, expected);
  // 210.000 € / (11.000 + 14.000) visits = 8,40 €; / 2.800 participations = 75,00 €.
  const Paragraph* p = BlockAs<Paragraph>(doc, 1);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text,
            "Bezogen auf das letzte volle Jahr der Nutzung (2. Hj. 2025 und 1. Hj. 2026) ergeben "
            "die jährlichen "
            "Kosten 8,40 € je Besuch (210.000 € / 25.000 Besuche) und 75,00 € je Teilnahme an "
            "einer Veranstaltung "
            "(210.000 € / 2.800 Teilnahmen). Gezählt sind Besuche, nicht Personen.");
}

TEST(FinanceTest, WithoutCostBlockTheGapIsVisible) {
  TestEvaluation t;
  Document doc;
  AddFinance(t.Context(), &doc);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find(kBlankField), std::string::npos);
  EXPECT_NE(p->text.find("noch nicht beziffert"), std::string::npos);
}

TEST(FinanceTest, EnglishAmounts) {
  EXPECT_EQ(EuroText(210000, 0, "en"), "€210,000");
  EXPECT_EQ(EuroText(8.4, 2, "de"), "8,40 €");
}

}  // namespace
}  // namespace ankerbericht
