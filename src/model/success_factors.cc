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
    {"zielbild", kInit, "klares Zielbild und bewusster Zielgruppenfokus",
     "clear vision and deliberate focus on target groups", true},
    {"kernteam", kInit, "Kernteam mit der passenden Personalausstattung und Rollenverteilung",
     "core team with the right staffing and division of roles", true},
    {"netzwerk_aufbau", kInit, "frühzeitiger Aufbau eines Netzwerks von Kooperationspartnern",
     "building a network of partners early", false},
    {"standort", kInit, "strategische Standortwahl", "strategic choice of location", false},
    {"ausstattung", kInit, "hochwertige Ausstattung und flexibles Raumkonzept",
     "high-quality equipment and a flexible room concept", false},
    {"niedrigschwellig", kInit, "niedrigschwellige Gestaltung und Angebote",
     "low-threshold design and offers", true},
    {"starker_start", kInit, "starker Start und begleitende Kommunikation",
     "strong start with accompanying communication", false},
    {"iterativ", kInit, "iteratives Vorgehen und Testphasen", "iterative approach and test phases",
     false},
    {"vorlaufzeit", kInit, "realistische Vorlaufzeit", "realistic lead time", false},

    {"oeffnungszeiten", kRun, "verlässliche und regelmäßige Öffnungszeiten",
     "reliable, regular opening hours", false},
    {"programm", kRun, "Programmgestaltung mit konkreten Anlässen",
     "programme built on concrete occasions", true},
    {"angebotsvielfalt", kRun, "Angebotsvielfalt und Anpassungsfähigkeit",
     "variety of offers and adaptability", false},
    {"kooperationen", kRun, "Kooperationen und Netzwerke ausbauen und verstetigen",
     "expanding and sustaining partnerships and networks", true},
    {"personalentwicklung", kRun, "Personalentwicklung und Qualifizierung",
     "staff development and training", false},
    {"ehrenamt", kRun, "Ehrenamtliche binden und wertschätzen", "retaining and valuing volunteers",
     false},
    {"kommunikation", kRun, "Kommunikationsmix und Zielgruppenkanäle",
     "communication mix and target-group channels", true},
    {"community", kRun, "Community-Arbeit und Gruppenbindung von Nutzerinnen und Nutzern",
     "community work and bonds among users", false},
    {"geduld", kRun, "Geduld mitbringen", "patience", false},

    {"verstetigungsstrategie", kKeep, "frühzeitige Verstetigungsstrategie",
     "early consolidation strategy", true},
    {"monitoring", kKeep, "Monitoring und Evaluation", "monitoring and evaluation", false},
    {"finanzierung", kKeep, "Geschäftsmodelle und Finanzierung", "business models and funding",
     true},
    {"traegerschaft", kKeep, "langfristige Trägerschaften und Integration des Angebots",
     "long-term operators and integration of the offer", false},
    {"politik", kKeep, "politische Verankerung und Unterstützung", "political backing and support",
     false},
    {"ueberregional", kKeep, "überregionale Netzwerke und Skalierung guter Praxis",
     "supra-regional networks and scaling good practice", false},
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
