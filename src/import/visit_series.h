// A counter file read as one series per sensor, before its readings are
// checked against stored data (import/visit_overlaps.h) and stored:
//
// - Exports without an interval column get each sensor's interval from the
//   spacing of its timestamps (a 15-minute export stays 15 minutes instead of
//   losing three rows in four as "overlapping" hourly readings). Timestamps
//   without a regular spacing are single crossings of a light barrier
//   ("10:01;1;0", "10:05;1;0"): they are summed into hourly readings. 60
//   minutes is the answer only when nothing else can be told.
// - Missing readings ("na", "n/a", "-", an empty cell) are gaps: never stored,
//   never a rejected row, reported once per sensor and span ("sensor Tür: no
//   readings 03.06.2024 10:00-14:00 (5 intervals)").
//
// A file is settled chunk by chunk like the overlaps (import/import_run.cc);
// a sensor's interval is decided on the first full batch holding it and kept
// for the rest of the file, and the crossings of one hour are summed in one
// chunk (when the file is in time order, as loggers write it).
#ifndef ANKERBERICHT_IMPORT_VISIT_SERIES_H_
#define ANKERBERICHT_IMPORT_VISIT_SERIES_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "import/importer.h"

namespace ankerbericht {

// True for the ways exports write "no value": "", "na", "n/a", "n.a.",
// "nan", "-", "–" (case ignored).
bool IsMissingReading(std::string_view text);

// What one file's series looked like so far.
struct SeriesTally {
  // How a sensor's interval was found.
  enum class Basis { kSpacing, kCrossings, kSingle };
  struct Interval {
    int minutes = 60;
    Basis basis = Basis::kSpacing;
    int64_t crossings = 0;  // kCrossings: rows summed
    int64_t readings = 0;   // kCrossings: hourly readings they gave
  };
  std::map<std::string, Interval> intervals;  // sensor -> its inferred interval

  // A stretch of consecutive missing readings of one sensor.
  struct Gap {
    Timestamp first;  // start of its first interval
    Timestamp last;   // start of its last interval
    int interval_minutes = 60;
    int64_t count = 0;
  };
  std::map<std::string, std::vector<Gap>> gaps;  // sensor -> its gaps in time order
};

// Decides the interval of every sensor of |visits| that has none in |tally|
// yet, from the spacing of its readings there. A sensor with readings at one
// time only is decided (as hourly) only when |final|; otherwise it waits for
// more readings.
void DecideVisitIntervals(SeriesTally* tally, const std::vector<VisitCount>& visits, bool final);

// For a chunk of visits[0, cut): which of its readings must wait for the
// next chunk (1) because their sensor's interval is not decided yet, or
// because they are single crossings of an hour that may go on after them
// (each crossing sensor's last hour in |visits|, and the hours of the
// readings from |cut| on): one hour's crossings are summed in one chunk.
std::vector<char> ReadingsToHold(const SeriesTally& tally, const std::vector<VisitCount>& visits,
                                 size_t cut);

// Gives every reading of outcome->batch.visits marked interval_unknown its
// sensor's interval (decided here on the first chunk that holds the sensor,
// then taken from |tally|), sums single crossings into hourly readings
// (keeping the first crossing's line), and removes the missing readings,
// adding them to the gaps of |tally|. Nothing is rejected here.
void SettleVisitSeries(SeriesTally* tally, ImportOutcome* outcome);

// The notices for |tally|: one per inferred interval, one per gap (at most
// ten per sensor, then one line for the rest).
void AddSeriesNotices(const SeriesTally& tally, ImportOutcome* outcome);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_VISIT_SERIES_H_
