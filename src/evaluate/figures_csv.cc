// The figures of an Evaluation, and of several sites side by side, as CSV
// (figures_export.h): `figures --csv`, plain for programs or for German Excel.
#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "evaluate/figures_export.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

namespace {

std::string CsvNumber(std::optional<double> v) {
  if (!v) return "";
  std::ostringstream s;
  s.precision(10);
  s << *v;
  return s.str();
}

std::string CsvField(const std::string& s, char separator) {
  if (s.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A number as CsvNumber writes it ("-12.5", "3", "1e+12") with a decimal
// comma; anything else ("< 5", "x", a status) stays as it is.
std::string WithDecimalComma(std::string s) {
  bool number = !s.empty();
  for (size_t i = 0; i < s.size() && number; ++i) {
    char c = s[i];
    number = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '+' || (c == '-');
  }
  if (number) std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

// Long format: one row per number; the same numbers as --json. Breakdown
// cells are "<breakdown>[<key>]", their shares "<breakdown>.share[<key>]",
// item groups "feedback.item.<id>.<stat>[channel=paper]"; history rows carry
// their half-year in the period column.
class CsvWriter {
 public:
  // A German CSV (style.lang "de") names its columns, units and indicators
  // in words; the plain one keeps the codes, which programs read.
  CsvWriter(const Evaluation& ev, const FigureWords& words, std::ostream& out,
            const CsvStyle& style)
      : ev_(ev), out_(out), style_(style), words_(style.lang == "de" ? &words.de : nullptr) {}

  void Header() const {
    if (style_.bom) out_ << "\xEF\xBB\xBF";
    std::vector<std::string> names = {"site", "period", "indicator", "unit", "value"};
    if (words_) names.insert(names.begin() + 3, "label");
    if (ev_.compared) {
      names.push_back("previous");
      names.push_back("year_before");
    }
    for (size_t i = 0; i < names.size(); ++i) {
      out_ << (i ? std::string(1, style_.separator) : "")
           << (words_ ? Word(words_->columns, names[i]) : names[i]);
    }
    End();
  }

  void Row(const std::string& period, const std::string& id, const std::string& unit,
           const std::string& value, const std::string& previous = "",
           const std::string& year_before = "") const {
    const char sep = style_.separator;
    out_ << CsvField(ev_.site->id, sep) << sep << CsvField(period, sep) << sep << CsvField(id, sep)
         << sep;
    if (words_) out_ << CsvField(Label(id), sep) << sep;
    out_ << CsvField(words_ ? Word(words_->units, unit) : unit, sep) << sep
         << CsvField(Number(value), sep);
    if (ev_.compared) out_ << sep << Number(previous) << sep << Number(year_before);
    End();
  }
  void Row(const std::string& id, const std::string& unit, const std::string& value) const {
    Row(ev_.period.id, id, unit, value);
  }
  std::string Value(std::optional<double> v, Suppression s) const {
    return s != Suppression::kNone ? SuppressedText(s, ev_.privacy_threshold) : CsvNumber(v);
  }
  // With an empty |group| n, mean and positive share are already rows of
  // their own (the item indicators); only the intervals are added.
  void Stats(const std::string& base, const std::string& group, const ItemStats& st) const {
    if (!group.empty()) Row(base + ".n" + group, "count", Value(st.n, st.n_suppression));
    if (!group.empty()) Row(base + ".mean" + group, "points", CsvNumber(st.mean));
    Row(base + ".mean_low" + group, "points", CsvNumber(st.mean_low));
    Row(base + ".mean_high" + group, "points", CsvNumber(st.mean_high));
    if (!group.empty())
      Row(base + ".positive_share" + group, "percent", CsvNumber(st.positive_share));
    Row(base + ".positive_low" + group, "percent", CsvNumber(st.positive_low));
    Row(base + ".positive_high" + group, "percent", CsvNumber(st.positive_high));
  }
  void Breakdowns(const Breakdown& b) const {
    Row(b.id, b.unit, Value(b.total, b.total_suppression));
    if (!b.overlapping && b.unit == "count" && b.total)
      Row(b.id + ".withheld", b.unit, CsvNumber(b.withheld.value_or(0)));
    for (const Cell& c : b.cells) {
      Row(b.id + "[" + c.key + "]", b.unit, Value(c.value, c.suppression));
      if (HasCellShares(b)) Row(b.id + ".share[" + c.key + "]", "percent", CsvNumber(c.share));
    }
  }

 private:
  void End() const { out_ << (style_.crlf ? "\r\n" : "\n"); }
  std::string Number(const std::string& value) const {
    return style_.decimal_comma ? WithDecimalComma(value) : value;
  }
  // The catalogue's name of an indicator, also of its history rows; ""
  // for the rest (breakdown cells, item intervals), whose ids say it.
  std::string Label(const std::string& id) const {
    const std::string plain = id.rfind("history.", 0) == 0 ? id.substr(8) : id;
    auto it = words_->indicators.find(plain);
    return it == words_->indicators.end() ? "" : it->second;
  }
  // The word of |code| in |table|, the code itself where it has none.
  static std::string Word(const std::map<std::string, std::string>& table,
                          const std::string& code) {
    auto it = table.find(code);
    return it == table.end() ? code : it->second;
  }

  const Evaluation& ev_;
  std::ostream& out_;
  const CsvStyle& style_;
  const FigureWords::Language* words_;  // null: the plain CSV
};

}  // namespace

CsvStyle GermanExcelCsv() {
  CsvStyle style;
  style.separator = ';';
  style.decimal_comma = true;
  style.bom = true;
  style.crlf = true;
  style.lang = "de";
  return style;
}

void WriteFiguresCsv(const Evaluation& ev, const FigureWords& words, std::ostream& out,
                     const CsvStyle& style) {
  CsvWriter w(ev, words, out, style);
  w.Header();
  for (const IndicatorDef& def : Indicators()) {
    const IndicatorValue& v = ev.indicators.at(def.id);
    auto withheld = ev.withheld.find(def.id);
    w.Row(ev.period.id, def.id, def.unit,
          withheld == ev.withheld.end() ? CsvNumber(v.value) : withheld->second,
          CsvNumber(v.previous), CsvNumber(v.year_before));
  }
  for (const ExtraIndicator& e : ev.extra_indicators) {
    w.Row(ev.period.id, e.id, e.unit, CsvNumber(e.value.value), CsvNumber(e.value.previous),
          CsvNumber(e.value.year_before));
  }
  for (const Breakdown& b : ev.breakdowns) w.Breakdowns(b);
  for (const ItemResult& item : ev.items) {
    std::string base = "feedback.item." + item.id;
    w.Stats(base, "", item.all);
    w.Breakdowns(item.distribution);
    for (const auto& [key, st] : item.by_channel) w.Stats(base, "[channel=" + key + "]", st);
    for (const auto& [key, st] : item.by_format) w.Stats(base, "[format=" + key + "]", st);
    for (const auto& [key, st] : item.by_speaker) w.Stats(base, "[speaker=" + key + "]", st);
    for (const auto& [key, st] : item.by_scale) w.Stats(base, "[scale=" + key + "]", st);
  }
  for (const TargetResult& t : ev.targets)
    w.Row("target[" + t.target.indicator + "]", "status", TargetStateName(t.status));
  for (const GoalProfile& g : ev.goals) {
    w.Row("goal." + g.id + ".priority", "rank", g.priority ? std::to_string(*g.priority) : "");
    w.Row("goal." + g.id + ".score", "percent", CsvNumber(g.score));
  }
  for (const FormatSignal& f : ev.signals) {
    w.Row("signal[" + f.format + "]", "signal", SignalName(f.signal));
    w.Row("signal.events[" + f.format + "]", "count", std::to_string(f.events));
    w.Row("signal.fill_rate[" + f.format + "]", "percent", CsvNumber(f.fill_rate));
    w.Row("signal.responses[" + f.format + "]", "count",
          f.responses_suppression != Suppression::kNone
              ? SuppressedText(f.responses_suppression, ev.privacy_threshold)
              : std::to_string(f.responses));
    w.Row("signal.positive_share[" + f.format + "]", "percent", CsvNumber(f.positive_share));
  }
  for (const auto* list : {&ev.visits_by_month, &ev.visits_by_month_year_before}) {
    for (const MonthValue& m : *list)
      w.Row("visits.month[" + m.month.ToIso().substr(0, 7) + "]", "count", CsvNumber(m.value));
  }
  for (const auto& [id, v] : ev.cumulative.values) w.Row("cumulative." + id, "count", CsvNumber(v));
  if (ev.today && ev.funding.funding_end)
    w.Row("funding.months_left", "months", std::to_string(ev.funding.months_left));
  for (const HistoryPoint& h : ev.history) {
    for (const IndicatorDef& def : Indicators()) {
      auto it = h.values.find(def.id);
      w.Row(h.period.id, "history." + std::string(def.id), def.unit,
            CsvNumber(it == h.values.end() ? std::nullopt : it->second));
    }
    for (const ExtraIndicator& e : ev.extra_indicators) {
      auto it = h.values.find(e.id);
      w.Row(h.period.id, "history." + e.id, e.unit,
            CsvNumber(it == h.values.end() ? std::nullopt : it->second));
    }
  }
}

void WriteSiteColumnsCsv(const SiteColumns& columns, std::ostream& out) {
  out << "indicator,unit";
  for (const Evaluation& ev : columns.sites) out << "," << CsvField(ev.site->id, ',');
  out << ",total\n";
  for (const IndicatorDef& def : Indicators()) {
    out << def.id << "," << def.unit;
    for (const Evaluation& ev : columns.sites) {
      auto w = ev.withheld.find(def.id);
      out << ","
          << (w == ev.withheld.end() ? CsvNumber(ev.indicators.at(def.id).value)
                                     : CsvField(w->second, ','));
    }
    auto w = columns.total_withheld.find(def.id);
    out << ","
        << (w == columns.total_withheld.end() ? CsvNumber(columns.total.at(def.id))
                                              : CsvField(w->second, ','));
    out << "\n";
  }
}

}  // namespace ankerbericht
