// Builds the overview report (templates/uebersicht.json) for a city office
// that steers several places: their key figures side by side, their
// development, events, feedback, targets and themes across the places, and
// a short page per place. Like BuildReport, the template says what goes
// where and holds the words; the figures come from one SiteColumns, so the
// overview shows exactly what `figures --site a,b --json` prints.
#ifndef ANKERBERICHT_DOCUMENT_OVERVIEW_BUILDER_H_
#define ANKERBERICHT_DOCUMENT_OVERVIEW_BUILDER_H_

#include <string>

#include "document/document.h"
#include "evaluate/site_columns.h"

namespace ankerbericht {

struct OverviewInput {
  const SiteColumns* columns = nullptr;  // REQUIRES: evaluated with history
  std::string lang = "de";
  Date today;             // "Stand der Daten"
  bool internal = false;  // marked on every page, as the other documents
};

// True when the template |template_id| in |template_dir| is about several
// sites ("scope": "sites" in the template); false for the one-site reports
// and for templates that cannot be read (BuildReport reports those).
bool IsOverviewTemplate(const std::string& template_dir, const std::string& template_id);

// The template of the same report for several sites, which a one-site
// template names under "several_sites" (jahresbericht: "jahresbericht-orte");
// "" when it names none or cannot be read.
std::string SeveralSitesTemplate(const std::string& template_dir, const std::string& template_id);

// Builds the document. Fails with kNotFound for a missing template and
// kConfig for a malformed one ("file: $.sections[3].type: unknown section
// type ..."), like BuildReport.
Result<Document> BuildOverview(const std::string& template_dir, const std::string& template_id,
                               const OverviewInput& input);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_OVERVIEW_BUILDER_H_
