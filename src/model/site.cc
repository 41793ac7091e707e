#include "model/site.h"

#include <algorithm>
#include <utility>

#include "util/text.h"

namespace ankerbericht {

const std::vector<GoalArea>& GoalAreas() {
  static const std::vector<GoalArea> kAreas = {
      {"smart_city_information"}, {"digital_education"}, {"craft_education"},
      {"social_aspects"},         {"citizen_proximity"}, {"networking"},
      {"economic_development"},
  };
  return kAreas;
}

std::map<std::string, int> DefaultGoalPriorities(int type) {
  // The aims the study's table 1 gives per type ("Ziele"): information,
  // participation and citizen proximity; digital education; digital and
  // craft education; networking, participation and citizen proximity;
  // economic development, networking and digital education.
  static const std::vector<std::vector<std::string>> kNamed = {
      {"smart_city_information", "citizen_proximity"},
      {"digital_education"},
      {"digital_education", "craft_education"},
      {"networking", "citizen_proximity"},
      {"economic_development", "networking", "digital_education"},
  };
  std::map<std::string, int> priorities;
  if (type < 1 || type > 5) return priorities;
  int next = 1;
  for (const std::string& id : kNamed[type - 1]) priorities[id] = next++;
  for (const GoalArea& g : GoalAreas())
    if (!priorities.count(g.id)) priorities[g.id] = next++;
  return priorities;
}

std::vector<OpeningSlot> Stop::SlotsOn(const Date& day) const {
  std::vector<OpeningSlot> slots;
  if ((!from || day >= *from) && (!to || day <= *to)) {
    for (const OpeningSlot& slot : week)
      if (slot.weekday == day.weekday()) slots.push_back(slot);
  }
  for (const StopDate& d : dates)
    if (d.date == day) slots.push_back({day.weekday(), d.start, d.end});
  return slots;
}

std::vector<OpeningSlot> Site::StopHoursOn(const Stop& stop, const Date& day) const {
  // A weekly pattern without "from" runs from the day the bus started.
  if (opened && day < *opened) return {};
  for (const Closure& c : closures)
    if (day >= c.from && day <= c.to) return {};
  return stop.SlotsOn(day);
}

const Stop* Site::FindStop(const std::string& text) const {
  const std::string key = FoldKey(text);
  for (const Stop& s : stops)
    if (FoldKey(s.id) == key || FoldKey(s.name) == key) return &s;
  return nullptr;
}

std::vector<OpeningSlot> Site::OpeningOn(const Date& day) const {
  for (const Closure& c : closures)
    if (day >= c.from && day <= c.to) return {};
  if (mobile()) {
    // A bus stands at one stop at a time (ReadStops refuses overlaps), so
    // the stops' hours add up to the hours the site was open.
    std::vector<OpeningSlot> slots;
    for (const Stop& stop : stops)
      for (const OpeningSlot& slot : StopHoursOn(stop, day)) slots.push_back(slot);
    std::sort(slots.begin(), slots.end(),
              [](const OpeningSlot& a, const OpeningSlot& b) { return a.start < b.start; });
    return slots;
  }
  const OpeningSchedule* current = nullptr;
  for (const OpeningSchedule& s : opening_hours)
    if (s.valid_from <= day) current = &s;
  if (!current) return {};
  std::vector<OpeningSlot> slots;
  for (const OpeningSlot& slot : current->slots)
    if (slot.weekday == day.weekday()) slots.push_back(slot);
  return slots;
}

const QuestionItem* Site::FindItem(const std::string& id) const {
  for (const QuestionItem& item : questionnaire)
    if (item.id == id) return &item;
  return nullptr;
}

const CustomIndicator* Site::FindCustom(const std::string& id) const {
  for (const CustomIndicator& c : custom_indicators)
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace ankerbericht
