#include "import/csv_reader.h"

#include <algorithm>

#include "util/strings.h"

namespace ankerbericht {

bool CsvRecord::IsBlank() const {
  for (const std::string& f : fields) {
    for (char c : f)
      if (c != ' ' && c != '\t') return false;
  }
  return true;
}

char SniffDelimiter(std::string_view text) {
  size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  bool seen_content = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') {
      if (seen_content && (semicolons || commas || tabs)) break;
      continue;
    }
    if (c != '\r') seen_content = true;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (semicolons >= commas && semicolons >= tabs && semicolons > 0) return ';';
  if (tabs >= commas && tabs > 0) return '\t';
  if (commas > 0) return ',';
  return ';';
}

bool CsvReader::Fill() {
  if (!chunks_) return false;
  pos_ = 0;
  // A chunk may be empty (a file holding only a BOM); read on until text or the end.
  while (chunks_->Read(&chunk_)) {
    buf_ = chunk_;
    if (!buf_.empty()) return true;
  }
  buf_ = {};
  return false;
}

bool CsvReader::GiveUpTooLong(CsvRecord* record) {
  error_line_ = record->line;
  error_detail_ =
      CliWords().Format("import.csv.line_too_long", {{"bytes", std::to_string(kMaxLineBytes)}});
  error_ = CliWords().Format("import.csv.at_line",
                             {{"line", std::to_string(error_line_)}, {"detail", error_detail_}});
  record->fields.clear();
  gave_up_ = true;
  return false;
}

size_t CsvReader::PlainRunEnd(bool quoted, size_t limit) const {
  size_t end = pos_;
  if (quoted) {
    while (end < limit && buf_[end] != '"' && buf_[end] != '\n') ++end;
  } else {
    while (end < limit) {
      char c = buf_[end];
      if (c == delimiter_ || c == '"' || c == '\n' || c == '\r') break;
      ++end;
    }
  }
  return end;
}

void CsvReader::NoteReadError() {
  if (chunks_ && !chunks_->error().empty() && error_detail_.empty()) {
    error_line_ = line_;
    error_detail_ = chunks_->error();
    error_ = CliWords().Format("import.csv.at_line",
                               {{"line", std::to_string(line_)}, {"detail", error_detail_}});
  }
}

void CsvReader::NoteUnclosedQuote(int quote_line) {
  error_line_ = quote_line;
  error_detail_ = CliWords().Get("import.csv.quote_not_closed");
  error_ = CliWords().Format("import.csv.at_line",
                             {{"line", std::to_string(quote_line)}, {"detail", error_detail_}});
}

bool CsvReader::Next(CsvRecord* record) {
  record->fields.clear();
  record->line = line_;
  if (gave_up_) return false;
  if (!Available()) {
    NoteReadError();
    return false;
  }
  std::string field;
  bool quoted = false;
  bool field_was_quoted = false;
  int quote_line = 0;
  size_t record_bytes = 0;  // in the fields already complete, with their separators
  while (Available()) {
    // Stop here: the rest of the record is never held in memory.
    if (record_bytes + field.size() > kMaxLineBytes) return GiveUpTooLong(record);
    // Copy a run of plain characters at once: the per-character logic below
    // is only needed at separators, quotes and line ends. A run never takes
    // the record past the limit by more than a byte.
    const size_t limit =
        std::min(buf_.size(), pos_ + kMaxLineBytes + 1 - record_bytes - field.size());
    const size_t end = PlainRunEnd(quoted, limit);
    if (end > pos_) {
      field.append(buf_.data() + pos_, end - pos_);
      pos_ = end;
      continue;
    }
    char c = buf_[pos_++];
    if (quoted) {
      if (c == '"') {
        if (Available() && buf_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line_;
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_was_quoted && field.find_first_not_of(" ") == std::string::npos) {
      // A quote opens a quoted field only at the start of a field; a stray
      // quote in the middle ("24" Monitor") is kept as text.
      field.clear();
      quoted = true;
      field_was_quoted = true;
      quote_line = line_;
    } else if (c == delimiter_) {
      record_bytes += field.size() + 1;
      record->fields.push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
    } else if (c == '\r' && Available() && buf_[pos_] == '\n') {
      continue;  // CRLF: the '\n' ends the record
    } else if (c == '\n' || c == '\r') {
      ++line_;
      record->fields.push_back(std::move(field));
      return true;
    } else {
      field += c;
    }
  }
  if (record_bytes + field.size() > kMaxLineBytes) return GiveUpTooLong(record);
  if (quoted) NoteUnclosedQuote(quote_line);
  record->fields.push_back(std::move(field));
  return true;
}

}  // namespace ankerbericht
