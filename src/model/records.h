// The model in the middle of the pipeline: what importers produce, what the
// store keeps and what the evaluation reads. Plain structs, no behaviour.
//
// Every record remembers the line of its source file it came from, so a later
// stage can still point the user at the exact spot.
#ifndef ANKERBERICHT_MODEL_RECORDS_H_
#define ANKERBERICHT_MODEL_RECORDS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/date.h"

namespace ankerbericht {

// The six kinds of input a site feeds in.
enum class InputKind { kVisits, kTallies, kEvents, kFeedback, kNotes, kVotes };

// "visits", "tallies", ... as used on the command line and in the config.
const char* InputKindName(InputKind kind);
std::optional<InputKind> ParseInputKind(const std::string& name);

// One counter reading: people counted by one sensor in one interval of at
// least one minute.
struct VisitCount {
  std::string sensor;  // "" when the export has one sensor only
  Timestamp start;
  int interval_minutes = 60;
  int64_t in = 0;
  std::optional<int64_t> out;
  int line = 0;
  // The export says nothing of the interval (no interval column): the import
  // infers it from the spacing of the sensor's timestamps before the reading
  // is stored (import/visit_series.h).
  bool interval_unknown = false;
  // No value for this sensor and interval ("na", "-", an empty cell): a gap
  // in the series, reported in the import summary and never stored.
  bool missing = false;
};

// One row of a manual tally sheet: visitors counted by hand in a time slot.
struct Tally {
  Date date;
  std::optional<int> slot_start;  // minutes since midnight
  std::optional<int> slot_end;
  int64_t count = 0;
  std::map<std::string, int64_t> age_counts;  // age group id -> count
  std::string stop;                           // mobile sites: the stop's id; "" when not known
  int line = 0;
};

enum class EventStatus { kHeld, kCancelled };

struct Event {
  std::string id;
  Date date;
  std::optional<int> start;  // minutes since midnight
  std::optional<int> end;
  std::string title;
  std::string format;  // "Workshop", "Vortrag", ...
  std::vector<std::string> topics;
  std::vector<std::string> target_groups;
  std::vector<std::string> speakers;
  std::vector<std::string> partners;
  std::optional<int64_t> registrations;
  std::optional<int64_t> participants;
  std::optional<int64_t> capacity;
  std::string location;  // "vor Ort", "mobil", "extern"
  EventStatus status = EventStatus::kHeld;
  std::map<std::string, int64_t> age_counts;
  std::string stop;  // mobile sites: the stop's id; "" when not known
  int line = 0;
};

enum class Channel { kPaper, kDigital };
const char* ChannelName(Channel c);  // "paper" / "digital"

// One filled-in feedback form. Answers are kept as written (raw text) per
// questionnaire item; the evaluation interprets them through the item's scale.
struct FeedbackResponse {
  std::string response_id;  // may be empty for paper forms
  Date date;
  std::string event_id;  // empty when not linked to an event
  Channel channel = Channel::kPaper;
  std::map<std::string, std::string> answers;  // item id -> raw answer
  // item id -> the scale name ("grade6") the source asked the item on, where
  // that is not the item's own scale (a source's "items" in the configuration).
  std::map<std::string, std::string> answer_scales;
  int line = 0;
};

struct NoteAction {
  std::string text;
  bool done = false;
  std::string owner;
  std::optional<Date> due;
  int line = 0;
};

struct NoteSection {
  std::string title;
  std::string text;
  int line = 0;
};

// A Markdown note: team reflection, speaker interview, short interview.
struct Note {
  Date date;
  std::string kind;  // "reflexion", "interview-referent", "kurzinterview", "sonstiges"
  std::string title;
  std::vector<std::string> event_ids;
  std::vector<std::string> authors;
  bool quote_consent = false;
  std::vector<NoteSection> sections;
  std::vector<std::string> tags;  // without '#'
  std::vector<NoteAction> actions;
};

// Sticker dots on one wish on one day.
struct Vote {
  Date date;
  std::string wish;
  int64_t dots = 0;
  int line = 0;
};

// Everything one input file contributed. Exactly one of the vectors is filled,
// matching the file's kind.
struct ImportBatch {
  std::vector<VisitCount> visits;
  std::vector<Tally> tallies;
  std::vector<Event> events;
  std::vector<FeedbackResponse> feedback;
  std::vector<Note> notes;
  std::vector<Vote> votes;

  size_t size() const {
    return visits.size() + tallies.size() + events.size() + feedback.size() + notes.size() +
           votes.size();
  }
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_RECORDS_H_
