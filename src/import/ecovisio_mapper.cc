// Eco-Visio (Eco-Counter) wide exports: one row per interval, one column per
// site and channel ("Time", "<Site>", "<Site> Fußgänger IN", ...), reshaped
// here to one reading per channel and interval. Layout documented in
// ../shared/formats/README.md, 2a and 2b.
#include <cstdlib>

#include "import/presets.h"
#include "import/table_mapper.h"
#include "import/visit_series.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

int MonthFromWord(std::string_view word) {
  std::string key = FoldKey(word);
  if (key.size() < 3) return 0;
  // input vocabulary: month names as exports write them
  static const std::pair<const char*, int> kMonths[] = {
      {"jan", 1},  {"feb", 2},  {"mar", 3},  {"mae", 3}, {"apr", 4}, {"mai", 5},
      {"may", 5},  {"jun", 6},  {"jul", 7},  {"aug", 8}, {"sep", 9}, {"okt", 10},
      {"oct", 10}, {"nov", 11}, {"dez", 12}, {"dec", 12}};
  // end of input vocabulary
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
    day = std::atoi(tokens[0].c_str());  // German: 1. Jan. 2023 00:00, 5. März 2023
  } else if ((month = MonthFromWord(tokens[0])) && AllDigits(tokens[1]) && AllDigits(tokens[2])) {
    day = std::atoi(tokens[1].c_str());  // English: Jan 1, 2023 12:00 AM
  } else {
    return std::nullopt;
  }
  year = std::atoi(tokens[2].c_str());
  if (year < 1900 || year > 9999 || day < 1 || day > 31) return std::nullopt;
  std::optional<Date> date =
      Date::Parse(std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month) +
                  "-" + (day < 10 ? "0" : "") + std::to_string(day));
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

enum class Direction { kNone, kIn, kOut };

// One channel to read: a column of its own, or the IN column of an IN/OUT
// pair with its OUT column as |partner|.
struct Channel {
  size_t column = 0;
  std::string sensor;
  Direction direction = Direction::kNone;
  std::optional<size_t> partner;
};

// "Gsenget IN" -> ("Gsenget", kIn); "Gsenget" -> ("Gsenget", kNone).
std::pair<std::string, Direction> SplitDirection(const std::string& channel) {
  size_t space = channel.rfind(' ');
  if (space == std::string::npos || space == 0) return {channel, Direction::kNone};
  std::string last = AsciiLower(channel.substr(space + 1));
  // input vocabulary: the direction words of Eco-Visio's channel names
  Direction d = last == "in" ? Direction::kIn : last == "out" ? Direction::kOut : Direction::kNone;
  // end of input vocabulary
  return {d == Direction::kNone ? channel : std::string(Trim(channel.substr(0, space))), d};
}

// The channels of a file, site totals left out. A site's total column
// ("Bartram's Garden") is followed by its channels ("Bartram's Garden
// Pedestrians NB"); counting both would double it. IN and OUT of the same
// name are one sensor: its visits are the entries, the exits are kept as
// exits (adding both counted every visitor twice).
std::vector<Channel> Channels(const ColumnMap& map) {
  std::vector<Channel> out;
  for (const auto& [channel, column] : map.extra()) {
    bool is_total = false;
    for (const auto& [other, unused] : map.extra())
      if (other != channel && StartsWith(other, channel + " ")) is_total = true;
    if (is_total) continue;
    Channel c;
    c.column = column;
    c.sensor = channel;
    auto [base, direction] = SplitDirection(channel);
    c.direction = direction;
    for (const auto& [other, other_column] : map.extra()) {
      auto [other_base, other_direction] = SplitDirection(other);
      if (direction != Direction::kNone && other_direction != Direction::kNone &&
          other_direction != direction && FoldKey(other_base) == FoldKey(base)) {
        c.partner = other_column;
        c.sensor = base;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

// Every named column except the time is a channel; which ones are site totals
// is decided per file in MapWideRow.
std::string ChannelColumn(const std::string& header, const ImportContext&) {
  return Trim(header).empty() ? "" : std::string(Trim(header));
}

void MapWideRow(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                std::set<std::string>*, ImportBatch* batch) {
  std::string text = row->DateText("timestamp");
  if (text.empty()) {
    row->Reject(row->ColumnName("timestamp"), CliWords().Get("import.reject.datetime_missing"), "");
    return;
  }
  std::optional<Timestamp> ts = ParseMonthNameTimestamp(text);
  if (!ts) ts = ParseTimestamp(text);
  if (!ts) {
    row->Reject(row->ColumnName("timestamp"),
                CliWords().Get("import.reject.datetime_invalid_month_name"), text);
    return;
  }
  row->CheckDateInLifetime("timestamp", ts->date, ctx, false);
  if (row->failed()) return;
  const bool daily = text.find(':') == std::string::npos;
  std::vector<VisitCount> readings;
  const std::vector<Channel> channels = Channels(map);
  for (const Channel& c : channels) {
    if (c.direction == Direction::kOut && c.partner) continue;  // read with its IN channel
    const std::string cell = row->Cell(c.column);
    const std::string partner_text = c.partner ? row->Cell(*c.partner) : "";
    VisitCount v;
    v.line = row->line();
    v.sensor = c.sensor;
    v.start = *ts;
    // Eco-Visio exports 15-minute, hourly and daily data alike: a day
    // without a time of day is a daily total, the rest is told by the spacing.
    if (daily) {
      v.interval_minutes = 24 * 60;
    } else {
      v.interval_unknown = true;
    }
    if (c.direction == Direction::kOut) {
      // Exits without an IN channel: exits, never visits.
      if (IsMissingReading(cell)) {
        v.missing = true;
      } else {
        v.out = row->CountAt(c.column);
      }
    } else if (IsMissingReading(cell)) {
      if (c.partner && !IsMissingReading(partner_text)) {
        row->Reject(map.Header(c.column), CliWords().Get("import.reject.entries_missing"),
                    partner_text);
        return;
      }
      v.missing = true;  // a gap of this channel (import/visit_series.h)
    } else {
      std::optional<int64_t> in = row->CountAt(c.column);
      if (in) v.in = *in;
      if (c.partner && !IsMissingReading(partner_text)) v.out = row->CountAt(*c.partner);
    }
    if (row->failed()) return;
    readings.push_back(std::move(v));
  }
  for (VisitCount& v : readings) batch->visits.push_back(std::move(v));
}

}  // namespace

const TableKind& EcoVisioTable() {
  // input vocabulary: the header of the time column
  static const TableKind kKind = {
      {{"timestamp", {"Time", "Zeit", "Datum"}, true}},
      // end of input vocabulary
      ChannelColumn,
      MapWideRow,
  };
  return kKind;
}

bool LooksLikeEcoVisio(const std::vector<std::string>& header) {
  // "Time" first, then at least two named columns, none of which is one of
  // our own counter fields; Eco-Visio ends the header with an empty column.
  // input vocabulary: Eco-Visio's time header and our own counter headers
  if (header.size() < 3 || !HeaderMatches(header[0], "Time")) return false;
  size_t named = 0;
  for (size_t i = 1; i < header.size(); ++i) {
    if (Trim(header[i]).empty()) continue;
    ++named;
    for (const char* own :
         {"In", "Ein", "Out", "Aus", "Datum", "Date", "Besucher", "Anzahl", "Count"})
      if (HeaderMatches(header[i], own)) return false;
  }
  // end of input vocabulary
  return named >= 2 && Trim(header.back()).empty();
}

}  // namespace ankerbericht
