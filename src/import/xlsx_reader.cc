#include "import/xlsx_reader.h"

#include <Poco/Exception.h>
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "util/date.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

// The element name without its namespace prefix ("x:row" -> "row"); some
// writers prefix SpreadsheetML elements.
std::string Local(const Poco::XML::XMLString& local, const Poco::XML::XMLString& qname) {
  if (!local.empty()) return local;
  size_t colon = qname.find(':');
  return colon == std::string::npos ? qname : qname.substr(colon + 1);
}

std::string Attr(const Poco::XML::Attributes& attrs, const char* name) {
  for (int i = 0; i < attrs.getLength(); ++i) {
    if (Local(attrs.getLocalName(i), attrs.getQName(i)) == name) return attrs.getValue(i);
  }
  return "";
}

// A SAX handler built from lambdas: the parts we read are small state machines.
struct Handler : Poco::XML::DefaultHandler {
  std::function<void(const std::string&, const Poco::XML::Attributes&)> on_start;
  std::function<void(const std::string&)> on_end;
  std::function<void(const char*, int)> on_text;
  void startElement(const Poco::XML::XMLString& uri, const Poco::XML::XMLString& local,
                    const Poco::XML::XMLString& qname,
                    const Poco::XML::Attributes& attrs) override {
    (void)uri;
    if (on_start) on_start(Local(local, qname), attrs);
  }
  void endElement(const Poco::XML::XMLString&, const Poco::XML::XMLString& local,
                  const Poco::XML::XMLString& qname) override {
    if (on_end) on_end(Local(local, qname));
  }
  void characters(const Poco::XML::XMLChar ch[], int start, int length) override {
    if (on_text) on_text(ch + start, length);
  }
};

void ParseXml(const std::string& xml, Handler* handler) {
  Poco::XML::SAXParser parser;
  parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
  parser.setFeature(Poco::XML::SAXParser::FEATURE_PARTIAL_READS, false);
  parser.setContentHandler(handler);
  parser.parseMemoryNP(xml.data(), xml.size());
}

class Workbook {
 public:
  Workbook(std::istream& in, const XlsxLimits& limits) : in_(in), archive_(in_), limits_(limits) {}

  bool Has(const std::string& part) const {
    return archive_.findHeader(part) != archive_.headerEnd();
  }

  // The unpacked part; fails on missing parts and on limits.
  Result<std::string> Read(const std::string& part) {
    auto it = archive_.findHeader(part);
    if (it == archive_.headerEnd())
      return Status::InvalidInput(CliWords().Format("import.xlsx.no_part", {{"part", part}}));
    const Poco::Zip::ZipLocalFileHeader& h = it->second;
    uint64_t declared = h.getUncompressedSize();
    uint64_t packed = h.getCompressedSize();
    if (declared > limits_.max_entry_bytes ||
        (declared > (1u << 20) && packed > 0 && declared / packed > limits_.max_ratio)) {
      return Bomb(part, declared);
    }
    in_.clear();
    Poco::Zip::ZipInputStream zin(in_, h, true);
    std::string out;
    char buf[64 * 1024];
    // The declared size may lie: count what is really unpacked.
    while (zin.read(buf, sizeof buf) || zin.gcount() > 0) {
      out.append(buf, static_cast<size_t>(zin.gcount()));
      total_ += static_cast<uint64_t>(zin.gcount());
      if (out.size() > limits_.max_entry_bytes || total_ > limits_.max_total_bytes) {
        return Bomb(part, out.size());
      }
    }
    return out;
  }

 private:
  Status Bomb(const std::string& part, uint64_t size) const {
    return Status::InvalidInput(CliWords().Format(
        "import.xlsx.zip_bomb",
        {{"part", part},
         {"mib", std::to_string(std::max<uint64_t>(size, limits_.max_entry_bytes) >> 20)}}));
  }
  std::istream& in_;
  Poco::Zip::ZipArchive archive_;
  XlsxLimits limits_;
  uint64_t total_ = 0;
};

// Built-in number formats that are dates or times (ECMA-376 18.8.30).
bool IsDateFormat(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
      (id >= 50 && id <= 58)) {
    return true;
  }
  // Custom formats: date letters outside quotes and brackets ("[Red]", "\"Uhr\"").
  bool quoted = false, bracket = false;
  for (char c : code) {
    if (c == '"')
      quoted = !quoted;
    else if (c == '[')
      bracket = true;
    else if (c == ']')
      bracket = false;
    else if (!quoted && !bracket &&
             (c == 'd' || c == 'm' || c == 'y' || c == 'h' || c == 'D' || c == 'Y' || c == 'J' ||
              c == 'T' || c == 'M'))
      return true;
  }
  return false;
}

// A number cell as Excel shows it in the General format: "4.0" and
// "4.0000000000000009" (how some writers, Google Sheets among them, store a 4)
// are "4", "0.30000000000000004" is "0.3". General shows at most 15
// significant digits; beyond 10^15, and for text that is no number, the
// stored text is kept.
std::string GeneralNumber(const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || !std::isfinite(v) || std::fabs(v) >= 1e15) return text;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  std::string out = buf;
  // %g writes 1e-07 for small values; the stored text is as good then.
  if (out.find('e') != std::string::npos) return text;
  return out == "-0" ? "0" : out;
}

// The 0-based column of a cell reference ("C7" -> 2). Letters past any real
// column stop counting (no overflow): the caller ignores such a cell.
size_t ColumnIndex(const std::string& ref) {
  constexpr size_t kBeyond = size_t{1} << 24;
  size_t col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + static_cast<size_t>(c - 'A' + 1);
    if (col > kBeyond) return kBeyond;
  }
  return col == 0 ? 0 : col - 1;
}

// A sheet row number "1".."1048576"; nullopt for anything else (a sign, a
// fraction, 2147483647), which must not become a line number.
std::optional<int> ParseRowNumber(const std::string& text) {
  if (text.empty() || text.size() > 7) return std::nullopt;
  int n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < 1 || n > kXlsxMaxRow) return std::nullopt;
  return n;
}

std::string Megabytes(uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20); }

std::string ResolveTarget(std::string target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  return "xl/" + target;
}

// The part of the sheet named |wanted| ("" = the first): workbook.xml names
// the sheets, its relationships locate their parts. Fails with kInvalidInput
// naming the sheets there are.
Result<std::string> FindSheetPart(Workbook* wb, const std::string& wanted) {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, r:id
  Result<std::string> xml = wb->Read("xl/workbook.xml");
  if (!xml.ok()) return xml.status();
  Handler h;
  h.on_start = [&](const std::string& el, const Poco::XML::Attributes& a) {
    if (el == "sheet") sheets.emplace_back(Attr(a, "name"), Attr(a, "id"));
  };
  ParseXml(*xml, &h);
  std::map<std::string, std::string> rels;
  xml = wb->Read("xl/_rels/workbook.xml.rels");
  if (!xml.ok()) return xml.status();
  h = Handler();
  h.on_start = [&](const std::string& el, const Poco::XML::Attributes& a) {
    if (el == "Relationship") rels[Attr(a, "Id")] = ResolveTarget(Attr(a, "Target"));
  };
  ParseXml(*xml, &h);
  if (sheets.empty()) return Status::InvalidInput(CliWords().Get("import.xlsx.no_sheet"));
  std::string part;
  std::string names;
  for (const auto& [name, rid] : sheets) {
    names += (names.empty() ? "" : ", ") + name;
    if (part.empty() && (wanted.empty() || name == wanted)) part = rels[rid];
  }
  if (part.empty() && !wanted.empty()) {
    return Status::InvalidInput(
        CliWords().Format("import.xlsx.sheet_unknown", {{"sheet", wanted}, {"sheets", names}}));
  }
  if (part.empty()) return Status::InvalidInput(CliWords().Get("import.xlsx.first_sheet_missing"));
  return part;
}

// The workbook's shared strings (none without sharedStrings.xml).
Result<std::vector<std::string>> ReadSharedStrings(Workbook* wb) {
  std::vector<std::string> shared;
  if (!wb->Has("xl/sharedStrings.xml")) return shared;
  Result<std::string> xml = wb->Read("xl/sharedStrings.xml");
  if (!xml.ok()) return xml.status();
  Handler h;
  bool in_t = false, in_rph = false;
  h.on_start = [&](const std::string& el, const Poco::XML::Attributes&) {
    if (el == "si") shared.emplace_back();
    if (el == "rPh") in_rph = true;  // phonetic hints are not part of the text
    if (el == "t" && !in_rph) in_t = true;
  };
  h.on_end = [&](const std::string& el) {
    if (el == "t") in_t = false;
    if (el == "rPh") in_rph = false;
  };
  h.on_text = [&](const char* s, int n) {
    if (in_t && !shared.empty()) shared.back().append(s, static_cast<size_t>(n));
  };
  ParseXml(*xml, &h);
  return shared;
}

// What the cell styles (cellXfs) say about a number: a date, or General.
struct CellStyles {
  std::vector<bool> date;     // per cellXfs index
  std::vector<bool> general;  // per cellXfs index: General (or "0")
};

Result<CellStyles> ReadCellStyles(Workbook* wb) {
  CellStyles styles;
  if (!wb->Has("xl/styles.xml")) return styles;
  Result<std::string> xml = wb->Read("xl/styles.xml");
  if (!xml.ok()) return xml.status();
  std::map<int, std::string> codes;
  bool in_xfs = false;
  Handler h;
  h.on_start = [&](const std::string& el, const Poco::XML::Attributes& a) {
    if (el == "numFmt") codes[std::atoi(Attr(a, "numFmtId").c_str())] = Attr(a, "formatCode");
    if (el == "cellXfs") in_xfs = true;
    if (el == "xf" && in_xfs) {
      int id = std::atoi(Attr(a, "numFmtId").c_str());
      styles.date.push_back(IsDateFormat(id, codes.count(id) ? codes[id] : ""));
      styles.general.push_back(id == 0 || id == 1);
    }
  };
  h.on_end = [&](const std::string& el) {
    if (el == "cellXfs") in_xfs = false;
  };
  ParseXml(*xml, &h);
  return styles;
}

// The text of a cell of type |type| ("s", "b", "n" or "") and style |style|
// whose <v> or <t> holds |text|: a shared string looked up, a boolean as
// TRUE/FALSE, a date-styled number as an ISO date, a General number as Excel
// shows it.
std::string CellValue(const std::string& type, const std::string& text, int style,
                      const std::vector<std::string>& shared, const CellStyles& styles) {
  if (type == "s") {
    size_t i = static_cast<size_t>(std::atol(text.c_str()));
    return i < shared.size() ? shared[i] : "";
  }
  if (type == "b") return text == "1" ? "TRUE" : "FALSE";  // input vocabulary: as Excel shows it
  if ((type.empty() || type == "n") && !text.empty() && style >= 0 &&
      static_cast<size_t>(style) < styles.date.size() && styles.date[static_cast<size_t>(style)]) {
    double serial = std::atof(text.c_str());
    std::string iso = ExcelSerialToIso(serial, serial != std::floor(serial));
    return iso.empty() ? text : iso;
  }
  if ((type.empty() || type == "n") && !text.empty() &&
      (style < 0 || static_cast<size_t>(style) >= styles.general.size() ||
       styles.general[static_cast<size_t>(style)])) {
    return GeneralNumber(text);
  }
  return text;
}

// The rows of the sheet part |part|, every cell's text materialised and
// counted against |limits|.
Result<XlsxSheet> ReadSheetRows(Workbook* wb, const std::string& part,
                                const std::vector<std::string>& shared, const CellStyles& styles,
                                const XlsxLimits& limits) {
  // The shared strings are held once; each cell that shows one gets a copy,
  // and the budget counts those copies (a hostile workbook references one
  // long string from every cell).
  uint64_t shared_bytes = 0;
  for (const std::string& s : shared) shared_bytes += sizeof(std::string) + s.size();

  Result<std::string> xml = wb->Read(part);
  if (!xml.ok()) return xml.status();
  XlsxSheet sheet;
  sheet.materialised_bytes = shared_bytes;
  std::vector<CsvRecord>& rows = sheet.rows;
  std::string type, text;
  size_t col = 0, next_col = 0;
  int style = 0;
  bool in_value = false;
  int next_row = 1;
  // Set once the sheet is refused; the parser runs to the end of the part
  // (bounded by the part limits), the handlers do nothing more.
  Status refused;
  auto charge = [&](uint64_t bytes) {
    sheet.materialised_bytes += bytes;
    if (sheet.materialised_bytes > limits.max_materialised_bytes && refused.ok()) {
      refused = Status::InvalidInput(
          CliWords().Format("import.xlsx.too_much_text",
                            {{"mb", Megabytes(limits.max_materialised_bytes)},
                             {"row", std::to_string(rows.empty() ? 0 : rows.back().line)}}));
    }
  };
  Handler h;
  h.on_start = [&](const std::string& el, const Poco::XML::Attributes& a) {
    if (!refused.ok()) return;
    if (el == "row") {
      std::string r = Attr(a, "r");
      // A row without a number follows the one before it.
      if (r.empty()) r = std::to_string(next_row);
      std::optional<int> n = ParseRowNumber(r);
      if (!n) {
        refused = Status::InvalidInput(CliWords().Format(
            "import.xlsx.row_number", {{"row", r}, {"max", std::to_string(kXlsxMaxRow)}}));
        return;
      }
      rows.emplace_back();
      rows.back().line = *n;
      next_row = *n + 1;
      next_col = 0;
      charge(sizeof(CsvRecord));
    } else if (el == "c") {
      std::string ref = Attr(a, "r");
      col = ref.empty() ? next_col : ColumnIndex(ref);
      next_col = col + 1;
      type = Attr(a, "t");
      style = std::atoi(Attr(a, "s").c_str());
      text.clear();
    } else if (el == "v" || el == "t") {
      in_value = true;
    }
  };
  h.on_text = [&](const char* s, int n) {
    if (in_value && refused.ok()) text.append(s, static_cast<size_t>(n));
  };
  h.on_end = [&](const std::string& el) {
    if (el == "v" || el == "t") in_value = false;
    if (el != "c" || rows.empty() || !refused.ok()) return;
    std::string value = CellValue(type, text, style, shared, styles);
    // An empty cell widens nothing: a row ends at its last non-empty cell.
    if (value.empty()) return;
    if (col >= limits.max_columns) {
      ++sheet.cells_ignored;  // far beyond any header: ignored, not allocated
      return;
    }
    std::vector<std::string>& fields = rows.back().fields;
    if (fields.size() <= col) {
      size_t before = fields.capacity();
      fields.resize(col + 1);
      charge((fields.capacity() - before) * sizeof(std::string));
    }
    charge(value.size());
    fields[col] = std::move(value);
  };
  ParseXml(*xml, &h);
  if (!refused.ok()) return refused;
  return sheet;
}

Result<XlsxSheet> ReadSheet(Workbook* wb, const std::string& wanted, const XlsxLimits& limits) {
  Result<std::string> part = FindSheetPart(wb, wanted);
  if (!part.ok()) return part.status();
  Result<std::vector<std::string>> shared = ReadSharedStrings(wb);
  if (!shared.ok()) return shared.status();
  Result<CellStyles> styles = ReadCellStyles(wb);
  if (!styles.ok()) return styles.status();
  return ReadSheetRows(wb, *part, *shared, *styles, limits);
}

}  // namespace

std::string ExcelSerialToIso(double serial, bool with_time) {
  if (!(serial >= 1 && serial < 2958466)) return "";
  long days = static_cast<long>(std::floor(serial));
  // Serial 60 is the 29.02.1900 that never was; from 61 on, day 1 = 1899-12-31
  // shifted by that phantom day, i.e. day 0 = 1899-12-30.
  if (days < 61) ++days;
  Date d = Date(1899, 12, 30).AddDays(static_cast<int>(days));
  std::string out = d.ToIso();
  if (with_time) {
    int secs = static_cast<int>(std::lround((serial - std::floor(serial)) * 86400.0));
    secs = std::clamp(secs, 0, 86399);
    char buf[32];
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60);
    out += buf;
  }
  return out;
}

Result<XlsxSheet> ReadXlsxSheet(std::istream& in, const std::string& sheet,
                                const XlsxLimits& limits) {
  // Poco throws for damaged zips and malformed XML; this is the edge where
  // that becomes a Status.
  try {
    Workbook wb(in, limits);
    return ReadSheet(&wb, sheet, limits);
  } catch (const Poco::Exception& e) {
    return Status::InvalidInput(
        CliWords().Format("import.xlsx.unreadable", {{"reason", e.displayText()}}));
  } catch (const std::exception& e) {
    return Status::InvalidInput(
        CliWords().Format("import.xlsx.unreadable", {{"reason", e.what()}}));
  }
}

Result<XlsxSheet> ReadXlsxSheet(const std::string& bytes, const std::string& sheet,
                                const XlsxLimits& limits) {
  if (bytes.size() > limits.max_file_bytes) {
    return Status::InvalidInput(CliWords().Format(
        "import.xlsx.too_large",
        {{"mb", Megabytes(bytes.size())}, {"limit", Megabytes(limits.max_file_bytes)}}));
  }
  std::istringstream in(bytes);
  return ReadXlsxSheet(in, sheet, limits);
}

}  // namespace ankerbericht
