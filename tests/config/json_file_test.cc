#include "util/json_file.h"

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
  Result<Poco::JSON::Object::Ptr> r =
      ParseJsonObject("// Kommentar\n{ \"b\": 1, /* x */ \"a\": 2 }\n", "f.json", true);
  ASSERT_OK(r.status());
  std::vector<std::string> names = (*r)->getNames();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0], "b");
}

// A team edits these files by hand: a syntax error names its line.
TEST(ParseJsonObjectTest, SyntaxErrorsNameTheirLine) {
  EXPECT_EQ(
      Error(
          "{\n  \"stand\": \"15.10.2026\",\n  // Faktoren\n  \"faktoren\": { \"zielbild\": }\n}\n"),
      "erfolgsfaktoren.json:4: kein gültiges JSON: JSON Exception: unexpected byte '}' in value "
      "(Kommas, Anführungszeichen und Klammern prüfen)");
  // A missing comma shows on the line that lacks it.
  EXPECT_EQ(Error("{\n  \"a\": 1\n  \"b\": 2\n}")
                .rfind("erfolgsfaktoren.json:2: kein gültiges JSON: ", 0),
            0u);
  // A bracket never closed shows at the end of the file.
  EXPECT_EQ(
      Error("{\n  \"a\": [1,\n  2\n").rfind("erfolgsfaktoren.json:3: kein gültiges JSON: ", 0), 0u);
}

// A long file (a template, a codebook) is checked in one pass: the line is
// found however far down the mistake is, and a value earlier in the file that
// merely ends a line is not mistaken for the one missing its comma.
TEST(ParseJsonObjectTest, SyntaxErrorsInLongFilesNameTheirLine) {
  auto long_object = [](int members, int broken_after) {
    std::string text = "{\n";
    for (int i = 1; i <= members; ++i) {
      text += "  \"k" + std::to_string(i) + "\": " + std::to_string(i);
      text += i == members || i == broken_after ? "\n" : ",\n";
    }
    return text + "}\n";
  };
  // Line 1 is "{", member i is on line i + 1.
  EXPECT_EQ(
      Error(long_object(9000, 6000)).rfind("erfolgsfaktoren.json:6001: kein gültiges JSON: ", 0),
      0u);
  std::string unclosed = long_object(8500, 0);
  unclosed.resize(unclosed.size() - 2);  // the final "}" is missing
  EXPECT_EQ(Error(unclosed).rfind("erfolgsfaktoren.json:8501: kein gültiges JSON: ", 0), 0u);
  // Nested objects as our files have them: the last member of each has no
  // comma, which must not be taken for the one that is missing further down.
  std::string nested = "{\n";
  for (int i = 1; i <= 2000; ++i) {
    nested += "  \"f" + std::to_string(i) + "\": {\n    \"id\": " + std::to_string(i) +
              ",\n    \"x\": 1\n  }";
    nested += i == 1500 ? "\n" : ",\n";  // member i takes lines 4i-2 .. 4i+1
  }
  nested += "}\n";
  EXPECT_EQ(Error(nested).rfind("erfolgsfaktoren.json:6001: kein gültiges JSON: ", 0), 0u)
      << Error(nested);
  std::string stray = long_object(8200, 0);
  stray.replace(stray.find("\"k7000\": 7000"), 13, "\"k7000\": }");
  EXPECT_EQ(Error(stray).rfind("erfolgsfaktoren.json:7001: kein gültiges JSON: ", 0), 0u);
}

TEST(ParseJsonObjectTest, AnythingButOneObjectIsRefused) {
  EXPECT_EQ(Error("[1, 2]"),
            "erfolgsfaktoren.json: die Datei muss genau ein JSON-Objekt { ... } enthalten");
  EXPECT_EQ(Error("42"),
            "erfolgsfaktoren.json: die Datei muss genau ein JSON-Objekt { ... } enthalten");
}

// What a value says, not how the file spells it: the store compares these
// to tell whether a file's mapping changed (import/mapping_fingerprint.h).
TEST(CanonicalJsonTest, IgnoresSpacingCommentsAndKeyOrder) {
  Result<Poco::JSON::Object::Ptr> a = ParseJsonObject(
      "{ \"kind\": \"feedback\", \"columns\": { \"id\": \"Nr\", \"date\": \"Tag\" }, \"n\": [1, "
      "2.5, true, null] }",
      "a.json", /*keep_order=*/true);
  Result<Poco::JSON::Object::Ptr> b = ParseJsonObject(
      "{\n  // Papierbögen\n  \"n\": [1,2.5,true,null],\n  \"columns\": {\"date\": \"Tag\", "
      "\"id\": \"Nr\"},\n"
      "  \"kind\": \"feedback\"\n}",
      "b.json", /*keep_order=*/true);
  ASSERT_OK(a.status());
  ASSERT_OK(b.status());
  const std::string canonical = CanonicalJson(Poco::Dynamic::Var(*a));
  EXPECT_EQ(canonical,
            R"({"columns":{"date":"Tag","id":"Nr"},"kind":"feedback","n":[1,2.5,true,null]})");
  EXPECT_EQ(CanonicalJson(Poco::Dynamic::Var(*b)), canonical);
  EXPECT_EQ(CanonicalJson((*a)->get("missing")), "null");
  // A changed value changes it; quotes in values stay apart from the syntax.
  (*b)->getObject("columns")->set("date", std::string("Tag \"X\""));
  EXPECT_EQ(
      CanonicalJson(Poco::Dynamic::Var(*b)),
      R"({"columns":{"date":"Tag \"X\"","id":"Nr"},"kind":"feedback","n":[1,2.5,true,null]})");
}

}  // namespace
}  // namespace ankerbericht
