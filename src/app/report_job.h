// One report from start to PDF: resolve the period, evaluate, build the
// document from its template, render. Shared by `report` and `run`.
#ifndef ANKERBERICHT_APP_REPORT_JOB_H_
#define ANKERBERICHT_APP_REPORT_JOB_H_

#include <string>

#include "app/workspace.h"
#include "evaluate/evaluation.h"

namespace ankerbericht {

// Fills |options| with what the workspace adds to an evaluation: the privacy
// threshold, the codebook and the quote choices. Fails with kConfig when
// codebook.json or zitate.json is invalid.
Status LoadEvaluationInputs(const Workspace& ws, EvaluateOptions* options);

// Renders |spec| and returns the path written. {site} and {period} in
// spec.output are replaced; with |output_relative_to_workspace| the path is
// taken relative to the workspace folder. Missing folders are created.
// An internal edition (spec.internal) gets "-intern" before the file's
// extension ("x.pdf" -> "x-intern.pdf"), so it cannot pass for the public one.
// With |text_dump| the document is written as its plain-text dump
// (render/text_dump.h) instead of a PDF, for golden tests and proofreading;
// with spec.format "html" as the accessible web page (render/html_renderer.h).
// "berichte/x.pdf" -> "berichte/x-intern.pdf" (pure; exposed for tests).
std::string InternalFileName(const std::string& path);

// Whether |template_id| (the workspace's own template, else the built-in one)
// is a report of several sites, and the template of the same report for
// several sites ("jahresbericht" -> "jahresbericht-orte"; "" when there is none).
bool IsSeveralSitesReport(const Workspace& ws, const std::string& template_id);
std::string SeveralSitesVariant(const Workspace& ws, const std::string& template_id);

Result<std::string> RenderReportJob(Workspace* ws, const ReportSpec& spec,
                                    bool output_relative_to_workspace, bool text_dump = false);

// What `run` did with one report.
struct RunReportResult {
  std::string path;        // the output file
  bool unchanged = false;  // its inputs are as at its last rendering: not rendered again
};

// For `run`: renders |spec| (relative to the workspace) unless the file exists
// and the fingerprint of its inputs (app/report_fingerprint.h) is the one kept
// in the store from its last rendering; after a rendering the new fingerprint
// is kept. Fails as RenderReportJob does, or when the store cannot keep the
// fingerprint (the report is written all the same, and rendered again next time).
Result<RunReportResult> RenderReportIfChanged(Workspace* ws, const ReportSpec& spec);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_REPORT_JOB_H_
