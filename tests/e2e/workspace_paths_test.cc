// End-to-end: nothing the configuration or a template names leaves the
// workspace (util/workspace_path.h). Each workspace lies two folders deep in a
// temp folder, so that a "../../" escape would land inside the temp folder,
// where the tests look for it; no file may appear there outside the workspace.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"
#include "util/text.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

class ContainedWorkspace : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(ws() / "daten");
    fs::copy(fs::path(TestDir()) / "fixtures/mini/termine.csv", ws() / "daten/termine.csv");
    WriteConfig("");
    // A secret outside the workspace that a hostile template would like to print.
    tmp_.Write("geheim.md", "GEHEIMER-INHALT-7f3a\n");
  }
  fs::path ws() const { return tmp_.path() / "a/b/ws"; }
  CommandResult Run(const std::string& args) { return Anker(ws(), args); }

  // The mini configuration with |reports| as its "reports" list and |site_id|.
  void WriteConfig(const std::string& reports, const std::string& site_id = "werkstatt") {
    std::string config = ReadFileToString(TestDir() + "/fixtures/mini/ankerbericht.json");
    config.replace(config.find("\"reports\": []"), 13, "\"reports\": [" + reports + "]");
    config.replace(config.find("\"werkstatt\""), 11, "\"" + site_id + "\"");
    tmp_.Write("a/b/ws/ankerbericht.json", config);
  }

  // Every file and link under the temp folder but outside the workspace.
  std::set<std::string> FilesOutsideTheWorkspace() const {
    std::set<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(tmp_.path())) {
      std::string rel = fs::relative(e.path(), tmp_.path()).generic_string();
      if (rel.rfind("a/b/ws", 0) == 0 || e.is_directory()) continue;
      files.insert(rel);
    }
    return files;
  }

  ScopedTempDir tmp_;
};

// A template whose markdown section points outside: the report is refused
// (exit 4, the section's JSON path named), and the secret is printed nowhere.
TEST_F(ContainedWorkspace, TemplateMarkdownFileOutsideTheWorkspaceIsRefused) {
  ASSERT_EQ(Run("run").exit_code, 0);
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "../";
  const std::string hostile[] = {
      "../../../geheim.md", deep + fs::relative(tmp_.path() / "geheim.md", "/").string(),
      (tmp_.path() / "geheim.md").string(), "texte/../../../../geheim.md"};
  for (const std::string& file : hostile) {
    SCOPED_TRACE(file);
    tmp_.Write("a/b/ws/templates/halbjahresbericht.json",
               R"({ "id": "halbjahresbericht", "title": { "de": "Bericht" },
                    "sections": [ { "type": "title" },
                                  { "type": "markdown", "file": ")" +
                   file + R"(", "heading": "Vorwort" } ] })");
    CommandResult r = Run("report halbjahresbericht --period 2026-H1 --dump -o bericht.txt");
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_NE(r.err.find("halbjahresbericht.json: $.sections[1].file: \"" + Excerpt(file) +
                         "\" liegt außerhalb des Arbeitsordners"),
              std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(ws() / "bericht.txt"));
  }
  // The same secret through a folder inside the workspace that links outside.
  fs::create_directory_symlink(tmp_.path(), ws() / "texte");
  tmp_.Write(
      "a/b/ws/templates/halbjahresbericht.json",
      R"({ "id": "halbjahresbericht", "sections": [ { "type": "markdown", "file": "texte/geheim.md" } ] })");
  CommandResult r = Run("report halbjahresbericht --period 2026-H1 --dump -o bericht.txt");
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_EQ(r.out.find("GEHEIMER-INHALT"), std::string::npos);
  EXPECT_FALSE(fs::exists(ws() / "bericht.txt"));
}

// A site id with "../" would be substituted into the output path.
TEST_F(ContainedWorkspace, SiteIdWithParentPartsIsAConfigErrorAndNothingIsWritten) {
  WriteConfig(
      R"({ "template": "halbjahresbericht", "period": "2026-H1", "output": "berichte/{site}.pdf" })",
      "../../../entkommen");
  std::set<std::string> before = FilesOutsideTheWorkspace();
  CommandResult r = Run("run");
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(r.err.find("$.sites[0].id: darf nur Buchstaben a-z, Ziffern, - und _ enthalten"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(FilesOutsideTheWorkspace(), before);
  EXPECT_FALSE(fs::exists(ws() / "ankerbericht.db"));  // not even the database was created
}

TEST_F(ContainedWorkspace, ReportOutputsFromTheConfigurationStayInsideTheWorkspace) {
  std::set<std::string> before = FilesOutsideTheWorkspace();
  for (const std::string& output :
       {std::string("../../draussen.pdf"), (tmp_.path() / "absolut.pdf").string()}) {
    SCOPED_TRACE(output);
    WriteConfig(R"({ "template": "halbjahresbericht", "period": "2026-H1", "output": ")" + output +
                "\" }");
    CommandResult r = Run("run");
    EXPECT_EQ(r.exit_code, 4) << r.err;
    EXPECT_NE(r.err.find("$.reports[0].output: muss ein Pfad im Arbeitsordner sein"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(FilesOutsideTheWorkspace(), before);
  }
  // A report folder that is a link to elsewhere: refused when rendering.
  fs::create_directories(tmp_.path() / "anderswo");
  fs::create_directory_symlink(tmp_.path() / "anderswo", ws() / "berichte");
  WriteConfig(
      R"({ "template": "halbjahresbericht", "period": "2026-H1", "output": "berichte/x.pdf" })");
  CommandResult r = Run("run");
  EXPECT_EQ(r.exit_code, 4) << r.err;
  EXPECT_NE(
      r.err.find("Ausgabe des Berichts: \"berichte/x.pdf\" liegt außerhalb des Arbeitsordners"),
      std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(tmp_.path() / "anderswo/x.pdf"));
}

// What the user types on the command line is theirs to choose.
TEST_F(ContainedWorkspace, AnExplicitOutputOnTheCommandLineMayLieOutside) {
  ASSERT_EQ(Run("run").exit_code, 0);
  CommandResult r = Run("report halbjahresbericht --period 2026-H1 --dump -o ../../bericht.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(tmp_.path() / "a/bericht.txt"));
}

// A file imported by its absolute path: the report's sources appendix shows
// its name, not the user's folders.
TEST_F(ContainedWorkspace, SourcesAppendixShowsNoAbsolutePath) {
  std::string outside =
      tmp_.Write("home/anna/Downloads/veranstaltungen.csv",
                 ReadFileToString(TestDir() + "/fixtures/broken/veranstaltungen-fehler.csv"));
  ASSERT_EQ(Run("import --kind events '" + outside + "'").exit_code, 0);
  // The public edition names no file at all; the internal one lists the file
  // by its name, never by the folders it came from.
  for (const std::string edition : {"", " --internal"}) {
    CommandResult r =
        Run("report halbjahresbericht --period 2026-H1 --dump -o bericht.txt" + edition);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string path = (ws() / (edition.empty() ? "bericht.txt" : "bericht-intern.txt")).string();
    std::string text = ReadFileToString(path);
    ASSERT_FALSE(text.empty()) << path;
    if (!edition.empty())
      EXPECT_NE(text.find("ROW veranstaltungen.csv | "), std::string::npos) << text;
    EXPECT_EQ(text.find("home/anna"), std::string::npos) << edition;
    EXPECT_EQ(text.find(tmp_.path().string()), std::string::npos) << edition;
  }
}

}  // namespace
}  // namespace ankerbericht::testing
