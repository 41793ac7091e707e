#include "import/table_mapper.h"

#include <algorithm>
#include <cstdlib>

#include "import/presets.h"
#include "import/visit_series.h"
#include "import/xlsx_reader.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

std::string Rejection::ToString(const std::string& file) const {
  std::string msg = column.empty() ? message : column + ": " + message;
  if (!value.empty()) msg += " (" + Excerpt(value) + ")";
  return Located(file, line, msg);
}

bool HeaderMatches(std::string_view header, std::string_view alias) {
  std::string h = FoldKey(header);
  std::string a = FoldKey(alias);
  if (h.empty()) return false;
  if (h == a) return true;
  // Gender-inclusive spellings: "Teilnehmer*innen", "TeilnehmerInnen",
  // "Referent:innen" all fold to "...innen".
  if (h.size() > 5 && h.compare(h.size() - 5, 5, "innen") == 0  // input vocabulary
      && h.substr(0, h.size() - 5) == a) {
    return true;
  }
  return false;
}

std::string AgeGroupColumn(const std::string& header, const ImportContext& ctx) {
  for (const AgeGroup& g : ctx.site->age_groups) {
    if (HeaderMatches(header, g.id) || HeaderMatches(header, g.label)) return g.id;
  }
  return "";
}

std::optional<size_t> ColumnMap::Find(const std::string& field) const {
  // Asked several times for every cell of every row, of a handful of fields:
  // comparing lengths first finds a field with at most one string comparison
  // (and an absent one mostly with none), where walking the tree compared
  // three or four times a lookup, a tenth of importing a counter file.
  for (const auto& [name, column] : fields_) {
    if (name.size() == field.size() && name == field) return column;
  }
  return std::nullopt;
}

// ---------------------------------------------------------------- RowReader

bool RowReader::Has(const std::string& field) const { return map_.Find(field).has_value(); }

std::string RowReader::Cell(size_t column) const {
  if (column >= record_.fields.size()) return "";
  const std::string& field = record_.fields[column];
  // A NUL or another control character in an id or a title is invisible and
  // would make "V-1" and "V-1\0" two events: they go, tabs and line breaks stay.
  if (std::any_of(field.begin(), field.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; })) {
    return std::string(Trim(StripControlChars(field)));
  }
  return std::string(Trim(field));
}

std::string RowReader::Text(const std::string& field) const {
  std::optional<size_t> col = map_.Find(field);
  return col ? Cell(*col) : "";
}

std::string ExcelSerialDateText(std::string_view text) {
  text = Trim(text);
  size_t digits = text.find_first_not_of("0123456789");
  std::string_view whole = text.substr(0, digits);
  if (whole.size() != 5) return "";
  std::string number(whole);
  if (digits != std::string_view::npos) {
    std::string_view fraction = text.substr(digits + 1);
    if ((text[digits] != '.' && text[digits] != ',') || fraction.empty() ||
        fraction.find_first_not_of("0123456789") != std::string_view::npos) {
      return "";
    }
    number.append(".").append(fraction);
  }
  double serial = std::strtod(number.c_str(), nullptr);
  if (serial < 36526 || serial >= 73051) return "";
  return ExcelSerialToIso(serial, digits != std::string_view::npos);
}

std::string RowReader::DateText(const std::string& field) const {
  std::string text = Text(field);
  std::string serial = ExcelSerialDateText(text);
  return serial.empty() ? text : serial;
}

std::string RowReader::ColumnName(const std::string& field) const {
  std::optional<size_t> col = map_.Find(field);
  return col ? map_.Header(*col) : field;
}

void RowReader::Reject(const std::string& column, const std::string& message,
                       const std::string& value) {
  if (rejection_) return;  // the first problem of a row is the one reported
  rejection_ = Rejection{record_.line, column, message, Excerpt(value)};
}

void RowReader::CheckDateInLifetime(const std::string& field, const Date& d,
                                    const ImportContext& ctx, bool allow_future) {
  if (ctx.site->opened && d < *ctx.site->opened) {
    Reject(ColumnName(field),
           CliWords().Format("import.reject.date_before_opening",
                             {{"opened", ctx.site->opened->ToGerman()}}),
           d.ToGerman());
  } else if (!allow_future && d > ctx.today) {
    Reject(ColumnName(field), CliWords().Get("import.reject.date_in_future"), d.ToGerman());
  }
}

std::string RowReader::Stop(const std::string& field, const Date& day, const ImportContext& ctx) {
  const Site& site = *ctx.site;
  const std::string text = Text(field);
  if (text.empty()) {
    // A sheet kept at one stop a day need not repeat it on every row.
    const ankerbericht::Stop* only = nullptr;
    for (const ankerbericht::Stop& stop : site.stops) {
      if (stop.SlotsOn(day).empty()) continue;
      if (only) return "";
      only = &stop;
    }
    return only ? only->id : "";
  }
  if (!site.mobile()) {
    Reject(ColumnName(field), CliWords().Get("import.reject.site_has_no_stops"), text);
    return "";
  }
  if (const ankerbericht::Stop* stop = site.FindStop(text)) return stop->id;
  std::string known;
  for (const ankerbericht::Stop& stop : site.stops)
    known += (known.empty() ? "" : ", ") + stop.name;
  Reject(ColumnName(field), CliWords().Format("import.reject.stop_unknown", {{"known", known}}),
         text);
  return "";
}

std::optional<Date> RowReader::RequiredDate(const std::string& field) {
  std::string text = DateText(field);
  if (text.empty()) {
    Reject(ColumnName(field), CliWords().Get("import.reject.date_missing"), "");
    return std::nullopt;
  }
  std::optional<Date> d = Date::Parse(text);
  if (!d) Reject(ColumnName(field), CliWords().Get("import.reject.date_invalid"), text);
  return d;
}

std::optional<int> RowReader::OptionalTime(const std::string& field) {
  std::string text = Text(field);
  if (text.empty()) return std::nullopt;
  std::optional<int> t = ParseTimeOfDay(text);
  if (!t) Reject(ColumnName(field), CliWords().Get("import.reject.time_invalid"), text);
  return t;
}

static std::optional<int64_t> CheckCount(RowReader* row, const std::string& column,
                                         const std::string& text, int64_t max) {
  std::optional<int64_t> n = ParseInteger(text);
  if (!n) {
    row->Reject(column, CliWords().Get("import.reject.count_not_whole"), text);
  } else if (*n < 0) {
    row->Reject(column, CliWords().Get("import.reject.count_negative"), text);
    n.reset();
  } else if (*n > max) {
    row->Reject(column,
                CliWords().Format("import.reject.count_too_large", {{"max", std::to_string(max)}}),
                text);
    n.reset();
  }
  return n;
}

std::optional<int64_t> RowReader::Count(const std::string& field, bool required, int64_t max) {
  // One lookup of the column per cell: a counter export has a million rows.
  std::optional<size_t> col = map_.Find(field);
  std::string text = col ? Cell(*col) : "";
  const std::string& name = col ? map_.Header(*col) : field;
  if (text.empty()) {
    if (required) Reject(name, CliWords().Get("import.reject.count_missing"), "");
    return std::nullopt;
  }
  return CheckCount(this, name, text, max);
}

std::optional<int64_t> RowReader::CountAt(size_t column, int64_t max) {
  std::string text = Cell(column);
  if (text.empty()) return std::nullopt;
  return CheckCount(this, map_.Header(column), text, max);
}

std::string RowReader::RequiredText(const std::string& field) {
  std::string text = Text(field);
  if (text.empty()) Reject(ColumnName(field), CliWords().Get("import.reject.empty"), "");
  return text;
}

// ---------------------------------------------------------------- header

bool IsPersonalDataHeader(const std::string& header) {
  // input vocabulary: headers of personal data
  static const char* const kPersonal[] = {"name",          "vorname",          "nachname",
                                          "email",         "e-mail",           "mail",
                                          "telefon",       "telefonnummer",    "phone",
                                          "adresse",       "anschrift",        "address",
                                          "handy",         "mobil nr",         "firstname",
                                          "lastname",      "full name",        "e-mail-adresse",
                                          "emailadresse",  "email address",    "submittername",
                                          "_submitted_by", "submitted by",     "ipaddr",
                                          "ip-adresse",    "ip address",       "reporter",
                                          "token",         "zugangsschlüssel", "access code",
                                          "geburtsdatum",  "date of birth",    "strasse",
                                          "plz",           "postleitzahl"};
  // end of input vocabulary
  for (const char* p : kPersonal)
    if (HeaderMatches(header, p)) return true;
  return false;
}

namespace {

// Tries to read |record| as the header row. Returns the map when every
// required field is found; otherwise nullopt and the missing fields.
std::optional<ColumnMap> TryHeader(const CsvRecord& record, const TableKind& kind,
                                   const ImportContext& ctx, std::vector<std::string>* missing) {
  // No export of ours or of a survey tool comes near this width; a wider row
  // is no header, and matching every cell against every alias would take
  // minutes for a hostile 300,000-column line.
  constexpr size_t kMaxHeaderColumns = 1024;
  if (record.fields.size() > kMaxHeaderColumns) {
    missing->push_back(CliWords().Format("import.header.too_wide",
                                         {{"columns", std::to_string(record.fields.size())},
                                          {"max", std::to_string(kMaxHeaderColumns)}}));
    return std::nullopt;
  }
  ColumnMap map;
  for (const std::string& f : record.fields) map.headers_.emplace_back(Trim(f));
  const std::map<std::string, std::string>* overrides = ctx.source ? &ctx.source->columns : nullptr;
  for (const FieldSpec& spec : kind.fields) {
    std::optional<size_t> found;
    const std::string* wanted = nullptr;
    if (overrides) {
      auto ov = overrides->find(spec.field);
      if (ov != overrides->end()) wanted = &ov->second;
    }
    // A preset's names for this field are tried before the generic aliases,
    // whose broader names ("Datum") might pick another column of a tool's
    // export; the aliases remain the fallback.
    const std::vector<const char*>* preset_names = nullptr;
    if (ctx.preset) {
      for (const auto& [field, names] : ctx.preset->columns)
        if (spec.field == std::string_view(field)) preset_names = &names;
    }
    if (wanted) {
      for (size_t i = 0; i < map.headers_.size() && !found; ++i) {
        const std::string& h = map.headers_[i];
        if (h == *wanted || FoldKey(h) == FoldKey(*wanted)) found = i;
      }
    } else {
      for (size_t n = 0; preset_names && n < preset_names->size() && !found; ++n) {
        for (size_t i = 0; i < map.headers_.size() && !found; ++i)
          if (HeaderLooselyMatches(map.headers_[i], (*preset_names)[n])) found = i;
      }
      for (size_t i = 0; i < map.headers_.size() && !found; ++i) {
        for (const char* alias : spec.aliases)
          if (!found && HeaderMatches(map.headers_[i], alias)) found = i;
      }
    }
    if (found) {
      map.fields_[spec.field] = *found;
    } else if (spec.required) {
      missing->push_back(wanted ? "\"" + *wanted + "\"" : spec.field);
    }
  }
  // Alternatives: each group needs one present member.
  std::map<int, std::vector<std::string>> groups;
  for (const FieldSpec& spec : kind.fields) {
    if (spec.one_of_group) groups[spec.one_of_group].push_back(spec.field);
  }
  for (const auto& [group, names] : groups) {
    bool any = std::any_of(names.begin(), names.end(),
                           [&](const std::string& n) { return map.fields_.count(n); });
    if (!any) missing->push_back(Join(names, " or "));
  }
  if (!missing->empty()) return std::nullopt;
  return map;
}

// An HXL hashtag row (KoboToolbox puts one under the header): every non-empty
// cell starts with '#'.
bool IsHxlRow(const CsvRecord& record) {
  bool any = false;
  for (const std::string& f : record.fields) {
    std::string_view t = Trim(f);
    if (t.empty()) continue;
    if (t[0] != '#') return false;
    any = true;
  }
  return any;
}

}  // namespace

Status CheckColumnFields(const TableKind& kind, InputKind input_kind,
                         const std::map<std::string, std::string>& columns,
                         const std::string& where, const Site* site) {
  ImportContext probe;
  probe.kind = input_kind;
  probe.site = site;
  for (const auto& entry : columns) {
    // A named reference, not a structured binding: clang 14 cannot capture those in a lambda.
    const std::string& field = entry.first;
    bool known = std::any_of(kind.fields.begin(), kind.fields.end(),
                             [&](const FieldSpec& f) { return field == f.field; }) ||
                 (kind.extra_field && site && kind.extra_field(field, probe));
    if (!known) {
      std::string names;
      for (const FieldSpec& f : kind.fields)
        names += std::string(names.empty() ? "" : ", ") + f.field;
      const Strings& words = CliWords();
      if (kind.extra_field) names += words.Get("import.config.or_item_id");
      return Status::Config(
          words.Format("import.config.unknown_field", {{"where", where},
                                                       {"field", field},
                                                       {"kind", InputKindName(input_kind)},
                                                       {"known", names}}));
    }
  }
  return Status::Ok();
}

HeaderMatch FindHeader(RowSource* reader, const TableKind& kind, const ImportContext& ctx) {
  constexpr int kMaxPreambleRows = 30;
  HeaderMatch header;
  CsvRecord record;
  int index = -1;
  for (int seen = 0; !header.map && seen < kMaxPreambleRows && reader->Next(&record);) {
    ++index;
    if (record.IsBlank()) continue;
    ++seen;
    std::vector<std::string> missing;
    header.map = TryHeader(record, kind, ctx, &missing);
    if (header.map) {
      header.index = index;
      header.line = record.line;
    } else if (header.first_missing.empty()) {
      header.first_missing = missing;
      header.first_line = record.line;
    }
  }
  return header;
}

namespace {

// KoboToolbox writes a select_multiple question twice: the question column
// (the chosen options separated by spaces) and one "question/option" column
// of 1/0 per option. Those columns are the question's answer, not questions
// of their own (feedback_mapper.cc reads them): records them in
// map->options_ and returns them.
std::set<size_t> KoboOptionColumns(ColumnMap* map) {
  std::set<size_t> option_columns;
  for (size_t i = 0; i < map->headers_.size(); ++i) {
    const std::string& h = map->headers_[i];
    size_t cut = h.rfind('/');
    if (cut == std::string::npos || cut == 0 || cut + 1 == h.size()) continue;
    std::string_view question(h.data(), cut);
    for (size_t j = 0; j < map->headers_.size(); ++j) {
      if (j == i || map->headers_[j] != question) continue;
      map->options_[j].emplace_back(i, h.substr(cut + 1));
      option_columns.insert(i);
      break;
    }
  }
  return option_columns;
}

// Classifies the header cells no field took: dynamic columns (age groups,
// questionnaire items) go to map->extra_, personal data is dropped (never
// stored), the rest ignored; says each in outcome->mapping and notices.
void ClassifyColumns(const TableKind& kind, const ImportContext& ctx, ColumnMap* map,
                     ImportOutcome* outcome) {
  std::vector<std::string> dropped, ignored, duplicates;
  for (const auto& [field, column] : map->fields_) {
    outcome->mapping.push_back(field + " <- " + Excerpt(map->headers_[column]));
  }
  std::set<size_t> option_columns;
  if (ctx.preset && ctx.preset->name == std::string_view("kobo"))
    option_columns = KoboOptionColumns(map);
  for (size_t i = 0; i < map->headers_.size(); ++i) {
    const std::string& h = map->headers_[i];
    if (option_columns.count(i)) continue;
    bool used = std::any_of(map->fields_.begin(), map->fields_.end(),
                            [&](const auto& kv) { return kv.second == i; });
    if (used || h.empty()) continue;
    std::string extra = kind.extra_column ? kind.extra_column(h, ctx) : "";
    if (!extra.empty() && !map->extra_.count(extra)) {
      map->extra_[extra] = i;
      outcome->mapping.push_back(kind.describe_extra ? kind.describe_extra(extra, h, ctx)
                                                     : extra + " <- " + Excerpt(h));
      outcome->extra_columns.push_back(outcome->mapping.back());
    } else if (!extra.empty()) {
      // Repeated question blocks (MS Forms, Eco-Visio) repeat header names:
      // the first column wins and the user is told.
      duplicates.push_back(h);
    } else if (IsPersonalDataHeader(h)) {
      dropped.push_back(h);
    } else {
      ignored.push_back(h);
    }
  }
  // An item the configuration maps to a header this file lacks is said, not
  // silently left out (another export of the same source may have it).
  if (ctx.source) {
    for (const auto& [item_id, how] : ctx.source->items) {
      if (!how.column.empty() && !map->extra_.count(item_id)) {
        outcome->notices.push_back(
            CliWords().Format("import.notice.item_column_absent",
                              {{"item", item_id}, {"column", Excerpt(how.column)}}));
        outcome->missing_question_columns.push_back(outcome->notices.back());
      }
    }
  }
  // Header names are quoted like values: a cell of a megabyte stays short.
  for (std::vector<std::string>* names : {&dropped, &ignored, &duplicates})
    for (std::string& name : *names) name = Excerpt(name);
  if (!dropped.empty()) {
    outcome->notices.push_back(CliWords().Format(
        dropped.size() > 1 ? "import.notice.personal_columns" : "import.notice.personal_column",
        {{"columns", Join(dropped, ", ")}}));
  }
  if (!ignored.empty()) {
    outcome->notices.push_back(
        CliWords().Format("import.notice.columns_ignored", {{"columns", Join(ignored, ", ")}}));
    outcome->unused_columns = outcome->notices.back();
  }
  if (!duplicates.empty()) {
    outcome->notices.push_back(
        CliWords().Format("import.notice.columns_twice", {{"columns", Join(duplicates, ", ")}}));
  }
}

// Maps the data rows after the header, one at a time, handing them to
// ctx.sink in chunks when there is one. An HXL tag row right under the
// header is skipped.
Status MapRows(RowSource* reader, const TableKind& kind, const ImportContext& ctx,
               const ColumnMap& map, ImportOutcome* outcome) {
  std::set<std::string> seen_ids;
  bool first_row = true;
  CsvRecord record;
  while (reader->Next(&record)) {
    if (record.IsBlank()) continue;
    if (first_row && IsHxlRow(record)) {
      first_row = false;
      continue;
    }
    first_row = false;
    ++outcome->rows_read;
    RowReader row(record, map);
    kind.map_row(&row, map, ctx, &seen_ids, &outcome->batch);
    if (row.failed()) outcome->rejected.push_back(row.rejection());
    if (ctx.sink && outcome->batch.size() >= ctx.sink->chunk_records()) {
      ANKER_RETURN_IF_ERROR(ctx.sink->Take(outcome));
    }
  }
  if (!reader->error_detail().empty()) {
    return Status::InvalidInput(Located(ctx.file, reader->error_line(), reader->error_detail()));
  }
  // Without a sink (tests, a file read whole) the counter series is settled
  // here; a sink settles it chunk by chunk (import/import_run.cc).
  if (!ctx.sink && !outcome->batch.visits.empty()) {
    SeriesTally series;
    SettleVisitSeries(&series, outcome);
    AddSeriesNotices(series, outcome);
  }
  return Status::Ok();
}

}  // namespace

Status TableMapper::Map(RowSource* reader, const TableKind& kind, const ImportContext& ctx,
                        ImportOutcome* outcome) {
  // Every field named in the configuration's "columns" must be one we know,
  // or the user's mapping would silently do nothing.
  if (ctx.source)
    ANKER_RETURN_IF_ERROR(
        CheckColumnFields(kind, ctx.kind, ctx.source->columns, ctx.file, ctx.site));

  HeaderMatch header = FindHeader(reader, kind, ctx);
  if (!header.map) {
    // A file the reader gave up on (a line over the limit) says why first.
    if (!reader->error_detail().empty()) {
      return Status::InvalidInput(Located(ctx.file, reader->error_line(), reader->error_detail()));
    }
    if (header.first_line == 0)
      return Status::InvalidInput(Located(ctx.file, 1, CliWords().Get("import.file.empty")));
    return Status::InvalidInput(Located(
        ctx.file, header.first_line,
        CliWords().Format("import.file.no_header", {{"columns", Join(header.first_missing, ", ")},
                                                    {"kind", InputKindName(ctx.kind)}})));
  }
  ClassifyColumns(kind, ctx, &*header.map, outcome);
  return MapRows(reader, kind, ctx, *header.map, outcome);
}

}  // namespace ankerbericht
