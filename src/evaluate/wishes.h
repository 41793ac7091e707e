// The wish board (Klebepunkte): visitors put sticker dots on the wishes they
// want most. Ranked by dots, the wishes tell the council what to buy next.
#ifndef ANKERBERICHT_EVALUATE_WISHES_H_
#define ANKERBERICHT_EVALUATE_WISHES_H_

#include <string>
#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

// The breakdown id of the ranking: "votes.by_wish".
inline constexpr const char* kWishesBreakdown = "votes.by_wish";

// Dots per wish over every voting day of |data|'s period, the most dots
// first (equal dots by name), wishes written alike ("3D-Drucker",
// "3d drucker") counted together under the first spelling. The total is all
// dots; each cell's share is its percentage of them. Not protected: a dot
// names no one and the board is public (like votes.total); no total and no
// cells without votes in the period.
Breakdown RankWishes(const PeriodData& data);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_WISHES_H_
