#include "config/qualitative_files.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <filesystem>

#include "config/config_reader.h"
#include "util/file.h"
#include "util/json_file.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Status TextList(const Object& o, const std::string& key, const std::string& path,
                const std::string& file, std::vector<std::string>* out) {
  if (!o.has(key)) return Status::Ok();
  Array::Ptr arr = o.getArray(key);
  if (!arr) return ConfigError(file, path + "." + key, ConfigWords("config.list_of_texts"));
  for (size_t i = 0; i < arr->size(); ++i) {
    Poco::Dynamic::Var v = arr->get(static_cast<unsigned>(i));
    if (!v.isString()) {
      return ConfigError(file, path + "." + key + "[" + std::to_string(i) + "]",
                         ConfigWords("config.text"));
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
  if (!themes) return ConfigError(file, "$.themes", ConfigWords("config.themes_needed"));
  std::vector<CodebookTheme> out;
  try {
    for (size_t i = 0; i < themes->size(); ++i) {
      std::string path = "$.themes[" + std::to_string(i) + "]";
      Object::Ptr t = themes->getObject(static_cast<unsigned>(i));
      if (!t) return ConfigError(file, path, ConfigWords("config.theme_object"));
      CodebookTheme theme;
      if (!t->has("id") || t->getValue<std::string>("id").empty()) {
        return ConfigError(file, path + ".id", ConfigWords("config.missing"));
      }
      theme.id = t->getValue<std::string>("id");
      theme.label = t->has("label") ? t->getValue<std::string>("label") : theme.id;
      theme.parent = t->has("parent") ? t->getValue<std::string>("parent") : "";
      ANKER_RETURN_IF_ERROR(TextList(*t, "keywords", path, file, &theme.keywords));
      ANKER_RETURN_IF_ERROR(TextList(*t, "tags", path, file, &theme.tags));
      for (const CodebookTheme& seen : out) {
        if (seen.id == theme.id)
          return ConfigError(file, path + ".id",
                             ConfigWords("config.used_twice", {{"id", Excerpt(theme.id)}}));
      }
      out.push_back(std::move(theme));
    }
  } catch (const Poco::Exception& e) {
    return Status::Config(
        ConfigWords("config.texts_in_quotes", {{"file", file}, {"what", e.displayText()}}));
  }
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i].parent.empty()) continue;
    bool known = false;
    for (const CodebookTheme& t : out) known = known || t.id == out[i].parent;
    if (!known || out[i].parent == out[i].id) {
      return ConfigError(file, "$.themes[" + std::to_string(i) + "].parent",
                         ConfigWords("config.no_theme", {{"id", Excerpt(out[i].parent)}}));
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
  ANKER_RETURN_IF_ERROR(TextList(**root, "pin", "$", file, &pinned));
  ANKER_RETURN_IF_ERROR(TextList(**root, "exclude", "$", file, &excluded));
  ANKER_RETURN_IF_ERROR(TextList(**root, "names", "$", file, &choices.names));
  choices.pinned.insert(pinned.begin(), pinned.end());
  choices.excluded.insert(excluded.begin(), excluded.end());
  for (const std::string& id : choices.pinned) {
    if (choices.excluded.count(id)) {
      return Status::Config(
          ConfigWords("config.quote_pinned_excluded", {{"file", file}, {"id", id}}));
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
