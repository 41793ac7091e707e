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

const CommandHelp kHelp = {"cli.help.forms"};

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
  for (const Status& w : warnings)
    std::cerr << CliWords().Format("cli.warning", {{"message", w.message()}}) << "\n";
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
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  options.add_options()("site", po::value<std::string>()->default_value(""),
                        OptionText("cli.option.forms.site"))(
      "output,o", po::value<std::string>()->default_value("formulare"),
      OptionText("cli.option.forms.output"))("lang", po::value<std::string>()->default_value("de"),
                                             OptionText("cli.option.forms.lang"));
  po::positional_options_description positional;
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;

  const std::string lang = vm["lang"].as<std::string>();
  if (lang != "de" && lang != "en") return ReportError(Status::Usage(CliWords()("cli.usage.lang")));
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
    const Strings& s = CliWords();
    return ReportError(
        Status::IOError(ec ? s.Format("cli.file.cannot_create_folder",
                                      {{"path", out.string()}, {"reason", ec.message()}})
                           : s.Format("cli.file.folder_is_file", {{"path", out.string()}})));
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
