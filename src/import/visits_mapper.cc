// Visits: people-counter and light-barrier exports in our own layout.
#include "import/presets.h"
#include "import/table_mapper.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

void MapVisitRow(RowReader* row, const ColumnMap&, const ImportContext& ctx, std::set<std::string>*,
                 ImportBatch* batch) {
  VisitCount v;
  v.line = row->line();
  if (row->Has("timestamp") && !row->Text("timestamp").empty()) {
    std::string text = row->Text("timestamp");
    std::optional<Timestamp> ts = ParseTimestamp(text);
    if (!ts) {
      row->Reject(row->ColumnName("timestamp"),
                  "not a valid date and time (expected TT.MM.JJJJ HH:MM or JJJJ-MM-TT HH:MM)", text);
      return;
    }
    v.start = *ts;
    // A separate time column refines a timestamp that holds a date only.
    if (row->Has("time") && !row->Text("time").empty()) {
      std::optional<int> t = row->OptionalTime("time");
      if (!t) return;
      v.start.minute = *t;
    }
    row->CheckDateInLifetime("timestamp", v.start.date, ctx, false);
  } else {
    std::optional<Date> d = row->RequiredDate(row->Has("date") ? "date" : "timestamp");
    if (!d) return;
    v.start.date = *d;
    std::optional<int> t = row->OptionalTime("time");
    if (row->failed()) return;
    v.start.minute = t.value_or(0);
    row->CheckDateInLifetime("date", *d, ctx, false);
  }
  if (v.start.minute >= 24 * 60) {
    row->Reject(row->ColumnName("time"), "an interval cannot start at 24:00", "24:00");
  }
  std::optional<int64_t> in = row->Count("in", true);
  std::optional<int64_t> out = row->Count("out", false);
  std::optional<int64_t> interval = row->Count("interval", false, 24 * 60);
  if (row->failed()) return;
  v.in = *in;
  v.out = out;
  v.interval_minutes = interval ? static_cast<int>(*interval) : 60;
  // Exports that lost their umlauts before they reached us (Moers May 2022)
  // would otherwise file the same place under a second, garbled sensor name.
  v.sensor = RepairDamagedUmlauts(row->Text("sensor"));
  batch->visits.push_back(std::move(v));
}

}  // namespace

const TableKind& VisitsTable() {
  static const TableKind kKind = {
      {
          {"timestamp", {"Zeitstempel", "Zeitpunkt", "Timestamp", "Datum/Uhrzeit", "Datum Uhrzeit", "DateTime"}, false, 1},
          {"date", {"Datum", "Date", "Tag"}, false, 1},
          {"time", {"Uhrzeit", "Zeit", "Time", "Beginn", "Von", "Stunde"}},
          {"in", {"Eingang", "Eingänge", "Ein", "Rein", "In", "Besucher", "Besuche", "Anzahl", "Zählung", "Count", "Visitors"}, true},
          {"out", {"Ausgang", "Ausgänge", "Aus", "Raus", "Out"}},
          {"sensor", {"Sensor", "Zähler", "Kanal", "Standort", "Channel", "Counter"}},
          {"interval", {"Intervall", "Intervall (min)", "Interval", "Minuten"}},
      },
      nullptr,
      MapVisitRow,
  };
  return kKind;
}

}  // namespace ankerbericht
