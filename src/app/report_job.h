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

Result<std::string> RenderReportJob(Workspace* ws, const ReportSpec& spec,
                                    bool output_relative_to_workspace, bool text_dump = false);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_REPORT_JOB_H_
