#include "app/progress.h"

#include <unistd.h>

#include "util/strings.h"

namespace ankerbericht {

namespace {

constexpr std::chrono::milliseconds kRedrawEvery{200};

}  // namespace

ProgressLine::ProgressLine(std::ostream* out, bool enabled) : out_(out), enabled_(enabled) {}

ProgressLine::~ProgressLine() { Clear(); }

bool ProgressLine::ShowOnStderr(bool quiet) { return !quiet && isatty(STDERR_FILENO) == 1; }

void ProgressLine::StartFile(size_t n, size_t count, const std::string& name) {
  n_ = n;
  count_ = count;
  name_ = name;
  rows_ = 0;
  started_ = std::chrono::steady_clock::now();
  last_draw_ = started_ - kRedrawEvery;  // the first chunk draws at once
}

void ProgressLine::Rows(int64_t rows) {
  rows_ = rows;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < kRedrawEvery) return;
  last_draw_ = now;
  Draw();
}

std::function<void(int64_t)> ProgressLine::RowsCallback() {
  if (!enabled_) return {};
  return [this](int64_t rows) { Rows(rows); };
}

void ProgressLine::Draw() {
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  // \r returns to the line's start, \033[K erases what a longer line left.
  const Strings& s = CliWords();
  *out_ << "\r\033[K"
        << s.Format("cli.progress.file",
                    {{"n", std::to_string(n_)},
                     {"count", std::to_string(count_)},
                     {"name", name_},
                     {"rows", s.locale().FormatNumber(static_cast<double>(rows_), 0)}});
  if (seconds >= 0.5)
    *out_ << s.Format("cli.progress.rate",
                      {{"rate", s.locale().FormatNumber(static_cast<double>(rows_) / seconds, 0)}});
  out_->flush();
  drawn_ = true;
}

void ProgressLine::Clear() {
  if (!drawn_) return;
  *out_ << "\r\033[K";
  out_->flush();
  drawn_ = false;
}

}  // namespace ankerbericht
