// ConfigReader: typed reads from Poco JSON objects that name the JSON path
// of every bad value ("file: $.sites[0].type: must be ..."). Shared by the
// files that parse parts of ankerbericht.json.
#ifndef ANKERBERICHT_CONFIG_CONFIG_READER_H_
#define ANKERBERICHT_CONFIG_CONFIG_READER_H_

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "util/date.h"
#include "util/status.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

// The text of |key| in the command line's strings table (config.*), with its
// placeholders filled: what a complaint about the configuration says.
inline std::string ConfigWords(
    std::string_view key, const std::vector<std::pair<std::string, std::string>>& values = {}) {
  return CliWords().Format(key, values);
}

// "FILE: PATH: WHAT", the shape of every complaint about a JSON file.
inline Status ConfigError(const std::string& file, const std::string& path,
                          const std::string& what) {
  return Status::Config(ConfigWords("config.at", {{"file", file}, {"path", path}, {"what", what}}));
}

// Reads typed values out of Poco JSON while tracking the JSON path, so every
// complaint names the exact spot ("$.sites[0].opening_hours[1].week.Di").
class ConfigReader {
 public:
  using Array = Poco::JSON::Array;
  using Object = Poco::JSON::Object;
  using Var = Poco::Dynamic::Var;

  explicit ConfigReader(std::string file) : file_(std::move(file)) {}

  Status Fail(const std::string& path, const std::string& what) const {
    return ConfigError(file_, path, what);
  }

  static std::string Show(const Var& v) {
    try {
      return v.isString() ? "\"" + Excerpt(v.toString()) + "\"" : Excerpt(v.toString());
    } catch (const Poco::Exception&) {
      return "?";
    }
  }

  Status String(const Object& o, const std::string& path, const std::string& key, bool required,
                std::string* out) const {
    if (!o.has(key) || o.isNull(key)) {
      return required ? Fail(path + "." + key, ConfigWords("config.missing_text")) : Status::Ok();
    }
    Var v = o.get(key);
    if (!v.isString())
      return Fail(path + "." + key,
                  ConfigWords("config.text_in_quotes_found", {{"found", Show(v)}}));
    *out = v.toString();
    return Status::Ok();
  }

  Status Int(const Object& o, const std::string& path, const std::string& key, int lo, int hi,
             bool required, int* out) const {
    if (!o.has(key) || o.isNull(key)) {
      return required ? Fail(path + "." + key, ConfigWords("config.missing")) : Status::Ok();
    }
    Var v = o.get(key);
    const std::string range =
        ConfigWords("config.whole_number",
                    {{"lo", std::to_string(lo)}, {"hi", std::to_string(hi)}, {"found", Show(v)}});
    if (!v.isInteger()) return Fail(path + "." + key, range);
    // Convert through 64 bits: converting 99999999999 to int would throw.
    Poco::Int64 value = 0;
    try {
      value = v.convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
      return Fail(path + "." + key, range);
    }
    if (value < lo || value > hi) {
      return Fail(path + "." + key, range);
    }
    *out = static_cast<int>(value);
    return Status::Ok();
  }

  // An optional number (integer or decimal).
  Status Number(const Object& o, const std::string& path, const std::string& key,
                std::optional<double>* out) const {
    if (!o.has(key) || o.isNull(key)) return Status::Ok();
    Var v = o.get(key);
    if (!v.isNumeric() || v.isString()) {
      return Fail(path + "." + key, ConfigWords("config.number", {{"found", Show(v)}}));
    }
    *out = v.convert<double>();
    return Status::Ok();
  }

  Status DateValue(const Var& v, const std::string& path, Date* out) const {
    std::optional<Date> d = v.isString() ? Date::Parse(v.toString()) : std::nullopt;
    if (!d) {
      return Fail(path, ConfigWords("config.date", {{"found", Show(v)}}));
    }
    *out = *d;
    return Status::Ok();
  }

  Status OptionalDate(const Object& o, const std::string& path, const std::string& key,
                      std::optional<Date>* out) const {
    if (!o.has(key) || o.isNull(key)) return Status::Ok();
    Date d;
    ANKER_RETURN_IF_ERROR(DateValue(o.get(key), path + "." + key, &d));
    *out = d;
    return Status::Ok();
  }

  Status StringList(const Object& o, const std::string& path, const std::string& key,
                    std::vector<std::string>* out) const {
    if (!o.has(key) || o.isNull(key)) return Status::Ok();
    Array::Ptr arr = o.getArray(key);
    if (!arr) return Fail(path + "." + key, ConfigWords("config.list_of_texts_short"));
    for (size_t i = 0; i < arr->size(); ++i) {
      Var v = arr->get(static_cast<unsigned>(i));
      if (!v.isString()) {
        return Fail(path + "." + key + "[" + std::to_string(i) + "]",
                    ConfigWords("config.text_found", {{"found", Show(v)}}));
      }
      out->push_back(v.toString());
    }
    return Status::Ok();
  }

  // Calls |fn(object, path)| for every object in the array |key|.
  template <typename Fn>
  Status EachObject(const Object& o, const std::string& path, const std::string& key, bool required,
                    Fn fn) const {
    if (!o.has(key) || o.isNull(key)) {
      return required ? Fail(path + "." + key, ConfigWords("config.missing_list")) : Status::Ok();
    }
    Array::Ptr arr = o.getArray(key);
    if (!arr) return Fail(path + "." + key, ConfigWords("config.list"));
    for (size_t i = 0; i < arr->size(); ++i) {
      std::string item_path = path + "." + key + "[" + std::to_string(i) + "]";
      Object::Ptr item = arr->getObject(static_cast<unsigned>(i));
      if (!item) return Fail(item_path, ConfigWords("config.object"));
      ANKER_RETURN_IF_ERROR(fn(*item, item_path));
    }
    return Status::Ok();
  }

 private:
  std::string file_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_CONFIG_CONFIG_READER_H_
