// `ankerbericht report`: render one report as PDF.
#include <filesystem>
#include <iostream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "app/report_job.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {"cli.help.report"};

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  options.add_options()("template", po::value<std::string>()->required(),
                        OptionText("cli.option.report.template"))(
      "site", po::value<std::string>()->default_value(""), OptionText("cli.option.report.site"))(
      "period", po::value<std::string>()->required(), OptionText("cli.option.report.period"))(
      "output,o", po::value<std::string>()->required(), OptionText("cli.option.report.output"))(
      "lang", po::value<std::string>()->default_value("de"), OptionText("cli.option.report.lang"))(
      "format", po::value<std::string>()->default_value("pdf"),
      OptionText("cli.option.report.format"))(
      "meeting", po::value<std::string>()->default_value(""),
      OptionText("cli.option.report.meeting"))("dump", OptionText("cli.option.report.dump"))(
      "internal", OptionText("cli.option.report.internal"));
  po::positional_options_description positional;
  positional.add("template", 1);
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;

  Result<Workspace> ws = OpenWorkspace(vm["workspace"].as<std::string>());
  if (!ws.ok()) return ReportError(ws.status());
  ReportSpec spec;
  spec.template_id = vm["template"].as<std::string>();
  const std::string site_arg = vm["site"].as<std::string>();
  // A report of one site asked for several ("jahresbericht --site a,b") is
  // its variant for several sites, where the template names one.
  if (site_arg.find(',') != std::string::npos && !IsSeveralSitesReport(*ws, spec.template_id)) {
    if (std::string several = SeveralSitesVariant(*ws, spec.template_id); !several.empty())
      spec.template_id = several;
  }
  if (IsSeveralSitesReport(*ws, spec.template_id)) {
    // The overview compares sites: the ones named, else all of them.
    Result<std::vector<const Site*>> sites = ChooseSites(*ws, site_arg, site_arg.empty());
    if (!sites.ok()) return ReportError(sites.status());
    if (!site_arg.empty())
      for (const Site* s : *sites) spec.sites.push_back(s->id);
  } else {
    Result<const Site*> site = ChooseSite(*ws, site_arg);
    if (!site.ok()) return ReportError(site.status());
    spec.site = (*site)->id;
  }
  spec.period = vm["period"].as<std::string>();
  spec.output = vm["output"].as<std::string>();
  spec.lang = vm["lang"].as<std::string>();
  spec.internal = vm.count("internal") > 0;
  spec.format = vm["format"].as<std::string>();
  if (spec.format != "pdf" && spec.format != "html")
    return ReportError(Status::Usage(CliWords()("cli.usage.format_pdf_html")));
  if (spec.lang != "de" && spec.lang != "en")
    return ReportError(Status::Usage(CliWords()("cli.usage.lang")));
  if (std::string meeting = vm["meeting"].as<std::string>(); !meeting.empty()) {
    spec.meeting = Date::Parse(meeting);
    if (!spec.meeting) {
      return ReportError(
          Status::Usage(CliWords().Format("cli.usage.meeting_date", {{"value", meeting}})));
    }
  }
  Result<std::string> written =
      RenderReportJob(&*ws, spec, /*output_relative_to_workspace=*/false, vm.count("dump") > 0);
  if (!written.ok()) return ReportError(written.status());
  std::cerr << CliWords().Format("cli.report.wrote", {{"path", *written}}) << "\n";
  return 0;
}

}  // namespace ankerbericht
