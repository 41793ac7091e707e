// A site ("Ankerort"): its place type and goal areas, opening hours or stops,
// closures, questionnaire, targets and consolidation case. Filled by
// config/workspace_config.h from ankerbericht.json; every stage reads it.
#ifndef ANKERBERICHT_MODEL_SITE_H_
#define ANKERBERICHT_MODEL_SITE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/custom_indicator.h"
#include "model/questionnaire.h"
#include "model/target.h"
#include "model/vorlage.h"
#include "util/date.h"

namespace ankerbericht {

// The seven goal areas of the Difu study ("Zielbereiche"), in the study's
// order. The name is "goal_area.<id>" in the strings tables.
struct GoalArea {
  const char* id;
};
const std::vector<GoalArea>& GoalAreas();

// The goal priorities a place of |type| has when it gives none: the goal
// areas the study names as the type's aims (its table 1) come first in the
// study's order of naming them, the others follow in GoalAreas() order.
// Empty for type 0.
std::map<std::string, int> DefaultGoalPriorities(int type);

// One weekly opening interval.
struct OpeningSlot {
  int weekday = 0;  // 0 = Monday
  int start = 0;    // minutes since midnight
  int end = 0;
};

// A weekly schedule in force from |valid_from| until the next schedule starts.
struct OpeningSchedule {
  Date valid_from;
  std::vector<OpeningSlot> slots;
};

struct Closure {
  Date from;
  Date to;  // inclusive
  std::string reason;
};

// One stop of a mobile site (a bus, a trailer): where it stands and when.
// A stop keeps a weekly pattern (in force from |from| to |to| when given)
// and/or single dates with their hours; the site's closures apply to both.
struct StopDate {
  Date date;
  int start = 0;  // minutes since midnight
  int end = 0;
};

struct Stop {
  std::string id;    // "markt", as tally sheets and event lists may name it
  std::string name;  // "Marktplatz Nord", as reports print it
  std::optional<Date> from;
  std::optional<Date> to;
  std::vector<OpeningSlot> week;
  std::vector<StopDate> dates;

  // The stop's hours on |day| from its pattern and dates, closures not
  // considered (Site::StopHoursOn applies them).
  std::vector<OpeningSlot> SlotsOn(const Date& day) const;
};

struct AgeGroup {
  std::string id;
  std::string label;
  bool target = false;  // the site aims at this age group ("target": true)
};

// The look of a site's reports: the city's colour, logo and corporate font.
struct Branding {
  std::string primary_color;  // "#0072B2"; empty = the default blue
  std::string logo;           // PNG or JPEG, relative to the workspace
  std::string font_regular;   // TrueType files, relative to the workspace
  std::string font_bold;
};

struct Site {
  std::string id;
  Branding branding;
  std::string name;
  std::string municipality;
  int type = 0;  // 1..5, Difu place type
  std::optional<Date> opened;
  std::optional<Date> funding_end;
  std::optional<Date> budget_deadline;
  std::map<std::string, int> goal_priorities;  // goal area id -> 1 (most important)..7
  // True when the place set no priorities and they come from its type
  // (DefaultGoalPriorities).
  bool goal_priorities_from_type = false;
  std::vector<OpeningSchedule> opening_hours;  // sorted by valid_from
  // A mobile site has stops instead of opening hours (docs/mobile.md).
  std::vector<Stop> stops;
  std::vector<Closure> closures;
  std::vector<std::string> target_groups;
  std::vector<AgeGroup> age_groups;
  std::vector<Date> committee_dates;
  std::vector<QuestionItem> questionnaire;
  std::vector<Target> targets;
  // The consolidation case (vorlage_config.h): all optional.
  std::optional<Date> funding_start;
  Vorlage vorlage;
  Kosten kosten;
  std::vector<CustomIndicator> custom_indicators;
  // Which goal areas an indicator or a codebook theme is evidence for, where
  // the team says so; otherwise an indicator counts for its first area only.
  std::map<std::string, std::vector<std::string>> evidence_indicators;
  std::map<std::string, std::vector<std::string>> evidence_themes;
  // The site's keys that importers read ("questionnaire", "age_groups",
  // "opened") as canonical JSON, for the mapping fingerprint.
  std::map<std::string, std::string> import_settings;

  bool mobile() const { return !stops.empty(); }
  // Opening intervals in force on |day| (none on closure days). For a mobile
  // site: the hours of all its stops on that day (none before |opened|).
  std::vector<OpeningSlot> OpeningOn(const Date& day) const;
  // The hours of |stop| on |day| (none on closure days and before |opened|).
  std::vector<OpeningSlot> StopHoursOn(const Stop& stop, const Date& day) const;
  // The stop named |text| by id or by name (case and spaces do not matter);
  // null when there is none.
  const Stop* FindStop(const std::string& text) const;
  const QuestionItem* FindItem(const std::string& id) const;
  const CustomIndicator* FindCustom(const std::string& id) const;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_SITE_H_
