#include "util/file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/strings.h"

namespace ankerbericht {

Result<std::string> ReadFile(const std::string& path) {
  // A folder opens like a file on Linux and reads as nothing: say what it is.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::IOError(CliWords().Format(
        "cli.file.cannot_read", {{"path", path}, {"reason", CliWords()("cli.file.is_folder")}}));
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(CliWords().Format(
        "cli.file.cannot_read",
        {{"path", path},
         {"reason", errno ? std::strerror(errno) : CliWords()("cli.file.cannot_open")}}));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return Status::IOError(CliWords().Format(
        "cli.file.cannot_read", {{"path", path}, {"reason", CliWords()("cli.file.read_failed")}}));
  }
  return text.str();
}

}  // namespace ankerbericht
