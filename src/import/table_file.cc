#include "import/table_file.h"

#include "import/csv_reader.h"
#include "import/text_decoding.h"
#include "import/xlsx_reader.h"

namespace ankerbericht {

namespace {

// Title rows above a header are few; a tool's header is near the top.
constexpr int kRowsToSearch = 30;

bool LooksLikeZip(const std::string& bytes) { return bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0; }

}  // namespace

Result<std::unique_ptr<TableFile>> TableFile::Open(std::string bytes, const std::string& file,
                                                  const std::string& sheet) {
  std::unique_ptr<TableFile> table(new TableFile());
  if (LooksLikeZip(bytes)) {
    Result<std::vector<CsvRecord>> rows = ReadXlsxSheet(bytes, sheet);
    if (!rows.ok()) return rows.status().WithContext(file);
    table->sheet_rows_ = std::move(*rows);
    table->spreadsheet_ = true;
    table->encoding_ = "xlsx";
    return table;
  }
  DecodedText decoded = DecodeText(std::move(bytes));
  table->text_ = std::move(decoded.text);
  table->encoding_ = decoded.encoding;
  table->has_replacement_chars_ = decoded.has_replacement_chars;
  table->delimiter_ = SniffDelimiter(table->text_);
  return table;
}

std::unique_ptr<RowSource> TableFile::Rows() const {
  if (spreadsheet_) return std::make_unique<VectorRowSource>(sheet_rows_);
  return std::make_unique<CsvReader>(text_, delimiter_);
}

std::string TableFile::DelimiterName() const {
  if (spreadsheet_) return "";
  if (delimiter_ == '\t') return "tab";
  return std::string("'") + delimiter_ + "'";
}

const Preset* TableFile::Detect(InputKind kind) const {
  std::unique_ptr<RowSource> rows = Rows();
  CsvRecord record;
  for (int seen = 0; seen < kRowsToSearch && rows->Next(&record);) {
    if (record.IsBlank()) continue;
    ++seen;
    if (const Preset* p = DetectPreset(kind, record.fields)) return p;
  }
  return nullptr;
}

int TableFile::GuessHeaderRow(const Preset* preset) const {
  std::unique_ptr<RowSource> rows = Rows();
  CsvRecord record;
  int best = -1;
  size_t best_cells = 0;
  int index = -1;
  for (int seen = 0; seen < kRowsToSearch && rows->Next(&record);) {
    ++index;
    if (record.IsBlank()) continue;
    ++seen;
    if (preset && DetectPreset(preset->kind, record.fields) == preset) return index;
    size_t cells = 0;
    for (const std::string& f : record.fields) cells += !f.empty();
    if (cells > best_cells) {
      best_cells = cells;
      best = index;
    }
  }
  return best;
}

}  // namespace ankerbericht
