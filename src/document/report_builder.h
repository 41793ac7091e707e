// Builds a report Document from a template (templates/<id>.json) and an
// Evaluation. The template says what goes where; this file knows how each kind
// of section is filled with figures; the renderer knows how to draw it.
#ifndef ANKERBERICHT_DOCUMENT_REPORT_BUILDER_H_
#define ANKERBERICHT_DOCUMENT_REPORT_BUILDER_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "evaluate/evaluation.h"
#include "model/source_file.h"
#include "model/success_factors.h"

namespace ankerbericht {

struct ReportInput {
  const Evaluation* evaluation = nullptr;  // REQUIRES: evaluated with compare = true
  std::vector<SourceFile> sources;         // every imported file (appendix)
  std::string lang = "de";
  Date today;  // "Stand der Daten"
  // The workspace folder: "markdown" sections read the team's texts from here.
  std::string workspace_dir = ".";
  // The team's self-assessment (erfolgsfaktoren.json) for "success_factors".
  SuccessFactorAssessment success_factors;
  // The internal edition names people (speakers with their ratings, action
  // owners) and shows file names and checksums; it is marked as not for
  // publication on every page. The default, public edition names no one and
  // shows nothing of the software.
  bool internal = false;
};

// Reads the template |template_id| from |template_dir| ("<dir>/<id>.json").
// Fails with kNotFound for an unknown template (naming the folder) and kConfig
// for a malformed one ("file: $.sections[3].type: unknown section type").
Result<Document> BuildReport(const std::string& template_dir, const std::string& template_id,
                             const ReportInput& input);

// The team texts that template |template_id| in |template_dir| prints: the
// "file" of every section, as written there (relative to the workspace), each
// followed by its English version ("texte/x.md", "texte/x.en.md"), which an
// English report prints instead when it exists. `run` fingerprints them to see
// whether a report must be rendered again. Fails as BuildReport does for a
// missing or malformed template.
Result<std::vector<std::string>> TemplateTeamTexts(const std::string& template_dir,
                                                   const std::string& template_id);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_REPORT_BUILDER_H_
