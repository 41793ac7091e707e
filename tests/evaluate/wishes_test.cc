// The wish board ranked by sticker dots, worked out by hand.
#include "evaluate/wishes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ankerbericht {
namespace {

Vote Dots(int month, const std::string& wish, int64_t dots) {
  return Vote{Date(2026, month, 1), wish, dots, 0};
}

TEST(WishesTest, WishesAreRankedByTheirDotsOverAllVotingDays) {
  PeriodData data;
  data.votes = {Dots(3, "Lasercutter", 26), Dots(3, "VR-Brille", 13),
                Dots(3, "Nähmaschine", 12), Dots(6, "Lasercutter", 23),
                Dots(6, "Nähmaschine", 15), Dots(6, "Schneideplotter", 0),
                Dots(6, "nähmaschine", 1)};
  Breakdown b = RankWishes(data);
  EXPECT_EQ(b.id, "votes.by_wish");
  EXPECT_FALSE(b.protect);
  std::vector<std::string> ranked;
  for (const Cell& c : b.cells)
    ranked.push_back(c.label + " " + std::to_string(static_cast<int>(*c.value)));
  // The same wish spelled in lower case counts with the first spelling.
  EXPECT_EQ(ranked, (std::vector<std::string>{"Lasercutter 49", "Nähmaschine 28", "VR-Brille 13",
                                              "Schneideplotter 0"}));
  EXPECT_EQ(b.total, 90);
  EXPECT_NEAR(*b.cells[0].share, 100.0 * 49 / 90, 1e-9);
}

TEST(WishesTest, EqualDotsAreOrderedByName) {
  PeriodData data;
  data.votes = {Dots(3, "Zither", 4), Dots(3, "Akkuschrauber", 4)};
  Breakdown b = RankWishes(data);
  EXPECT_EQ(b.cells[0].label, "Akkuschrauber");
}

TEST(WishesTest, NoVotesNoCells) {
  PeriodData data;
  Breakdown b = RankWishes(data);
  EXPECT_TRUE(b.cells.empty());
  EXPECT_FALSE(b.total.has_value());
}

}  // namespace
}  // namespace ankerbericht
