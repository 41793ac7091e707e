#include "app/cli_options.h"

#include <algorithm>
#include <iostream>

#include "util/text.h"

namespace ankerbericht {

const char* OptionText(std::string_view key) { return CliWords().Get(key).c_str(); }

void AddCommonOptions(po::options_description* options) {
  options->add_options()("workspace,w", po::value<std::string>()->default_value("."),
                         OptionText("cli.option.workspace"))("help,h",
                                                             OptionText("cli.option.help"));
}

bool ParseCommandLine(const std::vector<std::string>& args, const po::options_description& options,
                      const po::positional_options_description& positional, const CommandHelp& help,
                      po::variables_map* vm, int* exit_code) {
  auto print_help = [&](std::ostream& out) {
    const Strings& words = CliWords();
    const std::string key = help.key;
    out << words.Format("cli.help.usage", {{"usage", words(key + ".usage")}}) << "\n\n"
        << words(key + ".description") << "\n\n"
        << options << "\n"
        << words("cli.help.example") << "\n"
        << words(key + ".example") << "\n";
  };
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), *vm);
    if (vm->count("help")) {
      print_help(std::cout);
      *exit_code = 0;
      return false;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << CliWords().Format("cli.help.command_error", {{"what", e.what()}}) << "\n\n";
    print_help(std::cerr);
    *exit_code = 2;
    return false;
  }
  return true;
}

Result<const Site*> ChooseSite(const Workspace& ws, const std::string& id) {
  if (id.empty()) {
    if (ws.config.sites.size() == 1) return &ws.config.sites[0];
    std::string ids;
    for (const Site& s : ws.config.sites) ids += (ids.empty() ? "" : ", ") + s.id;
    return Status::Usage(CliWords().Format("cli.site.several", {{"ids", ids}}));
  }
  const Site* site = ws.site(id);
  if (!site) {
    std::string ids;
    for (const Site& s : ws.config.sites) ids += (ids.empty() ? "" : ", ") + s.id;
    return Status::NotFound(CliWords().Format("cli.site.unknown", {{"id", id}, {"ids", ids}}));
  }
  return site;
}

Result<std::vector<const Site*>> ChooseSites(const Workspace& ws, const std::string& ids,
                                             bool all) {
  std::vector<const Site*> sites;
  if (all) {
    if (!ids.empty()) return Status::Usage(CliWords()("cli.site.site_or_all"));
    for (const Site& s : ws.config.sites) sites.push_back(&s);
    return sites;
  }
  for (const std::string& trimmed : SplitList(ids, ',')) {
    Result<const Site*> site = ChooseSite(ws, trimmed);
    if (!site.ok()) return site.status();
    if (std::find(sites.begin(), sites.end(), *site) != sites.end()) {
      return Status::Usage(CliWords().Format("cli.site.twice", {{"id", trimmed}}));
    }
    sites.push_back(*site);
  }
  if (sites.empty()) return Status::Usage(CliWords()("cli.site.none"));
  return sites;
}

}  // namespace ankerbericht
