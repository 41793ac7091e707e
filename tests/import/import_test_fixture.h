// Shared fixture for the importer tests: runs an importer on inline bytes
// with a hand-built site, as `ankerbericht import` would.
#ifndef ANKERBERICHT_TESTS_IMPORT_IMPORT_TEST_FIXTURE_H_
#define ANKERBERICHT_TESTS_IMPORT_IMPORT_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config/workspace_config.h"
#include "import/importer.h"
#include "test_util.h"

namespace ankerbericht {

using Lines = std::vector<std::string>;

class ImportTest : public ::testing::Test {
 protected:
  // A list of texts; in the class so that it does not hide the strings
  // table (util/strings.h) from a test that uses both.
  using Strings = std::vector<std::string>;

  ImportTest() {
    site_.name = "Stadtlabor Musterstadt";
    site_.opened = Date(2026, 1, 1);
    site_.age_groups = {{"u18", "unter 18"}, {"ab65", "65 und älter"}};
  }

  // Runs the importer that handles |kind| on |bytes|, as `ankerbericht import`
  // does. Today is 30.06.2026.
  Status Import(InputKind kind, const std::string& bytes) {
    outcome_ = ImportOutcome{};
    ImportContext ctx;
    ctx.file = file_;
    ctx.kind = kind;
    ctx.site = &site_;
    ctx.source = source_ ? &*source_ : nullptr;
    ctx.known_event_ids = known_event_ids_;
    ctx.today = Date(2026, 6, 30);
    Result<const ImporterInfo*> importer = FindImporter("", kind);
    if (!importer.ok()) return importer.status();
    return (*importer)->import(bytes, ctx, &outcome_);
  }

  // The rejected rows as the import summary prints them.
  Lines Rejections() const {
    Lines out;
    for (const Rejection& r : outcome_.rejected) out.push_back(r.ToString(file_));
    return out;
  }

  // The one rejection of a file that must import with exactly one bad row.
  std::string OnlyRejection(InputKind kind, const std::string& bytes) {
    Status s = Import(kind, bytes);
    EXPECT_TRUE(s.ok()) << s.ToString();
    Lines r = Rejections();
    EXPECT_EQ(r.size(), 1u) << ::testing::PrintToString(r);
    return r.empty() ? "" : r[0];
  }

  std::string file_ = "x.csv";
  Site site_ = testing::StadtlaborSite();
  std::optional<SourceSpec> source_;
  std::set<std::string> known_event_ids_;
  ImportOutcome outcome_;
};

// ================================================================ registry

}  // namespace ankerbericht

#endif  // ANKERBERICHT_TESTS_IMPORT_IMPORT_TEST_FIXTURE_H_
