// Shared by the libFuzzer targets in tests/fuzz/: the site every import runs
// against and the .xlsx packing the spreadsheet targets need. Each target
// defines LLVMFuzzerTestOneInput and must never crash, hang or exhaust memory
// on any input; a failed Status is a correct answer.
#ifndef ANKERBERICHT_TESTS_FUZZ_FUZZ_UTIL_H_
#define ANKERBERICHT_TESTS_FUZZ_FUZZ_UTIL_H_

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <sstream>
#include <string>

#include "config/workspace_config.h"
#include "import/importer.h"
#include "import/presets.h"

namespace ankerbericht::fuzz {

// A site with one question of every scale, as the import tests use.
inline const Site& TestSite() {
  static const Site* site = [] {
    auto* s = new Site;
    s->id = "stadtlabor";
    s->name = "Stadtlabor";
    s->questionnaire = {
        {"zufrieden", "Ich bin insgesamt zufrieden", ScaleType::kAgree5, "", {}},
        {"note", "Gesamtnote", ScaleType::kGrade6, "", {}},
        {"empfehlen", "Würden Sie uns weiterempfehlen?", ScaleType::kYesNo, "recommend", {}},
        {"skala", "Wie wahrscheinlich?", ScaleType::kScale10, "", {}},
        {"wo", "Woher?", ScaleType::kSingle, "", {"Stadt", "Umland"}},
        {"was", "Was?", ScaleType::kMulti, "", {}},
        {"wunsch", "Was wünschen Sie sich?", ScaleType::kText, "", {}},
    };
    s->age_groups = {{"u18", "unter 18", true}, {"ab65", "ab 65", false}};
    return s;
  }();
  return *site;
}

// Runs the default importer of |kind| on |bytes| as `ankerbericht import`
// would (format detected), keeping the records in memory.
inline void ImportBytes(InputKind kind, std::string bytes, const std::string& file) {
  ImportContext ctx;
  ctx.file = file;
  ctx.kind = kind;
  ctx.site = &TestSite();
  ctx.today = Date(2026, 6, 30);
  ctx.known_event_ids = {"V-1", "V-2026-014"};
  Result<const ImporterInfo*> importer = FindImporter("", kind);
  if (!importer.ok()) __builtin_trap();  // the table of importers itself is broken
  ImportOutcome outcome;
  (void)(*importer)->import(InputSource(std::move(bytes)), ctx, &outcome);
}

// Zips |parts| (name -> content) without compression: fast, and the reader
// must take stored entries as well as deflated ones.
inline std::string Zip(const std::map<std::string, std::string>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  for (const auto& [name, content] : parts) {
    std::istringstream in(content);
    zip.addFile(in, Poco::DateTime(2026, 1, 1), Poco::Path(name, Poco::Path::PATH_UNIX),
                Poco::Zip::ZipCommon::CM_STORE);
  }
  zip.close();
  return out.str();
}

}  // namespace ankerbericht::fuzz

#endif  // ANKERBERICHT_TESTS_FUZZ_FUZZ_UTIL_H_
