// Events: the team's list of events (Veranstaltungsliste).
#include "import/table_mapper.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::optional<EventStatus> ParseStatus(const std::string& text) {
  std::string key = FoldKey(text);
  if (key.empty()) return EventStatus::kHeld;
  // input vocabulary: status words teams write
  for (const char* held :
       {"durchgefuehrt", "stattgefunden", "held", "done", "ok", "erledigt", "ja"})
    if (key == held) return EventStatus::kHeld;
  for (const char* cancelled :
       {"abgesagt", "ausgefallen", "cancelled", "canceled", "storniert", "entfallen"})
    if (key == cancelled) return EventStatus::kCancelled;
  // end of input vocabulary
  return std::nullopt;
}

void MapEventRow(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                 std::set<std::string>* seen_ids, ImportBatch* batch) {
  Event e;
  e.line = row->line();
  e.id = row->RequiredText("id");
  if (row->failed()) return;
  if (!seen_ids->insert(e.id).second) {
    row->Reject(row->ColumnName("id"), CliWords().Get("import.reject.event_id_twice"), e.id);
    return;
  }
  std::optional<Date> d = row->RequiredDate("date");
  if (!d) return;
  e.date = *d;
  row->CheckDateInLifetime("date", *d, ctx, /*allow_future=*/true);
  e.start = row->OptionalTime("start");
  e.end = row->OptionalTime("end");
  e.title = row->RequiredText("title");
  e.format = row->RequiredText("format");
  if (row->failed()) return;
  if (e.start && e.end && *e.end <= *e.start) {
    row->Reject(row->ColumnName("end"), CliWords().Get("import.reject.ends_before_start"),
                FormatTimeOfDay(*e.end));
    return;
  }
  e.topics = SplitAnyList(row->Text("topics"));
  e.target_groups = SplitAnyList(row->Text("target_groups"));
  e.speakers = SplitAnyList(row->Text("speakers"));
  e.partners = SplitAnyList(row->Text("partners"));
  e.registrations = row->Count("registrations", false);
  e.participants = row->Count("participants", false);
  e.capacity = row->Count("capacity", false);
  e.location = row->Text("location");
  e.stop = row->Stop("stop", e.date, ctx);
  std::string status = row->Text("status");
  std::optional<EventStatus> st = ParseStatus(status);
  if (!st) {
    row->Reject(row->ColumnName("status"), CliWords().Get("import.reject.event_status_unknown"),
                status);
    return;
  }
  e.status = *st;
  for (const auto& [group, column] : map.extra()) {
    std::optional<int64_t> n = row->CountAt(column);
    if (n) e.age_counts[group] = *n;
  }
  if (row->failed()) return;
  if (e.status == EventStatus::kCancelled && e.participants.value_or(0) > 0) {
    row->Reject(row->ColumnName("participants"),
                CliWords().Get("import.reject.cancelled_participants"),
                std::to_string(*e.participants));
    return;
  }
  if (e.status == EventStatus::kHeld && e.date > ctx.today && e.participants) {
    row->Reject(row->ColumnName("participants"),
                CliWords().Get("import.reject.future_participants"),
                std::to_string(*e.participants));
    return;
  }
  batch->events.push_back(std::move(e));
}

}  // namespace

const TableKind& EventsTable() {
  // input vocabulary: the header names each field is recognised by
  static const TableKind kKind = {
      {
          {"id",
           {"ID", "Nr", "Nr.", "Nummer", "Veranstaltungs-ID", "Veranstaltungsnummer", "Event ID",
            "Event-ID"},
           true},
          {"date", {"Datum", "Date", "Termin"}, true},
          {"start", {"Beginn", "Start", "Von", "Uhrzeit", "Startzeit"}},
          {"end", {"Ende", "End", "Bis", "Endzeit"}},
          {"title",
           {"Titel", "Veranstaltung", "Title", "Name der Veranstaltung", "Veranstaltungstitel"},
           true},
          {"format", {"Format", "Art", "Typ", "Veranstaltungsformat", "Veranstaltungsart"}, true},
          {"topics", {"Themen", "Thema", "Topics", "Topic"}},
          {"target_groups", {"Zielgruppen", "Zielgruppe", "Target groups", "Target group"}},
          {"speakers",
           {"Referent", "Referenten", "Referentin", "Referierende", "Speaker", "Speakers",
            "Leitung"}},
          {"partners",
           {"Partner", "Kooperationspartner", "Partnerorganisationen", "Partnerorganisation",
            "Partners"}},
          {"registrations", {"Anmeldungen", "Angemeldet", "Registrations"}},
          {"participants",
           {"Teilnehmende", "Teilnehmer", "Teilnehmerzahl", "TN", "TN-Zahl", "Anwesende",
            "Participants", "Attendance"}},
          {"capacity", {"Kapazität", "Plätze", "Max. Teilnehmende", "Max. Teilnehmer", "Capacity"}},
          {"location", {"Ort", "Veranstaltungsort", "Location"}},
          {"status", {"Status"}},
          {"stop", {"Haltestelle", "Halt", "Standplatz", "Stop"}},
      },
      AgeGroupColumn,
      MapEventRow,
  };
  // end of input vocabulary
  return kKind;
}

}  // namespace ankerbericht
