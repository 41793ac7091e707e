#include "app/exit_status.h"

namespace ankerbericht {

ExitCode ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kUsage:
      return kExitUsage;
    case Status::Code::kInvalidInput:
      return kExitInvalidInput;
    case Status::Code::kConfig:
      return kExitConfig;
    case Status::Code::kNotFound:
      return kExitNotFound;
    case Status::Code::kIOError:
      return kExitIO;
    case Status::Code::kDatabase:
      return kExitDatabase;
    case Status::Code::kRender:
      return kExitRender;
    case Status::Code::kBusy:
      return kExitBusy;
    case Status::Code::kInternal:
      return kExitInternal;
  }
  return kExitInternal;
}

const char* ExitCodeHelp() {
  return "Exit codes:\n"
         "  0  success\n"
         "  1  internal error (a bug, please report it)\n"
         "  2  wrong command line\n"
         "  3  input file refused (or rows rejected with --strict)\n"
         "  4  ankerbericht.json or a template is invalid\n"
         "  5  file, site or template not found\n"
         "  6  a file could not be read or written\n"
         "  7  the workspace database failed\n"
         "  8  the PDF could not be produced\n"
         "  9  another ankerbericht is updating the workspace (try again when it has finished)\n";
}

}  // namespace ankerbericht
