#include "import/mapping_fingerprint.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <vector>

namespace ankerbericht {

namespace {

// The site's keys each kind's importer reads. Only these count: a changed
// target or opening hour must not make `run` read every file again.
// input vocabulary: keys of the site in ankerbericht.json
std::vector<const char*> SiteKeysFor(InputKind kind) {
  switch (kind) {
    case InputKind::kFeedback:
      return {"questionnaire", "age_groups", "opened"};
    case InputKind::kTallies:
    case InputKind::kEvents:
      return {"age_groups", "opened"};
    case InputKind::kVisits:
    case InputKind::kVotes:
    case InputKind::kNotes:
      return {"opened"};
  }
  return {"opened"};
}
// end of input vocabulary

}  // namespace

std::string MappingFingerprint(InputKind kind, const Site& site, const SourceSpec* source,
                               const std::string& format) {
  // One "key=value" line each; the values are canonical JSON or plain names,
  // which hold no line break.
  std::string text = std::string("kind=") + InputKindName(kind) + "\nformat=" + format + "\n";
  text += "source=" + (source ? source->settings : std::string("null")) + "\n";
  for (const char* key : SiteKeysFor(kind)) {
    auto it = site.import_settings.find(key);
    text += std::string(key) + "=" +
            (it == site.import_settings.end() ? std::string("null") : it->second) + "\n";
  }
  Poco::SHA2Engine sha(Poco::SHA2Engine::SHA_256);
  sha.update(text);
  // 64 bits tell configurations apart well enough: a collision only means a
  // file is not read again, and `import --force` reads it.
  return Poco::DigestEngine::digestToHex(sha.digest()).substr(0, 16);
}

}  // namespace ankerbericht
