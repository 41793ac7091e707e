// Overlapping counter exports: people export "the last three months" every
// month, so the same sensor and interval arrives in several files (and in one
// file when exports were pasted together). Such a reading counts once; a
// different value for it is a conflict the user has to settle.
//
// Readings of different length that overlap (a daily total and hourly
// readings of the same sensor and day) would count the same people twice:
// the reading imported first is kept and the later one rejected, naming both.
//
// A file is resolved chunk by chunk as it is imported (import/import_run.cc):
// readings stored before (other files, earlier chunks) come from the store,
// overlaps inside a chunk are found here.
#ifndef ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_
#define ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/importer.h"

namespace ankerbericht {

// A reading already stored for the same site, sensor and day whose interval
// overlaps that of outcome->batch.visits[index].
struct EarlierReading {
  size_t index = 0;
  std::string file;  // where it came from; "" = earlier in this file
  int line = 0;
  int64_t in = 0;
  std::optional<int64_t> out;
  // Its start and interval when they differ from the reading's (-1: the same
  // start and interval, a repeat).
  int minute = -1;
  int interval_minutes = -1;
};

// What the chunks of one file had in common with stored data, for the notices.
struct OverlapTally {
  std::map<std::string, int> repeated_from;  // file -> readings counted once
  int repeated_inside = 0;
  int dst_merged = 0;
};

// Removes from outcome->batch.visits every reading that repeats an earlier one
// with the same counts (counted in |tally|) and rejects every reading whose
// counts differ ("file:line: in: conflicts with other.csv:12, which has 45
// for the same sensor and interval (47)") or whose interval overlaps an
// earlier reading of another length. |earlier| comes from the store; overlaps
// within the batch are found here, the earlier line winning. The second pass
// through the hour repeated when daylight saving time ends is added to the
// first. The readings that stay are sorted by start, then sensor.
void ResolveVisitChunk(const std::vector<EarlierReading>& earlier, OverlapTally* tally,
                       ImportOutcome* outcome);

// The notices for |tally| ("3 reading(s) were already imported from a.csv ...").
void AddOverlapNotices(const OverlapTally& tally, ImportOutcome* outcome);

// Both at once, for a file mapped in one piece.
void ResolveVisitOverlaps(const std::vector<EarlierReading>& earlier, ImportOutcome* outcome);

// True in the hour that clocks in Germany pass twice: 02:00-03:00 on the last
// Sunday of October (counters writing local time repeat it).
bool InRepeatedDstHour(const Timestamp& t);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_VISIT_OVERLAPS_H_
