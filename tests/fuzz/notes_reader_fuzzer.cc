// The Markdown notes reader: the "---" header, sections, #tags, actions.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "import/notes_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace ankerbericht;
  std::string text(reinterpret_cast<const char*>(data), size);
  ImportContext ctx;
  ctx.file = "fuzz.md";
  ctx.kind = InputKind::kNotes;
  ctx.site = &fuzz::TestSite();
  ctx.today = Date(2026, 6, 30);
  ctx.known_event_ids = {"V-1", "V-2026-014"};
  Note note;
  std::vector<Rejection> problems, warnings;
  (void)ReadNote(text, ctx, &note, &problems, &warnings);
  fuzz::ImportBytes(InputKind::kNotes, std::move(text), "fuzz.md");
  return 0;
}
