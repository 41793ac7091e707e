// `ankerbericht import`: import files given on the command line.
#include <filesystem>
#include <iostream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "app/exit_status.h"
#include "app/progress.h"
#include "import/format_catalogue.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {"cli.help.import"};

}  // namespace

int ReportError(const Status& status) {
  std::cerr << CliWords().Format("cli.error", {{"message", status.message()}}) << "\n";
  return ExitCodeFor(status);
}

int RunImport(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  options.add_options()("site", po::value<std::string>()->default_value(""),
                        OptionText("cli.option.import.site"))("kind", po::value<std::string>(),
                                                              OptionText("cli.option.import.kind"))(
      "format", po::value<std::string>()->default_value(""),
      OptionText("cli.option.import.format"))("sheet", po::value<std::string>()->default_value(""),
                                              OptionText("cli.option.import.sheet"))(
      "strict", OptionText("cli.option.import.strict"))("dry-run",
                                                        OptionText("cli.option.import.dry_run"))(
      "force", OptionText("cli.option.import.force"))("quiet,q", OptionText("cli.option.quiet"))(
      "formats", OptionText("cli.option.import.formats"))(
      "files", po::value<std::vector<std::string>>(), OptionText("cli.option.import.files"));
  po::positional_options_description positional;
  positional.add("files", -1);
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;
  if (vm.count("formats")) {
    std::cout << FormatCatalogueMarkdown();
    return kExitOk;
  }
  if (!vm.count("kind")) {
    return ReportError(Status::Usage(CliWords()("cli.usage.kind_required")));
  }
  if (!vm.count("files")) return ReportError(Status::Usage(CliWords()("cli.usage.no_files")));

  std::optional<InputKind> kind = ParseInputKind(vm["kind"].as<std::string>());
  if (!kind) {
    return ReportError(Status::Usage(
        CliWords().Format("cli.usage.unknown_kind", {{"kind", vm["kind"].as<std::string>()}})));
  }
  Result<Workspace> ws =
      OpenWorkspaceForUpdate(vm["workspace"].as<std::string>(), "ankerbericht import");
  if (!ws.ok()) return ReportError(ws.status());
  Result<const Site*> site = ChooseSite(*ws, vm["site"].as<std::string>());
  if (!site.ok()) return ReportError(site.status());

  int result = kExitOk;
  const std::vector<std::string>& files = vm["files"].as<std::vector<std::string>>();
  ProgressLine progress(&std::cerr, ProgressLine::ShowOnStderr(vm.count("quiet") > 0));
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& file = files[i];
    progress.StartFile(i + 1, files.size(), ws->Relative(file));
    ImportRequest request;
    request.progress = progress.RowsCallback();
    request.path = file;
    request.kind = *kind;
    request.site = (*site)->id;
    request.format = vm["format"].as<std::string>();
    request.sheet = vm["sheet"].as<std::string>();
    request.strict = vm.count("strict") > 0;
    request.dry_run = vm.count("dry-run") > 0;
    request.force = vm.count("force") > 0;
    // A file that the configuration lists, by name or through a glob such as
    // daten/feedback/*.csv, brings its mapping along: it is read as `run`
    // reads it, and a dry run shows that.
    request.source = SourceForFile(*ws, *kind, request.site, file);
    if (request.format.empty() && request.source) request.format = request.source->format;
    Result<ImportReport> report = ImportOneFile(&*ws, request);
    progress.Clear();
    if (!report.ok()) {
      result = ReportError(report.status());
      continue;
    }
    PrintImportReport(*report, request.dry_run);
    if (report->refused) result = kExitInvalidInput;
  }
  return result;
}

}  // namespace ankerbericht
