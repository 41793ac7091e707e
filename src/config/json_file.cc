#include "config/json_file.h"

#include <algorithm>

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

namespace {

// The parser names no position, so the line is found by parsing ever longer
// prefixes, one line more each time: the first prefix that fails the same way
// as the whole text ends on the offending line (a prefix cut before it fails
// with "unexpected end of text" instead). 0 when no prefix reproduces it.
// Only runs for a broken file, which is small (a configuration or template).
int SyntaxErrorLine(const std::string& blanked, const std::string& message) {
  int lines = static_cast<int>(std::count(blanked.begin(), blanked.end(), '\n')) + 1;
  if (!blanked.empty() && blanked.back() == '\n') --lines;
  // Every prefix of a file that ends too early fails like the file itself:
  // the mistake shows at the end (a bracket never closed).
  if (message.find("unexpected end of text") != std::string::npos) return lines;
  int line = 0;
  for (size_t end = 0; end < blanked.size();) {
    size_t newline = blanked.find('\n', end);
    end = newline == std::string::npos ? blanked.size() : newline + 1;
    ++line;
    try {
      Poco::JSON::Parser parser;
      parser.parse(blanked.substr(0, end));
    } catch (const Poco::Exception& e) {
      if (e.displayText() == message) return line;
    }
  }
  return 0;
}

}  // namespace

Result<Poco::JSON::Object::Ptr> ParseJsonObject(const std::string& text, const std::string& file,
                                                bool keep_order) {
  const std::string not_an_object = file + ": the file must contain one JSON object { ... }";
  const std::string blanked = BlankJsonComments(text);
  // A top-level array or value is valid JSON but not one of our files (and
  // Poco's handler answers a bare value with a confusing "empty stack").
  size_t first = blanked.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && blanked[first] != '{') return Status::Config(not_an_object);
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(keep_order));
    Poco::Dynamic::Var parsed = parser.parse(blanked);
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) return Status::Config(not_an_object);
    Poco::JSON::Object::Ptr root = parsed.extract<Poco::JSON::Object::Ptr>();
    if (!root) return Status::Config(not_an_object);
    return root;
  } catch (const Poco::Exception& e) {
    int line = SyntaxErrorLine(blanked, e.displayText());
    return Status::Config(file + (line > 0 ? ":" + std::to_string(line) : "") + ": not valid JSON: " +
                          e.displayText() + " (check commas, quotes and brackets)");
  } catch (const std::exception&) {
    return Status::Config(not_an_object);
  }
}

}  // namespace ankerbericht
