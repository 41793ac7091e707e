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
#include "util/text.h"

namespace ankerbericht {

namespace {

const CommandHelp kHelp = {
    "ankerbericht inspect FILE [--json] [--all] [--kind KIND] [--format FMT] [--sheet NAME]",
    "Shows what ankerbericht sees in a table file (CSV or .xlsx) without importing it:\n"
    "the encoding, the separator, the tool whose export it recognises (the preset), the\n"
    "header row and the first 20 rows as text (all rows with --all). Use it when an\n"
    "import does not find your columns. --json prints the same as one JSON object:\n"
    "{\"encoding\", \"delimiter\", \"format\", \"header\": [...], \"records\": [{header: value}]}.",
    "  ankerbericht inspect daten/zaehler/export.csv\n"
    "  ankerbericht inspect --json --all umfrage.xlsx"};

// Header names made unique ("Gsenget IN", "Gsenget IN (2)") and never empty,
// so every value of a record has its own key.
std::vector<std::string> UniqueHeader(const std::vector<std::string>& fields) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::string h(Trim(fields[i]));
    if (h.empty()) h = "column " + std::to_string(i + 1);
    int n = ++seen[h];
    out.push_back(n == 1 ? h : h + " (" + std::to_string(n) + ")");
  }
  return out;
}

}  // namespace

int RunInspect(const std::vector<std::string>& args) {
  po::options_description options("Options");
  options.add_options()("help,h", "show this help")(
      "json", "print one JSON object instead of text")("all",
                                                       "show every row, not only the first 20")(
      "kind", po::value<std::string>()->default_value(""),
      "look for presets of this kind only (visits, feedback, ...)")(
      "format", po::value<std::string>()->default_value(""),
      "read the file as this preset instead of detecting it")(
      "sheet", po::value<std::string>()->default_value(""),
      ".xlsx: the worksheet to show (default: the first)")(
      "file", po::value<std::string>()->required(), "the file to inspect");
  po::positional_options_description positional;
  positional.add("file", 1);
  po::variables_map vm;
  int exit_code = 0;
  if (!ParseCommandLine(args, options, positional, kHelp, &vm, &exit_code)) return exit_code;

  const std::string path = vm["file"].as<std::string>();
  if (!std::filesystem::is_regular_file(path))
    return ReportError(Status::NotFound(path + ": no such file"));
  // Streamed like an import: a huge file is never read whole.
  Result<std::unique_ptr<TableFile>> table =
      TableFile::OpenFile(path, path, vm["sheet"].as<std::string>());
  if (!table.ok()) return ReportError(table.status());

  const Preset* preset = nullptr;
  std::string format = vm["format"].as<std::string>();
  if (!format.empty() && format != "csv" && format != "xlsx") {
    preset = FindPreset(format);
    if (!preset)
      return ReportError(
          Status::Usage("unknown format \"" + format + "\" (see `ankerbericht import --help`)"));
  } else if (!vm["kind"].as<std::string>().empty()) {
    std::optional<InputKind> kind = ParseInputKind(vm["kind"].as<std::string>());
    if (!kind)
      return ReportError(Status::Usage("unknown --kind \"" + vm["kind"].as<std::string>() + "\""));
    preset = (*table)->Detect(*kind);
  } else {
    for (InputKind k : {InputKind::kVisits, InputKind::kFeedback})
      if (!preset) preset = (*table)->Detect(k);
  }

  // Find the header, then collect the rows after it as the mapper sees them
  // (blank rows and an HXL tag row skipped).
  const int header_index = (*table)->GuessHeaderRow(preset);
  const size_t limit = vm.count("all") ? SIZE_MAX : 20;
  std::unique_ptr<RowSource> rows = (*table)->Rows();
  CsvRecord record;
  std::vector<std::string> header;
  int header_line = 0;
  std::vector<CsvRecord> records;
  size_t total = 0;
  for (int index = 0; rows->Next(&record); ++index) {
    if (index < header_index) continue;
    if (index == header_index) {
      header = UniqueHeader(record.fields);
      header_line = record.line;
      continue;
    }
    if (record.IsBlank()) continue;
    bool hxl = total == 0 && !record.fields.empty();
    for (const std::string& f : record.fields) hxl = hxl && (Trim(f).empty() || Trim(f)[0] == '#');
    if (hxl) continue;
    ++total;
    if (records.size() < limit) records.push_back(record);
  }
  std::string format_name = preset ? preset->name : (*table)->is_spreadsheet() ? "xlsx" : "csv";
  auto value_at = [](const CsvRecord& r, size_t i) {
    return i < r.fields.size() ? r.fields[i] : std::string();
  };

  if (vm.count("json")) {
    Poco::JSON::Object out(Poco::JSON_PRESERVE_KEY_ORDER);
    out.set("encoding", (*table)->encoding());
    out.set("delimiter", (*table)->DelimiterName() == "tab" ? "\t"
                         : (*table)->DelimiterName().empty()
                             ? ""
                             : (*table)->DelimiterName().substr(1, 1));
    out.set("format", format_name);
    Poco::JSON::Array::Ptr h = new Poco::JSON::Array();
    for (const std::string& name : header) h->add(name);
    out.set("header", h);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array();
    for (const CsvRecord& r : records) {
      Poco::JSON::Object::Ptr obj = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
      for (size_t i = 0; i < header.size(); ++i) obj->set(header[i], value_at(r, i));
      // Cells beyond the header (ragged rows) are shown, not dropped.
      for (size_t i = header.size(); i < r.fields.size(); ++i)
        obj->set("column " + std::to_string(i + 1), r.fields[i]);
      list->add(obj);
    }
    out.set("records", list);
    out.stringify(std::cout, 2);
    std::cout << "\n";
    return 0;
  }
  std::cout << "file:      " << path << "\n"
            << "encoding:  " << (*table)->encoding() << "\n";
  if (!(*table)->is_spreadsheet()) std::cout << "delimiter: " << (*table)->DelimiterName() << "\n";
  std::cout << "format:    " << format_name;
  if (preset) std::cout << " (" << preset->description << ")";
  std::cout << "\n";
  if ((*table)->has_replacement_chars()) {
    std::cout << "warning:   the file already contains replacement characters (\xEF\xBF\xBD): "
                 "letters were lost before it reached ankerbericht\n";
  }
  for (const InvalidByte& b : (*table)->invalid_bytes()) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", b.byte);
    std::cout << "warning:   line " << b.line << ": not valid UTF-8 (byte " << hex
              << "), shown as \xEF\xBF\xBD\n";
  }
  // Reading stopped early (a line over the limit, a quote never closed).
  if (!rows->error_detail().empty()) {
    std::cout << "warning:   line " << rows->error_line() << ": " << rows->error_detail() << "\n";
  }
  if (header.empty()) {
    std::cout << "the file holds no rows\n";
    return 0;
  }
  std::cout << "header (line " << header_line << "): " << Join(header, " | ") << "\n"
            << "records: " << total
            << (records.size() < total
                    ? " (first " + std::to_string(records.size()) + " shown; --all shows every one)"
                    : "")
            << "\n";
  for (const CsvRecord& r : records) {
    std::vector<std::string> cells;
    for (size_t i = 0; i < std::max(header.size(), r.fields.size()); ++i) {
      cells.push_back((i < header.size() ? header[i] : "column " + std::to_string(i + 1)) + "=" +
                      value_at(r, i));
    }
    std::cout << "line " << r.line << ": " << Join(cells, "; ") << "\n";
  }
  return 0;
}

}  // namespace ankerbericht
