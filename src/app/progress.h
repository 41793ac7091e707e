// One updating line of progress on a terminal: which file of how many, the
// rows written so far and the rate, for imports that take seconds or
// minutes. Nothing at all when the output is not a terminal (CI, pipes, log
// files) or --quiet was given: those read the summary lines only.
#ifndef ANKERBERICHT_APP_PROGRESS_H_
#define ANKERBERICHT_APP_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

namespace ankerbericht {

class ProgressLine {
 public:
  // Draws on |out| only when |enabled|; see ShowOnStderr().
  ProgressLine(std::ostream* out, bool enabled);
  ~ProgressLine();

  // Whether progress belongs on stderr: it is a terminal and not |quiet|.
  static bool ShowOnStderr(bool quiet);

  // Starts file |n| (from 1) of |count|, shown by |name|.
  void StartFile(size_t n, size_t count, const std::string& name);
  // |rows| records of the current file written so far. Redraws at most five
  // times a second, so a caller may report every chunk.
  void Rows(int64_t rows);
  // A callback for Rows() (empty when disabled: nothing to call).
  std::function<void(int64_t)> RowsCallback();
  // Erases the line, so that the next message starts on a clean line.
  void Clear();

 private:
  void Draw();

  std::ostream* out_;
  bool enabled_;
  bool drawn_ = false;
  size_t n_ = 0, count_ = 0;
  std::string name_;
  int64_t rows_ = 0;
  std::chrono::steady_clock::time_point started_, last_draw_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_APP_PROGRESS_H_
