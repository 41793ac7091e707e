// `ankerbericht init`, `run`, `sources` and `check`: working with a whole workspace.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "app/cli_options.h"
#include "app/commands.h"
#include "app/exit_status.h"
#include "app/progress.h"
#include "app/report_job.h"
#include "config/success_factors.h"
#include "document/report_builder.h"
#include "evaluate/period_data.h"
#include "evaluate/targets.h"
#include "import/mapping_fingerprint.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace fs = std::filesystem;

namespace {

// Events first: feedback and notes are linked to events by id.
int KindOrder(InputKind kind) {
  switch (kind) {
    case InputKind::kEvents:
      return 0;
    case InputKind::kVisits:
      return 1;
    case InputKind::kTallies:
      return 2;
    case InputKind::kVotes:
      return 3;
    case InputKind::kFeedback:
      return 4;
    case InputKind::kNotes:
      return 5;
  }
  return 6;
}

const CommandHelp kInitHelp = {"cli.help.init"};

const CommandHelp kRunHelp = {"cli.help.run"};

const CommandHelp kSourcesHelp = {"cli.help.sources"};

const CommandHelp kCheckHelp = {"cli.help.check"};

bool ParseWorkspaceOnly(const std::vector<std::string>& args, const CommandHelp& help,
                        po::variables_map* vm, int* exit_code) {
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  po::positional_options_description positional;
  return ParseCommandLine(args, options, positional, help, vm, exit_code);
}

}  // namespace

int RunInit(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  options.add_options()("help,h", OptionText("cli.option.help"))(
      "dir", po::value<std::string>()->required(), OptionText("cli.option.init.dir"));
  po::positional_options_description positional;
  positional.add("dir", 1);
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kInitHelp, &vm, &exit_code)) return exit_code;
  fs::path dir = vm["dir"].as<std::string>();
  fs::path config = dir / kConfigFileName;
  if (fs::exists(config)) {
    return ReportError(
        Status::Usage(CliWords().Format("cli.init.exists", {{"path", config.string()}})));
  }
  std::error_code ec;
  for (const char* sub : {"daten/zaehler", "daten/strichlisten", "daten/feedback", "daten/notizen",
                          "texte", "berichte"}) {
    fs::create_directories(dir / sub, ec);
    if (ec) return ReportError(Status::IOError((dir / sub).string() + ": " + ec.message()));
  }
  // The configuration and the success-factor self-assessment, both commented
  // templates the team fills in.
  for (const char* name : {kConfigFileName, kSuccessFactorsFileName}) {
    fs::path source = fs::path(DefaultTemplateDir()) / "workspace" / name;
    fs::copy_file(source, dir / name, ec);
    if (ec) {
      return ReportError(Status::IOError(
          CliWords().Format("cli.init.cannot_copy", {{"path", (dir / name).string()},
                                                     {"source", source.string()},
                                                     {"reason", ec.message()}})));
    }
  }
  std::cout << CliWords().Format("cli.init.created", {{"dir", dir.string()}}) << "\n"
            << CliWords().Format("cli.init.next", {{"config", config.string()},
                                                   {"data", (dir / "daten").string()},
                                                   {"dir", dir.string()}})
            << "\n";
  return 0;
}

namespace {

// Checks every source's mapping before anything is read: a broken mapping
// would refuse files or read them wrongly, and the reports would look
// complete. Returns kExitOk, or (after saying what to correct) the exit code
// of the last broken entry.
int CheckSourceMappings(const Workspace& ws) {
  int config_errors = 0;
  int config_exit = kExitOk;
  for (const SourceSpec& s : ws.config.sources) {
    Status mapping = CheckSourceMapping(s, ws.config.FindSite(s.site));
    if (mapping.ok()) continue;
    config_exit = ReportError(mapping);
    ++config_errors;
  }
  const Strings& words = CliWords();
  if (config_errors > 0) {
    std::cerr << words("cli.run.config_errors") << "\n";
    return config_exit;
  }
  return kExitOk;
}

// Imports every file the sources match, kind by kind, and prints a summary.
// Returns how many files could not be imported; *result takes the exit code
// of each failure.
size_t ImportSources(Workspace* ws, bool quiet, int* result) {
  const Strings& words = CliWords();
  std::vector<const SourceSpec*> sources;
  for (const SourceSpec& s : ws->config.sources) sources.push_back(&s);
  std::stable_sort(sources.begin(), sources.end(), [](const SourceSpec* a, const SourceSpec* b) {
    return KindOrder(a->kind) < KindOrder(b->kind);
  });
  std::vector<std::pair<const SourceSpec*, std::string>> jobs;
  for (const SourceSpec* s : sources) {
    std::vector<std::string> files = SourceFiles(*ws, *s);
    if (files.empty())
      std::cerr << words.Format("cli.run.source_no_file", {{"path", s->path}}) << "\n";
    for (const std::string& f : files) jobs.emplace_back(s, f);
  }

  size_t added = 0, reread = 0, unchanged = 0, rejected = 0, failed = 0;
  const bool on_terminal = ProgressLine::ShowOnStderr(quiet);
  ProgressLine progress(&std::cerr, on_terminal);
  for (size_t i = 0; i < jobs.size(); ++i) {
    const auto& [source, file] = jobs[i];
    // Where run is, on a terminal only (issue 17): a log or CI keeps the
    // summary line each file gets below.
    if (on_terminal)
      std::cerr << "[" << i + 1 << "/" << jobs.size() << "] " << ws->Relative(file) << "\n";
    progress.StartFile(i + 1, jobs.size(), ws->Relative(file));
    ImportRequest request;
    request.progress = progress.RowsCallback();
    request.path = file;
    request.kind = source->kind;
    request.site = source->site;
    request.format = source->format;
    request.source = source;
    Result<ImportReport> report = ImportOneFile(&*ws, request);
    progress.Clear();
    if (!report.ok()) {
      *result = ReportError(report.status());
      ++failed;
      continue;
    }
    PrintImportReport(*report, false);
    (report->action == ImportAction::kUnchanged ? unchanged
     : report->reread != Reread::kNo            ? reread
                                                : added)++;
    rejected += report->outcome.rejected.size();
  }
  std::cerr << words.Format("cli.run.imported", {{"added", std::to_string(added)}});
  if (reread > 0)
    std::cerr << words.Format("cli.run.imported_reread", {{"reread", std::to_string(reread)}});
  std::cerr << words.Format("cli.run.imported_rejected", {{"unchanged", std::to_string(unchanged)},
                                                          {"rows", std::to_string(rejected)}})
            << "\n";
  return failed;
}

// Renders the configured reports (with |internal| each one's internal
// edition too) whose inputs changed since they were written; *result takes
// the exit code of each failure.
void RenderReports(Workspace* ws, bool internal, int* result) {
  const Strings& words = CliWords();
  std::vector<ReportSpec> reports;
  for (const ReportSpec& spec : ws->config.reports) {
    reports.push_back(spec);
    if (!internal) continue;
    reports.push_back(spec);
    reports.back().internal = true;
  }
  size_t rendered = 0, kept = 0;
  for (const ReportSpec& spec : reports) {
    std::string for_sites = !spec.site.empty()   ? spec.site
                            : spec.sites.empty() ? words("cli.run.all_sites")
                                                 : Join(spec.sites, ", ");
    std::cerr << words.Format("cli.run.report",
                              {{"template", spec.template_id},
                               {"edition", spec.internal ? words("cli.run.internal_edition") : ""},
                               {"sites", for_sites},
                               {"period", spec.period}})
              << "\n";
    Result<RunReportResult> done = RenderReportIfChanged(&*ws, spec);
    if (!done.ok()) {
      *result = ReportError(done.status());
      continue;
    }
    // The team reads this beside its German reports; nothing that went into
    // the report changed, so the file is the one from before.
    if (done->unchanged) {
      std::cerr << words.Format("cli.run.kept", {{"path", ws->Relative(done->path)}}) << "\n";
      ++kept;
    } else {
      std::cerr << words.Format("cli.report.wrote", {{"path", ws->Relative(done->path)}}) << "\n";
      ++rendered;
    }
  }
  if (!reports.empty()) {
    std::cerr << words.Format("cli.run.reports_done", {{"rendered", std::to_string(rendered)},
                                                       {"kept", std::to_string(kept)}})
              << (kept > 0 ? words("cli.run.reports_kept_why") : std::string()) << "\n";
  }
}

}  // namespace

int RunRun(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  options.add_options()("internal", OptionText("cli.option.run.internal"))(
      "quiet,q", OptionText("cli.option.quiet"));
  po::positional_options_description positional;
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kRunHelp, &vm, &exit_code)) return exit_code;
  const bool internal = vm.count("internal") > 0;
  Result<Workspace> ws =
      OpenWorkspaceForUpdate(vm["workspace"].as<std::string>(), "ankerbericht run");
  if (!ws.ok()) return ReportError(ws.status());

  if (int exit = CheckSourceMappings(*ws); exit != kExitOk) return exit;
  int result = kExitOk;
  if (size_t failed = ImportSources(&*ws, vm.count("quiet") > 0, &result); failed > 0) {
    // A report from half-known data would look complete; the PDFs of the
    // last good run stay as they are.
    std::cerr << CliWords().Format("cli.run.import_failed", {{"failed", std::to_string(failed)}})
              << "\n";
    return result;
  }
  RenderReports(&*ws, internal, &result);
  return result;
}

int RunSources(const std::vector<std::string>& args) {
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseWorkspaceOnly(args, kSourcesHelp, &vm, &exit_code)) return exit_code;
  Result<Workspace> ws = OpenWorkspace(vm["workspace"].as<std::string>());
  if (!ws.ok()) return ReportError(ws.status());
  Result<std::vector<SourceFile>> files = ws->store->Files();
  if (!files.ok()) return ReportError(files.status());
  if (files->empty()) {
    std::cout << CliWords()("cli.sources.none") << "\n";
    return 0;
  }
  std::cout << CliWords()("cli.sources.header") << "\n";
  for (const SourceFile& f : *files) {
    std::cout << f.site << "\t" << InputKindName(f.kind) << "\t" << f.path << "\t"
              << f.rows_imported << "\t" << f.rows_rejected << "\t" << f.encoding << "\t"
              << f.imported_at << "\t" << f.hash << "\n";
  }
  return 0;
}

namespace {

// How the questions of a feedback file are matched to the questionnaire
// (header -> item, on which scale, and how), so a site with several forms
// sees that every form's question lands on the item meant. Returns the number
// of problems printed (a file that cannot be read, items without a column).
int PrintItemMatching(const Workspace& ws, const SourceSpec& source, const std::string& path) {
  const std::string rel = ws.Relative(path);
  Result<ImportOutcome> outcome = ReadWithoutStoring(ws, source, path);
  if (!outcome.ok()) {
    std::cout << outcome.status().message() << "\n";
    return 1;
  }
  for (const std::string& m : outcome->extra_columns) std::cout << rel << ": " << m << "\n";
  for (const std::string& n : outcome->missing_question_columns)
    std::cout << rel << ": " << n << "\n";
  if (!outcome->unused_columns.empty()) std::cout << rel << ": " << outcome->unused_columns << "\n";
  int problems = static_cast<int>(outcome->missing_question_columns.size());
  const size_t items = outcome->extra_columns.size();
  const Site* site = ws.config.FindSite(source.site);
  if (items == 0 && site && !site->questionnaire.empty()) {
    std::cout << CliWords().Format("cli.check.no_item_column", {{"file", rel}}) << "\n";
    ++problems;
  }
  return problems;
}

}  // namespace

namespace {

// The configuration's problems that `check` lists first: source mappings
// and targets; prints them, or that ankerbericht.json is fine.
std::vector<std::string> CheckConfiguration(const Workspace& ws) {
  const Strings& words = CliWords();
  std::vector<std::string> config_problems;
  for (const SourceSpec& s : ws.config.sources) {
    Status mapping = CheckSourceMapping(s, ws.config.FindSite(s.site));
    if (!mapping.ok()) config_problems.push_back(mapping.message());
  }
  for (const Site& site : ws.config.sites) {
    Status targets = ValidateTargets(site);
    if (!targets.ok())
      config_problems.push_back(words.Format("cli.check.targets_of",
                                             {{"site", site.id}, {"problem", targets.message()}}));
  }
  if (config_problems.empty()) {
    std::cout << words.Format("cli.check.config_ok",
                              {{"sites", std::to_string(ws.config.sites.size())},
                               {"sources", std::to_string(ws.config.sources.size())},
                               {"reports", std::to_string(ws.config.reports.size())}})
              << "\n";
  }
  for (const std::string& p : config_problems)
    std::cout << CliWords().Format("cli.check.config_problem", {{"problem", p}}) << "\n";

  return config_problems;
}

// Compares every file the sources match with its import: not imported, changed,
// read with another mapping, rows rejected. Adds each point to *problems and
// each file whose rows were refused to *files_with_rejections.
void CheckFiles(const Workspace& ws, const std::vector<SourceFile>& imported, int* problems,
                int* files_with_rejections) {
  const Strings& words = CliWords();
  for (const SourceSpec& s : ws.config.sources) {
    std::vector<std::string> files = SourceFiles(ws, s);
    if (files.empty()) {
      std::cout << words.Format("cli.check.source_no_file", {{"path", s.path}}) << "\n";
      ++*problems;
    }
    const Site* site = ws.site(s.site);
    const std::string mapping = site ? MappingFingerprint(s.kind, *site, &s, s.format) : "";
    for (const std::string& f : files) {
      std::string rel = ws.Relative(f);
      if (s.kind == InputKind::kFeedback) *problems += PrintItemMatching(ws, s, f);
      auto it = std::find_if(imported.begin(), imported.end(), [&](const SourceFile& sf) {
        return sf.path == rel && sf.kind == s.kind && sf.site == s.site;
      });
      Result<std::string> hash = HashFile(f);
      auto same = std::find_if(imported.begin(), imported.end(), [&](const SourceFile& sf) {
        return hash.ok() && sf.hash == *hash && sf.kind == s.kind && sf.site == s.site;
      });
      if (it == imported.end() && same != imported.end()) {
        std::cout << words.Format("cli.check.file_same_content",
                                  {{"file", rel}, {"other", same->path}})
                  << "\n";
      } else if (it == imported.end()) {
        std::cout << words.Format("cli.check.file_not_imported", {{"file", rel}}) << "\n";
      } else if (hash.ok() && *hash != it->hash) {
        std::cout << words.Format("cli.check.file_changed", {{"file", rel}}) << "\n";
      } else if (it->mapping != mapping && (!it->mapping.empty() || it->rows_rejected > 0)) {
        // As ImportOneFile decides (app/workspace.cc): `run` will read it again.
        std::cout << words.Format("cli.check.file_mapping_changed", {{"file", rel}});
        if (it->rows_rejected > 0) {
          std::cout << words.Format("cli.check.file_mapping_rejected",
                                    {{"rows", std::to_string(it->rows_rejected)}});
        }
        std::cout << words("cli.check.file_mapping_reread") << "\n";
        ++*problems;
        *files_with_rejections += it->rows_rejected > 0;
      } else if (it->rows_rejected > 0) {
        std::cout << words.Format("cli.check.file_rejected",
                                  {{"file", rel}, {"rows", std::to_string(it->rows_rejected)}})
                  << "\n";
        ++*problems;
        ++*files_with_rejections;
      }
    }
  }
}

// Per site, the span of its data and per half-year the opening days without
// visitor counts; each half-year with gaps adds to *problems. Fails with kDatabase.
Status CheckDataGaps(const Workspace& ws, int* problems) {
  const Strings& words = CliWords();
  for (const Site& site : ws.config.sites) {
    auto span = ws.store->DataSpan(site.id);
    if (!span.ok()) return span.status();
    if (!*span) {
      std::cout << words.Format("cli.check.no_data", {{"site", site.id}}) << "\n";
      continue;
    }
    // The dates as the message's language writes them (util/locale.h).
    const Locale& locale = words.locale();
    std::cout << words.Format("cli.check.data_span", {{"site", site.id},
                                                      {"from", locale.FormatDate((*span)->first)},
                                                      {"to", locale.FormatDate((*span)->second)}})
              << "\n";
    for (Period half = HalfYearOf((*span)->first); half.from <= (*span)->second;
         half = HalfYearOf(half.to.AddDays(1))) {
      Result<PeriodData> data = LoadPeriodData(ws.store.get(), site, half);
      if (!data.ok()) return data.status();
      // Only up to the last day with data: a day still to come is no gap.
      const Date last = std::min(half.to, (*span)->second);
      const int open = OpenDays(site, MakeRange(half.from, last));
      const int missing = static_cast<int>(DaysWithoutData(*data, last).size());
      std::cout << words.Format("cli.check.half_year", {{"half", half.id},
                                                        {"open", std::to_string(open)},
                                                        {"missing", std::to_string(missing)}})
                << "\n";
      if (missing > 0) ++*problems;
    }
  }
  return Status::Ok();
}

}  // namespace

int RunCheck(const std::vector<std::string>& args) {
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseWorkspaceOnly(args, kCheckHelp, &vm, &exit_code)) return exit_code;
  Result<Workspace> ws = OpenWorkspace(vm["workspace"].as<std::string>());
  if (!ws.ok()) return ReportError(ws.status());
  // The configuration first: a broken mapping explains the rejected rows
  // listed below it.
  const std::vector<std::string> config_problems = CheckConfiguration(*ws);
  Result<std::vector<SourceFile>> imported = ws->store->Files();
  if (!imported.ok()) return ReportError(imported.status());
  int problems = static_cast<int>(config_problems.size());
  int files_with_rejections = 0;
  CheckFiles(*ws, *imported, &problems, &files_with_rejections);
  if (Status gaps = CheckDataGaps(*ws, &problems); !gaps.ok()) return ReportError(gaps);
  std::cout << CliWords()(problems ? "cli.check.done_problems" : "cli.check.done_ok") << "\n";
  // Scripts can tell: a configuration that cannot be used, then files whose
  // rows were refused; gaps in the data alone are no error.
  if (!config_problems.empty()) return kExitConfig;
  if (files_with_rejections > 0) return kExitInvalidInput;
  return kExitOk;
}

const std::vector<CommandInfo>& Commands() {
  static const std::vector<CommandInfo> kCommands = {
      {"init", "cli.command.init", RunInit},       {"run", "cli.command.run", RunRun},
      {"import", "cli.command.import", RunImport}, {"figures", "cli.command.figures", RunFigures},
      {"report", "cli.command.report", RunReport}, {"sources", "cli.command.sources", RunSources},
      {"check", "cli.command.check", RunCheck},    {"inspect", "cli.command.inspect", RunInspect},
      {"forms", "cli.command.forms", RunForms},
  };
  return kCommands;
}

}  // namespace ankerbericht
