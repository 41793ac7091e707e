// The .xlsx reader on raw bytes: the zip container (directory, sizes,
// compression ratios) as well as the XML inside it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "import/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ankerbericht;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  (void)ReadXlsxSheet(bytes, "");
  fuzz::ImportBytes(InputKind::kFeedback, std::move(bytes), "fuzz.xlsx");
  return 0;
}
