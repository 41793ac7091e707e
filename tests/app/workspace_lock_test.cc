// One writer at a time (issue 18.5): the lock itself, and a second `run`
// while the test holds it, as another process would.
#include "app/workspace_lock.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::ScopedTempDir;

TEST(WorkspaceLockTest, OneHolderAtATimeNamedInTheMessage) {
  ScopedTempDir dir;
  const std::string ws = dir.path().string();
  Result<std::unique_ptr<WorkspaceLock>> first = WorkspaceLock::Acquire(ws, "ankerbericht run");
  ASSERT_OK(first.status());
  // flock belongs to the open file: a second open in the same process
  // conflicts as another process would.
  Result<std::unique_ptr<WorkspaceLock>> second = WorkspaceLock::Acquire(ws, "ankerbericht import");
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kBusy);
  const std::string& m = second.status().message();
  EXPECT_EQ(m.rfind("der Arbeitsordner " + ws + " wird gerade von Vorgang " +
                        std::to_string(::getpid()) + " (ankerbericht run, gestartet ",
                    0),
            0u)
      << m;
  EXPECT_NE(m.find(") aktualisiert; bitte warten, bis das fertig ist, dann erneut versuchen"),
            std::string::npos)
      << m;
  first->reset();  // released: the next writer may go
  EXPECT_OK(WorkspaceLock::Acquire(ws, "ankerbericht import").status());
}

TEST(WorkspaceLockTest, AWorkspaceThatCannotBeWrittenIsAnIoError) {
  Result<std::unique_ptr<WorkspaceLock>> lock =
      WorkspaceLock::Acquire("/proc/self", "ankerbericht run");
  ASSERT_FALSE(lock.ok());
  EXPECT_EQ(lock.status().code(), Status::Code::kIOError);
  EXPECT_NE(
      lock.status().message().find("der Arbeitsordner kann nicht zum Schreiben gesperrt werden"),
      std::string::npos);
}

class TwoProcesses : public ::testing::Test {
 protected:
  TwoProcesses() {
    fs::copy(fs::path(testing::TestDir()) / "fixtures/mini/ankerbericht.json",
             tmp_.path() / "ankerbericht.json");
    tmp_.Write("daten/maerz.csv", "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;3;3\n");
  }
  CommandResult Run(const std::string& args) { return testing::Anker(tmp_.path(), args); }
  ScopedTempDir tmp_;
};

// The second run used to hit "database is locked", render and overwrite the
// PDFs anyway and exit 7. Now it stops before touching anything, names the
// other process and exits 9; readers go on beside the writer.
TEST_F(TwoProcesses, ASecondWriterStopsAndReadersWorkBeside) {
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  Result<std::unique_ptr<WorkspaceLock>> held =
      WorkspaceLock::Acquire(tmp_.path().string(), "ankerbericht run");
  ASSERT_OK(held.status());

  for (const std::string command : {"run", "import --kind visits daten/maerz.csv"}) {
    CommandResult r = Run(command);
    EXPECT_EQ(r.exit_code, 9) << command << ": " << r.err;
    EXPECT_NE(r.err.find("wird gerade von Vorgang " + std::to_string(::getpid()) +
                         " (ankerbericht run, gestartet "),
              std::string::npos)
        << r.err;
    EXPECT_EQ(r.err.find("database is locked"), std::string::npos) << r.err;
  }
  CommandResult figures = Run("figures --period 2026-03 --json --internal");
  EXPECT_EQ(figures.exit_code, 0) << figures.err;
  EXPECT_EQ(testing::Indicator(testing::ParseJson(figures.out), "visitors.total"), 3);
  EXPECT_EQ(Run("sources").exit_code, 0);

  held->reset();
  CommandResult after = Run("run");
  EXPECT_EQ(after.exit_code, 0) << after.err;
}

// A run whose import failed as a whole renders nothing from half-known data.
TEST_F(TwoProcesses, ARunWithAFailedImportRendersNoReport) {
  std::string config = testing::ReadFileToString((tmp_.path() / "ankerbericht.json").string());
  size_t sources = config.find("\"sources\": [");
  ASSERT_NE(sources, std::string::npos);
  config.insert(sources + 12, R"( { "path": "daten/umfrage.xlsx", "kind": "feedback" },)");
  size_t reports = config.find("\"reports\": []");
  ASSERT_NE(reports, std::string::npos);
  config.replace(reports, 14,
                 R"("reports": [ { "template": "halbjahresbericht", "period": "2026-H1",
                                                "output": "berichte/bericht.pdf" } ])");
  tmp_.Write("ankerbericht.json", config);
  fs::copy(fs::path(testing::TestDir()) / "fixtures/mini/termine.csv",
           tmp_.path() / "daten/termine.csv");
  tmp_.Write("daten/umfrage.xlsx", std::string("PK\x03\x04 kaputt", 11));

  CommandResult r = Run("run");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("daten/umfrage.xlsx: keine lesbare .xlsx-Arbeitsmappe"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("kein Bericht erstellt: 1 Datei(en) konnten nicht eingelesen werden"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(tmp_.path() / "berichte/bericht.pdf"));

  fs::remove(tmp_.path() / "daten/umfrage.xlsx");
  r = Run("run");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(tmp_.path() / "berichte/bericht.pdf")) << r.err;
}

}  // namespace
}  // namespace ankerbericht
