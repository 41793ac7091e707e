#include "app/workspace.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Exception.h>
#include <Poco/Glob.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "import/import_run.h"
#include "import/mapping_fingerprint.h"
#include "import/presets.h"
#include "import/record_text.h"
#include "import/text_decoding.h"
#include "util/strings.h"

namespace ankerbericht {

namespace fs = std::filesystem;

std::string Workspace::Relative(const std::string& path) const {
  std::error_code ec;
  fs::path file = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) return path;
  fs::path root = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  if (ec) return file.generic_string();
  fs::path rel = file.lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return file.generic_string();
  return rel.generic_string();
}

namespace {

Result<Workspace> LoadWorkspace(const std::string& dir, bool update, const std::string& command) {
  Workspace ws;
  ws.dir = dir;
  Result<WorkspaceConfig> config = LoadWorkspaceConfig(dir);
  if (!config.ok()) return config.status();
  ws.config = std::move(*config);
  const std::string db = (fs::path(dir) / kDatabaseFileName).string();
  if (update) {
    Result<std::unique_ptr<WorkspaceLock>> lock = WorkspaceLock::Acquire(dir, command);
    if (!lock.ok()) return lock.status();
    ws.lock = std::move(*lock);
  }
  Result<std::unique_ptr<Store>> store = update ? Store::Open(db) : Store::OpenReadOnly(db);
  if (!store.ok()) return store.status();
  ws.store = std::move(*store);
  return ws;
}

}  // namespace

Result<Workspace> OpenWorkspace(const std::string& dir) { return LoadWorkspace(dir, false, ""); }

Result<Workspace> OpenWorkspaceForUpdate(const std::string& dir, const std::string& command) {
  return LoadWorkspace(dir, true, command);
}

Date Today() {
  if (const char* env = std::getenv("ANKERBERICHT_TODAY")) {
    if (std::optional<Date> d = Date::Parse(env)) return *d;
  }
  Poco::DateTime now;
  return Date(now.year(), static_cast<unsigned>(now.month()), static_cast<unsigned>(now.day()));
}

Result<ImportReport> ImportOneFile(Workspace* ws, const ImportRequest& request) {
  ImportReport report;
  report.name = ws->Relative(request.path);
  const Site* site = ws->site(request.site);
  if (!site)
    return Status::NotFound(CliWords().Format("cli.site.not_in_config", {{"id", request.site}}));
  if (!fs::is_regular_file(request.path))
    return Status::NotFound(CliWords().Format("cli.file.no_such_file", {{"path", request.path}}));

  Result<const ImporterInfo*> importer = FindImporter(request.format, request.kind);
  if (!importer.ok()) return importer.status();
  // The checksum and the encoding in one reading; the parse is the second
  // and last (only an unchanged file, known by its checksum, is read once).
  Result<ScannedFile> scan = ScanFile(request.path);
  if (!scan.ok()) return scan.status();
  const std::string* hash = &scan->sha256;

  // The same bytes again: nothing to read, nothing to add, unless the
  // configuration they were read with has changed since (a scale fixed, a
  // header mapped) or the user asks for it.
  const std::string mapping =
      MappingFingerprint(request.kind, *site, request.source, request.format);
  auto known = ws->store->FindFile(site->id, request.kind, report.name);
  if (!known.ok()) return known.status();
  if (*known && (*known)->hash == *hash) {
    const SourceFile& stored = **known;
    // A file read before the store kept the mapping, with nothing refused,
    // could win nothing by a new reading: the current mapping is taken as
    // the one it was read with.
    const bool legacy_clean = stored.mapping.empty() && stored.rows_rejected == 0;
    if (request.force) {
      report.reread = Reread::kForced;
    } else if (stored.mapping != mapping && !legacy_clean) {
      report.reread = Reread::kMappingChanged;
    } else if (legacy_clean && !request.dry_run) {
      ANKER_RETURN_IF_ERROR(ws->store->AdoptMapping(site->id, request.kind, report.name, mapping));
    }
    if (report.reread == Reread::kNo) {
      report.action = ImportAction::kUnchanged;
      report.outcome.encoding = stored.encoding;
      return report;
    }
  }
  // The same bytes under another name (a copy, an export saved twice): they
  // are counted already.
  auto same = ws->store->FindSameContent(site->id, request.kind, *hash, report.name);
  if (!same.ok()) return same.status();
  if (*same) {
    report.action = ImportAction::kUnchanged;
    report.same_as = (*same)->path;
    report.outcome.encoding = (*same)->encoding;
    return report;
  }

  ImportContext ctx;
  ctx.file = report.name;
  ctx.kind = request.kind;
  ctx.site = site;
  ctx.source = request.source;
  ctx.today = Today();
  ctx.preset = FindPreset(request.format);  // null for "", "csv", "xlsx"
  ctx.sheet = request.sheet;
  if (request.kind == InputKind::kFeedback || request.kind == InputKind::kNotes) {
    auto ids = ws->store->EventIds(site->id);
    if (!ids.ok()) return ids.status();
    ctx.known_event_ids = std::move(*ids);
  }
  report.outcome.format = (*importer)->name;
  // Read, checked and written chunk by chunk in one transaction (import/import_run.h).
  SourceFile file;
  file.site = site->id;
  file.kind = request.kind;
  file.path = report.name;
  file.hash = *hash;
  file.mapping = mapping;
  file.imported_at = Poco::DateTimeFormatter::format(Poco::DateTime(), "%Y-%m-%dT%H:%M:%SZ");
  RunOptions options;
  options.strict = request.strict;
  options.dry_run = request.dry_run;
  options.reread = report.reread != Reread::kNo;
  options.progress = request.progress;
  Result<ImportAction> action =
      RunImport(ws->store.get(), **importer, InputSource::File(request.path, scan->encoding), ctx,
                file, options, &report.outcome, &report.refused);
  if (!action.ok()) return action.status();
  report.action = *action;
  return report;
}

std::vector<std::string> SourceFiles(const Workspace& ws, const SourceSpec& source) {
  std::set<std::string> matches;
  std::string pattern = (fs::path(ws.dir) / source.path).generic_string();
  try {
    Poco::Glob::glob(pattern, matches);
  } catch (const Poco::Exception&) {
    // An unreadable folder matches nothing; `check` reports empty sources.
  }
  std::vector<std::string> files;
  for (const std::string& m : matches)
    if (fs::is_regular_file(m)) files.push_back(m);
  return files;
}

const SourceSpec* SourceForFile(const Workspace& ws, InputKind kind, const std::string& site,
                                const std::string& path) {
  // Matched the way `run` finds its files, so that a file gets the same
  // mapping from either command.
  const std::string name = ws.Relative(path);
  for (const SourceSpec& s : ws.config.sources) {
    if (s.kind != kind || s.site != site) continue;
    if (s.path == name || s.path == path) return &s;
    for (const std::string& f : SourceFiles(ws, s))
      if (ws.Relative(f) == name) return &s;
  }
  return nullptr;
}

Result<ImportOutcome> ReadWithoutStoring(const Workspace& ws, const SourceSpec& source,
                                         const std::string& path) {
  const Site* site = ws.config.FindSite(source.site);
  if (!site)
    return Status::NotFound(CliWords().Format("cli.site.not_in_config", {{"id", source.site}}));
  Result<const ImporterInfo*> importer = FindImporter(source.format, source.kind);
  if (!importer.ok()) return importer.status();
  ImportContext ctx;
  ctx.file = ws.Relative(path);
  ctx.kind = source.kind;
  ctx.site = site;
  ctx.source = &source;
  ctx.today = Today();
  ctx.preset = FindPreset(source.format);
  ImportOutcome outcome;
  outcome.format = (*importer)->name;
  ANKER_RETURN_IF_ERROR((*importer)->import(InputSource::File(path), ctx, &outcome));
  return outcome;
}

namespace {

// A count as the command line writes numbers: "1.000.000 von 1.000.000 Zeilen".
std::string Count(double n) { return CliWords().locale().FormatNumber(n, 0); }

}  // namespace

void PrintImportReport(const ImportReport& report, bool dry_run) {
  const ImportOutcome& o = report.outcome;
  for (const Rejection& r : o.rejected) std::cerr << r.ToString(report.name) << "\n";
  for (const Rejection& w : o.warnings) std::cerr << w.ToString(report.name) << "\n";
  const Strings& s = CliWords();
  const std::string& file = report.name;
  if (report.action == ImportAction::kUnchanged) {
    if (!report.same_as.empty()) {
      std::cerr << s.Format("cli.import.same_content", {{"file", file}, {"other", report.same_as}})
                << "\n";
    } else {
      std::cerr << s.Format("cli.import.unchanged", {{"file", file}}) << "\n";
    }
    return;
  }
  const char* verb = report.refused                             ? "cli.import.refused"
                     : dry_run                                  ? "cli.import.checked"
                     : report.reread == Reread::kMappingChanged ? "cli.import.reread_mapping"
                     : report.reread == Reread::kForced         ? "cli.import.reread_forced"
                     : report.action == ImportAction::kReplaced ? "cli.import.replaced"
                                                                : "cli.import.imported";
  std::cerr << s.Format("cli.import.summary", {{"file", file},
                                               {"verb", s(verb)},
                                               {"accepted", Count(o.accepted())},
                                               {"rows", Count(o.rows_read)},
                                               {"rejected", Count(o.rejected.size())},
                                               {"format", o.format},
                                               {"encoding", o.encoding}})
            << "\n";
  for (const std::string& n : o.notices)
    std::cerr << s.Format("cli.import.note", {{"file", file}, {"note", n}}) << "\n";
  if (dry_run && !report.refused) {
    // What the import would do: which column became which field, and the
    // first rows as they would be stored.
    if (!o.delimiter.empty())
      std::cerr << s.Format("cli.import.delimiter", {{"file", file}, {"delimiter", o.delimiter}})
                << "\n";
    for (const std::string& m : o.mapping)
      std::cerr << s.Format("cli.import.column", {{"file", file}, {"mapping", m}}) << "\n";
    for (const std::string& r : DescribeRecords(o.sample, 10))
      std::cerr << s.Format("cli.import.would_store", {{"file", file}, {"record", r}}) << "\n";
  }
}

}  // namespace ankerbericht
