// The workspace configuration: the sites, their questionnaires, opening hours
// and targets, the input sources and the reports to render. Read from the
// commented JSON file ankerbericht.json at the root of a workspace.
#ifndef ANKERBERICHT_CONFIG_WORKSPACE_CONFIG_H_
#define ANKERBERICHT_CONFIG_WORKSPACE_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/vorlage_config.h"
#include "model/privacy_rule.h"
#include "model/records.h"
#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

inline constexpr const char* kConfigFileName = "ankerbericht.json";
inline constexpr const char* kDatabaseFileName = "ankerbericht.db";

// The seven goal areas of the Difu study ("Zielbereiche"), in the study's order.
struct GoalArea {
  const char* id;
  const char* label_de;
  const char* label_en;
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

enum class ScaleType { kAgree5, kGrade6, kYesNo, kScale10, kSingle, kMulti, kText };
const char* ScaleTypeName(ScaleType t);
// The scale named |name| ("agree5", "grade6", ...); nullopt for any other name.
std::optional<ScaleType> ParseScaleType(const std::string& name);

struct QuestionItem {
  std::string id;
  std::string text;
  ScaleType scale = ScaleType::kAgree5;
  std::string role;                 // "recommend" or empty
  std::vector<std::string> labels;  // answer labels, lowest value first (agree5 and single)
};

// A target for one indicator: the value should lie in [min, max] (either
// bound may be missing). Without |period| it applies to every period; with a
// period id ("2026-H1", "2026") only to that period, and it then wins over a
// general target for the same indicator.
struct Target {
  std::string indicator;  // an indicator id, e.g. "events.fill_rate"
  std::optional<double> min;
  std::optional<double> max;
  std::string period;        // "" = every period
  double near_percent = 10;  // within this many percent of a bound counts as "near"
  std::string path;          // JSON path of the entry, for messages
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

struct SourceSpec {
  std::string path;  // file or glob, relative to the workspace
  InputKind kind = InputKind::kVisits;
  std::string format;  // "" = auto
  std::string site;
  std::string channel;                         // feedback: default channel for rows without one
  std::map<std::string, std::string> columns;  // field -> header in the file
  // The whole entry but its "path", as canonical JSON (config/json_file.h):
  // how the files are read (format, channel, columns and whatever a later
  // key adds). Part of the mapping fingerprint (import/mapping_fingerprint.h).
  std::string settings;
  // Feedback: how this source asks questionnaire items ("items": {"empfehlen":
  // "EMPF"} or {"empfehlen": {"column": "Weiterempfehlung", "scale": "grade6"}}).
  struct ItemSource {
    std::string column;              // header in the file; "" = matched by the item's id or text
    std::optional<ScaleType> scale;  // nullopt = the item's own scale
  };
  std::map<std::string, ItemSource> items;  // item id -> how this source asks it
};

struct ReportSpec {
  std::string template_id;
  std::string site;
  // The overview (template "uebersicht", or any report given "sites"): the
  // sites it sets side by side, in this order; empty = every site.
  std::vector<std::string> sites;
  std::string period;  // period expression or "latest-half"
  std::string output;  // relative path; {site} and {period} are replaced
  std::string lang = "de";
  // The internal edition (names, file names; marked "Nur für den internen
  // Gebrauch"); set by `report --internal` and `run --internal`, never by
  // the configuration, so a public paper is what a plain run writes.
  bool internal = false;
  // "pdf" (the default) or "html": the accessible, self-contained web page
  // drawn from the same document (render/html_renderer.h).
  std::string format = "pdf";
  // The meeting the paper or deck is for; nullopt = the next meeting that
  // can still decide (see evaluate/funding_timeline.h).
  std::optional<Date> meeting;
};

struct WorkspaceConfig {
  std::string root;  // the workspace folder
  int privacy_threshold = kDefaultPrivacyThreshold;
  std::vector<Site> sites;
  std::vector<SourceSpec> sources;
  std::vector<ReportSpec> reports;

  const Site* FindSite(const std::string& id) const;
};

// Parses the JSON text of a configuration. |file| is used in messages. Fails
// with kConfig: "file: $.sites[0].type: must be a whole number from 1 to 5
// (found "x")" — the JSON path of the offending value and a hint.
Result<WorkspaceConfig> ParseWorkspaceConfig(const std::string& json_text, const std::string& file);

// Reads DIR/ankerbericht.json. Fails with kNotFound when the file is missing
// (the message suggests `ankerbericht init`), kConfig when it is invalid.
Result<WorkspaceConfig> LoadWorkspaceConfig(const std::string& workspace_dir);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_WORKSPACE_CONFIG_H_
