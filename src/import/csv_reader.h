// A CSV parser for the dialects spreadsheet programs and survey tools write:
// RFC 4180 quoting (doubled quotes, separators and line breaks inside quotes),
// CRLF or LF, and ';', ',' or tab as the separator.
//
// It only splits text into records of strings; what the fields mean is the
// business of the mappers (import/*_mapper.cc).
#ifndef ANKERBERICHT_IMPORT_CSV_READER_H_
#define ANKERBERICHT_IMPORT_CSV_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "import/row_source.h"
#include "import/text_decoding.h"

namespace ankerbericht {

// The longest record (line, or lines when a quoted field holds line breaks) a
// table may have, in bytes of UTF-8. Real rows are a few hundred bytes; a
// longer one is a pasted file, a missing closing quote or no table at all,
// and reading it whole would cost memory without end.
inline constexpr size_t kMaxLineBytes = 1024 * 1024;

// Guesses the separator from the first non-empty line: the most frequent of
// ';', tab and ',' outside quotes (';' wins ties, as German exports use it).
char SniffDelimiter(std::string_view text);

// Reads records one at a time, either from text that stays where it is or
// from text arriving in chunks: memory does not grow with the number of
// records (only with the longest record).
class CsvReader : public RowSource {
 public:
  // |text| must outlive the reader.
  CsvReader(std::string_view text, char delimiter) : buf_(text), delimiter_(delimiter) {}
  // Streams from |chunks|, which must outlive the reader.
  CsvReader(TextChunks* chunks, char delimiter) : chunks_(chunks), delimiter_(delimiter) {}

  // Reads the next record into |record|. Returns false at the end of input.
  // An unterminated quote runs to the end of input; error() then says so.
  // A record longer than kMaxLineBytes is not read on: Next returns false and
  // error() names its first line ("line longer than ... (limit 1 MiB)").
  bool Next(CsvRecord* record) override;

  // Non-empty after a malformed record: "line N: quote opened here is never closed".
  const std::string& error() const { return error_; }
  // The same problem split for "file:line: what" messages.
  int error_line() const override { return error_line_; }
  std::string error_detail() const override { return error_detail_; }

 private:
  // Makes buf_[pos_] readable, fetching the next chunk if needed; false at the
  // end of input.
  bool Available() { return pos_ < buf_.size() || Fill(); }
  bool Fill();
  // Ends the reading at |record|, which is longer than kMaxLineBytes.
  bool GiveUpTooLong(CsvRecord* record);
  // Where the run of plain characters from pos_ ends (before |limit|): in a
  // quoted field at a quote or line end, else at a separator, quote or line end.
  size_t PlainRunEnd(bool quoted, size_t limit) const;
  // Records the chunks' read error, if any, at the end of input.
  void NoteReadError();
  // Records a quote opened on |quote_line| that the input never closes.
  void NoteUnclosedQuote(int quote_line);

  TextChunks* chunks_ = nullptr;
  std::string chunk_;     // the current chunk when streaming
  std::string_view buf_;  // the text being read: all of it, or chunk_
  size_t pos_ = 0;
  char delimiter_;
  int line_ = 1;
  bool gave_up_ = false;  // after a record over kMaxLineBytes
  std::string error_;
  int error_line_ = 0;
  std::string error_detail_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_CSV_READER_H_
