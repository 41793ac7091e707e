// ankerbericht: evaluation reports for "Ankerorte des digitalen Wandels".
// main() only picks the subcommand; everything else lives in app/cmd_*.cc.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/exit_status.h"
#include "util/strings.h"

namespace {

void PrintUsage(std::ostream& out) {
  const ankerbericht::Strings& words = ankerbericht::CliWords();
  out << words.Format("cli.main.title", {{"version", ANKERBERICHT_VERSION}}) << "\n\n"
      << words("cli.main.usage") << "\n\n"
      << words("cli.main.commands") << "\n";
  for (const ankerbericht::CommandInfo& c : ankerbericht::Commands()) {
    out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << words(c.summary)
        << "\n";
  }
  out << "\n" << words("cli.main.more_help") << "\n\n" << ankerbericht::ExitCodeHelp();
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    PrintUsage(std::cout);
    return args.empty() ? ankerbericht::kExitUsage : ankerbericht::kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << "ankerbericht " ANKERBERICHT_VERSION "\n";
    return 0;
  }
  for (const ankerbericht::CommandInfo& c : ankerbericht::Commands()) {
    if (args[0] != c.name) continue;
    try {
      return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const std::exception& e) {
      // Library exceptions are caught at their edges; reaching here is a bug.
      std::cerr << ankerbericht::CliWords().Format("cli.main.internal_error", {{"what", e.what()}})
                << "\n";
      return ankerbericht::kExitInternal;
    }
  }
  std::cerr << ankerbericht::CliWords().Format("cli.main.unknown_command", {{"command", args[0]}})
            << "\n\n";
  PrintUsage(std::cerr);
  return ankerbericht::kExitUsage;
}
