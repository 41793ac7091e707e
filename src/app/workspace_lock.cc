#include "app/workspace_lock.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/LocalDateTime.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "util/strings.h"

namespace ankerbericht {

namespace {

// "1234 2026-11-30 10:31 ankerbericht run": what the holder writes.
std::string Describe(const std::string& command) {
  return std::to_string(::getpid()) + " " +
         Poco::DateTimeFormatter::format(Poco::LocalDateTime(), "%Y-%m-%d %H:%M") + " " + command +
         "\n";
}

// "process 1234 (ankerbericht run, started 10:31)" from the holder's line; the
// date only when it is not today. A holder that has not written its line yet
// is "another process".
std::string Holder(int fd) {
  std::string text(512, '\0');
  ssize_t n = ::pread(fd, text.data(), text.size(), 0);
  text.resize(n > 0 ? static_cast<size_t>(n) : 0);
  std::istringstream in(text);
  std::string pid, date, time, command;
  if (!(in >> pid >> date >> time)) return CliWords()("cli.lock.another_process");
  std::getline(in >> std::ws, command);
  std::string today = Poco::DateTimeFormatter::format(Poco::LocalDateTime(), "%Y-%m-%d");
  return CliWords().Format("cli.lock.process",
                           {{"pid", pid},
                            {"command", command.empty() ? "ankerbericht" : command},
                            {"started", date == today ? time : date + " " + time}});
}

}  // namespace

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::Acquire(const std::string& dir,
                                                              const std::string& command) {
  const std::string path = (std::filesystem::path(dir) / kLockFileName).string();
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::IOError(CliWords().Format("cli.lock.cannot_lock",
                                             {{"path", path}, {"reason", std::strerror(errno)}}));
  }
  // flock, not fcntl locks: it belongs to this open file, so a second lock
  // in the same process (tests) conflicts too, and the kernel drops it when
  // the process dies, so a killed run leaves no stale lock behind.
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    std::string who = err == EWOULDBLOCK ? Holder(fd) : "";
    ::close(fd);
    if (err != EWOULDBLOCK) {
      return Status::IOError(CliWords().Format("cli.lock.cannot_lock",
                                               {{"path", path}, {"reason", std::strerror(err)}}));
    }
    // "." says nothing to the user; the folder's name does.
    std::string name = dir;
    if (name.empty() || name == "." || name == "./") {
      std::error_code ec;
      name =
          std::filesystem::weakly_canonical(std::filesystem::absolute("."), ec).filename().string();
    }
    return Status::Busy(CliWords().Format("cli.lock.busy", {{"name", name}, {"who", who}}));
  }
  std::string line = Describe(command);
  // Best effort: the lock holds without the description.
  if (::ftruncate(fd, 0) == 0) {
    ssize_t written = ::pwrite(fd, line.data(), line.size(), 0);
    (void)written;
  }
  return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(fd));
}

WorkspaceLock::~WorkspaceLock() { ::close(fd_); }

}  // namespace ankerbericht
