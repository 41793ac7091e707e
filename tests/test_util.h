// Shared helpers for the unit and end-to-end tests.
#ifndef ANKERBERICHT_TESTS_TEST_UTIL_H_
#define ANKERBERICHT_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "util/status.h"

#define ASSERT_OK(expr)                    \
  do {                                     \
    ::ankerbericht::Status _s = (expr);    \
    ASSERT_TRUE(_s.ok()) << _s.ToString(); \
  } while (0)
#define EXPECT_OK(expr)                    \
  do {                                     \
    ::ankerbericht::Status _s = (expr);    \
    EXPECT_TRUE(_s.ok()) << _s.ToString(); \
  } while (0)

namespace ankerbericht {
struct Site;  // config/workspace_config.h
}  // namespace ankerbericht

namespace ankerbericht::testing {

// A fresh directory under the system temp dir, removed with everything in it
// when the object goes out of scope.
class ScopedTempDir {
 public:
  ScopedTempDir();
  ~ScopedTempDir();
  const std::filesystem::path& path() const { return path_; }
  // Writes |content| to path()/name (creating folders) and returns the full path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFileToString(const std::string& path);

// Result of running a shell command: exit code and captured stdout/stderr.
struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs |command| with /bin/sh, capturing stdout and stderr.
CommandResult RunCommand(const std::string& command);

// Path of the ankerbericht binary built alongside the tests.
std::string BinaryPath();
// The repository root (for sample-data/ and templates/).
std::string SourceDir();
// The tests/ folder (fixtures live in tests/fixtures/).
std::string TestDir();

// True if |tool| (e.g. "pdftotext") is on PATH.
bool HaveTool(const std::string& tool);

// The test site the importer tests share: "stadtlabor" with a questionnaire
// of one item per kind of scale (agree5 "zufrieden", grade6 "note", yes/no
// "empfehlen" as the recommendation, text "wunsch"). No opening hours, no
// opening date. A workspace for tests that run the binary:
// app/workspace_helpers.h (MiniWorkspaceTest).
Site StadtlaborSite();

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_TEST_UTIL_H_
