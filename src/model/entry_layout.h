// The entry sheets of paper collection: which columns a team types the
// answers of printed feedback forms and tally sheets into. One definition
// for three users: `ankerbericht forms` prints the form and the tally sheet
// from it (document/paper_forms.h), writes the entry workbook with these
// headers and dropdowns (import/entry_workbook.h), and the feedback and tally
// importers recognise the same headers (their FieldSpec aliases are the
// constants below; items and age groups are matched by id and label), so a
// filled entry file imports without any "columns" mapping.
#ifndef ANKERBERICHT_MODEL_ENTRY_LAYOUT_H_
#define ANKERBERICHT_MODEL_ENTRY_LAYOUT_H_

#include <string>
#include <vector>

#include "model/site.h"
#include "util/strings.h"

namespace ankerbericht {

// The headers of the fixed fields, German and English, as the importers'
// alias lists (feedback_mapper.cc, tallies_mapper.cc) recognise them. The
// entry sheets print "entry.header.<field>" of the strings tables, which
// must be one of these (tests/model/entry_layout_test.cc).
// check-words: input vocabulary
namespace entry_header {
inline constexpr const char* kFormNumber = "Bogen-Nr";
inline constexpr const char* kFormNumberEn = "Form no";
inline constexpr const char* kDate = "Datum";
inline constexpr const char* kDateEn = "Date";
inline constexpr const char* kEvent = "Veranstaltung";
inline constexpr const char* kEventEn = "Event";
inline constexpr const char* kSlot = "Zeitfenster";
inline constexpr const char* kSlotEn = "Time slot";
inline constexpr const char* kVisitors = "Besucher";
inline constexpr const char* kVisitorsEn = "Visitors";
inline constexpr const char* kStop = "Haltestelle";
inline constexpr const char* kStopEn = "Stop";
}  // namespace entry_header
// check-words: end

// One column of an entry sheet.
struct EntryColumn {
  std::string header;  // the header cell, recognised by the importer as it is
  std::string field;   // the importer's field ("date", "count"), or "" for an item
  std::string item;    // questionnaire item id or age group id; "" for a field
  std::string title;   // what the column holds in words (question text, age group)
  // The answers the column takes (dropdown and tick boxes), as
  // AnswerChoices() gives them; empty = free entry (a date, a count, text).
  std::vector<std::string> choices;
  bool multiple = false;  // several choices, separated by "; "
};

// The columns of the feedback entry sheet of |site| in the language of |words|: form number,
// date, event, then one column per questionnaire item headed by its id, in
// the questionnaire's order.
std::vector<EntryColumn> FeedbackEntryColumns(const Site& site, const Strings& words);

// The columns of the tally entry sheet: date, time slot (choices: TallySlots),
// the stop for a mobile site (choices: the stop names), visitors, then one
// column per age group headed by its label.
std::vector<EntryColumn> TallyEntryColumns(const Site& site, const Strings& words);

// The hourly time slots a tally sheet counts in ("10-11", "11-12", ...):
// from the earliest opening (or stop) hour to the latest closing hour of any
// weekday in the site's schedules; 9-18 when the site gives no hours.
std::vector<std::string> TallySlots(const Site& site);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_ENTRY_LAYOUT_H_
