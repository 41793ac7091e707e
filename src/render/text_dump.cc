#include "render/text_dump.h"

#include <cmath>
#include <cstdio>
#include <string_view>
#include <type_traits>
#include <variant>

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

std::string Values(const std::vector<std::optional<double>>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ",";
    out += Value(values[i]);
  }
  return out;
}

std::string Series(const std::vector<ChartSeries>& series) {
  std::string out = " series=";
  for (size_t s = 0; s < series.size(); ++s) {
    if (s) out += ";";
    out += OneLine(series[s].name) + ":" + Values(series[s].values);
  }
  return out;
}

std::string Empty(const std::string& message) {
  return message.empty() ? "" : " empty=" + OneLine(message);
}

void DumpChart(const BarChart& c, std::string* out) {
  std::string line = "CHART " + OneLine(c.title) + " [" + OneLine(c.unit) +
                     "] categories=" + JoinCells(c.categories, ",") + Series(c.series);
  line += Empty(c.empty_message);
  if (c.horizontal) line += " horizontal";
  if (c.stacked) line += " stacked";
  *out += line + "\n";
}

const char* TrendMark(Trend t) {
  switch (t) {
    case Trend::kUp:
      return "\u25B2 ";
    case Trend::kDown:
      return "\u25BC ";
    case Trend::kFlat:
      return "\u25BA ";
    case Trend::kNone:
      break;
  }
  return "";
}

const char* StatusName(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMet:
      return "met";
    case TargetStatus::kNear:
      return "near";
    case TargetStatus::kMissed:
      return "missed";
    case TargetStatus::kNone:
      break;
  }
  return "none";
}

void DumpTiles(const KpiTiles& k, std::string* out) {
  for (const KpiTile& t : k.tiles) {
    std::string line = "KPI " + OneLine(t.value) + " | " + OneLine(t.label) + " | " +
                       TrendMark(t.trend) + OneLine(t.change) + " | status=" + StatusName(t.status);
    if (!t.status_text.empty()) line += " " + OneLine(t.status_text);
    *out += line + "\n";
  }
}

void DumpDiverging(const DivergingChart& c, std::string* out) {
  *out += "DIVERGING " + OneLine(c.title) + " answers=" + JoinCells(c.answers, ",") +
          " neutral=" + (c.neutral ? std::to_string(*c.neutral) : "-") + Empty(c.empty_message) +
          "\n";
  for (size_t i = 0; i < c.items.size(); ++i) {
    *out += "ITEM " + OneLine(c.items[i]) + ": " + (i < c.values.size() ? Values(c.values[i]) : "");
    if (i < c.withheld.size() && c.withheld[i] > 0) {
      *out += " | " + OneLine(c.withheld_label) + "=" + Value(c.withheld[i]);
    }
    *out += "\n";
  }
}

void DumpHeatmap(const HeatmapChart& c, std::string* out) {
  *out += "HEATMAP " + OneLine(c.title) + " [" + OneLine(c.unit) +
          "] columns=" + JoinCells(c.column_labels, ",") + Empty(c.empty_message) + "\n";
  if (!c.closed_label.empty()) *out += "HCLOSED " + OneLine(c.closed_label) + "\n";
  for (size_t r = 0; r < c.row_labels.size(); ++r) {
    std::string cells;
    for (size_t k = 0; r < c.values.size() && k < c.values[r].size(); ++k) {
      bool closed = r < c.closed.size() && k < c.closed[r].size() && c.closed[r][k];
      if (k) cells += ',';
      cells += closed ? std::string("closed") : Value(c.values[r][k]);
    }
    *out += "HROW " + OneLine(c.row_labels[r]) + ": " + cells + "\n";
  }
}

void DumpRadar(const RadarChart& c, std::string* out) {
  std::string rings;
  for (const auto& [v, text] : c.ring_labels)
    rings += (rings.empty() ? " rings=" : ",") + Value(v) + ":" + OneLine(text);
  *out += "RADAR " + OneLine(c.title) + " scale=" + Value(c.scale_min) + ".." + Value(c.scale_max) +
          " axes=" + JoinCells(c.axes, ",") + rings + Series(c.series) + Empty(c.empty_message) +
          "\n";
}

// " [lang=en]" after a text in another language than the document's.
std::string LangNote(const std::string& lang) { return lang.empty() ? "" : " [lang=" + lang + "]"; }

void DumpQuote(const Quote& q, std::string* out) {
  *out += "QUOTE " + OneLine(q.text);
  if (!q.source.empty()) *out += " \u2014 " + OneLine(q.source);
  *out += LangNote(q.lang);
  *out += "\n";
}

const char* MarkKind(TimelineMarkKind k) {
  switch (k) {
    case TimelineMarkKind::kToday:
      return "today";
    case TimelineMarkKind::kMeeting:
      return "meeting";
    case TimelineMarkKind::kDeadline:
      return "deadline";
    case TimelineMarkKind::kMilestone:
      break;
  }
  return "milestone";
}

void DumpTimeline(const TimelineChart& c, std::string* out) {
  *out += "TIMELINE " + OneLine(c.title) + " days=" + std::to_string(c.span_days) +
          Empty(c.empty_message) + "\n";
  if (c.range_from <= c.range_to) {
    *out += "RANGE " + std::to_string(c.range_from) + ".." + std::to_string(c.range_to) + " " +
            OneLine(c.range_label) + "\n";
  }
  for (const TimelineMark& m : c.marks) {
    *out += "MARK " + OneLine(m.date_text) + " \u2013 " + OneLine(m.label) + " [" +
            MarkKind(m.kind) + (m.emphasis ? ", emphasis" : "") + "]\n";
  }
}

void DumpBlock(const Block& block, std::string* out);

// A slide as the deck reads: its number, the message, the figure with the
// indicator it comes from, the texts, the chart's content and the source.
void DumpSlide(const Slide& s, int number, std::string* out) {
  *out += "=== Folie " + std::to_string(number) + " ===\n";
  if (!s.kicker.empty()) *out += "KICKER " + OneLine(s.kicker) + "\n";
  *out += "TITLE " + OneLine(s.title) + "\n";
  if (!s.subtitle.empty()) *out += "SUBTITLE " + OneLine(s.subtitle) + "\n";
  if (!s.figure.empty()) {
    *out += "Kennzahl" + (s.indicator.empty() ? "" : " " + OneLine(s.indicator)) + ": " +
            OneLine(s.figure) + "\n";
  }
  if (!s.figure_label.empty()) *out += "LABEL " + OneLine(s.figure_label) + "\n";
  if (!s.figure_note.empty()) *out += "NOTE " + OneLine(s.figure_note) + "\n";
  for (const std::string& b : s.bullets) *out += "- " + OneLine(b) + "\n";
  for (const Quote& q : s.quotes) DumpQuote(q, out);
  std::visit(
      [&](const auto& chart) {
        using T = std::decay_t<decltype(chart)>;
        if constexpr (std::is_same_v<T, SlideTable>) {
          DumpBlock(Block(chart.table), out);
        } else if constexpr (!std::is_same_v<T, std::monostate>) {
          DumpBlock(Block(chart), out);
        }
      },
      s.chart);
  if (!s.source.empty()) {
    bool labelled = s.source.rfind("Quelle", 0) == 0 || s.source.rfind("Source", 0) == 0;
    *out += (labelled ? "" : "Quelle: ") + OneLine(s.source) + "\n";
  }
}

void DumpBlock(const Block& block, std::string* out) {
  if (auto* t = std::get_if<TitleBlock>(&block)) {
    DumpTitle(*t, out);
  } else if (auto* h = std::get_if<Heading>(&block)) {
    *out += "H" + std::to_string(h->level < 1 ? 1 : h->level) + " " + OneLine(h->text) +
            LangNote(h->lang) + "\n";
  } else if (auto* p = std::get_if<Paragraph>(&block)) {
    *out += "P " + OneLine(p->text) + LangNote(p->lang) + "\n";
  } else if (auto* l = std::get_if<BulletList>(&block)) {
    for (const std::string& item : l->items)
      *out += "- " + OneLine(item) + LangNote(l->lang) + "\n";
  } else if (auto* tab = std::get_if<Table>(&block)) {
    DumpTable(*tab, out);
  } else if (auto* c = std::get_if<BarChart>(&block)) {
    DumpChart(*c, out);
  } else if (auto* r = std::get_if<Remark>(&block)) {
    *out += "REMARK " + OneLine(r->text) + "\n";
  } else if (auto* k = std::get_if<KpiTiles>(&block)) {
    DumpTiles(*k, out);
  } else if (auto* d = std::get_if<DivergingChart>(&block)) {
    DumpDiverging(*d, out);
  } else if (auto* lc = std::get_if<LineChart>(&block)) {
    *out += "LINE " + OneLine(lc->title) + " [" + OneLine(lc->unit) +
            "] categories=" + JoinCells(lc->categories, ",") + Series(lc->series) +
            Empty(lc->empty_message) + "\n";
  } else if (auto* hm = std::get_if<HeatmapChart>(&block)) {
    DumpHeatmap(*hm, out);
  } else if (auto* rc = std::get_if<RadarChart>(&block)) {
    DumpRadar(*rc, out);
  } else if (auto* q = std::get_if<Quote>(&block)) {
    DumpQuote(*q, out);
  } else if (auto* toc = std::get_if<TocBlock>(&block)) {
    *out += "TOC " + OneLine(toc->title) + " levels<=" + std::to_string(toc->max_level) + "\n";
  } else if (auto* tl = std::get_if<TimelineChart>(&block)) {
    DumpTimeline(*tl, out);
  }
}

}  // namespace

std::string DumpDocument(const Document& doc) {
  std::string out;
  // The internal edition's marker stands on every page: once here.
  if (!doc.info.marker.empty()) out += "[" + doc.info.marker + "]\n";
  int slide = 0;
  for (const Block& block : doc.blocks) {
    if (auto* s = std::get_if<Slide>(&block)) {
      DumpSlide(*s, ++slide, &out);
    } else {
      DumpBlock(block, &out);
    }
  }
  return out;
}

}  // namespace ankerbericht
