// The privacy rule for the list of events: each held event's participants are
// a count of people, shown per event in the reports (halbjahresbericht,
// jahresbericht), and the same counts add up to totals that are published
// too: per format (events.participants_by_format) and for the period
// (events.participants). A single hidden count in such a group would come back
// as the total minus the counts shown, so each group is protected as a
// breakdown is (SuppressSmallCounts): at least two counts hidden that hold at
// least k together, no "< k" count provably 2 or more and no "x" count pinned
// to one value (HiddenCellsAreNarrowed), else the total goes.
#ifndef ANKERBERICHT_EVALUATE_EVENT_PRIVACY_H_
#define ANKERBERICHT_EVALUATE_EVENT_PRIVACY_H_

#include <vector>

#include "evaluate/privacy.h"
#include "model/records.h"

namespace ankerbericht {

struct EventParticipantsProtection {
  // One per event, in the order given: kNone (shown as counted), kSmall
  // (1..k-1, "< k") or kComplementary (hidden so that no total reveals a
  // small count, "x"). Events not held or without a count are kNone: the
  // list shows no number for them, and no total holds them.
  std::vector<Suppression> per_event;
  // The events of the formats hidden in the breakdown cannot protect
  // themselves against the period total (all of them hidden, and a count
  // still follows): the caller withholds the period total
  // (events.participants and the breakdown's total) as well.
  bool hide_total = false;
};

// Protects the participants of |events| (a period's, ordered as the list
// shows them) with threshold |k| (pure but for |by_format|). The groups with
// a published total are the formats whose cell of |by_format| (the protected
// events.participants_by_format breakdown) is shown, and the events of all
// formats hidden there together (their sum is the period total minus the
// formats shown). Where a group cannot be protected by its events alone,
// its format cell is hidden in |by_format| too (SuppressSmallCounts again),
// which moves its events to the second group. Further counts are hidden
// smallest first, then by earliest date, then by event id. |by_format| may
// be null (no breakdown published): then only the period total counts.
EventParticipantsProtection ProtectEventParticipants(int k, const std::vector<Event>& events,
                                                     Breakdown* by_format);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_EVENT_PRIVACY_H_
