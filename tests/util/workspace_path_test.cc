#include "util/workspace_path.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

TEST(IsPlainIdTest, LettersDigitsDashAndUnderscoreOnly) {
  EXPECT_TRUE(IsPlainId("stadtlabor"));
  EXPECT_TRUE(IsPlainId("Moers_Innenstadt-2"));
  EXPECT_TRUE(IsPlainId(std::string(64, 'a')));
  EXPECT_FALSE(IsPlainId(std::string(65, 'a')));
  EXPECT_FALSE(IsPlainId(""));
  for (const char* id : {"..", "../x", "a/b", "a\\b", "a b", "a.b", "ä", "a\n", "/"})
    EXPECT_FALSE(IsPlainId(id)) << id;
}

TEST(IsPlainRelativePathTest, RefusesAbsolutePathsAndParentParts) {
  EXPECT_TRUE(IsPlainRelativePath("berichte/{site}-{period}.pdf"));
  EXPECT_TRUE(IsPlainRelativePath("texte/..vorwort.md"));  // ".." inside a name
  EXPECT_TRUE(IsPlainRelativePath("./x.pdf"));
  for (const char* p : {"", "/etc/passwd", "..", "../x", "a/../../x", "a/..", "..\\x", "a\\..\\x",
                        "\\x", "C:\\x", "c:/x"}) {
    EXPECT_FALSE(IsPlainRelativePath(p)) << p;
  }
}

TEST(ResolveInsideTest, PathsBelowTheRootResolve) {
  testing::ScopedTempDir tmp;
  Result<fs::path> p = ResolveInside(tmp.path().string(), "texte/vorwort.md");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(*p, tmp.path() / "texte/vorwort.md");
  // Up and down again without leaving is fine.
  EXPECT_TRUE(ResolveInside(tmp.path().string(), "texte/../vorwort.md").ok());
}

TEST(ResolveInsideTest, ParentPartsAndAbsolutePathsAreRefused) {
  testing::ScopedTempDir tmp;
  fs::path ws = tmp.path() / "ws";
  fs::create_directories(ws);
  // As deep as needed to reach "/" from wherever the temp folder is.
  std::string up;
  for (int i = 0; i < 40; ++i) up += "../";
  for (const std::string& hostile :
       {up + "etc/passwd", std::string("../ws2/x.md"), std::string(".."),
        std::string("texte/../../x"), std::string("/etc/passwd"), std::string(""),
        (tmp.path() / "ws/x.md").string()}) {
    SCOPED_TRACE(hostile);
    Result<fs::path> p = ResolveInside(ws.string(), hostile);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.status().code(), Status::Code::kConfig);
    EXPECT_EQ(p.status().message(),
              "\"" + Excerpt(hostile) + "\" liegt außerhalb des Arbeitsordners");
  }
}

// A path of 5,000 characters is quoted by its start: the message stays one line.
TEST(ResolveInsideTest, ALongPathIsQuotedShort) {
  testing::ScopedTempDir tmp;
  std::string hostile = "../" + std::string(4997, 'x');
  Result<fs::path> p = ResolveInside(tmp.path().string(), hostile);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().message(),
            "\"../" + std::string(77, 'x') + "…\" liegt außerhalb des Arbeitsordners");
}

// A folder inside the workspace that is a link to elsewhere is outside.
TEST(ResolveInsideTest, SymbolicLinksOutOfTheRootAreRefused) {
  testing::ScopedTempDir tmp;
  fs::create_directories(tmp.path() / "ws");
  tmp.Write("draussen/geheim.md", "nicht für den Bericht");
  fs::create_directory_symlink(tmp.path() / "draussen", tmp.path() / "ws/texte");
  EXPECT_FALSE(ResolveInside((tmp.path() / "ws").string(), "texte/geheim.md").ok());
  EXPECT_FALSE(ResolveInside((tmp.path() / "ws").string(), "texte/neu/bericht.pdf").ok());
}

TEST(PathForDocumentTest, NoFoldersOutsideTheWorkspaceAreShown) {
  EXPECT_EQ(PathForDocument("daten/zaehler-2026.csv"), "daten/zaehler-2026.csv");
  EXPECT_EQ(PathForDocument("/home/anna/Downloads/zaehler.csv"), "zaehler.csv");
  EXPECT_EQ(PathForDocument("../../export/zaehler.csv"), "zaehler.csv");
  EXPECT_EQ(PathForDocument("C:\\Users\\anna\\zaehler.csv"), "zaehler.csv");
}

}  // namespace
}  // namespace ankerbericht
