#include "evaluate/actions.h"

#include <algorithm>
#include <map>

#include "util/text.h"

namespace ankerbericht {

std::vector<TrackedAction> TrackActions(std::vector<Note> notes) {
  std::stable_sort(notes.begin(), notes.end(),
                   [](const Note& a, const Note& b) { return a.date < b.date; });
  std::vector<TrackedAction> actions;
  std::map<std::string, size_t> by_key;  // folded text -> index
  for (const Note& note : notes) {
    std::string source = note.title.empty() ? note.kind + " " + note.date.ToGerman() : note.title;
    for (const NoteAction& a : note.actions) {
      std::string key = FoldKey(a.text);
      if (key.empty()) continue;
      auto it = by_key.find(key);
      if (it == by_key.end()) {
        TrackedAction t{a.text, a.owner, note.date, source, a.due, std::nullopt};
        if (a.done) t.done = note.date;
        by_key[key] = actions.size();
        actions.push_back(std::move(t));
        continue;
      }
      TrackedAction& t = actions[it->second];
      if (a.done && !t.done) t.done = note.date;
      // A later note may name the owner or the due date the first one lacked.
      if (t.owner.empty()) t.owner = a.owner;
      if (!t.due) t.due = a.due;
    }
  }
  return actions;
}

ActionCounts CountActions(const std::vector<TrackedAction>& actions, const Period& period) {
  ActionCounts c;
  for (const TrackedAction& a : actions) {
    if (period.Contains(a.decided)) ++c.decided;
    if (a.done && period.Contains(*a.done)) ++c.done;
    bool open = a.decided <= period.to && (!a.done || *a.done > period.to);
    if (open) {
      ++c.open;
      if (a.due && *a.due < period.to) ++c.overdue;
    }
  }
  return c;
}

}  // namespace ankerbericht
