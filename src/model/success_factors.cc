#include "model/success_factors.h"

namespace ankerbericht {

namespace {

constexpr SuccessFactorPhase kInit = SuccessFactorPhase::kInitiation;
constexpr SuccessFactorPhase kRun = SuccessFactorPhase::kOperation;
constexpr SuccessFactorPhase kKeep = SuccessFactorPhase::kContinuation;

// The names and phases follow Tabelle 2 of the study, checked against the
// headings of chapters 3.1 (nine factors), 3.2 (nine) and 3.3 (six), which
// discuss the factors in the same order.
//
// Which 8 are key: the table marks them in bold, which the text extraction of
// the study loses. The paragraph right after the table names them instead
// ("acht Faktoren ... von herausgehobener Bedeutung"), in prose:
//   "klares Zielbild und ... bewussten Zielgruppenfokus"     -> zielbild
//   "zugänglich und niedrigschwellig wie möglich"             -> niedrigschwellig
//   "ausreichende Personalausstattung"                        -> kernteam
//   "konkrete Anlässe zu bieten"                              -> programm
//   "auf die Zielgruppen ausgerichtete Kommunikation"         -> kommunikation
//   "Netzwerk an Kooperationspartnern, das stetig gepflegt
//    und weiterentwickelt werden will"                        -> kooperationen
//   "frühzeitige Verstetigungsplanung"                        -> verstetigungsstrategie
//   "Lösungen für eine dauerhafte Finanzierung"               -> finanzierung
// Two phrases could point to two factors each. The communication is the one
// "aimed at the target groups" (Kommunikationsmix und Zielgruppenkanäle, not
// the launch's "begleitende Kommunikation"), and the network is one that is
// "kept up and developed" (ausbauen und verstetigen, not the early "Aufbau").
const std::vector<SuccessFactor> kFactors = {
    {"zielbild", kInit, true},
    {"kernteam", kInit, true},
    {"netzwerk_aufbau", kInit, false},
    {"standort", kInit, false},
    {"ausstattung", kInit, false},
    {"niedrigschwellig", kInit, true},
    {"starker_start", kInit, false},
    {"iterativ", kInit, false},
    {"vorlaufzeit", kInit, false},

    {"oeffnungszeiten", kRun, false},
    {"programm", kRun, true},
    {"angebotsvielfalt", kRun, false},
    {"kooperationen", kRun, true},
    {"personalentwicklung", kRun, false},
    {"ehrenamt", kRun, false},
    {"kommunikation", kRun, true},
    {"community", kRun, false},
    {"geduld", kRun, false},

    {"verstetigungsstrategie", kKeep, true},
    {"monitoring", kKeep, false},
    {"finanzierung", kKeep, true},
    {"traegerschaft", kKeep, false},
    {"politik", kKeep, false},
    {"ueberregional", kKeep, false},
};

}  // namespace

const std::vector<SuccessFactor>& SuccessFactors() { return kFactors; }

SuccessFactorAssessment SuccessFactorAssessment::Unrated() {
  SuccessFactorAssessment a;
  for (const SuccessFactor& f : kFactors)
    a.factors.push_back(FactorAssessment{&f, FactorRating::kUnrated, ""});
  return a;
}

int SuccessFactorAssessment::rated() const {
  int n = 0;
  for (const FactorAssessment& f : factors) n += f.rating != FactorRating::kUnrated;
  return n;
}

}  // namespace ankerbericht
