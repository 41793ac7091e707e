// The report document model: what a report says, independent of how it is
// drawn. The document stage builds it from a template and the figures; the
// render stage turns it into a PDF (render/pdf_renderer.h) or a plain-text
// dump for golden tests (render/text_dump.h).
//
// All text is UTF-8 and already formatted for the reader (German numbers,
// dates): renderers never format figures themselves.
#ifndef ANKERBERICHT_DOCUMENT_DOCUMENT_H_
#define ANKERBERICHT_DOCUMENT_DOCUMENT_H_

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ankerbericht {

// The cover page.
struct TitleBlock {
  std::string kicker;    // "Halbjahresbericht"
  std::string title;     // site name
  std::string subtitle;  // municipality
  std::string period;    // "1. Januar 2026 – 30. Juni 2026"
  std::vector<std::string> facts;  // "Stand der Daten: 21. November 2026", ...
};

struct Heading {
  int level = 1;  // 1 = chapter, 2 = section
  std::string text;
};

struct Paragraph {
  std::string text;
};

struct BulletList {
  std::vector<std::string> items;
};

struct TableColumn {
  std::string title;
  bool numeric = false;  // numeric columns are right-aligned
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each row has columns.size() cells
  std::string caption;                         // may be empty
};

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; nullopt = no data
};

// Vertical bar chart; several series are drawn as grouped bars.
struct BarChart {
  std::string title;
  std::string unit;                     // axis label, e.g. "Besuche"
  std::vector<std::string> categories;  // x axis labels
  std::vector<ChartSeries> series;
  std::string empty_message;  // shown instead of the chart when there is no data
};

// A small print note, e.g. for suppressed values or data sources.
struct Remark {
  std::string text;
};

using Block = std::variant<TitleBlock, Heading, Paragraph, BulletList, Table, BarChart, Remark>;

struct DocumentInfo {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "de";
  std::string header_text;  // running header, e.g. "Stadtlabor Musterstadt · 2026-H1"
  std::string footer_text;  // running footer left part; "Seite x von y" is added on the right
  std::string page_label;   // "Seite" / "Page"
  std::string page_of;      // "von" / "of"
};

struct Document {
  DocumentInfo info;
  std::vector<Block> blocks;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_DOCUMENT_H_
