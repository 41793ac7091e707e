// A table file opened for reading: CSV text (decoded, delimiter sniffed) or
// the cells of one .xlsx worksheet. Rows can be read from the start as often
// as needed (once to detect the tool that wrote the file, once to map it).
// A CSV file opened from disk is streamed: each Rows() reads it again in
// chunks, so memory does not grow with the file.
#ifndef ANKERBERICHT_IMPORT_TABLE_FILE_H_
#define ANKERBERICHT_IMPORT_TABLE_FILE_H_

#include <memory>
#include <string>
#include <vector>

#include "import/presets.h"
#include "import/row_source.h"
#include "import/text_decoding.h"
#include "import/xlsx_reader.h"
#include "util/status.h"

namespace ankerbericht {

class TableFile {
 public:
  // Takes the file's bytes. An .xlsx workbook (recognised by its zip
  // signature) is read as a spreadsheet: |sheet| names the worksheet, "" the
  // first. Fails with kInvalidInput ("file: ...") for a damaged or oversized
  // workbook or an unknown sheet; CSV text never fails here.
  static Result<std::unique_ptr<TableFile>> Open(std::string bytes, const std::string& file,
                                                 const std::string& sheet);

  // The same for a file on disk: CSV text is not read into memory (one pass
  // here decides the encoding, the delimiter comes from the first 64 KB); an
  // .xlsx workbook is read from the file, and its cells are held in memory
  // within the budget of XlsxLimits. A workbook file over that budget's size
  // limit is refused before it is read ("file: workbook too large (2048 MB,
  // limit 64 MB)"). With |known| (ScanFile's finding) CSV text is not read
  // for its encoding again. Fails with kIOError when the file cannot be read.
  static Result<std::unique_ptr<TableFile>> OpenFile(const std::string& path,
                                                     const std::string& file,
                                                     const std::string& sheet,
                                                     const FileEncoding* known = nullptr);

  // A fresh reader positioned at the first row. The TableFile must outlive it
  // (a spreadsheet's rows are read in place, not copied).
  // For a file on disk that can no longer be opened, the reader yields no rows
  // and reports the problem as its error.
  std::unique_ptr<RowSource> Rows() const;

  const std::string& encoding() const { return encoding_; }
  // "';'", "','", "tab" for CSV; "" for a spreadsheet.
  std::string DelimiterName() const;
  bool is_spreadsheet() const { return spreadsheet_; }
  // Non-empty spreadsheet cells beyond the last column read (XlsxLimits).
  int64_t cells_ignored() const { return cells_ignored_; }
  // True if the text holds U+FFFD (letters lost before the file reached us).
  bool has_replacement_chars() const { return has_replacement_chars_; }
  // Bytes of a UTF-8 file that are not UTF-8 (read as U+FFFD): the first few
  // with their lines, and how many in all.
  const std::vector<InvalidByte>& invalid_bytes() const { return invalid_bytes_; }
  int64_t invalid_count() const { return invalid_count_; }

  // The first preset of |kind| whose header appears in the first rows, or null.
  const Preset* Detect(InputKind kind) const;
  // The header row the preset matched, or (no preset) the first row among the
  // first 30 with the most non-empty cells. Returns its index in Rows() order
  // counting all records; -1 for an empty file.
  int GuessHeaderRow(const Preset* preset) const;

 private:
  TableFile() = default;
  static Result<std::unique_ptr<TableFile>> FromSheet(Result<XlsxSheet> sheet,
                                                      const std::string& file);
  std::string text_;
  std::string path_;  // set when the CSV text is streamed from disk
  FileEncoding file_encoding_;
  char delimiter_ = ';';
  std::vector<CsvRecord> sheet_rows_;
  int64_t cells_ignored_ = 0;
  bool spreadsheet_ = false;
  std::string encoding_;
  bool has_replacement_chars_ = false;
  std::vector<InvalidByte> invalid_bytes_;
  int64_t invalid_count_ = 0;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_TABLE_FILE_H_
