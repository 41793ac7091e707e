#include "config/json_file.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace ankerbericht {
namespace {

std::string Error(const std::string& text) {
  Result<Poco::JSON::Object::Ptr> r = ParseJsonObject(text, "erfolgsfaktoren.json");
  EXPECT_FALSE(r.ok());
  return r.ok() ? "" : r.status().message();
}

TEST(ParseJsonObjectTest, CommentsAreAllowedAndKeysCanKeepTheirOrder) {
  Result<Poco::JSON::Object::Ptr> r = ParseJsonObject("// Kommentar\n{ \"b\": 1, /* x */ \"a\": 2 }\n", "f.json", true);
  ASSERT_OK(r.status());
  std::vector<std::string> names = (*r)->getNames();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0], "b");
}

// A team edits these files by hand: a syntax error names its line.
TEST(ParseJsonObjectTest, SyntaxErrorsNameTheirLine) {
  EXPECT_EQ(Error("{\n  \"stand\": \"15.10.2026\",\n  // Faktoren\n  \"faktoren\": { \"zielbild\": }\n}\n"),
            "erfolgsfaktoren.json:4: not valid JSON: JSON Exception: unexpected byte '}' in value "
            "(check commas, quotes and brackets)");
  // A missing comma shows on the line that lacks it.
  EXPECT_EQ(Error("{\n  \"a\": 1\n  \"b\": 2\n}").rfind("erfolgsfaktoren.json:2: not valid JSON: ", 0), 0u);
  // A bracket never closed shows at the end of the file.
  EXPECT_EQ(Error("{\n  \"a\": [1,\n  2\n").rfind("erfolgsfaktoren.json:3: not valid JSON: ", 0), 0u);
}

TEST(ParseJsonObjectTest, AnythingButOneObjectIsRefused) {
  EXPECT_EQ(Error("[1, 2]"), "erfolgsfaktoren.json: the file must contain one JSON object { ... }");
  EXPECT_EQ(Error("42"), "erfolgsfaktoren.json: the file must contain one JSON object { ... }");
}

}  // namespace
}  // namespace ankerbericht
