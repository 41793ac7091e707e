#include "config/json_file.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

namespace ankerbericht {

std::string BlankJsonComments(const std::string& json) {
  std::string out = json;
  bool in_string = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // skip the escaped character
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '/') {
      for (; i < out.size() && out[i] != '\n'; ++i) out[i] = ' ';
    } else if (c == '/' && i + 1 < out.size() && out[i + 1] == '*') {
      out[i] = out[i + 1] = ' ';
      for (i += 2; i < out.size() && !(out[i] == '*' && i + 1 < out.size() && out[i + 1] == '/'); ++i) {
        if (out[i] != '\n') out[i] = ' ';
      }
      if (i < out.size()) out[i] = ' ';
      if (i + 1 < out.size()) out[++i] = ' ';
    }
  }
  return out;
}

Result<Poco::JSON::Object::Ptr> ParseJsonObject(const std::string& text, const std::string& file,
                                                bool keep_order) {
  const std::string not_an_object = file + ": the file must contain one JSON object { ... }";
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(keep_order));
    Poco::Dynamic::Var parsed = parser.parse(BlankJsonComments(text));
    // A top-level array or value is valid JSON but not one of our files.
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) return Status::Config(not_an_object);
    Poco::JSON::Object::Ptr root = parsed.extract<Poco::JSON::Object::Ptr>();
    if (!root) return Status::Config(not_an_object);
    return root;
  } catch (const Poco::Exception& e) {
    return Status::Config(file + ": not valid JSON: " + e.displayText() + " (check commas, quotes and brackets)");
  } catch (const std::exception&) {
    return Status::Config(not_an_object);
  }
}

}  // namespace ankerbericht
