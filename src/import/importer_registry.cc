// The table of importers: one row per source format. Table files go through
// one pipeline: TableFile (bytes -> rows: CSV or .xlsx) -> preset (which tool
// wrote it) -> TableMapper (rows -> records).
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "import/importer.h"
#include "import/notes_reader.h"
#include "import/presets.h"
#include "import/table_file.h"
#include "import/table_mapper.h"
#include "import/text_decoding.h"
#include "util/file.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

const TableKind* KindTable(InputKind kind) {
  switch (kind) {
    case InputKind::kVisits:
      return &VisitsTable();
    case InputKind::kTallies:
      return &TalliesTable();
    case InputKind::kEvents:
      return &EventsTable();
    case InputKind::kFeedback:
      return &FeedbackTable();
    case InputKind::kVotes:
      return &VotesTable();
    case InputKind::kNotes:
      return nullptr;
  }
  return nullptr;
}

// Names the bytes of a UTF-8 file that are not UTF-8 ("file:12: kein gültiges
// UTF-8 (Byte 0xE4)"), so the user can repair them; they were read as U+FFFD.
void ReportInvalidBytes(const std::vector<InvalidByte>& named, int64_t count,
                        ImportOutcome* outcome) {
  for (const InvalidByte& b : named) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", b.byte);
    outcome->warnings.push_back({b.line, "", CliWords().Get("import.warning.not_utf8"),
                                 CliWords().Format("import.warning.byte", {{"hex", hex}})});
  }
  if (count > 0) {
    outcome->notices.push_back(
        CliWords().Format("import.notice.bytes_not_utf8", {{"n", std::to_string(count)}}));
  }
}

// Every table format: CSV in any dialect or an .xlsx sheet, in our layout or
// a tool's (ctx.preset when --format named one, else detected from the header).
Status ImportTable(const InputSource& input, const ImportContext& given, ImportOutcome* outcome) {
  Result<std::unique_ptr<TableFile>> table =
      input.path.empty() ? TableFile::Open(input.bytes, given.file, given.sheet)
                         : TableFile::OpenFile(input.path, given.file, given.sheet,
                                               input.encoding ? &*input.encoding : nullptr);
  if (!table.ok()) return table.status();
  outcome->encoding = (*table)->encoding();
  outcome->delimiter = (*table)->DelimiterName();
  if ((*table)->has_replacement_chars()) {
    outcome->notices.push_back(CliWords().Get("import.notice.replacement_chars"));
  }
  if ((*table)->cells_ignored() > 0) {
    outcome->notices.push_back(CliWords().Format(
        "import.notice.cells_beyond_amj", {{"n", std::to_string((*table)->cells_ignored())}}));
  }
  ReportInvalidBytes((*table)->invalid_bytes(), (*table)->invalid_count(), outcome);
  ImportContext ctx = given;
  if (!ctx.preset) ctx.preset = (*table)->Detect(ctx.kind);
  outcome->format = ctx.preset ? ctx.preset->name : (*table)->is_spreadsheet() ? "xlsx" : "csv";
  std::unique_ptr<RowSource> rows = (*table)->Rows();
  const TableKind* kind = TableKindOf(ctx.kind, ctx.preset);
  return TableMapper::Map(rows.get(), *kind, ctx, outcome);
}

bool HandlesTables(InputKind kind) { return kind != InputKind::kNotes; }
bool HandlesVisits(InputKind kind) { return kind == InputKind::kVisits; }
bool HandlesFeedback(InputKind kind) { return kind == InputKind::kFeedback; }

// A note is a page or a few of text; a larger file is no note (a renamed
// export, a pasted archive) and is not read into memory.
constexpr int64_t kMaxNoteBytes = 16 * 1024 * 1024;

Status ImportMarkdown(const InputSource& input, const ImportContext& ctx, ImportOutcome* outcome) {
  const Status too_large =
      Status::InvalidInput(ctx.file + ": " + CliWords().Get("import.note.too_large"));
  std::string bytes = input.bytes;
  if (!input.path.empty()) {
    // A note is a page of text: read whole, once its size is known.
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(input.path, ec);
    if (!ec && size > static_cast<std::uintmax_t>(kMaxNoteBytes)) return too_large;
    Result<std::string> read = ReadFile(input.path);
    if (!read.ok()) return read.status();
    bytes = std::move(*read);
  }
  if (static_cast<int64_t>(bytes.size()) > kMaxNoteBytes) return too_large;
  DecodedText decoded = DecodeText(std::move(bytes));
  outcome->encoding = decoded.encoding;
  if (decoded.has_replacement_chars) {
    outcome->notices.push_back(CliWords().Get("import.notice.replacement_chars"));
  }
  ReportInvalidBytes(decoded.invalid_bytes, decoded.invalid_count, outcome);
  Note note;
  ANKER_RETURN_IF_ERROR(ReadNote(decoded.text, ctx, &note, &outcome->rejected, &outcome->warnings));
  if (ctx.site->opened && note.date < *ctx.site->opened) {
    return Status::InvalidInput(
        Located(ctx.file, 0,
                CliWords().Format("import.note.before_opening",
                                  {{"opened", ctx.site->opened->ToGerman()}})));
  }
  if (note.date > ctx.today) {
    return Status::InvalidInput(Located(
        ctx.file, 0, CliWords().Format("import.note.in_future", {{"date", note.date.ToGerman()}})));
  }
  outcome->rows_read = 1;
  outcome->batch.notes.push_back(std::move(note));
  return Status::Ok();
}

bool HandlesNotes(InputKind kind) { return kind == InputKind::kNotes; }

}  // namespace

const TableKind* TableKindOf(InputKind kind, const Preset* preset) {
  return preset && preset->table ? preset->table() : KindTable(kind);
}

const std::vector<ImporterInfo>& Importers() {
  static const std::vector<ImporterInfo> kImporters = [] {
    std::vector<ImporterInfo> rows = {
        {"csv", HandlesTables, ImportTable},
        {"markdown", HandlesNotes, ImportMarkdown},
        {"xlsx", HandlesTables, ImportTable},
    };
    for (const Preset& p : Presets()) {
      rows.push_back(
          {p.name, p.kind == InputKind::kVisits ? HandlesVisits : HandlesFeedback, ImportTable});
    }
    return rows;
  }();
  return kImporters;
}

Result<const ImporterInfo*> FindImporter(const std::string& format, InputKind kind) {
  std::string names;
  for (const ImporterInfo& info : Importers()) {
    if (format.empty() ? info.handles(kind) : format == info.name) {
      if (!info.handles(kind)) {
        return Status::Usage(CliWords().Format(
            "import.format.cannot_read", {{"format", info.name}, {"kind", InputKindName(kind)}}));
      }
      return &info;
    }
    names += std::string(names.empty() ? "" : ", ") + info.name;
  }
  return Status::Usage(
      CliWords().Format("import.format.unknown", {{"format", format}, {"known", names}}));
}

Status CheckSourceMapping(const SourceSpec& source, const Site* site) {
  Result<const ImporterInfo*> importer = FindImporter(source.format, source.kind);
  if (!importer.ok())
    return Status::Config(CliWords().Format(
        "import.config.source", {{"path", source.path}, {"problem", importer.status().message()}}));
  const Preset* preset = FindPreset(source.format);
  const TableKind* kind = TableKindOf(source.kind, preset);
  if (!kind) {
    if (source.columns.empty()) return Status::Ok();
    return Status::Config(
        CliWords().Format("import.config.no_columns",
                          {{"where", source.path}, {"kind", InputKindName(source.kind)}}));
  }
  return CheckColumnFields(*kind, source.kind, source.columns, source.path, site);
}

}  // namespace ankerbericht
