#include "config/success_factors.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>

#include <filesystem>

#include "util/file.h"
#include "util/json_file.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::JSON::Object;

std::string KnownIds() {
  std::string out;
  for (const SuccessFactor& f : SuccessFactors())
    out += (out.empty() ? "" : ", ") + std::string(f.id);
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
