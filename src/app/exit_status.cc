#include "app/exit_status.h"

#include "util/strings.h"

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

const char* ExitCodeHelp() { return CliWords().Get("cli.exit_codes").c_str(); }

}  // namespace ankerbericht
