#include "util/file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ankerbericht {

Result<std::string> ReadFile(const std::string& path) {
  // A folder opens like a file on Linux and reads as nothing: say what it is.
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::IOError("cannot read " + path + ": it is a folder");
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError("cannot read " + path + ": " +
                           (errno ? std::strerror(errno) : "cannot open the file"));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read " + path + ": reading failed");
  return text.str();
}

}  // namespace ankerbericht
