// Maps rows of a table (CSV today, spreadsheets later) to records: finds the
// header row, matches header names to our fields (with the usual German and
// English variants, or the user's own mapping), and checks every cell.
#ifndef ANKERBERICHT_IMPORT_TABLE_MAPPER_H_
#define ANKERBERICHT_IMPORT_TABLE_MAPPER_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/importer.h"
#include "import/row_source.h"

namespace ankerbericht {

// One of our fields and the header names it is recognised by.
struct FieldSpec {
  const char* field;                 // our name: participants
  std::vector<const char*> aliases;  // Teilnehmende, Teilnehmer, TN, ...
  bool required = false;
  // Fields sharing a non-zero group are alternatives: at least one of them
  // must be present (a visits file has a timestamp or a date column).
  int one_of_group = 0;
};

// Which column of the table holds which field.
class ColumnMap {
 public:
  // Column index of |field|, or nullopt.
  std::optional<size_t> Find(const std::string& field) const;
  const std::string& Header(size_t column) const { return headers_[column]; }
  // Dynamic columns (age groups, questionnaire items): id -> column.
  const std::map<std::string, size_t>& extra() const { return extra_; }
  // KoboToolbox select_multiple: question column -> its per-option columns
  // ("question/option", 1 or 0) as (column, option name).
  const std::map<size_t, std::vector<std::pair<size_t, std::string>>>& options() const {
    return options_;
  }

  // Filled while the header row is read (table_mapper.cc).
  std::vector<std::string> headers_;
  std::map<std::string, size_t> fields_;
  std::map<std::string, size_t> extra_;
  std::map<size_t, std::vector<std::pair<size_t, std::string>>> options_;
};

// Typed, checked access to one data row. Each getter returns nullopt and
// records the first problem of the row when a cell is invalid.
class RowReader {
 public:
  RowReader(const CsvRecord& record, const ColumnMap& map) : record_(record), map_(map) {}

  bool Has(const std::string& field) const;
  std::string Text(const std::string& field) const;  // trimmed; "" if absent
  std::string Cell(size_t column) const;             // trimmed; "" if the row is short
  // Text of a date or timestamp field; an Excel serial date (a date cell
  // saved as CSV: "45292" = 2024-01-01) becomes "YYYY-MM-DD[ HH:MM:SS]".
  std::string DateText(const std::string& field) const;

  std::optional<Date> RequiredDate(const std::string& field);
  std::optional<int> OptionalTime(const std::string& field);
  // A whole number >= 0 and <= |max|; an empty cell gives nullopt without error
  // unless |required|.
  std::optional<int64_t> Count(const std::string& field, bool required, int64_t max = 100000);
  std::optional<int64_t> CountAt(size_t column, int64_t max = 100000);
  std::string RequiredText(const std::string& field);

  void Reject(const std::string& column, const std::string& message, const std::string& value);
  bool failed() const { return rejection_.has_value(); }
  const Rejection& rejection() const { return *rejection_; }
  int line() const { return record_.line; }
  // The header of |field| as written in the file (for messages).
  std::string ColumnName(const std::string& field) const;

  // Rejects a date before the site opened, or (unless |allow_future|) after today.
  void CheckDateInLifetime(const std::string& field, const Date& d, const ImportContext& ctx,
                           bool allow_future);
  // The stop of a mobile site named in the |field| column: its id. "" when
  // the cell is empty or the file has no such column; then, when exactly one
  // stop of the site has hours on |day|, that stop. Rejects a stop the site
  // does not have, and any stop for a site that is not mobile.
  std::string Stop(const std::string& field, const Date& day, const ImportContext& ctx);

 private:
  const CsvRecord& record_;
  const ColumnMap& map_;
  std::optional<Rejection> rejection_;
};

// How a kind of table is turned into records.
struct TableKind {
  std::vector<FieldSpec> fields;
  // Matches a header that is not one of |fields| to a dynamic column id
  // (an age group, a questionnaire item); returns "" when it is none.
  std::string (*extra_column)(const std::string& header, const ImportContext& ctx) = nullptr;
  // Maps one row; on a bad cell calls row->Reject(...) and returns without
  // adding a record. |seen_ids| holds the ids of earlier rows of the same file
  // (for the duplicate check).
  void (*map_row)(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                  std::set<std::string>* seen_ids, ImportBatch* batch) = nullptr;
  // The mapping line for a dynamic column (shown by import --dry-run and
  // check); null gives "id <- header".
  std::string (*describe_extra)(const std::string& id, const std::string& header,
                                const ImportContext& ctx) = nullptr;
  // Whether |field| of the source's "columns" names a dynamic column (a
  // questionnaire item) rather than one of |fields|; null: none does.
  bool (*extra_field)(const std::string& field, const ImportContext& ctx) = nullptr;
};

// Where the header row of a table of |kind| is and how its columns map: the
// first of the first 30 non-blank rows that holds every required field (title
// rows above it, a sheet name or an export date, are skipped). Header names
// come from the user's "columns", then ctx.preset, then the kind's aliases.
// The one rule for `import` and `inspect`. Reads |reader| up to and including
// the header row (all of it when there is none).
struct HeaderMatch {
  std::optional<ColumnMap> map;  // nullopt: no row holds the required fields
  int index = -1;                // the header's record number, blank rows counted from 0
  int line = 0;                  // the header's line
  // Without a header: what the first non-blank row lacked, and its line (0:
  // the file has no non-blank row).
  std::vector<std::string> first_missing;
  int first_line = 0;
};
HeaderMatch FindHeader(RowSource* reader, const TableKind& kind, const ImportContext& ctx);

class TableMapper {
 public:
  // Reads all records of |reader| and maps them as |kind|, one at a time: the
  // mapped records collect in outcome->batch, or go to ctx.sink in chunks.
  // Header names come from the user's "columns", then ctx.preset, then the
  // kind's aliases. Fails with kInvalidInput ("file:1: ...") when no header
  // row holds the required fields, ("file:N: ...") when the reader reports a
  // malformed input, and with the sink's error.
  static Status Map(RowSource* reader, const TableKind& kind, const ImportContext& ctx,
                    ImportOutcome* outcome);
};

// Fails with kConfig ("\"columns\" of WHERE: unknown field \"x\" for feedback
// (known: id, date, ...)") when |columns| (field -> header) names a field
// |kind| does not have; the user's mapping would otherwise do nothing. With
// |site| (may be null) a kind's extra fields count too: feedback takes the ids
// of the site's questionnaire items.
Status CheckColumnFields(const TableKind& kind, InputKind input_kind,
                         const std::map<std::string, std::string>& columns,
                         const std::string& where, const Site* site);

// The TableKind for visits, tallies, events, feedback and votes (one file each:
// import/<kind>_mapper.cc).
const TableKind& VisitsTable();
const TableKind& TalliesTable();
const TableKind& EventsTable();
const TableKind& FeedbackTable();
const TableKind& VotesTable();
// The TableKind a table of |kind| is read as: |preset|'s own when it has one
// (import/presets.h), else the kind's. Null for notes, which are no table.
const TableKind* TableKindOf(InputKind kind, const Preset* preset);

// Header matching shared by the mappers: true if |header| names |alias|
// (case, spacing, hyphens, "*innen" and umlaut spelling ignored).
bool HeaderMatches(std::string_view header, std::string_view alias);

// "YYYY-MM-DD" (with " HH:MM:SS" when it has a fraction) for an Excel serial
// date written as a number ("45292", "45292.5", "45292,5"), "" for anything
// else. Only days from 01.01.2000 to 31.12.2099 (serials 36526..73050) count:
// a number outside them is more likely a count than a date.
std::string ExcelSerialDateText(std::string_view text);

// Whether |header| names a column of personal data (Name, E-Mail, Telefon,
// Email address, SubmitterName, ...), which is never imported.
bool IsPersonalDataHeader(const std::string& header);

// Finds the configured age group named by |header| (id or label); "" if none.
std::string AgeGroupColumn(const std::string& header, const ImportContext& ctx);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_TABLE_MAPPER_H_
