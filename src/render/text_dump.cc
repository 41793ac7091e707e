#include "render/text_dump.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace ankerbericht {
namespace {

// Keeps every element on one line: a hard line break becomes "\n".
std::string OneLine(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string JoinCells(const std::vector<std::string>& cells, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) out += sep;
    out += OneLine(cells[i]);
  }
  return out;
}

// Chart values as plain C numbers ("1500", "2.5"), "-" for missing: the dump
// is for comparing content, not for reading typography.
std::string Value(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", *v);
  return buf;
}

void DumpTitle(const TitleBlock& t, std::string* out) {
  *out += "TITLE " + JoinCells({t.kicker, t.title, t.subtitle, t.period}, " | ") + "\n";
  for (const std::string& fact : t.facts) *out += "FACT " + OneLine(fact) + "\n";
}

void DumpTable(const Table& t, std::string* out) {
  std::vector<std::string> titles;
  for (const TableColumn& c : t.columns) titles.push_back(c.title);
  *out += "TABLE " + JoinCells(titles, " | ") + "\n";
  if (!t.caption.empty()) *out += "CAPTION " + OneLine(t.caption) + "\n";
  for (const auto& row : t.rows) *out += "ROW " + JoinCells(row, " | ") + "\n";
}

void DumpChart(const BarChart& c, std::string* out) {
  std::string line = "CHART " + OneLine(c.title) + " [" + OneLine(c.unit) +
                     "] categories=" + JoinCells(c.categories, ",") + " series=";
  for (size_t s = 0; s < c.series.size(); ++s) {
    if (s) line += ";";
    line += OneLine(c.series[s].name) + ":";
    for (size_t i = 0; i < c.series[s].values.size(); ++i) {
      if (i) line += ",";
      line += Value(c.series[s].values[i]);
    }
  }
  if (!c.empty_message.empty()) line += " empty=" + OneLine(c.empty_message);
  *out += line + "\n";
}

void DumpBlock(const Block& block, std::string* out) {
  if (auto* t = std::get_if<TitleBlock>(&block)) {
    DumpTitle(*t, out);
  } else if (auto* h = std::get_if<Heading>(&block)) {
    *out += "H" + std::to_string(h->level < 1 ? 1 : h->level) + " " + OneLine(h->text) + "\n";
  } else if (auto* p = std::get_if<Paragraph>(&block)) {
    *out += "P " + OneLine(p->text) + "\n";
  } else if (auto* l = std::get_if<BulletList>(&block)) {
    for (const std::string& item : l->items) *out += "- " + OneLine(item) + "\n";
  } else if (auto* tab = std::get_if<Table>(&block)) {
    DumpTable(*tab, out);
  } else if (auto* c = std::get_if<BarChart>(&block)) {
    DumpChart(*c, out);
  } else if (auto* r = std::get_if<Remark>(&block)) {
    *out += "REMARK " + OneLine(r->text) + "\n";
  }
}

}  // namespace

std::string DumpDocument(const Document& doc) {
  std::string out;
  for (const Block& block : doc.blocks) DumpBlock(block, &out);
  return out;
}

}  // namespace ankerbericht
