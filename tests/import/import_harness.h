// A small harness for the preset and spreadsheet tests: runs an importer on
// bytes in memory, as `ankerbericht import` would, against a test site.
#ifndef ANKERBERICHT_TESTS_IMPORT_IMPORT_HARNESS_H_
#define ANKERBERICHT_TESTS_IMPORT_IMPORT_HARNESS_H_

#include <string>
#include <vector>

#include "config/workspace_config.h"
#include "import/importer.h"
#include "import/presets.h"
#include "test_util.h"

namespace ankerbericht::testing {

struct Harness {
  Site site = StadtlaborSite();
  std::string file = "x.csv";
  ImportOutcome outcome;

  // Imports |bytes| as |kind| with |format| ("" = detect). Today is 30.06.2026.
  Status Import(InputKind kind, const std::string& bytes, const std::string& format = "",
                const std::string& sheet = "") {
    outcome = ImportOutcome{};
    ImportContext ctx;
    ctx.file = file;
    ctx.kind = kind;
    ctx.site = &site;
    ctx.today = Date(2026, 6, 30);
    ctx.preset = FindPreset(format);
    ctx.sheet = sheet;
    Result<const ImporterInfo*> importer = FindImporter(format, kind);
    if (!importer.ok()) return importer.status();
    return (*importer)->import(bytes, ctx, &outcome);
  }

  std::vector<std::string> Rejections() const {
    std::vector<std::string> out;
    for (const Rejection& r : outcome.rejected) out.push_back(r.ToString(file));
    return out;
  }

  bool HasNotice(const std::string& part) const {
    for (const std::string& n : outcome.notices)
      if (n.find(part) != std::string::npos) return true;
    return false;
  }
};

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_IMPORT_IMPORT_HARNESS_H_
