// The mapping fingerprint (issue 15.3): what of ankerbericht.json decides how
// a file of each kind is read, so that `run` reads a file again when that
// changes, and only then.
#include "import/mapping_fingerprint.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

// A configuration with one site and a counter and a feedback source;
// |site_extra| and |source_extra| are spliced into the site and the feedback
// source entry.
WorkspaceConfig Config(const std::string& site_extra, const std::string& source_extra,
                       const std::string& scale = "agree5",
                       const std::string& opened = "01.01.2025") {
  std::string json = R"({ "sites": [ { "id": "ort", "name": "Ort", "opened": ")" + opened + R"(",
      "questionnaire": [ { "id": "zufrieden", "text": "Zufrieden?", "scale": ")" +
                     scale + R"(" } ])" + site_extra + R"( } ],
    "sources": [ { "path": "daten/zaehler/*.csv", "kind": "visits" },
                 { "path": "daten/feedback/*.csv", "kind": "feedback")" +
                     source_extra + " } ] }";
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(json, "ankerbericht.json");
  EXPECT_TRUE(config.ok()) << config.status().ToString();
  return config.ok() ? *config : WorkspaceConfig();
}

struct Prints {
  std::string visits, feedback;
};
Prints Of(const WorkspaceConfig& c) {
  if (c.sites.empty() || c.sources.size() < 2) return {};
  return {MappingFingerprint(InputKind::kVisits, c.sites[0], &c.sources[0], c.sources[0].format),
          MappingFingerprint(InputKind::kFeedback, c.sites[0], &c.sources[1], c.sources[1].format)};
}

TEST(MappingFingerprintTest, ChangesWithWhatAFileIsReadWith) {
  const Prints base = Of(Config("", ""));
  ASSERT_EQ(base.feedback.size(), 16u);
  EXPECT_NE(base.visits, base.feedback);

  // The item's scale: the feedback files only.
  Prints scale = Of(Config("", "", "grade6"));
  EXPECT_EQ(scale.visits, base.visits);
  EXPECT_NE(scale.feedback, base.feedback);

  // The source's column mapping, channel or format.
  EXPECT_NE(Of(Config("", R"(, "columns": { "date": "Tag" })")).feedback, base.feedback);
  EXPECT_NE(Of(Config("", R"(, "channel": "digital")")).feedback, base.feedback);
  EXPECT_NE(Of(Config("", R"(, "format": "papier")")).feedback, base.feedback);
  // Age groups: feedback (and tallies, events), not counters.
  Prints ages = Of(Config(R"(, "age_groups": [ { "id": "u18" } ])", ""));
  EXPECT_NE(ages.feedback, base.feedback);
  EXPECT_EQ(ages.visits, base.visits);
  // Rows dated before the site opened are refused, of every kind.
  Prints opened = Of(Config("", "", "agree5", "01.01.2024"));
  EXPECT_NE(opened.visits, base.visits);
  EXPECT_NE(opened.feedback, base.feedback);
  // The place type reads no file.
  Prints type = Of(Config(R"(, "type": 2)", ""));
  EXPECT_EQ(type.visits, base.visits);
  EXPECT_EQ(type.feedback, base.feedback);
}

TEST(MappingFingerprintTest, IgnoresHowTheFileIsWrittenAndWhichFilesAreMeant) {
  const Prints base = Of(Config("", R"(, "columns": { "date": "Tag", "id": "Nr" })"));
  // Key order, spacing, comments.
  EXPECT_EQ(Of(Config("", "\n  // Papier\n  , \"columns\": {\"id\":\"Nr\",\n \"date\": \"Tag\"}"))
                .feedback,
            base.feedback);
  // Targets and opening hours change figures, not how files are read.
  EXPECT_EQ(Of(Config(R"(, "targets": [ { "indicator": "visitors.total", "min": 5 } ])",
                      R"(, "columns": { "date": "Tag", "id": "Nr" })"))
                .feedback,
            base.feedback);
  // The same entry with another glob reads its files the same way.
  WorkspaceConfig c = Config("", R"(, "columns": { "date": "Tag", "id": "Nr" })");
  ASSERT_EQ(c.sources.size(), 2u);
  SourceSpec moved = c.sources[1];
  moved.path = "feedback/**/*.csv";
  EXPECT_EQ(MappingFingerprint(InputKind::kFeedback, c.sites[0], &moved, moved.format),
            base.feedback);
  // A file no source lists (plain `import`) has a fingerprint of its own.
  EXPECT_NE(MappingFingerprint(InputKind::kFeedback, c.sites[0], nullptr, ""), base.feedback);
}

}  // namespace
}  // namespace ankerbericht
