// Shared command-line plumbing for the subcommands (Boost.Program_options).
#ifndef ANKERBERICHT_APP_CLI_OPTIONS_H_
#define ANKERBERICHT_APP_CLI_OPTIONS_H_

#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "app/workspace.h"
#include "util/status.h"
#include "util/strings.h"

namespace ankerbericht {

namespace po = boost::program_options;

// The help of one command: |key| names its texts in the strings table,
// KEY.usage ("ankerbericht import [-w ORDNER] ..."), KEY.description (what it
// does, for a non-programmer) and KEY.example (one or two example lines).
struct CommandHelp {
  const char* key;  // "cli.help.import"
};

// The text of |key| in the command line's strings table (CliWords()), as the
// const char* Boost.Program_options takes for an option's description. The
// text lives as long as the program (the table is read once and kept).
const char* OptionText(std::string_view key);

// The message for a command line Boost.Program_options refused, in the command
// line's words (cli.parse.*): built from the exception's type, kind and option
// name, never from its English what(). |args|, |options| and |positional| are
// what was parsed (to name a surplus word and the positional ones by their
// help names, "VORLAGE fehlt").
std::string ParseErrorMessage(const po::error& error, const std::vector<std::string>& args,
                              const po::options_description& options,
                              const po::positional_options_description& positional);

// Gives each option that takes a value the word --help shows for it, as the
// usage line does ("--period ZEITRAUM", not Boost's English "arg"):
// cli.value.<command>.<option> ("cli.value.forms.output"), else
// cli.value.<option>, else cli.value.default. ParseCommandLine calls it.
void NameValues(const po::options_description& options, const CommandHelp& help);

// Parses |args|. Returns true and fills |vm| on success; on --help prints the
// help and sets *exit_code = 0; on a usage error prints it (ParseErrorMessage)
// and the help and sets *exit_code to the usage exit code (kExitUsage). Returns false in both
// latter cases.
bool ParseCommandLine(const std::vector<std::string>& args, const po::options_description& options,
                      const po::positional_options_description& positional, const CommandHelp& help,
                      po::variables_map* vm, int* exit_code);

// Adds -w/--workspace and --help.
void AddCommonOptions(po::options_description* options);

// Picks the site: the given id, or the only site of the workspace. Fails with
// kUsage when the workspace has several sites and none was given.
Result<const Site*> ChooseSite(const Workspace& ws, const std::string& id);

// Picks several sites: the comma-separated ids of |ids| ("a,b") in that
// order, or every site of the workspace with |all| (also when |ids| is
// empty and |all| is set). Fails with kNotFound for an unknown id and with
// kUsage when both or an id twice are given.
Result<std::vector<const Site*>> ChooseSites(const Workspace& ws, const std::string& ids, bool all);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_CLI_OPTIONS_H_
