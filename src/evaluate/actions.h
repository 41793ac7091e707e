// Follows the actions a team decides in its reflections ("- [ ] ...") through
// later notes: an action ticked ("- [x] ...") in a later note counts as done
// on that note's date.
#ifndef ANKERBERICHT_EVALUATE_ACTIONS_H_
#define ANKERBERICHT_EVALUATE_ACTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "model/period.h"
#include "model/records.h"

namespace ankerbericht {

struct TrackedAction {
  std::string text;        // as first written
  std::string owner;       // "@Jonas" without '@'; may be empty
  Date decided;            // date of the note that first lists it
  std::string decided_in;  // that note's title (or kind and date)
  std::optional<Date> due;
  std::optional<Date> done;  // date of the first note that lists it ticked
};

// Tracks actions through |notes| (any order; sorted by date here). The same
// action in several notes is recognised by its text, ignoring case, umlaut
// spelling and punctuation. Actions first seen already ticked are done on
// that day.
std::vector<TrackedAction> TrackActions(std::vector<Note> notes);

struct ActionCounts {
  int decided = 0;  // decided within the period
  int done = 0;     // done within the period
  int open = 0;     // decided by the period's end and not done by then
  int overdue = 0;  // open with a due date before the period's end
};

ActionCounts CountActions(const std::vector<TrackedAction>& actions, const Period& period);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_ACTIONS_H_
