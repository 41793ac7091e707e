// Where the table mapper gets its rows from: a CSV reader, or the cells of a
// spreadsheet. Either way a row is a list of strings and the line (or sheet
// row) it started on, so the mappers need not know the file format.
#ifndef ANKERBERICHT_IMPORT_ROW_SOURCE_H_
#define ANKERBERICHT_IMPORT_ROW_SOURCE_H_

#include <string>
#include <utility>
#include <vector>

namespace ankerbericht {

struct CsvRecord {
  int line = 0;  // 1-based line (or spreadsheet row) where the record starts
  std::vector<std::string> fields;

  // True if every field is empty (a blank or ";;;" line).
  bool IsBlank() const;
};

class RowSource {
 public:
  virtual ~RowSource() = default;
  // Reads the next record into |record|. Returns false at the end of input.
  virtual bool Next(CsvRecord* record) = 0;
  // After the end: a problem that makes the input as a whole malformed, with
  // the line it concerns (0 and "" if none).
  virtual int error_line() const { return 0; }
  virtual std::string error_detail() const { return ""; }
};

// Rows held in memory elsewhere (a spreadsheet's, whose size the xlsx reader
// budgets), read in place: |rows| must outlive the source.
class VectorRowSource : public RowSource {
 public:
  explicit VectorRowSource(const std::vector<CsvRecord>* rows) : rows_(rows) {}
  bool Next(CsvRecord* record) override {
    if (next_ >= rows_->size()) return false;
    *record = (*rows_)[next_++];
    return true;
  }

 private:
  const std::vector<CsvRecord>* rows_;
  size_t next_ = 0;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_ROW_SOURCE_H_
