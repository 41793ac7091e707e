#include "app/report_job.h"

#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/report_fingerprint.h"
#include "config/qualitative_files.h"
#include "config/success_factors.h"
#include "document/html_words.h"
#include "document/overview_builder.h"
#include "document/report_builder.h"
#include "evaluate/evaluation.h"
#include "evaluate/site_columns.h"
#include "render/html_renderer.h"
#include "render/pdf_renderer.h"
#include "render/text_dump.h"
#include "util/strings.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

namespace fs = std::filesystem;

Status LoadEvaluationInputs(const Workspace& ws, EvaluateOptions* options) {
  options->privacy_threshold = ws.config.privacy_threshold;
  Result<std::vector<CodebookTheme>> codebook = LoadCodebook(ws.dir);
  if (!codebook.ok()) return codebook.status();
  options->codebook = std::move(*codebook);
  Result<QuoteChoices> choices = LoadQuoteChoices(ws.dir);
  if (!choices.ok()) return choices.status();
  options->quote_choices = std::move(*choices);
  return Status::Ok();
}

std::string InternalFileName(const std::string& path) {
  fs::path p(path);
  std::string stem = p.stem().string();
  if (stem.ends_with("-intern")) return path;
  return (p.parent_path() / (stem + "-intern" + p.extension().string())).string();
}

namespace {

// A team's own copy of a template in WORKSPACE/templates/ wins over the
// built-in one, so the order of sections can change without recompiling.
std::string TemplateDirFor(const Workspace& ws, const ReportSpec& spec) {
  fs::path own = fs::path(ws.dir) / "templates";
  if (fs::exists(own / (spec.template_id + ".json"))) return own.string();
  return DefaultTemplateDir();
}

// spec.output with {site} and {period} replaced, "-intern" for the internal edition.
std::string OutputName(const ReportSpec& spec, const std::string& site_id,
                       const std::string& period_id) {
  std::string output = spec.output;
  output = ReplaceAll(output, "{site}", site_id);
  output = ReplaceAll(output, "{period}", period_id);
  if (spec.internal) output = InternalFileName(output);
  return output;
}

// The sites an overview shows: those |spec| names, else every site.
Result<std::vector<const Site*>> OverviewSites(const Workspace& ws, const ReportSpec& spec) {
  std::vector<const Site*> sites;
  for (const std::string& id : spec.sites) {
    const Site* site = ws.site(id);
    if (!site) return Status::NotFound(CliWords().Format("cli.site.not_in_config", {{"id", id}}));
    sites.push_back(site);
  }
  if (spec.sites.empty())
    for (const Site& site : ws.config.sites) sites.push_back(&site);
  return sites;
}

// One period for all sites: "latest-half" is the latest any of them has.
Result<Period> OverviewPeriod(Workspace* ws, const std::vector<const Site*>& sites,
                              const std::string& expr, Date today) {
  std::optional<Period> period;
  for (const Site* site : sites) {
    Result<Period> p = ResolvePeriod(ws->store.get(), *site, expr, today);
    if (!p.ok()) return p.status();
    if (!period || p->to > period->to) period = *p;
  }
  if (!period)
    return Status::Config(
        CliWords().Format("cli.report.no_overview_sites", {{"file", kConfigFileName}}));
  return *period;
}

// What stands for {site} in an overview's file name.
std::string OverviewOutputId(const ReportSpec& spec) {
  return spec.sites.empty() ? CliWords()("cli.report.all_sites_file") : Join(spec.sites, "-");
}

// Writes |doc| where |spec| says ({site} and {period} replaced by |site_id|
// and |period_id|): as PDF, HTML or text dump.
Result<std::string> WriteJobOutput(Workspace* ws, const ReportSpec& spec, const Document& doc,
                                   const std::string& site_id, const std::string& period_id,
                                   bool output_relative_to_workspace, bool text_dump, Date today) {
  std::string output = OutputName(spec, site_id, period_id);
  fs::path path = output;
  if (output_relative_to_workspace) {
    // The configuration was checked for "/" and ".." already; this also
    // catches a folder inside the workspace that is a link to elsewhere.
    Result<fs::path> inside = ResolveInside(ws->dir, output);
    if (!inside.ok())
      return inside.status().WithContext(
          CliWords().Format("cli.report.output", {{"file", kConfigFileName}}));
    path = *inside;
  }
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec)
    return Status::IOError(
        CliWords().Format("cli.file.cannot_create_folder",
                          {{"path", path.parent_path().string()}, {"reason", ec.message()}}));
  if (text_dump) {
    std::ofstream out(path, std::ios::binary);
    out << DumpDocument(doc);
    if (!out)
      return Status::IOError(CliWords().Format("cli.file.cannot_write", {{"path", path.string()}}));
    return path.string();
  }
  PdfOptions options;
  options.creation_date = today;
  std::vector<Status> warnings;
  if (spec.format == "html") {
    HtmlOptions html;
    html.words = HtmlWordsFor(spec.lang);
    // The charts are laid out with the PDF's font metrics when the font is there.
    if (Result<MeasureFn> measure = FontMeasure(options); measure.ok()) html.measure = *measure;
    ANKER_RETURN_IF_ERROR(WriteHtml(doc, html, path.string(), &warnings));
  } else {
    ANKER_RETURN_IF_ERROR(RenderPdf(doc, options, path.string(), &warnings));
  }
  // A corporate font or logo that cannot be used is replaced, not fatal: the
  // team still gets its report, and is told why it looks different.
  for (const Status& w : warnings)
    std::cerr << CliWords().Format("cli.warning", {{"message", w.message()}}) << "\n";
  return path.string();
}

// A report about one site.
Result<std::string> RenderSiteReport(Workspace* ws, const ReportSpec& spec,
                                     const std::string& template_dir,
                                     bool output_relative_to_workspace, bool text_dump) {
  const Site* site = ws->site(spec.site);
  if (!site)
    return Status::NotFound(CliWords().Format("cli.site.not_in_config", {{"id", spec.site}}));
  Date today = Today();
  Result<Period> period = ResolvePeriod(ws->store.get(), *site, spec.period, today);
  if (!period.ok()) return period.status();
  EvaluateOptions evaluate;
  evaluate.compare = true;
  // The consolidation case and the deck show every half-year since opening
  // and the funding timeline; the half-yearly report can afford them too.
  evaluate.history = true;
  evaluate.today = today;
  evaluate.meeting = spec.meeting;
  // The internal edition may name who said what; its figures stay protected.
  evaluate.internal_texts = spec.internal;
  ANKER_RETURN_IF_ERROR(LoadEvaluationInputs(*ws, &evaluate));
  Result<Evaluation> ev = Evaluate(ws->store.get(), *site, *period, evaluate);
  if (!ev.ok()) return ev.status();
  Result<std::vector<SourceFile>> files = ws->store->Files();
  if (!files.ok()) return files.status();

  ReportInput input;
  input.evaluation = &*ev;
  input.sources = std::move(*files);
  input.lang = spec.lang;
  input.today = today;
  input.workspace_dir = ws->dir;
  input.internal = spec.internal;
  Result<SuccessFactorAssessment> factors = LoadSuccessFactors(ws->dir);
  if (!factors.ok()) return factors.status();
  input.success_factors = std::move(*factors);
  Result<Document> doc = BuildReport(template_dir, spec.template_id, input);
  if (!doc.ok()) return doc.status();

  return WriteJobOutput(ws, spec, *doc, site->id, period->id, output_relative_to_workspace,
                        text_dump, today);
}

// The overview of several sites (a template with "scope": "sites").
Result<std::string> RenderOverviewJob(Workspace* ws, const ReportSpec& spec,
                                      const std::string& template_dir,
                                      bool output_relative_to_workspace, bool text_dump) {
  Result<std::vector<const Site*>> chosen = OverviewSites(*ws, spec);
  if (!chosen.ok()) return chosen.status();
  const std::vector<const Site*>& sites = *chosen;
  Date today = Today();
  Result<Period> period = OverviewPeriod(ws, sites, spec.period, today);
  if (!period.ok()) return period.status();
  // The overview sets places side by side and shows each over its
  // half-years (history); it compares no period with another, so the
  // previous period and the year before are not evaluated for each place.
  // It shows a light part of each place's figures (EvaluateOptions::light):
  // fifty places must not cost fifty half-yearly reports.
  EvaluateOptions evaluate;
  evaluate.history = true;
  evaluate.light = true;
  evaluate.today = today;
  ANKER_RETURN_IF_ERROR(LoadEvaluationInputs(*ws, &evaluate));
  Result<SiteColumns> columns = EvaluateSites(ws->store.get(), sites, *period, evaluate);
  if (!columns.ok()) return columns.status();
  OverviewInput input;
  input.columns = &*columns;
  input.lang = spec.lang;
  input.today = today;
  input.internal = spec.internal;
  Result<Document> doc = BuildOverview(template_dir, spec.template_id, input);
  if (!doc.ok()) return doc.status();
  return WriteJobOutput(ws, spec, *doc, OverviewOutputId(spec), period->id,
                        output_relative_to_workspace, text_dump, today);
}

}  // namespace

bool IsSeveralSitesReport(const Workspace& ws, const std::string& template_id) {
  ReportSpec spec;
  spec.template_id = template_id;
  return IsOverviewTemplate(TemplateDirFor(ws, spec), template_id);
}

std::string SeveralSitesVariant(const Workspace& ws, const std::string& template_id) {
  ReportSpec spec;
  spec.template_id = template_id;
  return SeveralSitesTemplate(TemplateDirFor(ws, spec), template_id);
}

Result<std::string> RenderReportJob(Workspace* ws, const ReportSpec& spec,
                                    bool output_relative_to_workspace, bool text_dump) {
  const std::string template_dir = TemplateDirFor(*ws, spec);
  if (IsOverviewTemplate(template_dir, spec.template_id)) {
    return RenderOverviewJob(ws, spec, template_dir, output_relative_to_workspace, text_dump);
  }
  return RenderSiteReport(ws, spec, template_dir, output_relative_to_workspace, text_dump);
}

Result<RunReportResult> RenderReportIfChanged(Workspace* ws, const ReportSpec& spec) {
  const std::string template_dir = TemplateDirFor(*ws, spec);
  ReportInputs inputs;
  inputs.spec = &spec;
  inputs.today = Today();
  std::string output_id;
  if (IsOverviewTemplate(template_dir, spec.template_id)) {
    Result<std::vector<const Site*>> sites = OverviewSites(*ws, spec);
    if (!sites.ok()) return sites.status();
    inputs.sites = *sites;
    Result<Period> period = OverviewPeriod(ws, inputs.sites, spec.period, inputs.today);
    if (!period.ok()) return period.status();
    inputs.period = *period;
    output_id = OverviewOutputId(spec);
  } else {
    const Site* site = ws->site(spec.site);
    if (!site)
      return Status::NotFound(CliWords().Format("cli.site.not_in_config", {{"id", spec.site}}));
    inputs.sites = {site};
    Result<Period> period = ResolvePeriod(ws->store.get(), *site, spec.period, inputs.today);
    if (!period.ok()) return period.status();
    inputs.period = *period;
    output_id = site->id;
  }
  inputs.template_file = (fs::path(template_dir) / (spec.template_id + ".json")).string();
  Result<std::vector<std::string>> texts = TemplateTeamTexts(template_dir, spec.template_id);
  if (!texts.ok()) return texts.status();
  inputs.team_texts = std::move(*texts);
  // Taken before rendering: a file changed while the report is drawn makes
  // the next run render it again.
  Result<std::string> fingerprint = ReportFingerprint(ws, inputs);
  if (!fingerprint.ok()) return fingerprint.status();

  const std::string output = OutputName(spec, output_id, inputs.period.id);
  Result<fs::path> path = ResolveInside(ws->dir, output);
  if (!path.ok())
    return path.status().WithContext(
        CliWords().Format("cli.report.output", {{"file", kConfigFileName}}));
  Result<std::optional<std::string>> kept = ws->store->RenderedFingerprint(output);
  if (!kept.ok()) return kept.status();
  std::error_code ec;
  if (*kept == *fingerprint && fs::is_regular_file(*path, ec))
    return RunReportResult{path->string(), true};

  Result<std::string> written = RenderReportJob(ws, spec, /*output_relative_to_workspace=*/true);
  if (!written.ok()) return written.status();
  ANKER_RETURN_IF_ERROR(ws->store->SetRenderedFingerprint(output, *fingerprint));
  return RunReportResult{*written, false};
}

}  // namespace ankerbericht
