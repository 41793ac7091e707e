// One writer at a time per workspace: `import` and `run` hold an exclusive
// lock on DIR/ankerbericht.lock while they work. The file names the holder
// (process id, start time, command), so a second writer can say who it is
// waiting for. Readers (`figures`, `report`, `sources`, `check`) take no
// lock: they read the database beside a running import.
#ifndef ANKERBERICHT_APP_WORKSPACE_LOCK_H_
#define ANKERBERICHT_APP_WORKSPACE_LOCK_H_

#include <memory>
#include <string>

#include "util/status.h"

namespace ankerbericht {

inline constexpr char kLockFileName[] = "ankerbericht.lock";

class WorkspaceLock {
 public:
  // Takes the lock of the workspace |dir| for |command| ("ankerbericht run"),
  // without waiting. Fails with kBusy when another process holds it ("the
  // workspace DIR is already being updated by process 1234 (ankerbericht
  // run, started 10:31); ..."), with kIOError when the lock file cannot be written (a
  // read-only workspace). The lock is released when the object is destroyed
  // or the process ends, however it ends.
  static Result<std::unique_ptr<WorkspaceLock>> Acquire(const std::string& dir,
                                                        const std::string& command);
  ~WorkspaceLock();
  WorkspaceLock(const WorkspaceLock&) = delete;
  WorkspaceLock& operator=(const WorkspaceLock&) = delete;

 private:
  explicit WorkspaceLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_WORKSPACE_LOCK_H_
