// Importing through the binary: nothing is counted twice, whatever a file is
// called (issue 18.3). The same file under three spellings of its path, a
// renamed copy, and a survey export saved again with more responses.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::ScopedTempDir;

class WorkspaceImport : public ::testing::Test {
 protected:
  WorkspaceImport() {
    fs::create_directories(ws());
    fs::copy(fs::path(testing::TestDir()) / "fixtures/mini/ankerbericht.json",
             ws() / "ankerbericht.json");
  }
  fs::path ws() const { return tmp_.path() / "werkstatt"; }
  CommandResult Run(const std::string& args) { return testing::Anker(ws(), args); }
  // An indicator of 2026 as `figures --json` gives it.
  double Figure(const std::string& id) {
    CommandResult f = Run("figures --period 2026 --json --internal");
    EXPECT_EQ(f.exit_code, 0) << f.err;
    if (f.exit_code != 0) return -1;
    return testing::Indicator(testing::ParseJson(f.out), id);
  }
  ScopedTempDir tmp_;
};

// 3 + 4 visitors, 7 in all, however often the file is imported.
const char kCounts[] = "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;3;3\n05.03.2026;15:00;4;4\n";

TEST_F(WorkspaceImport, OneFileUnderThreeSpellingsCountsOnce) {
  tmp_.Write("werkstatt/daten/maerz.csv", kCounts);
  fs::create_symlink(ws() / "daten/maerz.csv", ws() / "verknuepfung.csv");
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  for (const std::string spelling :
       {(ws() / "daten/maerz.csv").string(), std::string("verknuepfung.csv"),
        std::string("./daten/../daten/maerz.csv")}) {
    CommandResult r = Run("import --kind visits '" + spelling + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(
        r.err.find("daten/maerz.csv: seit dem letzten Einlesen unverändert, nichts hinzugefügt"),
        std::string::npos)
        << spelling << ": " << r.err;
  }
  EXPECT_EQ(Figure("visitors.total"), 7);
  CommandResult sources = Run("sources");
  EXPECT_EQ(sources.out.find("verknuepfung"), std::string::npos) << sources.out;
}

TEST_F(WorkspaceImport, AFileOutsideTheWorkspaceHasOneName) {
  std::string outside = tmp_.Write("anderswo/maerz.csv", kCounts);
  ASSERT_EQ(Run("import --kind visits ../anderswo/maerz.csv").exit_code, 0);
  const std::string canonical = fs::weakly_canonical(outside).generic_string();
  CommandResult r = Run("import --kind visits '" + outside + "'");
  EXPECT_NE(r.err.find(canonical + ": seit dem letzten Einlesen unverändert"), std::string::npos)
      << r.err;
  EXPECT_EQ(Figure("visitors.total"), 7);
}

TEST_F(WorkspaceImport, ARenamedCopyAddsNothing) {
  tmp_.Write("werkstatt/daten/maerz.csv", kCounts);
  tmp_.Write("werkstatt/daten/maerz (Kopie).csv", kCounts);
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  CommandResult r = Run("import --kind visits 'daten/maerz (Kopie).csv'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find("daten/maerz (Kopie).csv: schon eingelesen als daten/maerz.csv (derselbe Inhalt), "
                 "nichts hinzugefügt"),
      std::string::npos)
      << r.err;
  EXPECT_EQ(Figure("visitors.total"), 7);
  // A corrected version of the file itself still replaces what it brought.
  tmp_.Write("werkstatt/daten/maerz.csv", "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;5;5\n");
  r = Run("import --kind visits daten/maerz.csv");
  EXPECT_NE(r.err.find("die frühere Fassung ersetzt"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("visitors.total"), 5);
}

TEST_F(WorkspaceImport, CheckNamesACopyAsCountedOnce) {
  std::string config = testing::ReadFileToString((ws() / "ankerbericht.json").string());
  size_t sources = config.find("\"sources\": [");
  ASSERT_NE(sources, std::string::npos);
  config.insert(sources + 12, R"( { "path": "daten/zaehler/*.csv", "kind": "visits" },)");
  tmp_.Write("werkstatt/ankerbericht.json", config);
  tmp_.Write("werkstatt/daten/zaehler/maerz.csv", kCounts);
  tmp_.Write("werkstatt/daten/zaehler/maerz-nochmal.csv", kCounts);
  CommandResult run = Run("run");
  EXPECT_NE(
      run.err.find("daten/zaehler/maerz.csv: schon eingelesen als daten/zaehler/maerz-nochmal.csv"),
      std::string::npos)
      << run.err;
  CommandResult check = Run("check");
  EXPECT_NE(
      check.out.find(
          "daten/zaehler/maerz.csv: derselbe Inhalt wie daten/zaehler/maerz-nochmal.csv, die schon "
          "eingelesen ist (einmal gezählt)"),
      std::string::npos)
      << check.out;
  EXPECT_EQ(Figure("visitors.total"), 7);
}

// A LimeSurvey export with the responses |from|..|to| (ids are LimeSurvey's).
std::string LimeSurvey(int from, int to, const std::string& title) {
  std::string csv = title + "\nid;submitdate;zufrieden;empfehlen\n";
  for (int id = from; id <= to; ++id) {
    csv += std::to_string(id) + ";2026-05-" + (id % 28 < 9 ? "0" : "") +
           std::to_string(id % 28 + 1) + " 10:00:00;;" + (id % 3 == 0 ? "N" : "Y") + "\n";
  }
  return csv;
}

// A year's feedback exported in May, and again in June under another name
// with ten more responses: 436 -> 506 in the field (issue 18.3). Each
// response counts once: 40 by hand.
TEST_F(WorkspaceImport, ASurveyExportedTwiceCountsEachResponseOnce) {
  tmp_.Write("werkstatt/daten/feedback/umfrage-mai.csv", LimeSurvey(1, 30, "Export Mai"));
  tmp_.Write("werkstatt/daten/feedback/umfrage-juni.csv", LimeSurvey(1, 40, "Export Juni"));
  CommandResult r = Run("import --kind feedback daten/feedback/umfrage-mai.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("[limesurvey"), std::string::npos) << r.err;
  r = Run("import --kind feedback daten/feedback/umfrage-juni.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/feedback/umfrage-juni.csv: Hinweis: 30 Antwort(en) wurden schon aus "
                       "daten/feedback/umfrage-mai.csv eingelesen (gleiche Antwortnummern des "
                       "Umfragewerkzeugs): einmal gezählt"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("10 von 40 Zeilen angenommen, 0 abgelehnt"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 40);

  // A corrected May export replaces what May contributed: the 30 responses
  // that only May had brought. The June export holds 31..40 alone, so the
  // pool stays at 40.
  tmp_.Write("werkstatt/daten/feedback/umfrage-mai.csv",
             LimeSurvey(1, 30, "Export Mai (korrigiert)"));
  r = Run("import --kind feedback daten/feedback/umfrage-mai.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("die frühere Fassung ersetzt; 30 von 30 Zeilen angenommen"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 40);
  // The June export corrected in turn: its first 30 responses are May's.
  tmp_.Write("werkstatt/daten/feedback/umfrage-juni.csv",
             LimeSurvey(1, 40, "Export Juni (korrigiert)"));
  r = Run("import --kind feedback daten/feedback/umfrage-juni.csv");
  EXPECT_NE(r.err.find("30 Antwort(en) wurden schon aus daten/feedback/umfrage-mai.csv eingelesen"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 40);
}

// A Google Forms download (no response ids) with the responses |from|..|to|,
// separated by |sep|, lines ending in |eol|.
std::string GoogleForms(int from, int to, char sep = ',', const std::string& eol = "\n") {
  std::string csv = std::string("Timestamp") + sep + "Ich bin zufrieden." + sep +
                    "Würden Sie uns empfehlen?" + eol;
  char stamp[32];
  for (int i = from; i <= to; ++i) {
    std::snprintf(stamp, sizeof stamp, "5/%d/2026 %d:%02d:%02d", i % 28 + 1, 8 + i % 10, i % 60,
                  (i * 7) % 60);
    csv += stamp + (sep + std::to_string(i % 5 + 1)) + sep + (i % 3 == 0 ? "Nein" : "Ja") + eol;
  }
  return csv;
}

// Google Forms exports no response id (issue 18.3). The same download saved
// under two names, saved again by a spreadsheet program, and downloaded again
// in June with ten more responses: each response counts once.
TEST_F(WorkspaceImport, AGoogleFormsExportSavedTwiceCountsEachResponseOnce) {
  tmp_.Write("werkstatt/daten/feedback/formular.csv", GoogleForms(1, 30));
  tmp_.Write("werkstatt/daten/feedback/formular (1).csv", GoogleForms(1, 30));
  tmp_.Write("werkstatt/daten/feedback/formular-excel.csv", GoogleForms(1, 30, ';', "\r\n"));
  tmp_.Write("werkstatt/daten/feedback/formular-juni.csv", GoogleForms(1, 40));
  CommandResult r = Run("import --kind feedback daten/feedback/formular.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("[googleforms"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("30 von 30 Zeilen angenommen, 0 abgelehnt"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 30);

  r = Run("import --kind feedback 'daten/feedback/formular (1).csv'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("schon eingelesen als daten/feedback/formular.csv (derselbe Inhalt)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 30);

  r = Run("import --kind feedback daten/feedback/formular-excel.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/feedback/formular-excel.csv: Hinweis: 30 Antwort(en) wurden schon "
                       "aus daten/feedback/formular.csv eingelesen (gleiche Abgabezeit und "
                       "Antworten): einmal gezählt"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("0 von 30 Zeilen angenommen, 0 abgelehnt"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 30);

  r = Run("import --kind feedback daten/feedback/formular-juni.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("30 Antwort(en) wurden schon aus daten/feedback/formular.csv eingelesen "
                       "(gleiche Abgabezeit und Antworten)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("10 von 40 Zeilen angenommen, 0 abgelehnt"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 40);
}

// Paper forms are numbered per stack: "Bogen 1" of two stacks are two people.
TEST_F(WorkspaceImport, PaperFormNumbersAreNotResponseIds) {
  tmp_.Write("werkstatt/daten/feedback/stapel-1.csv",
             "Bogen-Nr;Datum;empfehlen\n1;05.05.2026;Ja\n2;05.05.2026;Ja\n");
  tmp_.Write("werkstatt/daten/feedback/stapel-2.csv",
             "Bogen-Nr;Datum;empfehlen\n1;12.05.2026;Ja\n2;12.05.2026;Nein\n");
  ASSERT_EQ(Run("import --kind feedback daten/feedback/stapel-1.csv").exit_code, 0);
  CommandResult r = Run("import --kind feedback daten/feedback/stapel-2.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("2 von 2 Zeilen angenommen"), std::string::npos) << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 4);
}

// A read-only workspace (a colleague's share, a copy on a stick) made even
// `figures` fail (issue 18.7): readers open the database read-only and never
// migrate. As root, write permissions bind nobody, so the reader then runs
// as the unprivileged user "nobody", who owns the files but may not write.
TEST_F(WorkspaceImport, FiguresWorkInAReadOnlyWorkspace) {
  tmp_.Write("werkstatt/daten/maerz.csv", kCounts);
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  std::string as_reader;
  if (::geteuid() == 0) {
    if (!testing::HaveTool("setpriv")) GTEST_SKIP() << "running as root without setpriv";
    ASSERT_EQ(testing::RunCommand("chown -R 65534:65534 '" + ws().string() + "'").exit_code, 0);
    // The program's own files (the strings tables) must be readable by the
    // reader; a checkout in a private folder (mktemp -d) is not, so the reader
    // gets a copy, as an installation would give them.
    std::string templates = (ws() / ".." / "programm-vorlagen").string();
    ASSERT_EQ(testing::RunCommand("cp -r '" + testing::SourceDir() + "/templates' '" + templates +
                                  "' && chmod -R a+rX '" + templates + "'")
                  .exit_code,
              0);
    as_reader = "ANKERBERICHT_TEMPLATES='" + templates +
                "' setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  ASSERT_EQ(testing::RunCommand("chmod -R a-w '" + ws().string() + "'").exit_code, 0);
  CommandResult f = testing::RunCommand(
      "cd '" + ws().string() + "' && ANKERBERICHT_TODAY=2026-11-21 " + as_reader + "'" +
      testing::BinaryPath() + "' figures --period 2026 --json --internal");
  EXPECT_EQ(f.exit_code, 0) << f.err;
  if (f.exit_code == 0)
    EXPECT_EQ(testing::Indicator(testing::ParseJson(f.out), "visitors.total"), 7);
  // Writing is refused with a clear message, not half done.
  CommandResult w =
      testing::RunCommand("cd '" + ws().string() + "' && " + as_reader + "'" +
                          testing::BinaryPath() + "' import --kind visits daten/maerz.csv");
  EXPECT_EQ(w.exit_code, 6) << w.err;
  EXPECT_NE(w.err.find("der Arbeitsordner kann nicht zum Schreiben gesperrt werden"),
            std::string::npos)
      << w.err;
  testing::RunCommand("chmod -R u+w '" + ws().string() + "'");
}

}  // namespace
}  // namespace ankerbericht
