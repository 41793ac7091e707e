// A site's consolidation case (Verstetigungsvorlage): the fields of a
// municipal Sitzungsvorlage (number, lead department, the bodies that
// deliberate), the running costs and their financing, and the steps the team
// records on the way to the decision (lease notice, staff contracts, reviews).
//
// Plain structs; missing fields stay empty so a report can leave a visible
// blank instead of inventing a value.
#ifndef ANKERBERICHT_MODEL_VORLAGE_H_
#define ANKERBERICHT_MODEL_VORLAGE_H_

#include <optional>
#include <string>
#include <vector>

#include "util/date.h"

namespace ankerbericht {

// One step of the Beratungsfolge: a body, its meeting and its role.
struct Beratung {
  std::string gremium;              // "Ausschuss für Bildung und Digitales"
  std::optional<Date> datum;        // the meeting; nullopt = not yet scheduled
  std::optional<bool> oeffentlich;  // nullopt = not stated
  // "Vorberatung", "Entscheidung" or "Kenntnisnahme"; "" = not stated.
  std::string zustaendigkeit;
  // Set: the body dealt with the paper on that day; unset: planned. What the
  // team recorded, never inferred from the date.
  std::optional<Date> erledigt_am;
};

// A step the team recorded: what must happen by when, and whether it has.
enum class StepKind { kLease, kStaff, kReview, kPlanning, kOther };
const char* StepKindName(
    StepKind k);  // "mietvertrag", "personal", "pruefung", "planung", "sonstiges"

struct RecordedStep {
  std::string was;  // "Kündigungsfrist Mietvertrag Marktplatz 3"
  StepKind art = StepKind::kOther;
  Date bis;                         // the date it must happen by (or happens on)
  std::optional<Date> erledigt_am;  // set: done on that day; unset: planned
};

struct Vorlage {
  std::string nummer;                    // Vorlagen-Nr., "V/2027/014"
  std::string federfuehrung;             // lead department, "Fachbereich Bildung"
  std::string betreff;                   // subject line
  std::vector<Beratung> beratungsfolge;  // in the order the bodies deliberate
  // How many weeks before a meeting the paper must be submitted.
  int vorlauf_wochen = 3;
  std::vector<RecordedStep> termine;  // sorted by |bis|
};

struct KostenPosten {
  std::string art;    // "Personal (2,5 Stellen)"
  double betrag = 0;  // € per year
};

struct Finanzierungsanteil {
  std::string quelle;  // "Haushalt Fachbereich Bildung"
  double betrag = 0;   // € per year
  bool stadt = false;  // the city's own money
};

// Running costs per year from |ab| on and how they are to be financed.
struct Kosten {
  std::string ab;  // "2028": from when the figures apply; "" = not stated
  std::vector<KostenPosten> posten;
  std::vector<Finanzierungsanteil> finanzierung;
  std::string haushaltsstelle;  // budget position; "" = not yet assigned
  bool empty() const { return posten.empty(); }
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_VORLAGE_H_
