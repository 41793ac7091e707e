#include "config/success_factors.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>

#include <filesystem>

#include "config/config_reader.h"
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
        return ConfigError(file, path + "." + name,
                           ConfigWords("config.factors.unknown_entry_field"));
      }
    }
    if (o->has("bewertung")) {
      if (!o->get("bewertung").isString()) {
        return ConfigError(file, path + ".bewertung", ConfigWords("config.text_in_quotes"));
      }
      rating_text = o->getValue<std::string>("bewertung");
      rating_path = path + ".bewertung";
    }
    if (o->has("notiz")) {
      if (!o->get("notiz").isString())
        return ConfigError(file, path + ".notiz", ConfigWords("config.text_in_quotes"));
      out->note = std::string(Trim(o->getValue<std::string>("notiz")));
      if (CodePoints(out->note) > kMaxFactorNoteLength) {
        return ConfigError(file, path + ".notiz",
                           ConfigWords("config.factors.note_too_long",
                                       {{"length", std::to_string(CodePoints(out->note))},
                                        {"max", std::to_string(kMaxFactorNoteLength)}}));
      }
    }
  } else {
    return ConfigError(file, path, ConfigWords("config.factors.rating_or_object"));
  }
  std::optional<FactorRating> rating = ParseRating(rating_text);
  if (!rating) {
    return ConfigError(
        file, rating_path,
        ConfigWords("config.factors.unknown_rating", {{"rating", Excerpt(rating_text)}}));
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
        return ConfigError(file, "$." + name, ConfigWords("config.factors.unknown_field"));
      }
    }
    if (root->has("stand")) {
      if (!root->get("stand").isString()) {
        return ConfigError(file, "$.stand", ConfigWords("config.factors.stand_in_quotes"));
      }
      std::string text = root->getValue<std::string>("stand");
      if (!Trim(text).empty()) {
        a.date = Date::Parse(Trim(text));
        if (!a.date)
          return ConfigError(
              file, "$.stand",
              ConfigWords("config.factors.stand_not_date", {{"text", Excerpt(text)}}));
      }
    }
    if (!root->has("faktoren")) return a;
    Object::Ptr factors = root->getObject("faktoren");
    if (!factors) return ConfigError(file, "$.faktoren", ConfigWords("config.factors.object"));
    for (const std::string& id : factors->getNames()) {
      std::string path = "$.faktoren." + id;
      FactorAssessment* entry = nullptr;
      for (FactorAssessment& f : a.factors) {
        if (f.factor->id == AsciiLower(Trim(id))) entry = &f;
      }
      if (!entry) {
        return ConfigError(file, path,
                           ConfigWords("config.factors.unknown_factor",
                                       {{"id", Excerpt(id)}, {"known", KnownIds()}}));
      }
      ANKER_RETURN_IF_ERROR(ReadEntry(factors->get(id), path, file, entry));
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(
        ConfigWords("config.texts_in_quotes", {{"file", file}, {"what", e.displayText()}}));
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
