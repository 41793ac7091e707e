// One-line descriptions of mapped records, for `import --dry-run` and
// `inspect`: what the importer made of a row, in the user's terms.
#ifndef ANKERBERICHT_IMPORT_RECORD_TEXT_H_
#define ANKERBERICHT_IMPORT_RECORD_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "model/records.h"

namespace ankerbericht {

// The first |limit| records of |batch| as "line N: field=value, ..." lines.
std::vector<std::string> DescribeRecords(const ImportBatch& batch, size_t limit);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_RECORD_TEXT_H_
