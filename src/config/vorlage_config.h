// The parts of a site's configuration that only the consolidation case
// (Verstetigungsvorlage) and the committee deck use: the fields of a
// municipal Sitzungsvorlage (number, lead department, the bodies that deliberate),
// the running costs and their financing, the steps the team records on the
// way to the decision (lease notice, staff contracts, reviews), the team's
// own indicators and which goal area each piece of evidence speaks to.
//
// Plain structs; missing fields stay empty so a report can leave a visible
// blank instead of inventing a value.
#ifndef ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_
#define ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/date.h"
#include "util/status.h"

namespace Poco::JSON {
class Object;
}

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

// A team-defined indicator computed from the events of a period.
enum class CustomKind {
  kEvents,             // number of held events that match
  kParticipants,       // participants of held events that match
  kParticipantsShare,  // those participants in percent of all participants
};
const char* CustomKindName(CustomKind k);  // "events", "participants", "participants_share"

struct CustomIndicator {
  std::string id;  // "custom.<name>" as used in targets and reports
  std::string label_de, label_en;
  std::string definition_de, definition_en;
  CustomKind kind = CustomKind::kEvents;
  // An event matches when it matches every non-empty list (one entry of a
  // list is enough; case and spaces do not matter).
  std::vector<std::string> formats, topics, locations, partners, target_groups;
  std::vector<std::string> goals;  // goal area ids it is evidence for
};

class ConfigReader;
struct Site;

// Reads "funding_start", "vorlage", "kosten", "custom_indicators" and
// "goal_evidence" of the site object |o| at |path| into |site|. Fails with
// kConfig naming the JSON path ("$.sites[0].kosten.posten[1].betrag: must be
// a number ...") for a bad value, an unknown goal area, a custom indicator
// id used twice or a step without a date.
Status ReadVorlageBlocks(const ConfigReader& r, const Poco::JSON::Object& o,
                         const std::string& path, Site* site);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_VORLAGE_CONFIG_H_
