// Which configuration a file was read with. A file's rows depend on more than
// its bytes: the source entry that maps its headers (format, channel,
// columns, items), and for some kinds the site's questionnaire (scales,
// labels), age groups and opening date. The store keeps this fingerprint with
// each file, so that `run` reads a file again when the mapping it was read
// with has changed (a rejected file stays rejected otherwise, however the
// configuration is fixed).
#ifndef ANKERBERICHT_IMPORT_MAPPING_FINGERPRINT_H_
#define ANKERBERICHT_IMPORT_MAPPING_FINGERPRINT_H_

#include <string>

#include "config/workspace_config.h"
#include "model/records.h"

namespace ankerbericht {

// A short hex digest of everything in the configuration that decides how a
// file of |kind| for |site| is read: the source entry (|source|, may be null),
// the importer or preset |format| ("" = detected), and the site's keys the
// kind's importer consults. Equal configurations give equal fingerprints,
// whatever the spacing, comments or key order of ankerbericht.json; changing
// the questionnaire leaves the fingerprints of counter files alone. Never fails.
std::string MappingFingerprint(InputKind kind, const Site& site, const SourceSpec* source,
                               const std::string& format);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_MAPPING_FINGERPRINT_H_
