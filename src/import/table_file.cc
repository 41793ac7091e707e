#include "import/table_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "import/csv_reader.h"
#include "import/text_decoding.h"
#include "import/xlsx_reader.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

// Title rows above a header are few; a tool's header is near the top.
constexpr int kRowsToSearch = 30;

bool LooksLikeZip(const std::string& bytes) {
  return bytes.size() >= 4 && bytes.compare(0, 4, "PK\x03\x04") == 0;
}

// Enough text to hold the header line of any export we know.
constexpr size_t kSniffBytes = 64 * 1024;

// A streamed file that could not be reopened: no rows, and the reason.
class FailedRows : public RowSource {
 public:
  explicit FailedRows(std::string why) : why_(std::move(why)) {}
  bool Next(CsvRecord*) override { return false; }
  int error_line() const override { return 1; }
  std::string error_detail() const override { return why_; }

 private:
  std::string why_;
};

// A CsvReader that owns the chunks it reads.
class StreamedRows : public RowSource {
 public:
  StreamedRows(std::unique_ptr<DecodingFileReader> chunks, char delimiter)
      : chunks_(std::move(chunks)), reader_(chunks_.get(), delimiter) {}
  bool Next(CsvRecord* record) override { return reader_.Next(record); }
  int error_line() const override { return reader_.error_line(); }
  std::string error_detail() const override { return reader_.error_detail(); }

 private:
  std::unique_ptr<DecodingFileReader> chunks_;
  CsvReader reader_;
};

Status WorkbookTooLarge(const std::string& file, uint64_t size, const XlsxLimits& limits) {
  auto mb = [](uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20); };
  return Status::InvalidInput(
      file + ": " +
      CliWords().Format("import.xlsx.too_large",
                        {{"mb", mb(size)}, {"limit", mb(limits.max_file_bytes)}}));
}

}  // namespace

Result<std::unique_ptr<TableFile>> TableFile::FromSheet(Result<XlsxSheet> sheet,
                                                        const std::string& file) {
  if (!sheet.ok()) return sheet.status().WithContext(file);
  std::unique_ptr<TableFile> table(new TableFile());
  table->sheet_rows_ = std::move(sheet->rows);
  table->cells_ignored_ = sheet->cells_ignored;
  table->spreadsheet_ = true;
  table->encoding_ = "xlsx";
  return table;
}

Result<std::unique_ptr<TableFile>> TableFile::OpenFile(const std::string& path,
                                                       const std::string& file,
                                                       const std::string& sheet,
                                                       const FileEncoding* known) {
  std::string head(4, '\0');
  {
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return Status::IOError(
          path + ": " +
          CliWords().Format("import.file.cannot_open", {{"reason", std::strerror(errno)}}));
    in.read(head.data(), 4);
    head.resize(static_cast<size_t>(in.gcount()));
  }
  if (LooksLikeZip(head)) {
    // The size first: a huge file that merely starts like a zip is refused
    // before anything is read. The workbook is then read from the file as
    // the zip directory points, never held whole.
    XlsxLimits limits;
    std::error_code ec;
    uint64_t size = std::filesystem::file_size(path, ec);
    if (ec)
      return Status::IOError(
          path + ": " + CliWords().Format("import.file.cannot_read", {{"reason", ec.message()}}));
    if (size > limits.max_file_bytes) return WorkbookTooLarge(file, size, limits);
    std::ifstream in(path, std::ios::binary);
    if (!in)
      return Status::IOError(
          path + ": " +
          CliWords().Format("import.file.cannot_open", {{"reason", std::strerror(errno)}}));
    return FromSheet(ReadXlsxSheet(in, sheet, limits), file);
  }
  Result<FileEncoding> enc = known ? Result<FileEncoding>(*known) : SniffFileEncoding(path);
  if (!enc.ok()) return enc.status();
  std::unique_ptr<TableFile> table(new TableFile());
  table->path_ = path;
  table->file_encoding_ = *enc;
  table->encoding_ = enc->encoding;
  table->has_replacement_chars_ = enc->has_replacement_chars;
  table->invalid_bytes_ = enc->invalid_bytes;
  table->invalid_count_ = enc->invalid_count;
  Result<std::unique_ptr<DecodingFileReader>> chunks = DecodingFileReader::Open(path, *enc);
  if (!chunks.ok()) return chunks.status();
  std::string text, chunk;
  while (text.size() < kSniffBytes && (*chunks)->Read(&chunk)) text += chunk;
  table->delimiter_ = SniffDelimiter(text);
  return table;
}

Result<std::unique_ptr<TableFile>> TableFile::Open(std::string bytes, const std::string& file,
                                                   const std::string& sheet) {
  if (LooksLikeZip(bytes)) {
    XlsxLimits limits;
    if (bytes.size() > limits.max_file_bytes) return WorkbookTooLarge(file, bytes.size(), limits);
    return FromSheet(ReadXlsxSheet(bytes, sheet, limits), file);
  }
  std::unique_ptr<TableFile> table(new TableFile());
  DecodedText decoded = DecodeText(std::move(bytes));
  table->text_ = std::move(decoded.text);
  table->encoding_ = decoded.encoding;
  table->has_replacement_chars_ = decoded.has_replacement_chars;
  table->invalid_bytes_ = std::move(decoded.invalid_bytes);
  table->invalid_count_ = decoded.invalid_count;
  table->delimiter_ = SniffDelimiter(table->text_);
  return table;
}

std::unique_ptr<RowSource> TableFile::Rows() const {
  if (spreadsheet_) return std::make_unique<VectorRowSource>(&sheet_rows_);
  if (!path_.empty()) {
    Result<std::unique_ptr<DecodingFileReader>> chunks =
        DecodingFileReader::Open(path_, file_encoding_);
    if (!chunks.ok()) return std::make_unique<FailedRows>(chunks.status().message());
    return std::make_unique<StreamedRows>(std::move(*chunks), delimiter_);
  }
  return std::make_unique<CsvReader>(text_, delimiter_);
}

std::string TableFile::DelimiterName() const {
  if (spreadsheet_) return "";
  if (delimiter_ == '\t') return "tab";  // input vocabulary: the name inspect and --delimiter use
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
