// The CSV path: decoding, delimiter sniffing, the record reader and the table
// importers with tool detection. The first byte chooses the kind of input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "import/csv_reader.h"
#include "import/text_decoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ankerbericht;
  if (size == 0) return 0;
  static const InputKind kKinds[] = {InputKind::kVisits, InputKind::kTallies, InputKind::kEvents,
                                     InputKind::kFeedback, InputKind::kVotes};
  InputKind kind = kKinds[data[0] % 5];
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  DecodedText decoded = DecodeText(bytes);
  CsvReader reader(decoded.text, SniffDelimiter(decoded.text));
  CsvRecord record;
  while (reader.Next(&record)) {
  }
  fuzz::ImportBytes(kind, std::move(bytes), "fuzz.csv");
  return 0;
}
