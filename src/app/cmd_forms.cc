// `ankerbericht forms`: the paper side of data collection. Prints, from the
// site's questionnaire, age groups and hours, a one-page feedback form and a
// tally sheet, and writes the entry workbooks the team types the paper
// answers into; those import with `import` or `run` without any mapping
// (one definition: model/entry_layout.h).
#include <filesystem>
#include <iostream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "document/paper_form.h"
#include "document/report_builder.h"
#include "import/entry_workbook.h"
#include "import/xlsx_writer.h"
#include "render/paper_form_renderer.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

namespace fs = std::filesystem;

const CommandHelp kHelp = {
    "ankerbericht forms [-w DIR] [--site ID] [-o FOLDER] [--lang de|en]",
    "Writes what a team needs to collect on paper, made from the site's questionnaire,\n"
    "age groups and opening hours (or stops) in ankerbericht.json:\n"
    "  feedbackbogen-SITE.pdf          a one-page A4 feedback form to print and hand out\n"
    "  strichliste-SITE.pdf            a tally sheet to count visitors per hour and age group\n"
    "  feedback-eingabe-SITE.xlsx      the workbook to type the filled-in forms into\n"
    "  strichliste-eingabe-SITE.xlsx   the workbook to type the tally sheets into\n"
    "The workbooks have exactly the column names the importer knows and a dropdown\n"
    "with the allowed answers in each column (sheet \"Werte\" lists them). Save a\n"
    "filled workbook under daten/ and add it to \"sources\" (kind feedback or tallies),\n"
    "or read it with `ankerbericht import --kind feedback FILE`: no column mapping is\n"
    "needed. Print the forms again after the questionnaire changes.",
    "  ankerbericht forms --site stadtlabor -o formulare\n"
    "  ankerbericht forms --site stadtlabor -o forms-en --lang en"};

// A team's own copy of a template in WORKSPACE/templates/ wins, as for reports.
std::string TemplateDir(const std::string& workspace, const std::string& id) {
  fs::path own = fs::path(workspace) / "templates";
  if (fs::exists(own / (id + ".json"))) return own.string();
  return DefaultTemplateDir();
}

Status WriteForm(const std::string& workspace, const std::string& template_id, const Site& site,
                 const std::string& lang, const fs::path& path) {
  Result<PaperForm> form =
      BuildPaperForm(TemplateDir(workspace, template_id), template_id, site, lang);
  if (!form.ok()) return form.status();
  PdfOptions options;
  options.creation_date = Today();
  std::vector<Status> warnings;
  ANKER_RETURN_IF_ERROR(RenderPaperFormPdf(*form, options, path.string(), &warnings));
  for (const Status& w : warnings) std::cerr << "ankerbericht: warning: " << w.message() << "\n";
  std::cerr << CliWords().Format("cli.report.wrote", {{"path", path.string()}}) << "\n";
  return Status::Ok();
}

Status WriteEntry(const std::vector<EntryColumn>& columns, const Strings& words,
                  const fs::path& path) {
  XlsxWorkbook book = EntryWorkbook(columns, words("forms.entry.sheet"),
                                    words("forms.entry.values"), words("forms.entry.multiple"),
                                    /*rows=*/1000);
  ANKER_RETURN_IF_ERROR(WriteXlsx(book, path.string()));
  std::cerr << CliWords().Format("cli.report.wrote", {{"path", path.string()}}) << "\n";
  return Status::Ok();
}

}  // namespace

int RunForms(const std::vector<std::string>& args) {
  po::options_description options("Options");
  AddCommonOptions(&options);
  options.add_options()("site", po::value<std::string>()->default_value(""),
                        "the site (needed when the workspace has several)")(
      "output,o", po::value<std::string>()->default_value("formulare"),
      "the folder to write into (created if missing)")(
      "lang", po::value<std::string>()->default_value("de"), "language of the forms: de or en");
  po::positional_options_description positional;
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;

  const std::string lang = vm["lang"].as<std::string>();
  if (lang != "de" && lang != "en") return ReportError(Status::Usage("--lang must be de or en"));
  // Forms need the configuration only, not the database: a new workspace
  // prints its forms before anything was imported.
  const std::string dir = vm["workspace"].as<std::string>();
  Result<WorkspaceConfig> config = LoadWorkspaceConfig(dir);
  if (!config.ok()) return ReportError(config.status());
  Workspace ws{dir, std::move(*config), nullptr, nullptr};
  Result<const Site*> chosen = ChooseSite(ws, vm["site"].as<std::string>());
  if (!chosen.ok()) return ReportError(chosen.status());
  const Site& site = **chosen;
  Result<const Strings*> words = Strings::Builtin(lang);
  if (!words.ok()) return ReportError(words.status());

  fs::path out = vm["output"].as<std::string>();
  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec || !fs::is_directory(out)) {
    return ReportError(
        Status::IOError(out.string() + ": cannot create the folder" +
                        (ec ? ": " + ec.message() : std::string(" (a file has that name)"))));
  }
  const std::string id = site.id;
  Status written =
      WriteForm(dir, "feedbackbogen", site, lang, out / ("feedbackbogen-" + id + ".pdf"));
  if (written.ok())
    written = WriteForm(dir, "strichliste", site, lang, out / ("strichliste-" + id + ".pdf"));
  if (written.ok())
    written = WriteEntry(FeedbackEntryColumns(site, **words), **words,
                         out / ("feedback-eingabe-" + id + ".xlsx"));
  if (written.ok())
    written = WriteEntry(TallyEntryColumns(site, **words), **words,
                         out / ("strichliste-eingabe-" + id + ".xlsx"));
  if (!written.ok()) return ReportError(written);
  return 0;
}

}  // namespace ankerbericht
