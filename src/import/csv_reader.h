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

namespace ankerbericht {

// Guesses the separator from the first non-empty line: the most frequent of
// ';', tab and ',' outside quotes (';' wins ties, as German exports use it).
char SniffDelimiter(std::string_view text);

// Reads records one at a time from text that stays where it is: memory does
// not grow with the number of records.
class CsvReader : public RowSource {
 public:
  // |text| must outlive the reader.
  CsvReader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  // Reads the next record into |record|. Returns false at the end of input.
  // An unterminated quote runs to the end of input; error() then says so.
  bool Next(CsvRecord* record) override;

  // Non-empty after a malformed record: "line N: quote opened here is never closed".
  const std::string& error() const { return error_; }
  // The same problem split for "file:line: what" messages.
  int error_line() const override { return error_line_; }
  std::string error_detail() const override { return error_detail_; }

 private:
  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  int line_ = 1;
  std::string error_;
  int error_line_ = 0;
  std::string error_detail_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_CSV_READER_H_
