// Privacy by default: the reports are public council papers, so small counts
// of people and answers are not shown. The rule (threshold k from the
// configuration, default kDefaultPrivacyThreshold in model/privacy_rule.h):
// - a count from 1 to k-1 in a protected breakdown is shown as "< k";
// - where a published total would reveal such a cell, further cells (the
//   smallest first) are hidden ("x") until at least two cells are hidden,
//   together hold at least k, no "< k" cell can be proven to be 2 or more and
//   no "x" cell pinned to one value, else the total itself is hidden;
// - means, shares and confidence intervals of fewer than k answers are withheld;
// - results per speaker are published only with at least k answers, and
//   the public speaker pool only where at least k speakers have them;
// - the number of speakers, a count of people, is shown as "< k" from 1 to k-1.
// Counts of events, opening hours and counter readings carry no person and
// are not protected. `figures --internal` skips all of this for team use.
#ifndef ANKERBERICHT_EVALUATE_PRIVACY_H_
#define ANKERBERICHT_EVALUATE_PRIVACY_H_

#include <optional>
#include <string>
#include <vector>

namespace ankerbericht {

enum class Suppression {
  kNone,
  kSmall,          // 1..k-1: shown as "< k"
  kComplementary,  // hidden so that a total does not reveal a small cell: "x"
};

struct Cell {
  std::string key;              // stable key: a format, an age group id, "2 14" (Tuesday, 14:00)
  std::string label;            // for people: the age group's label, else the key
  std::optional<double> value;  // nullopt when suppressed or not computable
  std::optional<double> share;  // percent of the total; nullopt when suppressed
  Suppression suppression = Suppression::kNone;
  bool marked = false;  // see Breakdown::marks
};

// One breakdown of an indicator into cells (by format, by age group, ...).
struct Breakdown {
  std::string id;            // "events.by_format"
  std::string unit;          // "count", "mean", "percent"
  bool protect = false;      // counts people or answers: the privacy rule applies
  bool overlapping = false;  // an entry may fall into several cells (topics)
  // What Cell::marked means here, "" when no cell is marked: "open_hour"
  // (weekday x hour inside the opening hours), "target_group" (a configured
  // target group or target age group of the site).
  std::string marks;
  std::vector<Cell> cells;
  std::optional<double> total;  // nullopt when there is no total or it is suppressed
  Suppression total_suppression = Suppression::kNone;
  // What the hidden cells hold together, so that the cells shown plus this
  // give the total (0 when nothing is hidden). Set by SuppressSmallCounts for
  // breakdowns that partition a published total; nullopt otherwise. A chart
  // draws it as its own segment ("nicht ausgewiesen") instead of rescaling
  // the cells shown to 100 %.
  std::optional<double> withheld;
};

// Fills each cell's share of the total (percent). Not for overlapping
// breakdowns, whose cells do not partition the total.
void FillShares(Breakdown* b);

// With the total published, the hidden cells of |b| hold |sum| together. A
// reader who also knows that a "< k" cell lies in 1..k-1 and an "x" cell in
// k..sum (a count from 1 to k-1 would read "< k", a zero is shown) can narrow
// each hidden cell to an interval. True if that tells too much: a "< k" cell
// can be proven to be 2 or more (six "< 5" cells holding 23 are each at least
// 23 - 5 * 4 = 3), or an "x" cell is pinned to a single value ("< 5" and "x"
// holding 6 are 1 and 5). The one test for breakdowns and for the counts per
// event (ProtectEventParticipants).
bool HiddenCellsAreNarrowed(int k, const Breakdown& b, double sum);

// Applies the small-count rule with complementary suppression to |b| when it
// is protected (no-op otherwise or with k <= 1). Afterwards no hidden cell can
// be recomputed or narrowed from the total and the cells shown: at least two
// cells are hidden, hold at least k together and pass HiddenCellsAreNarrowed,
// or the total is hidden as well. The
// complementary cells are the smallest that achieve this (a cell of 52 is
// never hidden where one of 6 would do). Shares of visible cells stay
// percentages of the whole total; shares of hidden cells, and all shares
// when the total is hidden, are cleared. Sets b->withheld (see Breakdown).
void SuppressSmallCounts(int k, Breakdown* b);

// Headline counts of people that the small-count rule covers although they
// are not broken down (pure): "speakers.distinct", as "Referierende: 1" is
// the one person who gave every talk of the period and the report's rule
// promises "< k" for counts of people from 1 to k-1. A count of 0 is shown.
// Totals of visits, forms and participants are not (yet) in this list.
bool IsSmallPeopleCount(const std::string& id, std::optional<double> value, int k);

// How a suppressed value is shown: "< 5" or "x".
std::string SuppressedText(Suppression s, int k);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_PRIVACY_H_
