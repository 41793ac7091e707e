#include "model/entry_layout.h"

#include <algorithm>

#include "model/scale.h"

namespace ankerbericht {

namespace {

// The column of the importer's |field|, headed "entry.header.<field>".
EntryColumn Field(const std::string& field, const Strings& words) {
  EntryColumn c;
  c.field = field;
  c.header = words.Get("entry.header." + field);
  return c;
}

}  // namespace

std::vector<EntryColumn> FeedbackEntryColumns(const Site& site, const Strings& words) {
  std::vector<EntryColumn> columns = {Field("id", words), Field("date", words),
                                      Field("event", words)};
  for (const QuestionItem& item : site.questionnaire) {
    EntryColumn c;
    // The item's id is what the importer matches first (feedback_mapper.cc);
    // the question text may be long and change wording between print runs.
    c.header = item.id;
    c.item = item.id;
    c.title = item.text;
    c.choices = AnswerChoices(item, words);
    c.multiple = item.scale == ScaleType::kMulti;
    columns.push_back(std::move(c));
  }
  return columns;
}

std::vector<EntryColumn> TallyEntryColumns(const Site& site, const Strings& words) {
  std::vector<EntryColumn> columns = {Field("date", words)};
  EntryColumn slot = Field("slot", words);
  slot.choices = TallySlots(site);
  columns.push_back(std::move(slot));
  if (site.mobile()) {
    EntryColumn stop = Field("stop", words);
    for (const Stop& s : site.stops) stop.choices.push_back(s.name.empty() ? s.id : s.name);
    columns.push_back(std::move(stop));
  }
  columns.push_back(Field("count", words));
  for (const AgeGroup& g : site.age_groups) {
    EntryColumn c;
    // The label is what the team reads on the paper sheet; the importer
    // matches an age group by its id or its label (AgeGroupColumn).
    c.header = g.label.empty() ? g.id : g.label;
    c.item = g.id;
    c.title = c.header;
    columns.push_back(std::move(c));
  }
  return columns;
}

std::vector<std::string> TallySlots(const Site& site) {
  int first = 24 * 60, last = 0;
  auto take = [&](int start, int end) {
    first = std::min(first, start);
    last = std::max(last, end);
  };
  for (const OpeningSchedule& schedule : site.opening_hours)
    for (const OpeningSlot& s : schedule.slots) take(s.start, s.end);
  for (const Stop& stop : site.stops) {
    for (const OpeningSlot& s : stop.week) take(s.start, s.end);
    for (const StopDate& d : stop.dates) take(d.start, d.end);
  }
  int from = 9, to = 18;
  if (last > first) {
    from = first / 60;
    to = (last + 59) / 60;
  }
  std::vector<std::string> slots;
  for (int h = from; h < to; ++h) slots.push_back(std::to_string(h) + "-" + std::to_string(h + 1));
  return slots;
}

}  // namespace ankerbericht
