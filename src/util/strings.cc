#include "util/strings.h"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>

#include "util/file.h"
#include "util/json_file.h"

namespace ankerbericht {

Result<Strings> Strings::Load(const std::string& dir, const std::string& lang) {
  std::string file = (std::filesystem::path(dir) / (lang + ".json")).string();
  Result<std::string> text = ReadFile(file);
  if (!text.ok())
    return Status::NotFound("no strings table for language \"" + lang + "\" in " + dir);
  // Keys are looked up, never listed in file order: Poco keeping the order
  // costs a search of all earlier keys per key (1,500 keys in each table).
  Result<Poco::JSON::Object::Ptr> parsed = ParseJsonObject(*text, file);
  if (!parsed.ok()) return parsed.status();
  Strings s;
  s.lang_ = lang;
  for (const auto& [key, value] : **parsed) {
    if (!value.isString()) {
      return Status::Config(file + ": \"" + key + "\" must be a text in quotes");
    }
    s.texts_.emplace(key, value.extract<std::string>());
  }
  s.locale_ = Locale::FromWords([&s](std::string_view key) { return s.Get(key); });
  return s;
}

Result<const Strings*> Strings::Builtin(const std::string& lang) {
  // Documents are built one after another, but run may build them on several
  // threads one day: the cache is guarded, and an entry never moves.
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Strings>> cache;
  // Reading a table words its own errors (ParseJsonObject asks CliWords()):
  // a broken table must not wait for the lock this thread holds.
  static thread_local bool loading = false;
  if (loading) return Status::NotFound("the strings table \"" + lang + "\" is being read");
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(lang);
  if (it != cache.end()) return static_cast<const Strings*>(it->second.get());
  loading = true;
  Result<Strings> loaded = Load(DefaultTemplateDir() + "/strings", lang);
  loading = false;
  if (!loaded.ok()) return loaded.status();
  auto owned = std::make_unique<Strings>(std::move(*loaded));
  const Strings* ptr = owned.get();
  cache.emplace(lang, std::move(owned));
  return ptr;
}

const std::string& Strings::Get(std::string_view key) const {
  auto it = texts_.find(key);
  if (it != texts_.end()) return it->second;
  auto m = missing_.find(key);
  if (m == missing_.end()) {
    m = missing_.emplace(std::string(key), "⟦" + std::string(key) + "⟧").first;
  }
  return m->second;
}

std::string Strings::Format(std::string_view key,
                            const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = Get(key);
  // Without its text (no table could be read) the values still tell what
  // happened: "⟦config.at⟧ file=…, path=…".
  if (!Has(key)) {
    for (size_t i = 0; i < values.size(); ++i) {
      text += (i == 0 ? " " : ", ") + values[i].first + "=" + values[i].second;
    }
    return text;
  }
  for (const auto& [name, value] : values) {
    std::string mark = "{" + name + "}";
    for (size_t at = text.find(mark); at != std::string::npos;
         at = text.find(mark, at + value.size())) {
      text.replace(at, mark.size(), value);
    }
  }
  return text;
}

const Locale& BuiltinLocale(const std::string& lang) {
  static const Locale fallback;
  Result<const Strings*> words = Strings::Builtin(lang);
  return words.ok() ? (*words)->locale() : fallback;
}

bool Strings::Has(std::string_view key) const { return texts_.find(key) != texts_.end(); }

const Strings& CliWords() {
  static const Strings kEmpty;
  Result<const Strings*> de = Strings::Builtin("de");
  return de.ok() ? **de : kEmpty;
}

std::string DefaultTemplateDir() {
  if (const char* env = std::getenv("ANKERBERICHT_TEMPLATES")) return env;
  std::string built_in = std::string(ANKERBERICHT_SOURCE_DIR) + "/templates";
  // A reader who may not look into the checkout (a read-only workspace
  // opened as another user) gets the local folder, not an exception.
  std::error_code ec;
  if (std::filesystem::exists(built_in, ec)) return built_in;
  return "templates";
}

}  // namespace ankerbericht
