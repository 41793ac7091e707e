// The alt texts list values in the order a sighted reader scans the chart
// (series by series, categories left to right), and use the same number
// format as the report so a listener hears the figures the page prints.
#include "document/chart_alt_text.h"

#include <cmath>
#include <optional>
#include <variant>
#include <vector>

#include "util/locale.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

// The strings table of the alt text's language; without one every word shows
// as its marked key, which the language tests find.
struct Words {
  const Strings& table;
  const std::string& S(std::string_view key) const { return table.Get(key); }
};

Words WordsOf(const std::string& lang) {
  static const Strings kNone;
  Result<const Strings*> table = Strings::Builtin(lang);
  return Words{table.ok() ? **table : kNone};
}

// Whole numbers without decimals, others with one: as the charts label them.
std::string Number(double v, const std::string& lang) {
  bool whole = std::fabs(v - std::round(v)) < 1e-9;
  return BuiltinLocale(lang).FormatNumber(v, whole ? 0 : 1);
}

std::string Value(const std::optional<double>& v, const std::string& lang, const Words& w) {
  return v ? Number(*v, lang) : std::string(w.S("alt_text.no_data"));
}

// "Balkendiagramm „Besuche je Monat“ (Besuche)": kind, quoted title, unit.
std::string Head(const std::string& kind, const std::string& title, const std::string& fallback,
                 const std::string& unit, const Words& w) {
  std::string out = kind;
  const std::string& name = title.empty() ? fallback : title;
  if (!name.empty()) out += w.table.Format("alt_text.quoted_title", {{"title", name}});
  if (!unit.empty() && unit != name) out += " (" + unit + ")";
  return out;
}

// "1. Halbjahr 2026: Jan 1.712, Feb 1.650; 1. Halbjahr 2025: …".
std::string SeriesList(const std::vector<std::string>& categories,
                       const std::vector<ChartSeries>& series, const std::string& lang,
                       const Words& w) {
  std::string out;
  for (const ChartSeries& s : series) {
    if (!out.empty()) out += "; ";
    if (!s.name.empty()) out += s.name + ": ";
    for (size_t i = 0; i < categories.size(); ++i) {
      if (i > 0) out += ", ";
      out += categories[i] + " " + Value(i < s.values.size() ? s.values[i] : std::nullopt, lang, w);
    }
  }
  return out;
}

// "head: body." (no second full stop after an empty message's own).
std::string Finish(const std::string& head, const std::string& body) {
  bool closed = !body.empty() && (body.back() == '.' || body.back() == '!' || body.back() == '?');
  return head + ": " + body + (closed ? "" : ".");
}

}  // namespace

std::string ChartAltText(const BarChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head =
      Head(chart.stacked ? w.S("alt_text.stacked_bar_chart") : w.S("alt_text.bar_chart"),
           chart.title, fallback_title, chart.unit, w);
  if (chart.categories.empty() || chart.series.empty()) return Finish(head, chart.empty_message);
  return Finish(head, SeriesList(chart.categories, chart.series, lang, w));
}

std::string ChartAltText(const LineChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.line_chart"), chart.title, fallback_title, chart.unit, w);
  if (chart.categories.empty() || chart.series.empty()) return Finish(head, chart.empty_message);
  return Finish(head, SeriesList(chart.categories, chart.series, lang, w));
}

// Each statement with the share of every answer, as the bars show them:
// percent of the item's n, withheld answers named last.
std::string ChartAltText(const DivergingChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.bar_chart_answers"), chart.title, fallback_title, "", w);
  if (chart.items.empty() || chart.answers.empty()) return Finish(head, chart.empty_message);
  const std::string withheld_label =
      chart.withheld_label.empty() ? w.S("alt_text.not_shown") : chart.withheld_label;
  std::string body;
  for (size_t i = 0; i < chart.items.size(); ++i) {
    const std::vector<std::optional<double>> none;
    const auto& values = i < chart.values.size() ? chart.values[i] : none;
    double withheld = i < chart.withheld.size() ? chart.withheld[i] : 0;
    double n = withheld;
    for (const auto& v : values) n += v.value_or(0);
    if (!body.empty()) body += "; ";
    body += chart.items[i] + ": ";
    for (size_t a = 0; a < chart.answers.size(); ++a) {
      if (a > 0) body += ", ";
      body += chart.answers[a] + " ";
      // A missing value is one withheld for privacy, not one without data.
      if (a < values.size() && values[a] && n > 0) {
        body += BuiltinLocale(lang).FormatPercent(*values[a] * 100 / n);
      } else {
        body += withheld_label;
      }
    }
    if (withheld > 0 && n > 0) {
      body += ", " + withheld_label + " " + BuiltinLocale(lang).FormatPercent(withheld * 100 / n);
    }
  }
  return Finish(head, body);
}

// Row by row ("Mo: 8 Uhr 1,5, 9 Uhr 2 …"); closed hours are named as closed,
// and the highest cell is said first because that is what the picture shows.
std::string ChartAltText(const HeatmapChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.heat_map"), chart.title, fallback_title, chart.unit, w);
  if (chart.row_labels.empty() || chart.column_labels.empty())
    return Finish(head, chart.empty_message);
  std::string closed = chart.closed_label.empty() ? w.S("alt_text.closed") : chart.closed_label;
  std::string missing = chart.missing_label.empty() ? w.S("alt_text.no_data") : chart.missing_label;
  std::optional<double> top;
  std::string top_at;
  std::string body;
  for (size_t r = 0; r < chart.row_labels.size(); ++r) {
    if (!body.empty()) body += "; ";
    body += chart.row_labels[r] + ":";
    // Neighbouring closed hours or hours without data are said once:
    // "9–12 geschlossen".
    size_t columns = chart.column_labels.size();
    std::vector<std::string> cells(columns);
    for (size_t c = 0; c < columns; ++c) {
      std::optional<double> v =
          r < chart.values.size() && c < chart.values[r].size() ? chart.values[r][c] : std::nullopt;
      bool is_closed = r < chart.closed.size() && c < chart.closed[r].size() && chart.closed[r][c];
      cells[c] = is_closed && !v ? closed : v ? Number(*v, lang) : missing;
      if (v && (!top || *v > *top)) {
        top = v;
        top_at = chart.row_labels[r] + " " + chart.column_labels[c];
      }
    }
    for (size_t c = 0; c < columns;) {
      size_t end = c + 1;
      bool word = cells[c] == closed || cells[c] == missing;
      while (word && end < columns && cells[end] == cells[c]) ++end;
      body += (c > 0 ? ", " : " ") + chart.column_labels[c];
      if (end - c > 1) body += "–" + chart.column_labels[end - 1];
      body += " " + cells[c];
      c = end;
    }
  }
  if (top)
    body = std::string(w.S("alt_text.highest_value")) + Number(*top, lang) + " (" + top_at + "); " +
           body;
  return Finish(head, body);
}

std::string ChartAltText(const RadarChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.radar_chart"), chart.title, fallback_title, "", w);
  if (chart.axes.empty() || chart.series.empty()) return Finish(head, chart.empty_message);
  if (chart.ring_labels.empty()) {
    head += std::string(w.S("alt_text.scale")) + Number(chart.scale_min, lang) +
            w.S("alt_text.centre") + Number(chart.scale_max, lang) + w.S("alt_text.outside");
    return Finish(head, SeriesList(chart.axes, chart.series, lang, w));
  }
  // Rings with labels ("Priorität 1", "2", … "7"): a value on a ring is said
  // as the ring's label, bare numbers with the first label's word.
  const std::string& first = chart.ring_labels.front().second;
  size_t digits = first.find_last_not_of("0123456789");
  std::string word = digits == std::string::npos ? "" : first.substr(0, digits + 1);
  if (!word.empty() && word.back() != ' ') word += ' ';
  std::string body;
  for (const ChartSeries& s : chart.series) {
    if (!body.empty()) body += "; ";
    if (!s.name.empty()) body += s.name + ": ";
    for (size_t i = 0; i < chart.axes.size(); ++i) {
      std::optional<double> v = i < s.values.size() ? s.values[i] : std::nullopt;
      std::string said = Value(v, lang, w);
      for (const auto& [ring, label] : chart.ring_labels) {
        if (v && std::fabs(*v - ring) < 1e-9) {
          said = label.find_first_not_of("0123456789") == std::string::npos ? word + label : label;
        }
      }
      body += (i > 0 ? ", " : "") + chart.axes[i] + " " + said;
    }
  }
  return Finish(head, body);
}

std::string ChartAltText(const TimelineChart& chart, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.timeline"), chart.title, fallback_title, "", w);
  if (chart.span_days <= 0) return Finish(head, chart.empty_message);
  std::string body;
  for (const TimelineMark& m : chart.marks) {
    if (!body.empty()) body += "; ";
    body += m.date_text;
    if (!m.label.empty()) body += " " + m.label;
  }
  if (chart.range_from <= chart.range_to && !chart.range_label.empty()) {
    body +=
        (body.empty() ? "" : "; ") + std::string(w.S("alt_text.shaded_range")) + chart.range_label;
  }
  if (body.empty()) body = chart.empty_message;
  return Finish(head, body);
}

std::string ChartAltText(const SlideTable& t, const std::string& lang,
                         const std::string& fallback_title) {
  Words w = WordsOf(lang);
  std::string head = Head(w.S("alt_text.table"), t.table.caption, fallback_title, "", w);
  std::string body;
  for (const std::vector<std::string>& row : t.table.rows) {
    if (row.empty()) continue;
    if (!body.empty()) body += "; ";
    body += row[0];
    for (size_t i = 1; i < row.size(); ++i) {
      std::string column = i < t.table.columns.size() ? t.table.columns[i].title : "";
      body += (i == 1 ? " – " : ", ") + (row.size() > 2 && !column.empty() ? column + " " : "") +
              row[i];
    }
  }
  return Finish(head, body.empty() ? w.S("alt_text.no_rows") : body);
}

void FillChartAltTexts(Document* doc) {
  const std::string& lang = doc->info.language;
  auto fill = [&](auto& chart, const std::string& fallback) {
    if (chart.alt.empty()) chart.alt = ChartAltText(chart, lang, fallback);
  };
  for (Block& block : doc->blocks) {
    if (auto* slide = std::get_if<Slide>(&block)) {
      std::visit(
          [&](auto& chart) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(chart)>, std::monostate>)
              fill(chart, slide->title);
          },
          slide->chart);
      continue;
    }
    std::visit(
        [&](auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, BarChart> || std::is_same_v<T, LineChart> ||
                        std::is_same_v<T, DivergingChart> || std::is_same_v<T, HeatmapChart> ||
                        std::is_same_v<T, RadarChart> || std::is_same_v<T, TimelineChart>) {
            fill(b, "");
          }
        },
        block);
  }
}

}  // namespace ankerbericht
