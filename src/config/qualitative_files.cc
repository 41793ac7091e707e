#include "config/qualitative_files.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <filesystem>

#include "util/file.h"
#include "util/json_file.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Status Strings(const Object& o, const std::string& key, const std::string& path,
               const std::string& file, std::vector<std::string>* out) {
  if (!o.has(key)) return Status::Ok();
  Array::Ptr arr = o.getArray(key);
  if (!arr)
    return Status::Config(file + ": " + path + "." + key + ": must be a list of texts in [ ]");
  for (size_t i = 0; i < arr->size(); ++i) {
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isString()) {
      return Status::Config(file + ": " + path + "." + key + "[" + std::to_string(i) +
                            "]: must be a text");
    }
    out->push_back(v.toString());
  }
  return Status::Ok();
}

Result<std::string> ReadOptional(const std::string& path, bool* exists) {
  *exists = std::filesystem::exists(path);
  if (!*exists) return std::string();
  return ReadFile(path);
}

}  // namespace

Result<std::vector<CodebookTheme>> ParseCodebook(const std::string& json_text,
                                                 const std::string& file) {
  Result<Object::Ptr> root = ParseJsonObject(json_text, file);
  if (!root.ok()) return root.status();
  Array::Ptr themes = (*root)->getArray("themes");
  if (!themes) return Status::Config(file + ": $.themes: a list of themes in [ ] is needed");
  std::vector<CodebookTheme> out;
  try {
    for (size_t i = 0; i < themes->size(); ++i) {
      std::string path = "$.themes[" + std::to_string(i) + "]";
      Object::Ptr t = themes->getObject(static_cast<unsigned>(i));
      if (!t) return Status::Config(file + ": " + path + ": must be an object { \"id\": ... }");
      CodebookTheme theme;
      if (!t->has("id") || t->getValue<std::string>("id").empty()) {
        return Status::Config(file + ": " + path + ".id: is missing");
      }
      theme.id = t->getValue<std::string>("id");
      theme.label = t->has("label") ? t->getValue<std::string>("label") : theme.id;
      theme.parent = t->has("parent") ? t->getValue<std::string>("parent") : "";
      ANKER_RETURN_IF_ERROR(Strings(*t, "keywords", path, file, &theme.keywords));
      ANKER_RETURN_IF_ERROR(Strings(*t, "tags", path, file, &theme.tags));
      for (const CodebookTheme& seen : out) {
        if (seen.id == theme.id)
          return Status::Config(file + ": " + path + ".id: \"" + Excerpt(theme.id) +
                                "\" is used twice");
      }
      out.push_back(std::move(theme));
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(file + ": " + e.displayText() + " (texts must be in quotes)");
  }
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].parent.empty()) continue;
    bool known = false;
    for (const CodebookTheme& t : out) known = known || t.id == out[i].parent;
    if (!known || out[i].parent == out[i].id) {
      return Status::Config(file + ": $.themes[" + std::to_string(i) +
                            "].parent: no theme with id \"" + Excerpt(out[i].parent) + "\"");
    }
  }
  return out;
}

Result<std::vector<CodebookTheme>> LoadCodebook(const std::string& workspace_dir) {
  std::string path = (std::filesystem::path(workspace_dir) / kCodebookFileName).string();
  bool exists = false;
  Result<std::string> text = ReadOptional(path, &exists);
  if (!text.ok()) return text.status();
  if (!exists) return std::vector<CodebookTheme>();
  return ParseCodebook(*text, path);
}

Result<QuoteChoices> ParseQuoteChoices(const std::string& json_text, const std::string& file) {
  Result<Object::Ptr> root = ParseJsonObject(json_text, file);
  if (!root.ok()) return root.status();
  QuoteChoices choices;
  std::vector<std::string> pinned, excluded;
  ANKER_RETURN_IF_ERROR(Strings(**root, "pin", "$", file, &pinned));
  ANKER_RETURN_IF_ERROR(Strings(**root, "exclude", "$", file, &excluded));
  ANKER_RETURN_IF_ERROR(Strings(**root, "names", "$", file, &choices.names));
  choices.pinned.insert(pinned.begin(), pinned.end());
  choices.excluded.insert(excluded.begin(), excluded.end());
  for (const std::string& id : choices.pinned) {
    if (choices.excluded.count(id)) {
      return Status::Config(file + ": quote " + id + " is both pinned and excluded; choose one");
    }
  }
  return choices;
}

Result<QuoteChoices> LoadQuoteChoices(const std::string& workspace_dir) {
  std::string path = (std::filesystem::path(workspace_dir) / kQuoteChoicesFileName).string();
  bool exists = false;
  Result<std::string> text = ReadOptional(path, &exists);
  if (!text.ok()) return text.status();
  if (!exists) return QuoteChoices();
  return ParseQuoteChoices(*text, path);
}

}  // namespace ankerbericht
