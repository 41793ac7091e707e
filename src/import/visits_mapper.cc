// Visits: people-counter and light-barrier exports in our own layout.
#include "import/presets.h"
#include "import/table_mapper.h"
#include "import/visit_series.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// "2024-11-14" or "14.11.2024": a date without a time of day.
bool IsDateOnly(std::string_view text) {
  text = Trim(text);
  return text.find_first_of(" T:") == std::string_view::npos;
}

void MapVisitRow(RowReader* row, const ColumnMap&, const ImportContext& ctx, std::set<std::string>*,
                 ImportBatch* batch) {
  VisitCount v;
  v.line = row->line();
  // A row without a time of day is a daily count: its interval is the whole
  // day (unless an interval column says otherwise), so it overlaps every
  // hourly reading of that sensor and day (import/visit_overlaps.h).
  bool has_time = true;
  if (row->Has("timestamp") && !row->Text("timestamp").empty()) {
    std::string text = row->DateText("timestamp");
    std::optional<Timestamp> ts = ParseTimestamp(text);
    if (!ts) {
      row->Reject(row->ColumnName("timestamp"), CliWords().Get("import.reject.datetime_invalid"),
                  text);
      return;
    }
    v.start = *ts;
    // A separate time column refines a timestamp that holds a date only.
    if (row->Has("time") && !row->Text("time").empty()) {
      std::optional<int> t = row->OptionalTime("time");
      if (!t) return;
      v.start.minute = *t;
    } else {
      has_time = !IsDateOnly(text);
    }
    row->CheckDateInLifetime("timestamp", v.start.date, ctx, false);
  } else {
    std::optional<Date> d =
        row->Has("date") ? row->RequiredDate("date") : row->RequiredDate("timestamp");
    if (!d) return;
    v.start.date = *d;
    std::optional<int> t = row->OptionalTime("time");
    if (row->failed()) return;
    v.start.minute = t.value_or(0);
    has_time = t.has_value();
    row->CheckDateInLifetime("date", *d, ctx, false);
  }
  if (v.start.minute >= 24 * 60) {
    row->Reject(row->ColumnName("time"), CliWords().Get("import.reject.interval_at_24"), "24:00");
  }
  // "na", "-" or nothing where the count should be: the sensor has no value
  // for this interval, a gap (import/visit_series.h), not a bad row. Exits
  // without entries are no gap but a row nobody can read.
  bool in_missing = IsMissingReading(row->Text("in"));
  const bool out_missing = IsMissingReading(row->Text("out"));
  // A counter that cannot tell directions (Eco-Counter open data: empty
  // channels_in and channels_out, the passes in channels_all) counts every
  // pass as a visit, as counters without directions always have.
  std::optional<int64_t> total;
  if (in_missing && out_missing && !IsMissingReading(row->Text("total"))) {
    total = row->Count("total", false);
    in_missing = false;
  }
  if (in_missing && !out_missing) {
    row->Reject(row->ColumnName("in"), CliWords().Get("import.reject.entries_missing"),
                row->Text("out"));
  }
  std::optional<int64_t> in = in_missing ? std::optional<int64_t>(0)
                              : total    ? total
                                         : row->Count("in", true);
  std::optional<int64_t> out = out_missing ? std::nullopt : row->Count("out", false);
  // A reading covers a stretch of time: with 0 minutes two readings of one
  // minute would look like the same reading sent twice and one would be lost.
  std::optional<int64_t> length = ParseInteger(row->Text("interval"));
  if (length && *length <= 0) {
    row->Reject(row->ColumnName("interval"), CliWords().Get("import.reject.interval_too_short"),
                row->Text("interval"));
  }
  std::optional<int64_t> interval = row->Count("interval", false, 24 * 60);
  if (row->failed()) return;
  v.in = *in;
  v.out = out;
  v.interval_minutes = interval ? static_cast<int>(*interval) : has_time ? 60 : 24 * 60;
  v.interval_unknown = !interval && has_time;
  v.missing = in_missing;
  // Exports that lost their umlauts before they reached us (Moers May 2022)
  // would otherwise file the same place under a second, garbled sensor name.
  v.sensor = RepairDamagedUmlauts(row->Text("sensor"));
  batch->visits.push_back(std::move(v));
}

}  // namespace

const TableKind& VisitsTable() {
  // input vocabulary: the header names each field is recognised by
  static const TableKind kKind = {
      {
          {"timestamp",
           {"Zeitstempel", "Zeitpunkt", "Timestamp", "Datum/Uhrzeit", "Datum Uhrzeit", "DateTime"},
           false,
           1},
          {"date", {"Datum", "Date", "Tag"}, false, 1},
          {"time", {"Uhrzeit", "Zeit", "Time", "Beginn", "Von", "Stunde"}},
          {"in",
           {"Eingang", "Eingänge", "Ein", "Rein", "In", "Besucher", "Besuche", "Anzahl", "Zählung",
            "Count", "Visitors"},
           true},
          {"out", {"Ausgang", "Ausgänge", "Aus", "Raus", "Out"}},
          {"sensor", {"Sensor", "Zähler", "Kanal", "Standort", "Channel", "Counter"}},
          {"interval", {"Intervall", "Intervall (min)", "Interval", "Minuten"}},
          // Passes without a direction, read where "in" and "out" are both
          // empty; only a preset names it.
          {"total", {}},
      },
      nullptr,
      MapVisitRow,
  };
  // end of input vocabulary
  return kKind;
}

}  // namespace ankerbericht
