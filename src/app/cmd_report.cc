// `ankerbericht report`: render one report as PDF.
#include <filesystem>
#include <iostream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "app/report_job.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {
    "ankerbericht report [-w DIR] TEMPLATE [--site ID] --period P -o FILE.pdf [--lang de|en] "
    "[--internal] [--format pdf|html]",
    "Renders a report as PDF from the imported data. TEMPLATE is one of the report\n"
    "templates in templates/: halbjahresbericht (the half-yearly report for the\n"
    "committee), jahresbericht (the annual report: --period 2025 or latest-year),\n"
    "verstetigung (the consolidation case), ausschuss (the slides), uebersicht\n"
    "(several places side by side for a city office: --site a,b, or every place of\n"
    "the workspace when --site is not given).\n"
    "The figures in the report are the same as `ankerbericht figures` prints.\n"
    "By default the report is the public edition: it names no one. With --internal\n"
    "it names speakers and staff and lists the files; that edition is marked\n"
    "\"Nur für den internen Gebrauch\" on every page and its file name ends in -intern.\n"
    "With --format html the report is one accessible web page instead (for the city's\n"
    "website and phones; it loads nothing from elsewhere).",
    "  ankerbericht report halbjahresbericht --period 2026-H1 -o berichte/2026-H1.pdf\n"
    "  ankerbericht report jahresbericht --period 2025 -o berichte/jahresbericht-2025.pdf"};

}  // namespace

int RunReport(const std::vector<std::string>& args) {
  po::options_description options("Options");
  AddCommonOptions(&options);
  options.add_options()("template", po::value<std::string>()->required(),
                        "report template, e.g. halbjahresbericht")(
      "site", po::value<std::string>()->default_value(""),
      "site id (needed when the workspace has several); uebersicht: a,b")(
      "period", po::value<std::string>()->required(),
      "period, e.g. 2026-H1, 2025, latest-half or latest-year")(
      "output,o", po::value<std::string>()->required(), "the PDF file to write")(
      "lang", po::value<std::string>()->default_value("de"), "language: de or en")(
      "format", po::value<std::string>()->default_value("pdf"),
      "pdf, or html for one accessible web page")(
      "meeting", po::value<std::string>()->default_value(""),
      "the committee meeting the paper is for, e.g. 16.03.2027 (default: the next one that can "
      "still decide)")(
      "dump",
      "write the report's content as plain text instead of a PDF (for proofreading and tests)")(
      "internal", "the internal edition with names, not for publication (file name gets -intern)");
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
  if (spec.template_id == "uebersicht") {
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
    return ReportError(Status::Usage("--format must be pdf or html"));
  if (spec.lang != "de" && spec.lang != "en")
    return ReportError(Status::Usage("--lang must be de or en"));
  if (std::string meeting = vm["meeting"].as<std::string>(); !meeting.empty()) {
    spec.meeting = Date::Parse(meeting);
    if (!spec.meeting) {
      return ReportError(Status::Usage(
          "--meeting must be a date like 16.03.2027 or 2027-03-16 (found \"" + meeting + "\")"));
    }
  }
  Result<std::string> written =
      RenderReportJob(&*ws, spec, /*output_relative_to_workspace=*/false, vm.count("dump") > 0);
  if (!written.ok()) return ReportError(written.status());
  std::cerr << CliWords().Format("cli.report.wrote", {{"path", *written}}) << "\n";
  return 0;
}

}  // namespace ankerbericht
