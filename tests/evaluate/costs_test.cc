// Finanzielle Auswirkungen: the yearly costs, the financing and the cost per
// visit and per participation over the last two half-years, by hand.
#include "evaluate/costs.h"

#include <gtest/gtest.h>

#include "evaluate/evaluation.h"

namespace ankerbericht {
namespace {

HistoryPoint Half(const std::string& id, std::map<std::string, std::optional<double>> values) {
  Result<Period> p = ParsePeriod(id);
  EXPECT_TRUE(p.ok()) << id;
  return HistoryPoint{*p, std::move(values)};
}

Kosten Example() {
  Kosten k;
  k.ab = "2028";
  k.posten = {{"Personal", 150000}, {"Miete", 36000}, {"Honorare", 24000}};
  k.finanzierung = {{"Haushalt", 120000, true},
                    {"Wirtschaftsförderung", 30000, true},
                    {"Sparkasse", 20000, false}};
  return k;
}

TEST(CostsTest, TotalsAndSharesAndCostPerVisit) {
  std::vector<HistoryPoint> history = {
      Half("2025-H1", {{"visitors.total", 1000}, {"events.participants", 100}}),
      Half("2025-H2", {{"visitors.total", 9000}, {"events.participants", 1200}}),
      Half("2026-H1", {{"visitors.total", 12000}, {"events.participants", 1600}}),
  };
  CostFigures f = ComputeCosts(Example(), history);
  EXPECT_TRUE(f.configured);
  EXPECT_DOUBLE_EQ(f.total, 210000);
  EXPECT_DOUBLE_EQ(f.city, 150000);
  EXPECT_DOUBLE_EQ(f.other, 20000);
  EXPECT_DOUBLE_EQ(*f.uncovered, 40000);
  // The last year: 2025-H2 + 2026-H1 = 21.000 visits, 2.800 participations.
  ASSERT_EQ(f.basis.size(), 2u);
  EXPECT_EQ(f.basis[0].id, "2025-H2");
  EXPECT_DOUBLE_EQ(*f.visits, 21000);
  EXPECT_DOUBLE_EQ(*f.per_visit, 10.0);
  EXPECT_DOUBLE_EQ(*f.per_participation, 75.0);
}

TEST(CostsTest, AHalfYearWithoutVisitsLeavesTheCostPerVisitOpen) {
  std::vector<HistoryPoint> history = {
      Half("2025-H2", {{"visitors.total", std::nullopt}}),
      Half("2026-H1", {{"visitors.total", 12000}, {"events.participants", 1600}})};
  CostFigures f = ComputeCosts(Example(), history);
  EXPECT_FALSE(f.per_visit);  // not 210.000 / 12.000: that would be half a year
  EXPECT_FALSE(f.per_participation);
}

TEST(CostsTest, NoCostBlockNoFigures) {
  CostFigures f = ComputeCosts(Kosten(), {});
  EXPECT_FALSE(f.configured);
  Kosten unfinanced = Example();
  unfinanced.finanzierung.clear();
  EXPECT_FALSE(ComputeCosts(unfinanced, {}).uncovered);
  EXPECT_TRUE(ComputeCosts(unfinanced, {}).basis.empty());
}

}  // namespace
}  // namespace ankerbericht
