// The small-count rule with complementary suppression. Besides fixed cases,
// every breakdown is attacked: all integer values the hidden cells could take
// that agree with what is published are enumerated: each "< k" cell must
// still be able to be 1 and each "x" cell must keep at least two values.
#include "evaluate/privacy.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>
#include <vector>

namespace ankerbericht {
namespace {

Breakdown Counts(std::vector<double> values, bool with_total = true) {
  Breakdown b;
  b.id = "test";
  b.unit = "count";
  b.protect = true;
  double total = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    b.cells.push_back({"c" + std::to_string(i), "c" + std::to_string(i), values[i], {}, {}});
    total += values[i];
  }
  if (with_total) b.total = total;
  FillShares(&b);
  return b;
}

// The values each hidden cell can take given the published cells and total:
// a "< k" cell lies in 1..k-1, an "x" cell in k..|bound|.
std::vector<std::set<int>> PossibleValues(const Breakdown& b, int k, int bound) {
  std::vector<size_t> hidden;
  double shown = 0;
  for (size_t i = 0; i < b.cells.size(); ++i) {
    if (b.cells[i].suppression != Suppression::kNone) {
      hidden.push_back(i);
    } else {
      shown += b.cells[i].value.value_or(0);
    }
  }
  std::vector<std::set<int>> possible(hidden.size());
  std::vector<int> v(hidden.size());
  std::function<void(size_t, double)> walk = [&](size_t i, double sum) {
    if (i == hidden.size()) {
      if (b.total && shown + sum != *b.total) return;
      for (size_t j = 0; j < hidden.size(); ++j) possible[j].insert(v[j]);
      return;
    }
    // An "x" cell is no count from 1 to k-1 (that would read "< k") and no 0.
    const bool small = b.cells[hidden[i]].suppression == Suppression::kSmall;
    for (int x = small ? 1 : k; x <= (small ? k - 1 : bound); ++x) {
      v[i] = x;
      walk(i + 1, sum + x);
    }
  };
  walk(0, 0);
  return possible;
}

void ExpectNoCellRecomputable(const Breakdown& b, int k, int bound) {
  const std::vector<std::set<int>> possible = PossibleValues(b, k, bound);
  size_t h = 0;
  for (const Cell& c : b.cells) {
    if (c.suppression == Suppression::kNone) continue;
    const std::set<int>& p = possible[h++];
    if (c.suppression == Suppression::kSmall) {
      EXPECT_TRUE(!p.empty() && *p.begin() == 1)
          << "a \"< " << k << "\" cell is provably 2 or more";
    } else {
      EXPECT_GE(p.size(), 2u) << "an \"x\" cell can be recomputed";
    }
  }
}

TEST(PrivacyTest, NothingBelowKNothingHidden) {
  Breakdown b = Counts({12, 30, 0});  // total 42
  SuppressSmallCounts(5, &b);
  for (const Cell& c : b.cells) EXPECT_EQ(c.suppression, Suppression::kNone);
  EXPECT_EQ(b.total, 42);
  // the cells still add up to the total: 12 + 30 + 0 = 42
  EXPECT_EQ(*b.cells[0].value + *b.cells[1].value + *b.cells[2].value, *b.total);
  EXPECT_NEAR(*b.cells[0].share, 100.0 * 12 / 42, 1e-9);
}

TEST(PrivacyTest, OneSmallCellTakesTheNextSmallestWithIt) {
  // 3 is small; alone it would be 50 - 20 - 27 = 3 again. The next smallest
  // cell (20) is hidden as well: together 23 >= 5.
  Breakdown b = Counts({3, 20, 27});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[0].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[1].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[2].suppression, Suppression::kNone);
  EXPECT_EQ(b.cells[0].value, std::nullopt);
  EXPECT_EQ(b.cells[0].share, std::nullopt);
  EXPECT_EQ(b.cells[1].share, std::nullopt);
  EXPECT_EQ(b.cells[2].value, 27);
  EXPECT_EQ(b.total, 50);
  EXPECT_EQ(SuppressedText(b.cells[0].suppression, 5), "< 5");
  EXPECT_EQ(SuppressedText(b.cells[1].suppression, 5), "x");
  ExpectNoCellRecomputable(b, 5, 50);
}

TEST(PrivacyTest, TwoSmallCellsSummingBelowKTakeAThird) {
  // 1 + 2 = 3 < 5: as a pair they are still a small count, so 9 goes too.
  Breakdown b = Counts({1, 2, 9, 40});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[0].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[1].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[2].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[3].suppression, Suppression::kNone);
  ExpectNoCellRecomputable(b, 5, 52);
}

TEST(PrivacyTest, AnXIsAtLeastKSoASumOfKPlusOneTakesAThirdCell) {
  // "< 5" and "x" with 26 - 20 = 6 between them: the "x" is no count from 1
  // to 4 (it would read "< 5"), so it is 5 and the other 1. A third cell goes.
  Breakdown b = Counts({1, 5, 20, 30});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[0].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[1].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[2].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[3].suppression, Suppression::kNone);
  ExpectNoCellRecomputable(b, 5, 56);
}

TEST(PrivacyTest, SixSmallCellsHoldingTwentyThreeTakeAnXWithThem) {
  // The Stadtlabor's Sprechstunden (2026-H2): six counts "< 5" holding
  // 101 - 78 = 23 beside events shown. Each is at most 4, so each would be at
  // least 23 - 5 * 4 = 3: a reader learns every one is 3 or 4. The rule before
  // stopped there (no cell pinned to one value); now the smallest count shown
  // goes as well, and every "< 5" can be 1 again.
  Breakdown b = Counts({4, 4, 4, 4, 4, 3, 12, 9, 15, 20, 22});
  Breakdown old_rule = b;
  for (size_t i = 0; i < 6; ++i) old_rule.cells[i].suppression = Suppression::kSmall;
  EXPECT_TRUE(HiddenCellsAreNarrowed(5, old_rule, 23));
  EXPECT_EQ(*PossibleValues(old_rule, 5, 101)[0].begin(), 3);

  SuppressSmallCounts(5, &b);
  for (size_t i = 0; i < 6; ++i) EXPECT_EQ(b.cells[i].suppression, Suppression::kSmall) << i;
  EXPECT_EQ(b.cells[7].suppression, Suppression::kComplementary);  // 9, the smallest shown
  for (size_t i : {6, 8, 9, 10}) EXPECT_EQ(b.cells[i].suppression, Suppression::kNone) << i;
  EXPECT_EQ(b.total, 101);
  EXPECT_EQ(b.withheld, 32);
  EXPECT_FALSE(HiddenCellsAreNarrowed(5, b, 32));
  ExpectNoCellRecomputable(b, 5, 101);
}

TEST(PrivacyTest, SmallCellsThatCannotAllBeOneWithoutAnotherCellHideTheTotal) {
  // 4 + 4 + 4 = 12: each "< 5" is at least 12 - 8 = 4, and no cell is left.
  Breakdown b = Counts({4, 4, 4});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.total, std::nullopt);
  EXPECT_EQ(b.total_suppression, Suppression::kComplementary);
}

TEST(PrivacyTest, WithheldCountKeepsTheDistributionWholeAndSharesUnscaled) {
  // The sample's "insgesamt zufrieden" in 2026-H1: 0/4/52/147/93 answers.
  // The 4 is small; the only cells that can cover it hold 52, 93 and 147,
  // and the smallest of them goes: 56 answers withheld, none rescaled.
  Breakdown b = Counts({0, 4, 52, 147, 93});  // n = 296
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[1].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[2].suppression, Suppression::kComplementary);
  EXPECT_EQ(b.cells[3].suppression, Suppression::kNone);
  EXPECT_EQ(b.cells[4].suppression, Suppression::kNone);
  ASSERT_TRUE(b.withheld.has_value());
  EXPECT_EQ(*b.withheld, 56);
  double shown = 0;
  for (const Cell& c : b.cells) shown += c.value.value_or(0);
  EXPECT_EQ(shown + *b.withheld, *b.total);
  // 147 of all 296 answers, not of the 240 shown: a bar built from the
  // shares gives 49,7 % + 31,4 % agreement, as the table's 81,1 %.
  EXPECT_NEAR(*b.cells[3].share, 100.0 * 147 / 296, 1e-9);
  EXPECT_NEAR(*b.cells[3].share + *b.cells[4].share, 100.0 * 240 / 296, 1e-9);
  ExpectNoCellRecomputable(b, 5, 296);
}

TEST(PrivacyTest, NothingHiddenMeansNothingWithheldAndAHiddenTotalMeansUnknown) {
  Breakdown whole = Counts({12, 30});
  SuppressSmallCounts(5, &whole);
  EXPECT_EQ(whole.withheld, 0);
  Breakdown gone = Counts({2, 1});
  SuppressSmallCounts(5, &gone);
  EXPECT_EQ(gone.withheld, std::nullopt);  // without the total it would give the cells back
}

TEST(PrivacyTest, NoCellLeftHidesTheTotal) {
  // Only one non-zero cell (3): the total would be it. Zeros stay visible.
  Breakdown b = Counts({3, 0});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.cells[0].suppression, Suppression::kSmall);
  EXPECT_EQ(b.cells[1].value, 0);
  EXPECT_EQ(b.total, std::nullopt);
  EXPECT_EQ(b.total_suppression, Suppression::kSmall);  // the total 3 is itself small
  ExpectNoCellRecomputable(b, 5, 10);
}

TEST(PrivacyTest, HiddenTotalClearsAllShares) {
  // 2 and 1 both small, together 3 < 5, no third cell: the total goes and the
  // shares with it (share · total would give the cells back).
  Breakdown b = Counts({2, 1});
  SuppressSmallCounts(5, &b);
  EXPECT_EQ(b.total, std::nullopt);
  for (const Cell& c : b.cells) EXPECT_EQ(c.share, std::nullopt);
}

TEST(PrivacyTest, UnprotectedBreakdownsAndKOfOneAreLeftAlone) {
  Breakdown events = Counts({1, 2});
  events.protect = false;
  SuppressSmallCounts(5, &events);
  EXPECT_EQ(events.cells[0].value, 1);
  Breakdown people = Counts({1, 2});
  SuppressSmallCounts(1, &people);
  EXPECT_EQ(people.cells[0].value, 1);
}

TEST(PrivacyTest, ExhaustiveSmallBreakdownsNeverRevealAHiddenCell) {
  // Every breakdown of three cells with values 0..12 under k = 5.
  for (int a = 0; a <= 12; ++a)
    for (int b = 0; b <= 12; ++b)
      for (int c = 0; c <= 12; ++c) {
        Breakdown bd = Counts({double(a), double(b), double(c)});
        SuppressSmallCounts(5, &bd);
        SCOPED_TRACE(std::to_string(a) + "," + std::to_string(b) + "," + std::to_string(c));
        for (const Cell& cell : bd.cells) {
          // No value from 1 to 4 is ever shown.
          if (cell.value) EXPECT_TRUE(*cell.value == 0 || *cell.value >= 5);
        }
        if (bd.total) EXPECT_TRUE(*bd.total == 0 || *bd.total >= 5);
        ExpectNoCellRecomputable(bd, 5, 36);
      }
}

}  // namespace
}  // namespace ankerbericht
