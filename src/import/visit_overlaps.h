// Overlapping counter exports: people export "the last three months" every
// month, so the same sensor and interval arrives in several files (and in one
// file when exports were pasted together). Such a reading counts once; a
// different value for it is a conflict the user has to settle.
#ifndef ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_
#define ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "import/importer.h"

namespace ankerbericht {

// A reading already imported from another file for the same site, sensor
// and interval start as outcome->batch.visits[index].
struct EarlierReading {
  size_t index = 0;
  std::string file;  // where it came from
  int line = 0;
  int64_t in = 0;
  std::optional<int64_t> out;
};

// Removes from outcome->batch.visits every reading that repeats an earlier one
// with the same counts (a notice says how many and from where) and rejects
// every reading whose counts differ ("file:line: in: conflicts with
// other.csv:12, which has 45 for the same sensor and interval (47)").
// |earlier| comes from the store; repeats within the file are found here.
void ResolveVisitOverlaps(const std::vector<EarlierReading>& earlier, ImportOutcome* outcome);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_
