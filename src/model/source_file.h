// What is known about one imported file: where it came from, how it was read
// and what it contributed. Kept by the store, listed in reports' appendix.
#ifndef ANKERBERICHT_MODEL_SOURCE_FILE_H_
#define ANKERBERICHT_MODEL_SOURCE_FILE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "model/records.h"
#include "util/date.h"

namespace ankerbericht {

// What the store remembers about one imported file.
struct SourceFile {
  std::string site;
  InputKind kind = InputKind::kVisits;
  std::string path;      // as given in the configuration / on the command line
  std::string format;    // importer name, e.g. "csv"
  std::string hash;      // SHA-256 of the file's bytes, hex
  std::string encoding;  // "UTF-8", "UTF-8 (BOM)", "Windows-1252"
  int64_t rows_read = 0;
  int64_t rows_imported = 0;
  int64_t rows_rejected = 0;
  std::string rejected_text;  // the rejection messages, one per line
  std::string imported_at;    // ISO date-time (UTC)
  // The configuration the file was read with (import/mapping_fingerprint.h);
  // empty for files imported before the store kept it.
  std::string mapping;
  // The first and last date of the records the file contributed (filled by
  // Store::Files(); nullopt for a file that contributed none).
  std::optional<Date> first_date, last_date;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_SOURCE_FILE_H_
