#include "util/file.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::ScopedTempDir;

TEST(ReadFileTest, ReturnsTheBytesUnchanged) {
  ScopedTempDir dir;
  const std::string bytes = std::string("Zähler;\r\n\0x", 12) + std::string(100000, 'a');
  Result<std::string> read = ReadFile(dir.Write("daten.csv", bytes));
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, bytes);
  Result<std::string> empty = ReadFile(dir.Write("leer.md", ""));
  ASSERT_TRUE(empty.ok()) << empty.status().ToString();
  EXPECT_EQ(*empty, "");
}

TEST(ReadFileTest, AMissingFileSaysWhichAndWhy) {
  ScopedTempDir dir;
  const std::string missing = (dir.path() / "fehlt.json").string();
  Result<std::string> read = ReadFile(missing);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kIOError);
  EXPECT_EQ(read.status().message(),
            missing + " kann nicht gelesen werden: No such file or directory");
}

TEST(ReadFileTest, AFolderIsNoFile) {
  ScopedTempDir dir;
  Result<std::string> read = ReadFile(dir.path().string());
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().message(),
            dir.path().string() + " kann nicht gelesen werden: es ist ein Ordner");
}

}  // namespace
}  // namespace ankerbericht
