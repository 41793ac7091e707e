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

const CommandHelp kHelp = {
    "ankerbericht import [-w DIR] --kind KIND [--site ID] [--format FMT] [--strict] [--dry-run] "
    "[--force] FILE...",
    "Reads one or more files into the workspace database. KIND says what the file holds:\n"
    "  visits    counts of a people counter or light barrier\n"
    "  tallies   hand-kept tally sheets (Strichlisten)\n"
    "  events    the list of events (Veranstaltungen)\n"
    "  feedback  feedback forms, paper (transcribed) or digital\n"
    "  notes     Markdown notes: team reflections, interviews\n"
    "  votes     sticker-dot votes (Klebepunkte)\n"
    "Importing the same file again adds nothing, also under another name (a copy, the\n"
    "same export saved twice); survey responses already imported from another export of\n"
    "the same tool count once. A corrected version of a file replaces\n"
    "what the earlier version contributed. A file listed under \"sources\" in\n"
    "ankerbericht.json (also through a pattern such as daten/feedback/*.csv) is read\n"
    "with that entry's column mapping and format; when the mapping or the\n"
    "questionnaire changes, `run` reads it again, and --force reads a file again\n"
    "now. Rows with errors are listed as file:line and skipped; with --strict the\n"
    "whole file is refused instead and nothing is written.\n"
    "Import events before feedback, so feedback can be linked to its events.\n"
    "Exports of hystreet, light barriers, LimeSurvey, KoboToolbox, ODK Central and\n"
    "Microsoft Forms (.xlsx) are recognised from their header; --format names one.\n"
    "The column names the importer recognises are listed in docs/input-formats.md\n"
    "(--formats prints that list).",
    "  ankerbericht import -w mein-ort --kind events daten/veranstaltungen.csv\n"
    "  ankerbericht import --kind feedback --strict daten/feedback/*.csv\n"
    "  ankerbericht import --kind feedback --dry-run umfrage.xlsx   (shows the column mapping)"};

}  // namespace

int ReportError(const Status& status) {
  std::cerr << "ankerbericht: error: " << status.message() << "\n";
  return ExitCodeFor(status);
}

int RunImport(const std::vector<std::string>& args) {
  po::options_description options("Options");
  AddCommonOptions(&options);
  options.add_options()("site", po::value<std::string>()->default_value(""),
                        "site id (needed when the workspace has several)")(
      "kind", po::value<std::string>(), "visits, tallies, events, feedback, notes or votes")(
      "format", po::value<std::string>()->default_value(""),
      "importer or tool preset to use (csv, xlsx, hystreet, lichtschranke, limesurvey, kobo, odk, "
      "msforms, "
      "googleforms, papier, ...; default: recognised from the file)")(
      "sheet", po::value<std::string>()->default_value(""),
      ".xlsx: the worksheet to read (default: the first)")(
      "strict", "refuse the whole file if any row has an error")(
      "dry-run", "check the files and show what would be imported, without writing")(
      "force", "read the files again even if they are unchanged (their earlier rows are replaced)")(
      "quiet,q", "no progress line while large files are read (it is shown on a terminal only)")(
      "formats", "print the recognised header names, presets and answers (Markdown) and exit")(
      "files", po::value<std::vector<std::string>>(), "files to import");
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
    return ReportError(
        Status::Usage("--kind is required (visits, tallies, events, feedback, notes or votes)"));
  }
  if (!vm.count("files"))
    return ReportError(Status::Usage("no file given: name the files to import"));

  std::optional<InputKind> kind = ParseInputKind(vm["kind"].as<std::string>());
  if (!kind) {
    return ReportError(Status::Usage("unknown --kind \"" + vm["kind"].as<std::string>() +
                                     "\" (use visits, tallies, events, feedback, notes or votes)"));
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
