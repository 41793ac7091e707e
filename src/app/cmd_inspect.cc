// `ankerbericht inspect FILE`: what the tool sees in a file before anything is
// imported — encoding, delimiter, the tool that wrote it, the header and the
// rows as strings. Needs no workspace.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/cli_options.h"
#include "app/commands.h"
#include "import/presets.h"
#include "import/table_file.h"
#include "import/table_mapper.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {"cli.help.inspect"};

// Header names made unique ("Gsenget IN", "Gsenget IN (2)") and never empty,
// so every value of a record has its own key.
std::vector<std::string> UniqueHeader(const std::vector<std::string>& fields) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string h(Trim(fields[i]));
    if (h.empty()) h = CliWords().Format("cli.inspect.column", {{"n", std::to_string(i + 1)}});
    int n = ++seen[h];
    out.push_back(n == 1 ? h : h + " (" + std::to_string(n) + ")");
  }
  return out;
}

// The header row as `import` finds it (FindHeader), for the kind given, the
// detected tool's kind, or else the first kind of table the file fits; only a
// file no kind fits (which import refuses) shows its widest row instead.
int HeaderIndex(const TableFile& table, std::optional<InputKind> kind, const Preset* preset) {
  std::vector<InputKind> kinds = {InputKind::kVisits, InputKind::kFeedback, InputKind::kEvents,
                                  InputKind::kTallies, InputKind::kVotes};
  if (kind) {
    kinds = {*kind};
  } else if (preset) {
    kinds = {preset->kind};
  }
  for (InputKind k : kinds) {
    const TableKind* table_kind = TableKindOf(k, preset);
    if (!table_kind) continue;  // notes are no table
    ImportContext ctx;
    ctx.kind = k;
    ctx.preset = preset;
    std::unique_ptr<RowSource> rows = table.Rows();
    HeaderMatch header = FindHeader(rows.get(), *table_kind, ctx);
    if (header.map) return header.index;
  }
  return table.GuessHeaderRow(preset);
}

// The header and the rows after it as the mapper sees them (blank rows and an
// HXL tag row skipped), the first |limit| of them kept.
struct InspectedRows {
  std::vector<std::string> header;  // made unique; empty: the file holds no rows
  int header_line = 0;
  std::vector<CsvRecord> records;
  size_t total = 0;
  // Why reading stopped early (a line over the limit, a quote never closed).
  std::string error_detail;
  int error_line = 0;
};

InspectedRows CollectRows(const TableFile& table, int header_index, size_t limit) {
  InspectedRows out;
  std::unique_ptr<RowSource> rows = table.Rows();
  CsvRecord record;
  for (int index = 0; rows->Next(&record); ++index) {
    if (index < header_index) continue;
    if (index == header_index) {
      out.header = UniqueHeader(record.fields);
      out.header_line = record.line;
      continue;
    }
    if (record.IsBlank()) continue;
    bool hxl = out.total == 0 && !record.fields.empty();
    for (const std::string& f : record.fields) hxl = hxl && (Trim(f).empty() || Trim(f)[0] == '#');
    if (hxl) continue;
    ++out.total;
    if (out.records.size() < limit) out.records.push_back(record);
  }
  out.error_detail = rows->error_detail();
  out.error_line = rows->error_line();
  return out;
}

std::string ValueAt(const CsvRecord& r, size_t i) {
  return i < r.fields.size() ? r.fields[i] : std::string();
}

// `inspect --json`: one object with encoding, delimiter, format, header and records.
void PrintJson(const TableFile& table, const std::string& format_name, const InspectedRows& rows) {
  Poco::JSON::Object out(Poco::JSON_PRESERVE_KEY_ORDER);
  out.set("encoding", table.encoding());
  out.set("delimiter", table.DelimiterName() == "tab"  ? "\t"
                       : table.DelimiterName().empty() ? ""
                                                       : table.DelimiterName().substr(1, 1));
  out.set("format", format_name);
  Poco::JSON::Array::Ptr h = new Poco::JSON::Array();
  for (const std::string& name : rows.header) h->add(name);
  out.set("header", h);
  Poco::JSON::Array::Ptr list = new Poco::JSON::Array();
  for (const CsvRecord& r : rows.records) {
    Poco::JSON::Object::Ptr obj = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (size_t i = 0; i < rows.header.size(); ++i) obj->set(rows.header[i], ValueAt(r, i));
    // Cells beyond the header (ragged rows) are shown, not dropped.
    for (size_t i = rows.header.size(); i < r.fields.size(); ++i)
      obj->set(CliWords().Format("cli.inspect.column", {{"n", std::to_string(i + 1)}}),
               r.fields[i]);
    list->add(obj);
  }
  out.set("records", list);
  out.stringify(std::cout, 2);
  std::cout << "\n";
}

// `inspect` as text: the file's properties and warnings, then header and rows.
void PrintText(const std::string& path, const TableFile& table, const Preset* preset,
               const std::string& format_name, const InspectedRows& rows) {
  const Strings& s = CliWords();
  std::cout << s.Format("cli.inspect.file", {{"path", path}}) << "\n"
            << s.Format("cli.inspect.encoding", {{"encoding", table.encoding()}}) << "\n";
  if (!table.is_spreadsheet())
    std::cout << s.Format("cli.inspect.delimiter", {{"delimiter", table.DelimiterName()}}) << "\n";
  std::cout << s.Format("cli.inspect.format", {{"format", format_name}});
  if (preset) std::cout << " (" << PresetDescription(*preset) << ")";
  std::cout << "\n";
  if (table.has_replacement_chars()) std::cout << s("cli.inspect.replacement_chars") << "\n";
  for (const InvalidByte& b : table.invalid_bytes()) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", b.byte);
    std::cout << s.Format("cli.inspect.invalid_byte",
                          {{"line", std::to_string(b.line)}, {"byte", hex}})
              << "\n";
  }
  if (!rows.error_detail.empty()) {
    std::cout << s.Format("cli.inspect.row_warning", {{"line", std::to_string(rows.error_line)},
                                                      {"detail", rows.error_detail}})
              << "\n";
  }
  if (rows.header.empty()) {
    std::cout << s("cli.inspect.no_rows") << "\n";
    return;
  }
  const std::vector<std::string>& header = rows.header;
  std::cout << s.Format("cli.inspect.header", {{"line", std::to_string(rows.header_line)},
                                               {"header", Join(header, " | ")}})
            << "\n"
            << (rows.records.size() < rows.total
                    ? s.Format("cli.inspect.records_first",
                               {{"count", std::to_string(rows.total)},
                                {"shown", std::to_string(rows.records.size())}})
                    : s.Format("cli.inspect.records", {{"count", std::to_string(rows.total)}}))
            << "\n";
  for (const CsvRecord& r : rows.records) {
    std::vector<std::string> cells;
    for (size_t i = 0; i < std::max(header.size(), r.fields.size()); ++i) {
      cells.push_back((i < header.size()
                           ? header[i]
                           : s.Format("cli.inspect.column", {{"n", std::to_string(i + 1)}})) +
                      "=" + ValueAt(r, i));
    }
    std::cout << s.Format("cli.inspect.row",
                          {{"line", std::to_string(r.line)}, {"cells", Join(cells, "; ")}})
              << "\n";
  }
}

}  // namespace

int RunInspect(const std::vector<std::string>& args) {
  po::options_description options(CliWords()("cli.help.options"));
  options.add_options()("help,h", OptionText("cli.option.help"))(
      "json", OptionText("cli.option.inspect.json"))("all", OptionText("cli.option.inspect.all"))(
      "kind", po::value<std::string>()->default_value(""), OptionText("cli.option.inspect.kind"))(
      "format", po::value<std::string>()->default_value(""),
      OptionText("cli.option.inspect.format"))("sheet", po::value<std::string>()->default_value(""),
                                               OptionText("cli.option.inspect.sheet"))(
      "file", po::value<std::string>()->required(), OptionText("cli.option.inspect.file"));
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;

  const std::string path = vm["file"].as<std::string>();
  if (!std::filesystem::is_regular_file(path))
    return ReportError(
        Status::NotFound(CliWords().Format("cli.file.no_such_file", {{"path", path}})));
  // Streamed like an import: a huge file is never read whole.
  Result<std::unique_ptr<TableFile>> table =
      TableFile::OpenFile(path, path, vm["sheet"].as<std::string>());
  if (!table.ok()) return ReportError(table.status());

  const Preset* preset = nullptr;
  std::optional<InputKind> kind;
  std::string format = vm["format"].as<std::string>();
  if (!format.empty() && format != "csv" && format != "xlsx") {
    preset = FindPreset(format);
    if (!preset)
      return ReportError(
          Status::Usage(CliWords().Format("cli.usage.unknown_format", {{"format", format}})));
  } else if (!vm["kind"].as<std::string>().empty()) {
    kind = ParseInputKind(vm["kind"].as<std::string>());
    if (!kind)
      return ReportError(Status::Usage(CliWords().Format(
          "cli.usage.unknown_kind_short", {{"kind", vm["kind"].as<std::string>()}})));
    preset = (*table)->Detect(*kind);
  } else {
    for (InputKind k : {InputKind::kVisits, InputKind::kFeedback})
      if (!preset) preset = (*table)->Detect(k);
  }

  const int header_index = HeaderIndex(**table, kind, preset);
  const InspectedRows rows = CollectRows(**table, header_index, vm.count("all") ? SIZE_MAX : 20);
  std::string format_name = preset ? preset->name : (*table)->is_spreadsheet() ? "xlsx" : "csv";
  if (vm.count("json")) {
    PrintJson(**table, format_name, rows);
  } else {
    PrintText(path, **table, preset, format_name, rows);
  }
  return 0;
}

}  // namespace ankerbericht
