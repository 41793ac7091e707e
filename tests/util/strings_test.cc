#include "util/strings.h"

#include <gtest/gtest.h>

#include <fstream>

#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::ScopedTempDir;
using testing::SourceDir;

std::string TablesDir() { return SourceDir() + "/templates/strings"; }

TEST(StringsTest, GermanAndEnglishHoldTheSameKeys) {
  Result<Strings> de = Strings::Load(TablesDir(), "de");
  Result<Strings> en = Strings::Load(TablesDir(), "en");
  ASSERT_TRUE(de.ok()) << de.status().message();
  ASSERT_TRUE(en.ok()) << en.status().message();
  for (const auto& [key, text] : de->all()) {
    EXPECT_TRUE(en->Has(key)) << "only in de.json: " << key;
    EXPECT_FALSE(text.empty()) << "empty in de.json: " << key;
  }
  for (const auto& [key, text] : en->all()) {
    EXPECT_TRUE(de->Has(key)) << "only in en.json: " << key;
    EXPECT_FALSE(text.empty()) << "empty in en.json: " << key;
  }
}

TEST(StringsTest, PicksTheWordOfTheLanguage) {
  Result<const Strings*> de = Strings::Builtin("de");
  Result<const Strings*> en = Strings::Builtin("en");
  ASSERT_TRUE(de.ok() && en.ok());
  EXPECT_EQ((*de)->Get("channel.paper"), "Papier");
  EXPECT_EQ((*en)->Get("channel.paper"), "Paper");
}

TEST(StringsTest, AMissingKeyIsMarkedSoThatTestsFindIt) {
  Result<const Strings*> de = Strings::Builtin("de");
  ASSERT_TRUE(de.ok());
  EXPECT_EQ((*de)->Get("no.such.key"), "⟦no.such.key⟧");
}

TEST(StringsTest, FormatFillsEveryPlaceholder) {
  ScopedTempDir dir;
  dir.Write("de.json", "{\"x\": \"{n} von {m} ({n})\"}");
  Result<Strings> s = Strings::Load(dir.path().string(), "de");
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(s->Format("x", {{"n", "3"}, {"m", "4"}}), "3 von 4 (3)");
}

TEST(StringsTest, ATextThatIsNotAStringIsAConfigError) {
  ScopedTempDir dir;
  dir.Write("de.json", "{\n  \"x\": 3\n}\n");
  Result<Strings> s = Strings::Load(dir.path().string(), "de");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("\"x\""), std::string::npos) << s.status().message();
}

TEST(StringsTest, AnUnknownLanguageIsNotFound) {
  Result<Strings> s = Strings::Load(TablesDir(), "xx");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace ankerbericht
