// The one table from error categories to exit codes (documented in README and
// in `ankerbericht --help`).
#ifndef ANKERBERICHT_APP_EXIT_STATUS_H_
#define ANKERBERICHT_APP_EXIT_STATUS_H_

#include "util/status.h"

namespace ankerbericht {

enum ExitCode {
  kExitOk = 0,
  kExitInternal = 1,      // a bug: please report it
  kExitUsage = 2,         // wrong command line
  kExitInvalidInput = 3,  // an input file was refused (also: rows rejected with --strict)
  kExitConfig = 4,        // ankerbericht.json or a template is invalid
  kExitNotFound = 5,      // a file, site or template does not exist
  kExitIO = 6,            // a file could not be read or written
  kExitDatabase = 7,      // the workspace database failed
  kExitRender = 8,        // the PDF could not be produced
  kExitBusy = 9,          // another ankerbericht is updating the workspace
};

ExitCode ExitCodeFor(const Status& status);

// The table as text, for --help (cli.exit_codes in the strings table).
const char* ExitCodeHelp();

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_EXIT_STATUS_H_
