// What a report is made from, as one checksum: `run` renders a report again
// only when this changed or its file is gone (the store keeps the checksum of
// the last rendering per output file).
#ifndef ANKERBERICHT_APP_REPORT_FINGERPRINT_H_
#define ANKERBERICHT_APP_REPORT_FINGERPRINT_H_

#include <string>
#include <vector>

#include "app/workspace.h"
#include "model/period.h"
#include "util/date.h"

namespace ankerbericht {

// Everything a rendering of |spec| reads, besides the program's own code:
struct ReportInputs {
  const ReportSpec* spec = nullptr;
  std::vector<const Site*> sites;       // the site of the report; every site of an overview
  Period period;                        // resolved from spec->period
  Date today;                           // decides the period, the "Stand" and the months left
  std::string template_file;            // the template used (built-in or the team's copy)
  std::vector<std::string> team_texts;  // relative to the workspace (TemplateTeamTexts)
};

// The SHA-256 (hex) of a listing of the inputs: the program's version and the
// size and time of its binary, the report's settings, the period and today,
// the bytes of ankerbericht.json, codebook.json, zitate.json,
// erfolgsfaktoren.json, the template, the team texts (also a site's own copy
// in texte/<site>/) and each site's logo and fonts, and every file imported
// for the sites (path, kind, checksum, rows, time of import). A file that is missing counts as
// missing, so creating it changes the fingerprint. Fails with kInternal only when the store cannot
// list the imported files.
Result<std::string> ReportFingerprint(Workspace* ws, const ReportInputs& inputs);

// The listing that is hashed, one input a line (exposed for tests).
Result<std::string> ReportFingerprintText(Workspace* ws, const ReportInputs& inputs);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_REPORT_FINGERPRINT_H_
