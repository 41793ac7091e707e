// `ankerbericht figures`: the indicator values of one site and period.
#include <iostream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "app/report_job.h"
#include "document/rule_words.h"
#include "evaluate/evaluation.h"
#include "evaluate/figures_export.h"
#include "evaluate/privacy.h"
#include "evaluate/site_columns.h"
#include "model/privacy_rule.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {"cli.help.figures"};

std::string Show(const IndicatorDef& def, std::optional<double> v) {
  return BuiltinLocale("de").FormatByUnit(v, def.unit);
}

void PrintTable(const Evaluation& ev) {
  const Strings& s = CliWords();
  if (ev.internal) std::cout << s("figures.internal_notice") << "\n\n";
  std::cout << ev.site->name << " · " << ev.period.Label("de") << " (" << ev.period.Describe("de")
            << ")\n\n";
  for (const IndicatorDef& def : Indicators()) {
    const IndicatorValue& v = ev.indicators.at(def.id);
    std::string label = CatalogueLabel(s, def);
    std::cout << "  " << label;
    // Pad by characters, not bytes, so umlauts keep the columns straight.
    size_t chars = 0;
    for (unsigned char c : label) chars += (c & 0xC0) != 0x80;
    std::cout << std::string(chars < 40 ? 40 - chars : 1, ' ') << Show(def, v.value);
    if (ev.compared) {
      std::cout << "   "
                << s.Format("cli.figures.compared", {{"previous", Show(def, v.previous)},
                                                     {"year_before", Show(def, v.year_before)}});
    }
    std::cout << "\n";
  }
  auto number = [](std::optional<double> v, int decimals) {
    return v ? BuiltinLocale("de").FormatNumber(*v, decimals) : "–";
  };
  if (!ev.items.empty()) std::cout << "\n" << s("cli.figures.items") << "\n";
  for (const ItemResult& item : ev.items) {
    std::string n = item.all.n_suppression != Suppression::kNone
                        ? SuppressedText(item.all.n_suppression, ev.privacy_threshold)
                        : number(item.all.n, 0);
    std::cout << "  " << item.id << ": n " << n << ", " << number(item.all.mean, 2) << " ["
              << number(item.all.mean_low, 2) << "; " << number(item.all.mean_high, 2) << "], "
              << (item.all.positive_share
                      ? BuiltinLocale("de").FormatPercent(*item.all.positive_share)
                      : "–")
              << "\n";
    // Asked on several scales: the mean of each, never one across them.
    for (const auto& [scale, st] : item.by_scale) {
      std::cout << "    " << scale << ": n "
                << (st.n_suppression != Suppression::kNone
                        ? SuppressedText(st.n_suppression, ev.privacy_threshold)
                        : number(st.n, 0))
                << ", " << number(st.mean, 2) << " [" << number(st.mean_low, 2) << "; "
                << number(st.mean_high, 2) << "], "
                << (st.positive_share ? BuiltinLocale("de").FormatPercent(*st.positive_share) : "–")
                << "\n";
    }
  }
  if (!ev.signals.empty()) {
    std::cout << "\n"
              << s.Format("cli.figures.signals", {{"rule", SignalRuleText(s, ev.signal_rule)}})
              << "\n";
  }
  for (const FormatSignal& f : ev.signals)
    std::cout << "  " << f.format << ": " << SignalText(s, f.signal) << "\n";
  if (!ev.targets.empty()) std::cout << "\n" << s("cli.figures.targets") << "\n";
  for (const TargetResult& t : ev.targets) {
    // The indicator's name and its value in its unit, as in the table above.
    const IndicatorDef* def = FindIndicator(t.target.indicator);
    std::cout << "  " << (def ? CatalogueLabel(s, *def) : t.target.indicator) << ": "
              << (def ? Show(*def, t.value) : number(t.value, 1)) << " -> "
              << TargetStateText(s, t.status) << "\n";
  }
}

// The catalogue as Markdown: docs/indicators.md is this output. Its columns
// are German and English; its prose is the English table's (cli.catalogue.*).
void PrintDefinitions(const Strings& de, const Strings& en) {
  std::cout << en("cli.catalogue.head") << "\n";
  for (const IndicatorDef& def : Indicators()) {
    std::cout << "| `" << def.id << "` | " << def.unit << " | " << CatalogueLabel(de, def) << " | "
              << CatalogueDefinition(de, def) << " | " << CatalogueDefinition(en, def) << " | "
              << Join(def.goals, ", ") << " |\n";
  }
  std::cout << "\n"
            << en("cli.catalogue.items") << "\n"
            << IntervalMethodText(en) << " " << en("cli.catalogue.means") << "\n\n"
            << en.Format("cli.catalogue.privacy",
                         {{"rule", PrivacyRuleText(en, kDefaultPrivacyThreshold)},
                          {"threshold", std::to_string(kDefaultPrivacyThreshold)}})
            << "\n\n"
            << en.Format("cli.catalogue.signal", {{"rule", SignalRuleText(en, SignalRule{})}})
            << "\n";
}

void PrintColumns(const SiteColumns& columns) {
  const Strings& s = CliWords();
  if (columns.internal) std::cout << s("figures.internal_notice") << "\n\n";
  std::cout << columns.period.Label("de") << " (" << columns.period.Describe("de") << ")\n\n";
  for (const Evaluation& ev : columns.sites) {
    std::cout << "  " << ev.site->id << ": " << ev.site->name;
    if (ev.site->type > 0) {
      std::cout << " "
                << s.Format("cli.figures.site_type", {{"type", std::to_string(ev.site->type)},
                                                      {"name", SiteTypeText(s, ev.site->type)}});
    }
    std::cout << "\n";
  }
  std::cout << "\n" << std::string(40, ' ');
  auto cell = [](const std::string& text) {
    size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return std::string(chars < 12 ? 12 - chars : 1, ' ') + text;
  };
  for (const Evaluation& ev : columns.sites) std::cout << cell(ev.site->id);
  std::cout << cell(s("cli.figures.total")) << "\n";
  const int k = columns.privacy_threshold;
  for (const IndicatorDef& def : Indicators()) {
    std::string label = CatalogueLabel(s, def);
    size_t chars = 0;
    for (unsigned char c : label) chars += (c & 0xC0) != 0x80;
    std::cout << "  " << label << std::string(chars < 38 ? 38 - chars : 1, ' ');
    for (const Evaluation& ev : columns.sites) {
      auto w = ev.withheld.find(def.id);
      std::cout << cell(w != ev.withheld.end() ? w->second
                                               : Show(def, ev.indicators.at(def.id).value));
    }
    auto w = columns.total_withheld.find(def.id);
    std::cout << cell(w != columns.total_withheld.end() ? w->second
                                                        : Show(def, columns.total.at(def.id)))
              << "\n";
  }
  std::cout << "\n"
            << s.Format("cli.figures.total_rule", {{"rule", s("rule.sites_total")}}) << "\n"
            << PrivacyRuleText(s, k) << "\n";
}

// `figures` for several sites: each evaluated as on its own, plus the total.
int RunSiteColumns(const Workspace& ws, const std::string& site_arg, const po::variables_map& vm) {
  Result<std::vector<const Site*>> sites = ChooseSites(ws, site_arg, vm.count("all-sites") > 0);
  if (!sites.ok()) return ReportError(sites.status());
  // One period for all: "latest-half" is the latest any of the sites has.
  std::optional<Period> period;
  for (const Site* site : *sites) {
    Result<Period> p =
        ResolvePeriod(ws.store.get(), *site, vm["period"].as<std::string>(), Today());
    if (!p.ok()) return ReportError(p.status());
    if (!period || p->to > period->to) period = *p;
  }
  EvaluateOptions eval;
  eval.compare = vm.count("compare") > 0;
  Status inputs = LoadEvaluationInputs(ws, &eval);
  if (!inputs.ok()) return ReportError(inputs);
  eval.internal = vm.count("internal") > 0;
  eval.history = vm.count("json") > 0;
  // The table and the CSV print the catalogue only: the overview's light
  // evaluation, the same code path and numbers as the overview report.
  // JSON prints each site's full figures too.
  eval.light = vm.count("json") == 0;
  eval.today = Today();
  Result<SiteColumns> columns = EvaluateSites(ws.store.get(), *sites, *period, eval);
  if (!columns.ok()) return ReportError(columns.status());
  if (vm.count("json")) {
    Result<FigureWords> words = BuiltinFigureWords(columns->sites.front());
    if (!words.ok()) return ReportError(words.status());
    WriteSiteColumnsJson(*columns, *words, std::cout);
  } else if (vm.count("csv")) {
    WriteSiteColumnsCsv(*columns, std::cout);
  } else {
    PrintColumns(*columns);
  }
  return 0;
}

}  // namespace

int RunFigures(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  AddCommonOptions(&options);
  options.add_options()("site", po::value<std::string>()->default_value(""),
                        OptionText("cli.option.figures.site"))(
      "all-sites", OptionText("cli.option.figures.all_sites"))(
      "period", po::value<std::string>(), OptionText("cli.option.figures.period"))(
      "compare", OptionText("cli.option.figures.compare"))(
      "json", OptionText("cli.option.figures.json"))("csv", OptionText("cli.option.figures.csv"))(
      "lang", po::value<std::string>()->default_value("en"), OptionText("cli.option.figures.lang"))(
      "excel", OptionText("cli.option.figures.excel"))("internal",
                                                       OptionText("cli.option.figures.internal"))(
      "definitions", OptionText("cli.option.figures.definitions"));
  po::positional_options_description positional;
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;
  if (vm.count("definitions")) {
    // The catalogue (docs/indicators.md) is written in English, with the
    // German names and definitions beside.
    Result<const Strings*> de = Strings::Builtin("de");
    if (!de.ok()) return ReportError(de.status());
    Result<const Strings*> en = Strings::Builtin("en");
    if (!en.ok()) return ReportError(en.status());
    PrintDefinitions(**de, **en);
    return 0;
  }
  if (!vm.count("period"))
    return ReportError(Status::Usage(CliWords()("cli.usage.period_required")));
  const bool csv = vm.count("csv") > 0 || vm.count("excel") > 0;
  if (vm.count("json") && csv)
    return ReportError(Status::Usage(CliWords()("cli.usage.json_or_csv")));
  const std::string lang = vm.count("excel") ? "de" : vm["lang"].as<std::string>();
  if (lang != "de" && lang != "en") return ReportError(Status::Usage(CliWords()("cli.usage.lang")));

  Result<Workspace> ws = OpenWorkspace(vm["workspace"].as<std::string>());
  if (!ws.ok()) return ReportError(ws.status());
  const std::string site_arg = vm["site"].as<std::string>();
  if (vm.count("all-sites") || site_arg.find(',') != std::string::npos) {
    return RunSiteColumns(*ws, site_arg, vm);
  }
  Result<const Site*> site = ChooseSite(*ws, site_arg);
  if (!site.ok()) return ReportError(site.status());
  Result<Period> period =
      ResolvePeriod(ws->store.get(), **site, vm["period"].as<std::string>(), Today());
  if (!period.ok()) return ReportError(period.status());
  EvaluateOptions eval;
  eval.compare = vm.count("compare") > 0;
  Status inputs = LoadEvaluationInputs(*ws, &eval);
  if (!inputs.ok()) return ReportError(inputs);
  eval.internal = vm.count("internal") > 0;
  // The history costs one load per half-year: only where it is printed.
  eval.history = vm.count("json") > 0 || csv;
  eval.today = Today();
  Result<Evaluation> ev = Evaluate(ws->store.get(), **site, *period, eval);
  if (!ev.ok()) return ReportError(ev.status());
  if (vm.count("json") || csv) {
    Result<FigureWords> words = BuiltinFigureWords(*ev);
    if (!words.ok()) return ReportError(words.status());
    if (vm.count("json")) {
      WriteFiguresJson(*ev, *words, std::cout);
    } else {
      WriteFiguresCsv(*ev, *words, std::cout, lang == "de" ? GermanExcelCsv() : CsvStyle());
    }
  } else {
    PrintTable(*ev);
  }
  return 0;
}

}  // namespace ankerbericht
