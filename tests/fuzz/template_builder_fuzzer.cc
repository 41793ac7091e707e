// The report builder on a fuzzed template: sections, options, wording and
// placeholders, against an evaluation of the sample workspace's events and
// feedback (imported once, into a database in memory). The document is
// dumped as text; rendering a PDF per input would be too slow to fuzz.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "config/qualitative_files.h"
#include "config/workspace_config.h"
#include "document/report_builder.h"
#include "evaluate/evaluation.h"
#include "import/import_run.h"
#include "render/text_dump.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using namespace ankerbericht;

struct Fixture {
  WorkspaceConfig config;
  std::unique_ptr<Store> store;
  Evaluation evaluation;
  ReportInput input;
  std::string dir;  // the template folder and the workspace of "markdown" sections
};

Fixture* MakeFixture() {
  auto* f = new Fixture;
  std::string sample = std::string(ANKERBERICHT_SOURCE_DIR) + "/sample-data";
  Result<WorkspaceConfig> config = LoadWorkspaceConfig(sample);
  Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
  if (!config.ok() || !store.ok()) std::abort();
  f->config = std::move(*config);
  f->store = std::move(*store);
  const Site& site = f->config.sites[0];
  for (const auto& [kind, path] :
       {std::pair{InputKind::kEvents, "daten/veranstaltungen.csv"},
        std::pair{InputKind::kFeedback, "daten/feedback/papier-2026.csv"}}) {
    ImportContext ctx;
    ctx.file = path;
    ctx.kind = kind;
    ctx.site = &site;
    ctx.today = Date(2026, 11, 21);
    if (kind == InputKind::kFeedback) ctx.known_event_ids = *f->store->EventIds(site.id);
    SourceFile file;
    file.site = site.id;
    file.kind = kind;
    file.path = path;
    file.hash = path;
    ImportOutcome outcome;
    bool refused = false;
    Result<ImportAction> done =
        RunImport(f->store.get(), **FindImporter("", kind), InputSource::File(sample + "/" + path),
                  ctx, file, RunOptions(), &outcome, &refused);
    if (!done.ok()) std::abort();
  }
  EvaluateOptions options;
  options.compare = true;
  options.history = true;
  options.today = Date(2026, 11, 21);
  Result<std::vector<CodebookTheme>> codebook = LoadCodebook(sample);
  if (codebook.ok()) options.codebook = *codebook;
  Result<Evaluation> ev = Evaluate(f->store.get(), site, *ParsePeriod("2026-H1"), options);
  if (!ev.ok()) std::abort();
  f->evaluation = std::move(*ev);
  f->input.evaluation = &f->evaluation;
  f->input.sources = *f->store->Files();
  f->input.today = Date(2026, 11, 21);
  f->dir =
      (fs::temp_directory_path() / ("ankerbericht-fuzz-" + std::to_string(::getpid()))).string();
  fs::create_directories(f->dir + "/texte");
  std::ofstream(f->dir + "/texte/vorwort.md")
      << "# Vorwort\n\nDas Team im {period_label}.\n\n- eins\n- zwei\n";
  f->input.workspace_dir = f->dir;
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* f = MakeFixture();
  {
    std::ofstream out(f->dir + "/fuzz.json", std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  for (const char* lang : {"de", "en"}) {
    f->input.lang = lang;
    Result<Document> doc = BuildReport(f->dir, "fuzz", f->input);
    if (doc.ok()) (void)DumpDocument(*doc);
  }
  return 0;
}
