// `ankerbericht figures`: the indicator values of one site and period.
#include <cmath>
#include <iostream>
#include <sstream>

#include <Poco/JSON/Object.h>

#include "app/cli_options.h"
#include "app/commands.h"
#include "evaluate/evaluation.h"
#include "util/format.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {
    "ankerbericht figures [-w DIR] [--site ID] --period P [--compare] [--json|--csv]",
    "Computes every indicator (Kennzahl) for one period and prints it: as a table for\n"
    "reading, as JSON or CSV for checking and reuse (open data). With --compare each\n"
    "indicator also shows the previous period and the same period one year earlier.\n"
    "Periods: 2026-H1 (half-year), 2026-Q3 (quarter), 2026-05 (month), 2026 (year),\n"
    "2026-01-01..2026-03-31 (any range), latest-half (last completed half-year).\n"
    "Every indicator is defined in docs/indicators.md.",
    "  ankerbericht figures --period 2026-H1 --compare\n"
    "  ankerbericht figures --period 2026 --json > kennzahlen-2026.json"};

Poco::Dynamic::Var JsonNumber(std::optional<double> v) {
  if (!v) return Poco::Dynamic::Var();
  double rounded = static_cast<double>(static_cast<int64_t>(*v));
  if (rounded == *v) return static_cast<Poco::Int64>(*v);
  return std::round(*v * 10000.0) / 10000.0;
}

std::string CsvNumber(std::optional<double> v) {
  if (!v) return "";
  std::ostringstream s;
  s.precision(10);
  s << *v;
  return s.str();
}

void PrintJson(const Evaluation& ev) {
  Poco::JSON::Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  root.set("site", ev.site->id);
  Poco::JSON::Object period(Poco::JSON_PRESERVE_KEY_ORDER);
  period.set("id", ev.period.id);
  period.set("from", ev.period.from.ToIso());
  period.set("to", ev.period.to.ToIso());
  root.set("period", period);
  if (ev.compared) {
    Poco::JSON::Object comparisons(Poco::JSON_PRESERVE_KEY_ORDER);
    comparisons.set("previous", ev.previous.id);
    comparisons.set("year_before", ev.year_before.id);
    root.set("comparisons", comparisons);
  }
  Poco::JSON::Object indicators(Poco::JSON_PRESERVE_KEY_ORDER);
  for (const IndicatorDef& def : Indicators()) {
    const IndicatorValue& v = ev.indicators.at(def.id);
    Poco::JSON::Object item(Poco::JSON_PRESERVE_KEY_ORDER);
    item.set("value", JsonNumber(v.value));
    item.set("unit", std::string(def.unit));
    if (ev.compared) {
      item.set("previous", JsonNumber(v.previous));
      item.set("year_before", JsonNumber(v.year_before));
    }
    indicators.set(def.id, item);
  }
  root.set("indicators", indicators);
  root.stringify(std::cout, 2);
  std::cout << "\n";
}

void PrintCsv(const Evaluation& ev) {
  std::cout << "site,period,indicator,unit,value" << (ev.compared ? ",previous,year_before" : "") << "\n";
  for (const IndicatorDef& def : Indicators()) {
    const IndicatorValue& v = ev.indicators.at(def.id);
    std::cout << ev.site->id << "," << ev.period.id << "," << def.id << "," << def.unit << ","
              << CsvNumber(v.value);
    if (ev.compared) std::cout << "," << CsvNumber(v.previous) << "," << CsvNumber(v.year_before);
    std::cout << "\n";
  }
}

std::string Show(const IndicatorDef& def, std::optional<double> v) {
  if (!v) return "–";
  if (std::string(def.unit) == "percent") return FormatPercent(*v, "de");
  return FormatNumber(*v, std::string(def.unit) == "per_hour" ? 1 : 0, "de");
}

void PrintTable(const Evaluation& ev) {
  std::cout << ev.site->name << " · " << ev.period.Label("de") << " (" << ev.period.Describe("de") << ")\n\n";
  for (const IndicatorDef& def : Indicators()) {
    const IndicatorValue& v = ev.indicators.at(def.id);
    std::string label = def.label_de;
    std::cout << "  " << label;
    // Pad by characters, not bytes, so umlauts keep the columns straight.
    size_t chars = 0;
    for (unsigned char c : label) chars += (c & 0xC0) != 0x80;
    std::cout << std::string(chars < 36 ? 36 - chars : 1, ' ') << Show(def, v.value);
    if (ev.compared) {
      std::cout << "   (Vorperiode " << Show(def, v.previous) << ", Vorjahr " << Show(def, v.year_before) << ")";
    }
    std::cout << "\n";
  }
}

}  // namespace

int RunFigures(const std::vector<std::string>& args) {
  po::options_description options("Options");
  AddCommonOptions(&options);
  options.add_options()
      ("site", po::value<std::string>()->default_value(""), "site id (needed when the workspace has several)")
      ("period", po::value<std::string>()->required(), "period, e.g. 2026-H1")
      ("compare", "add the previous period and the year before")
      ("json", "print JSON")
      ("csv", "print CSV");
  po::positional_options_description positional;
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;
  if (vm.count("json") && vm.count("csv")) return ReportError(Status::Usage("choose either --json or --csv"));

  Result<Workspace> ws = OpenWorkspace(vm["workspace"].as<std::string>());
  if (!ws.ok()) return ReportError(ws.status());
  Result<const Site*> site = ChooseSite(*ws, vm["site"].as<std::string>());
  if (!site.ok()) return ReportError(site.status());
  Result<Period> period = ResolvePeriod(ws->store.get(), **site, vm["period"].as<std::string>(), Today());
  if (!period.ok()) return ReportError(period.status());
  Result<Evaluation> ev = Evaluate(ws->store.get(), **site, *period, vm.count("compare") > 0);
  if (!ev.ok()) return ReportError(ev.status());
  if (vm.count("json")) {
    PrintJson(*ev);
  } else if (vm.count("csv")) {
    PrintCsv(*ev);
  } else {
    PrintTable(*ev);
  }
  return 0;
}

}  // namespace ankerbericht
