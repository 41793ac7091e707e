// Tallies: hand-kept tally sheets (date, time slot, visitors, age groups).
#include "import/table_mapper.h"
#include "model/entry_layout.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// "14-16", "14:00-16:00", "14–16 Uhr" -> start and end minutes.
bool ParseSlot(const std::string& text, int* start, int* end) {
  std::string s = text;
  for (const char* dash :
       {"\xE2\x80\x93", "\xE2\x80\x94", " bis "}) {  // input vocabulary: en dash, em dash
    size_t p = s.find(dash);
    if (p != std::string::npos) s.replace(p, std::string_view(dash).size(), 1, '-');
  }
  size_t dash = s.find('-');
  if (dash == std::string::npos) return false;
  std::optional<int> a = ParseTimeOfDay(s.substr(0, dash));
  std::optional<int> b = ParseTimeOfDay(s.substr(dash + 1));
  if (!a || !b || *b <= *a) return false;
  *start = *a;
  *end = *b;
  return true;
}

void MapTallyRow(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                 std::set<std::string>*, ImportBatch* batch) {
  Tally t;
  t.line = row->line();
  std::optional<Date> d = row->RequiredDate("date");
  if (!d) return;
  t.date = *d;
  row->CheckDateInLifetime("date", *d, ctx, false);
  std::string slot = row->Text("slot");
  if (!slot.empty()) {
    int start = 0, end = 0;
    if (!ParseSlot(slot, &start, &end)) {
      row->Reject(row->ColumnName("slot"), CliWords().Get("import.reject.slot_invalid"), slot);
      return;
    }
    t.slot_start = start;
    t.slot_end = end;
  }
  t.stop = row->Stop("stop", t.date, ctx);
  std::optional<int64_t> count = row->Count("count", true);
  for (const auto& [group, column] : map.extra()) {
    std::optional<int64_t> n = row->CountAt(column);
    if (n) t.age_counts[group] = *n;
  }
  if (row->failed()) return;
  t.count = *count;
  int64_t age_sum = 0;
  for (const auto& [group, n] : t.age_counts) age_sum += n;
  if (age_sum > t.count) {
    row->Reject(
        row->ColumnName("count"),
        CliWords().Format("import.reject.age_groups_exceed", {{"sum", std::to_string(age_sum)}}),
        std::to_string(t.count));
    return;
  }
  batch->tallies.push_back(std::move(t));
}

}  // namespace

const TableKind& TalliesTable() {
  // input vocabulary: the header names each field is recognised by
  static const TableKind kKind = {
      {
          // The headers of the entry file `ankerbericht forms` writes come
          // from entry_layout.h, so a filled entry file needs no mapping.
          {"date", {entry_header::kDate, entry_header::kDateEn, "Tag"}, true},
          {"slot",
           {entry_header::kSlot, "Uhrzeit", "Zeit", "Slot", "Zeitraum", entry_header::kSlotEn}},
          {"count",
           {entry_header::kVisitors, "Besucherzahl", "Besuche", "Anzahl", "Personen", "Gesamt",
            entry_header::kVisitorsEn, "Count"},
           true},
          {"stop", {entry_header::kStop, "Halt", "Standplatz", entry_header::kStopEn}},
      },
      AgeGroupColumn,
      MapTallyRow,
  };
  // end of input vocabulary
  return kKind;
}

}  // namespace ankerbericht
