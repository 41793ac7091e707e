// The subcommands of the ankerbericht binary, one row each (git style:
// `ankerbericht <command> [options]`).
#ifndef ANKERBERICHT_APP_COMMANDS_H_
#define ANKERBERICHT_APP_COMMANDS_H_

#include <string>
#include <vector>

#include "util/status.h"

namespace ankerbericht {

struct CommandInfo {
  const char* name;
  const char* summary;  // key of its one line for `ankerbericht --help` ("cli.command.run")
  // Runs the command on the arguments after its name; returns the exit code.
  int (*run)(const std::vector<std::string>& args);
};

const std::vector<CommandInfo>& Commands();

// Prints "ankerbericht: Fehler: ..." (cli.error) to stderr and returns the exit code.
int ReportError(const Status& status);

// The command implementations (app/cmd_*.cc).
int RunInit(const std::vector<std::string>& args);
int RunRun(const std::vector<std::string>& args);
int RunImport(const std::vector<std::string>& args);
int RunFigures(const std::vector<std::string>& args);
int RunReport(const std::vector<std::string>& args);
int RunSources(const std::vector<std::string>& args);
int RunCheck(const std::vector<std::string>& args);
int RunInspect(const std::vector<std::string>& args);
int RunForms(const std::vector<std::string>& args);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_COMMANDS_H_
