#include "config/success_factors.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>

#include <filesystem>

#include "config/json_file.h"
#include "util/file.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::JSON::Object;

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

std::string KnownIds() {
  std::string out;
  for (const SuccessFactor& f : kFactors) out += (out.empty() ? "" : ", ") + std::string(f.id);
  return out;
}

// FoldKey makes "Erfüllt", "erfuellt" and "ERFÜLLT" one word, and "nicht
// relevant" equal to "nicht-relevant": people type these by hand.
std::optional<FactorRating> ParseRating(const std::string& text) {
  std::string k = FoldKey(text);
  if (k.empty()) return FactorRating::kUnrated;
  if (k == "erfuellt" || k == "met") return FactorRating::kMet;
  // The report prints "teilweise erfüllt"; people copy what they read.
  if (k == "teilweise" || k == "teilweiseerfuellt" || k == "partly" || k == "partlymet") {
    return FactorRating::kPartly;
  }
  if (k == "offen" || k == "open") return FactorRating::kOpen;
  if (k == "nichtrelevant" || k == "notrelevant") return FactorRating::kNotRelevant;
  return std::nullopt;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// One factor's entry: "erfüllt" or { "bewertung": "erfüllt", "notiz": "..." }.
Status ReadEntry(const Poco::Dynamic::Var& v, const std::string& path, const std::string& file,
                 FactorAssessment* out) {
  std::string rating_text;
  std::string rating_path = path;
  if (v.isString()) {
    rating_text = v.toString();
  } else if (v.type() == typeid(Object::Ptr)) {
    Object::Ptr o = v.extract<Object::Ptr>();
    for (const std::string& name : o->getNames()) {
      if (name != "bewertung" && name != "notiz") {
        return Status::Config(file + ": " + path + "." + name +
                              ": unknown field (use \"bewertung\" and \"notiz\")");
      }
    }
    if (o->has("bewertung")) {
      if (!o->get("bewertung").isString()) {
        return Status::Config(file + ": " + path + ".bewertung: must be a text in quotes");
      }
      rating_text = o->getValue<std::string>("bewertung");
      rating_path = path + ".bewertung";
    }
    if (o->has("notiz")) {
      if (!o->get("notiz").isString())
        return Status::Config(file + ": " + path + ".notiz: must be a text in quotes");
      out->note = std::string(Trim(o->getValue<std::string>("notiz")));
      if (CodePoints(out->note) > kMaxFactorNoteLength) {
        return Status::Config(file + ": " + path + ".notiz: too long for the report table (" +
                              std::to_string(CodePoints(out->note)) + " characters, at most " +
                              std::to_string(kMaxFactorNoteLength) + ")");
      }
    }
  } else {
    return Status::Config(file + ": " + path +
                          ": must be a rating in quotes or { \"bewertung\": ..., \"notiz\": ... }");
  }
  std::optional<FactorRating> rating = ParseRating(rating_text);
  if (!rating) {
    return Status::Config(file + ": " + rating_path + ": unknown rating \"" + Excerpt(rating_text) +
                          "\" (use: erfüllt, teilweise, offen, nicht relevant)");
  }
  out->rating = *rating;
  return Status::Ok();
}

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

RatingCounts CountRatings(const SuccessFactorAssessment& a, std::optional<SuccessFactorPhase> phase,
                          bool key_only) {
  RatingCounts n;
  for (const FactorAssessment& f : a.factors) {
    if ((phase && f.factor->phase != *phase) || (key_only && !f.factor->key)) continue;
    switch (f.rating) {
      case FactorRating::kMet:
        ++n.met;
        break;
      case FactorRating::kPartly:
        ++n.partly;
        break;
      case FactorRating::kOpen:
        ++n.open;
        break;
      case FactorRating::kNotRelevant:
        ++n.not_relevant;
        break;
      case FactorRating::kUnrated:
        ++n.unrated;
        break;
    }
  }
  return n;
}

Result<SuccessFactorAssessment> ParseSuccessFactors(const std::string& json_text,
                                                    const std::string& file) {
  // Keep the file's order so that the first mistake in the file is the one reported.
  Result<Object::Ptr> parsed = ParseJsonObject(json_text, file, /*keep_order=*/true);
  if (!parsed.ok()) return parsed.status();
  Object::Ptr root = *parsed;
  SuccessFactorAssessment a = SuccessFactorAssessment::Unrated();
  a.file_found = true;
  try {
    for (const std::string& name : root->getNames()) {
      if (name != "stand" && name != "faktoren") {
        return Status::Config(file + ": $." + name +
                              ": unknown field (use \"stand\" and \"faktoren\")");
      }
    }
    if (root->has("stand")) {
      if (!root->get("stand").isString()) {
        return Status::Config(file + ": $.stand: must be a date in quotes, e.g. \"15.10.2026\"");
      }
      std::string text = root->getValue<std::string>("stand");
      if (!Trim(text).empty()) {
        a.date = Date::Parse(Trim(text));
        if (!a.date)
          return Status::Config(file + ": $.stand: not a date \"" + Excerpt(text) +
                                "\" (use e.g. 15.10.2026)");
      }
    }
    if (!root->has("faktoren")) return a;
    Object::Ptr factors = root->getObject("faktoren");
    if (!factors)
      return Status::Config(file + ": $.faktoren: must be an object { \"zielbild\": ..., ... }");
    for (const std::string& id : factors->getNames()) {
      std::string path = "$.faktoren." + id;
      FactorAssessment* entry = nullptr;
      for (FactorAssessment& f : a.factors) {
        if (f.factor->id == AsciiLower(Trim(id))) entry = &f;
      }
      if (!entry) {
        return Status::Config(file + ": " + path + ": unknown success factor \"" + Excerpt(id) +
                              "\" (known: " + KnownIds() + ")");
      }
      ANKER_RETURN_IF_ERROR(ReadEntry(factors->get(id), path, file, entry));
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(file + ": " + e.displayText() + " (texts must be in quotes)");
  }
  return a;
}

Result<SuccessFactorAssessment> LoadSuccessFactors(const std::string& workspace_dir) {
  std::filesystem::path path = std::filesystem::path(workspace_dir) / kSuccessFactorsFileName;
  if (!std::filesystem::exists(path)) return SuccessFactorAssessment::Unrated();
  Result<std::string> text = ReadFile(path.string());
  if (!text.ok()) return text.status();
  return ParseSuccessFactors(*text, path.string());
}

}  // namespace ankerbericht
