// `run` renders a report again only when something it is made from changed
// (app/report_fingerprint.h), and says so for each report it keeps.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

class RunTwice : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    CommandResult first = Anker(ws(), "run");
    ASSERT_EQ(first.exit_code, 0) << first.err;
    ASSERT_NE(first.err.find("6 Bericht(e) erstellt, 0 unverändert"), std::string::npos)
        << first.err;
  }
  fs::path ws() const { return tmp_.path() / "ws"; }
  fs::path Report(const std::string& name) const {
    return ws() / "berichte" / (name + "-stadtlabor-2026-H1.pdf");
  }
  ScopedTempDir tmp_;
};

TEST_F(RunTwice, SecondRunRendersNothingAndSaysSo) {
  const fs::file_time_type before = fs::last_write_time(Report("halbjahresbericht"));
  CommandResult again = Anker(ws(), "run");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 Bericht(e) erstellt, 6 unverändert"), std::string::npos) << again.err;
  EXPECT_NE(
      again.err.find(
          "berichte/halbjahresbericht-stadtlabor-2026-H1.pdf: unverändert, nicht neu erstellt"),
      std::string::npos)
      << again.err;
  EXPECT_NE(again.err.find("berichte/uebersicht-2026-H1.pdf: unverändert"), std::string::npos)
      << again.err;
  EXPECT_EQ(again.err.find("geschrieben: "), std::string::npos) << again.err;
  EXPECT_EQ(fs::last_write_time(Report("halbjahresbericht")), before);
}

// texte/kosten.md is printed by the consolidation case only.
TEST_F(RunTwice, AChangedTeamTextRendersOnlyTheReportsThatPrintIt) {
  { std::ofstream(ws() / "texte/kosten.md", std::ios::app) << "\nDie Miete steigt 2027 um 3 %.\n"; }
  CommandResult again = Anker(ws(), "run");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("1 Bericht(e) erstellt, 5 unverändert"), std::string::npos) << again.err;
  EXPECT_NE(again.err.find("geschrieben: berichte/verstetigung-stadtlabor-2026-H1.pdf"),
            std::string::npos)
      << again.err;
  EXPECT_NE(again.err.find("berichte/halbjahresbericht-stadtlabor-2026-H1.pdf: unverändert"),
            std::string::npos)
      << again.err;
}

TEST_F(RunTwice, AMissingReportOrAChangedDataFileIsRenderedAgain) {
  fs::remove(Report("ausschuss"));
  CommandResult again = Anker(ws(), "run");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("1 Bericht(e) erstellt, 5 unverändert"), std::string::npos) << again.err;
  EXPECT_TRUE(fs::exists(Report("ausschuss")));

  {
    std::ofstream(ws() / "daten/klebepunkte.csv", std::ios::app) << "\n";
  }  // new bytes, re-imported
  CommandResult changed = Anker(ws(), "run");
  ASSERT_EQ(changed.exit_code, 0) << changed.err;
  // The Stadtlabor's three papers and the overview of all sites; the other
  // sites' reports do not read that file.
  EXPECT_NE(changed.err.find("4 Bericht(e) erstellt, 2 unverändert"), std::string::npos)
      << changed.err;
  EXPECT_NE(changed.err.find("geschrieben: berichte/uebersicht-2026-H1.pdf"), std::string::npos)
      << changed.err;
  EXPECT_NE(changed.err.find("berichte/halbjahresbericht-digitalbus-2026-H1.pdf: unverändert"),
            std::string::npos)
      << changed.err;
}

TEST_F(RunTwice, AnotherDayRendersAgain) {
  CommandResult later = RunCommand("cd '" + ws().string() + "' && ANKERBERICHT_TODAY=2026-11-22 '" +
                                   BinaryPath() + "' run");
  ASSERT_EQ(later.exit_code, 0) << later.err;
  EXPECT_NE(later.err.find("6 Bericht(e) erstellt, 0 unverändert"), std::string::npos) << later.err;
}

}  // namespace
}  // namespace ankerbericht::testing
