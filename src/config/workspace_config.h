// The workspace configuration: the sites, their questionnaires, opening hours
// and targets, the input sources and the reports to render. Read from the
// commented JSON file ankerbericht.json at the root of a workspace.
#ifndef ANKERBERICHT_CONFIG_WORKSPACE_CONFIG_H_
#define ANKERBERICHT_CONFIG_WORKSPACE_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/privacy_rule.h"
#include "model/records.h"
#include "model/site.h"
#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

inline constexpr const char* kConfigFileName = "ankerbericht.json";
inline constexpr const char* kDatabaseFileName = "ankerbericht.db";

struct SourceSpec {
  std::string path;  // file or glob, relative to the workspace
  InputKind kind = InputKind::kVisits;
  std::string format;  // "" = auto
  std::string site;
  std::string channel;                         // feedback: default channel for rows without one
  std::map<std::string, std::string> columns;  // field -> header in the file
  // The whole entry but its "path", as canonical JSON (util/json_file.h):
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
