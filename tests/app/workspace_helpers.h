// A workspace made from tests/fixtures/mini for tests that run the binary on
// it: write input files, edit ankerbericht.json, run commands, read figures.
#ifndef ANKERBERICHT_TESTS_APP_WORKSPACE_HELPERS_H_
#define ANKERBERICHT_TESTS_APP_WORKSPACE_HELPERS_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {

class MiniWorkspaceTest : public ::testing::Test {
 protected:
  MiniWorkspaceTest() {
    std::filesystem::create_directories(ws());
    std::filesystem::copy(std::filesystem::path(TestDir()) / "fixtures/mini/ankerbericht.json",
                          ws() / "ankerbericht.json");
  }
  std::filesystem::path ws() const { return tmp_.path() / "werkstatt"; }
  // Writes |content| to |name| inside the workspace.
  void Write(const std::string& name, const std::string& content) {
    tmp_.Write("werkstatt/" + name, content);
  }
  CommandResult Run(const std::string& args) { return Anker(ws(), args); }

  // Replaces the first |from| in ankerbericht.json by |to|; fails the test
  // when |from| is not there.
  void EditConfig(const std::string& from, const std::string& to) {
    std::string config = ReadFileToString((ws() / "ankerbericht.json").string());
    size_t at = config.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    config.replace(at, from.size(), to);
    Write("ankerbericht.json", config);
  }
  // Adds |entry| (a JSON object) as the first source.
  void AddSource(const std::string& entry) {
    EditConfig("\"sources\": [", "\"sources\": [ " + entry + ",");
  }

  // `figures --period 2026 --json --internal` of the workspace; null when it fails.
  Poco::JSON::Object::Ptr Figures() {
    CommandResult f = Run("figures --period 2026 --json --internal");
    EXPECT_EQ(f.exit_code, 0) << f.err;
    if (f.exit_code != 0) return nullptr;
    return ParseJson(f.out);
  }
  // An indicator of 2026; -1 when `figures` fails.
  double Figure(const std::string& id) {
    Poco::JSON::Object::Ptr figures = Figures();
    return figures ? Indicator(figures, id) : -1;
  }

  ScopedTempDir tmp_;
};

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_APP_WORKSPACE_HELPERS_H_
