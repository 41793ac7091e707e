#include "test_util.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "config/workspace_config.h"

namespace ankerbericht::testing {

ScopedTempDir::ScopedTempDir() {
  std::random_device rd;
  path_ = std::filesystem::temp_directory_path() /
          ("ankerbericht-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
  std::filesystem::create_directories(path_);
}

ScopedTempDir::~ScopedTempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string ScopedTempDir::Write(const std::string& name, const std::string& content) const {
  std::filesystem::path p = path_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
  return p.string();
}

std::string ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

CommandResult RunCommand(const std::string& command) {
  ScopedTempDir tmp;
  std::string out = (tmp.path() / "out").string();
  std::string err = (tmp.path() / "err").string();
  std::string full = "(" + command + ") >'" + out + "' 2>'" + err + "' </dev/null";
  int rc = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = ReadFileToString(out);
  r.err = ReadFileToString(err);
  return r;
}

std::string BinaryPath() { return ANKERBERICHT_BINARY; }
std::string SourceDir() { return ANKERBERICHT_SOURCE_DIR; }
std::string TestDir() { return ANKERBERICHT_TEST_DIR; }

bool HaveTool(const std::string& tool) { return RunCommand("command -v " + tool).exit_code == 0; }

Site StadtlaborSite() {
  Site site;
  site.id = "stadtlabor";
  site.name = "Stadtlabor";
  site.questionnaire = {
      {"zufrieden", "Ich bin insgesamt zufrieden", ScaleType::kAgree5, "", {}},
      {"note", "Gesamtnote", ScaleType::kGrade6, "", {}},
      {"empfehlen", "Würden Sie uns weiterempfehlen?", ScaleType::kYesNo, "recommend", {}},
      {"wunsch", "Was wünschen Sie sich?", ScaleType::kText, "", {}},
  };
  return site;
}

}  // namespace ankerbericht::testing
