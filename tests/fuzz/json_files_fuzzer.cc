// Our JSON files: the workspace configuration, the codebook, the quote
// choices and the success factors, each parsed from the same input.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/qualitative_files.h"
#include "config/success_factors.h"
#include "config/workspace_config.h"
#include "util/json_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ankerbericht;
  std::string text(reinterpret_cast<const char*>(data), size);
  (void)ParseJsonObject(text, "fuzz.json", true);
  (void)ParseWorkspaceConfig(text, "ankerbericht.json");
  (void)ParseCodebook(text, "codebook.json");
  (void)ParseQuoteChoices(text, "zitate.json");
  (void)ParseSuccessFactors(text, "erfolgsfaktoren.json");
  return 0;
}
