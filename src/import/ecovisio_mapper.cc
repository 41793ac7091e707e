// Eco-Visio (Eco-Counter) wide exports: one row per interval, one column per
// site and channel ("Time", "<Site>", "<Site> Fußgänger IN", ...), reshaped
// here to one reading per channel and interval. Layout documented in
// ../shared/formats/README.md, 2a and 2b.
#include <cstdlib>

#include "import/presets.h"
#include "import/table_mapper.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

int MonthFromWord(std::string_view word) {
  std::string key = FoldKey(word);
  if (key.size() < 3) return 0;
  static const std::pair<const char*, int> kMonths[] = {
      {"jan", 1}, {"feb", 2}, {"mar", 3}, {"mae", 3}, {"apr", 4}, {"mai", 5}, {"may", 5}, {"jun", 6},
      {"jul", 7}, {"aug", 8}, {"sep", 9}, {"okt", 10}, {"oct", 10}, {"nov", 11}, {"dez", 12}, {"dec", 12}};
  for (const auto& [prefix, month] : kMonths)
    if (key.compare(0, 3, prefix) == 0) return month;
  return 0;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::optional<Timestamp> ParseMonthNameTimestamp(std::string_view text) {
  std::vector<std::string> tokens;
  for (const std::string& t : SplitList(text, ' ')) {
    std::string_view v = t;
    while (!v.empty() && (v.back() == '.' || v.back() == ',')) v.remove_suffix(1);
    if (!v.empty()) tokens.emplace_back(v);
  }
  if (tokens.size() < 3) return std::nullopt;
  int day = 0, month = 0, year = 0;
  size_t next = 3;
  if (AllDigits(tokens[0]) && (month = MonthFromWord(tokens[1])) && AllDigits(tokens[2])) {
    day = std::atoi(tokens[0].c_str());  // German: "1. Jan. 2023 00:00", "5. März 2023"
  } else if ((month = MonthFromWord(tokens[0])) && AllDigits(tokens[1]) && AllDigits(tokens[2])) {
    day = std::atoi(tokens[1].c_str());  // English: "Jan 1, 2023 12:00 AM"
  } else {
    return std::nullopt;
  }
  year = std::atoi(tokens[2].c_str());
  if (year < 1900 || year > 9999 || day < 1 || day > 31) return std::nullopt;
  std::optional<Date> date = Date::Parse(std::to_string(year) + "-" + (month < 10 ? "0" : "") +
                                         std::to_string(month) + "-" + (day < 10 ? "0" : "") + std::to_string(day));
  if (!date) return std::nullopt;
  Timestamp ts{*date, 0};
  if (next < tokens.size()) {
    std::optional<int> minute = ParseTimeOfDay(tokens[next]);
    if (!minute) return std::nullopt;
    if (next + 1 < tokens.size()) {
      std::string ampm = AsciiLower(tokens[next + 1]);
      if (ampm != "am" && ampm != "pm") return std::nullopt;
      if (*minute >= 13 * 60 || *minute < 60) return std::nullopt;  // "0:30 AM", "14:00 PM"
      int h = *minute / 60 % 12 + (ampm == "pm" ? 12 : 0);
      minute = h * 60 + *minute % 60;
    }
    ts.minute = *minute;
  }
  return ts;
}

namespace {

// Every named column except the time is a channel; which ones are site totals
// is decided per file in MapWideRow.
std::string ChannelColumn(const std::string& header, const ImportContext&) {
  return Trim(header).empty() ? "" : std::string(Trim(header));
}

void MapWideRow(RowReader* row, const ColumnMap& map, const ImportContext& ctx, std::set<std::string>*,
                ImportBatch* batch) {
  std::string text = row->DateText("timestamp");
  if (text.empty()) {
    row->Reject(row->ColumnName("timestamp"), "date and time are missing", "");
    return;
  }
  std::optional<Timestamp> ts = ParseMonthNameTimestamp(text);
  if (!ts) ts = ParseTimestamp(text);
  if (!ts) {
    row->Reject(row->ColumnName("timestamp"),
                "not a valid date and time (expected e.g. 1. Jan. 2023 00:00, Jan 1, 2023 12:00 AM or 2023-01-01 00:00)",
                text);
    return;
  }
  row->CheckDateInLifetime("timestamp", ts->date, ctx, false);
  if (row->failed()) return;
  std::vector<VisitCount> readings;
  for (const auto& [channel, column] : map.extra()) {
    // A site's total column ("Bartram's Garden") is followed by its channels
    // ("Bartram's Garden Pedestrians NB"); counting both would double it.
    bool is_total = false;
    for (const auto& [other, unused] : map.extra())
      if (other != channel && StartsWith(other, channel + " ")) is_total = true;
    if (is_total) continue;
    std::optional<int64_t> n = row->CountAt(column);  // empty: no data for this channel
    if (row->failed()) return;
    if (!n) continue;
    VisitCount v;
    v.line = row->line();
    v.sensor = channel;
    v.start = *ts;
    v.in = *n;
    readings.push_back(std::move(v));
  }
  for (VisitCount& v : readings) batch->visits.push_back(std::move(v));
}

}  // namespace

const TableKind& EcoVisioTable() {
  static const TableKind kKind = {
      {{"timestamp", {"Time", "Zeit", "Datum"}, true}},
      ChannelColumn,
      MapWideRow,
  };
  return kKind;
}

bool LooksLikeEcoVisio(const std::vector<std::string>& header) {
  // "Time" first, then at least two named columns, none of which is one of
  // our own counter fields; Eco-Visio ends the header with an empty column.
  if (header.size() < 3 || !HeaderMatches(header[0], "Time")) return false;
  size_t named = 0;
  for (size_t i = 1; i < header.size(); ++i) {
    if (Trim(header[i]).empty()) continue;
    ++named;
    for (const char* own : {"In", "Ein", "Out", "Aus", "Datum", "Date", "Besucher", "Anzahl", "Count"})
      if (HeaderMatches(header[i], own)) return false;
  }
  return named >= 2 && Trim(header.back()).empty();
}

}  // namespace ankerbericht
