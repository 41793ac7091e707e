// The table of importers: one row per source format.
#include "import/importer.h"
#include "import/csv_reader.h"
#include "import/notes_reader.h"
#include "import/table_mapper.h"
#include "import/text_decoding.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

const TableKind* TableKindFor(InputKind kind) {
  switch (kind) {
    case InputKind::kVisits: return &VisitsTable();
    case InputKind::kTallies: return &TalliesTable();
    case InputKind::kEvents: return &EventsTable();
    case InputKind::kFeedback: return &FeedbackTable();
    case InputKind::kVotes: return &VotesTable();
    case InputKind::kNotes: return nullptr;
  }
  return nullptr;
}

void NoteEncoding(const DecodedText& decoded, ImportOutcome* outcome) {
  outcome->encoding = decoded.encoding;
  if (decoded.has_replacement_chars) {
    outcome->notices.push_back(
        "the file already contains replacement characters (\xEF\xBF\xBD): some letters were lost "
        "before the file reached ankerbericht; ask for a new export");
  }
}

// Our own CSV layout (docs/input-formats.md), for every table kind.
Status ImportCsv(const std::string& bytes, const ImportContext& ctx, ImportOutcome* outcome) {
  DecodedText decoded = DecodeText(bytes);
  NoteEncoding(decoded, outcome);
  CsvReader reader(decoded.text, SniffDelimiter(decoded.text));
  return TableMapper::Map(&reader, *TableKindFor(ctx.kind), ctx, outcome);
}

bool HandlesTables(InputKind kind) { return kind != InputKind::kNotes; }

Status ImportMarkdown(const std::string& bytes, const ImportContext& ctx, ImportOutcome* outcome) {
  DecodedText decoded = DecodeText(bytes);
  NoteEncoding(decoded, outcome);
  Note note;
  ANKER_RETURN_IF_ERROR(ReadNote(decoded.text, ctx, &note, &outcome->rejected));
  if (ctx.site->opened && note.date < *ctx.site->opened) {
    return Status::InvalidInput(Located(ctx.file, 0, "datum lies before the site opened (" +
                                                         ctx.site->opened->ToGerman() + ")"));
  }
  if (note.date > ctx.today) {
    return Status::InvalidInput(Located(ctx.file, 0, "datum lies in the future (" + note.date.ToGerman() + ")"));
  }
  outcome->rows_read = 1;
  outcome->batch.notes.push_back(std::move(note));
  return Status::Ok();
}

bool HandlesNotes(InputKind kind) { return kind == InputKind::kNotes; }

}  // namespace

const std::vector<ImporterInfo>& Importers() {
  static const std::vector<ImporterInfo> kImporters = {
      {"csv", "CSV in ankerbericht's documented layout (docs/input-formats.md)", HandlesTables, ImportCsv},
      {"markdown", "Markdown notes with a --- header", HandlesNotes, ImportMarkdown},
  };
  return kImporters;
}

Result<const ImporterInfo*> FindImporter(const std::string& format, InputKind kind) {
  std::string names;
  for (const ImporterInfo& info : Importers()) {
    if (format.empty() ? info.handles(kind) : format == info.name) {
      if (!info.handles(kind)) {
        return Status::Usage(std::string("format \"") + info.name + "\" cannot read " + InputKindName(kind));
      }
      return &info;
    }
    names += std::string(names.empty() ? "" : ", ") + info.name;
  }
  return Status::Usage("unknown format \"" + format + "\" (known: " + names + ")");
}

}  // namespace ankerbericht
