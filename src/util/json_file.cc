#include "util/json_file.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include <algorithm>
#include <sstream>
#include <string_view>
#include <vector>

#include "util/strings.h"

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
      for (i += 2; i < out.size() && !(out[i] == '*' && i + 1 < out.size() && out[i + 1] == '/');
           ++i) {
        if (out[i] != '\n') out[i] = ' ';
      }
      if (i < out.size()) out[i] = ' ';
      if (i + 1 < out.size()) out[++i] = ' ';
    }
  }
  return out;
}

namespace {

// The parser names no position, and parsing prefixes of the text to find one
// is slow (quadratic) and wrong in long files: a prefix cut after any member
// value fails with "expected ',' or '}'" just like a missing comma does. So
// one pass of a small JSON checker finds the first mistake instead. A value
// that is not followed by a comma or a closing bracket is reported on the line
// where the value ends (the line that lacks the comma); text that ends too
// early on its last line with content. 0 when the checker finds no mistake
// (the parser and it disagree): the message then names no line.
class SyntaxChecker {
 public:
  explicit SyntaxChecker(const std::string& text) : s_(text) {}

  int ErrorLine() {
    std::vector<char> open;  // '{' or '[' of the containers entered
    bool want_key = false;   // inside an object, before a member's name
    for (;;) {
      // A value (or, in an object, a key and its value).
      SkipSpace();
      if (i_ >= s_.size()) return last_line_;
      if (want_key) {
        if (s_[i_] != '"' || !String()) return line_;
        SkipSpace();
        if (i_ >= s_.size()) return last_line_;
        if (s_[i_] != ':') return line_;
        ++i_;
        want_key = false;
        continue;
      }
      char c = s_[i_];
      if (c == '{' || c == '[') {
        Take();
        open.push_back(c);
        SkipSpace();
        if (i_ < s_.size() && s_[i_] == (c == '{' ? '}' : ']')) {
          Take();
          open.pop_back();
        } else {
          want_key = c == '{';
          continue;
        }
      } else if (!Scalar()) {
        return line_;
      }
      // After a complete value: a comma, a closing bracket or the end.
      for (;;) {
        int value_end = last_line_;
        SkipSpace();
        if (open.empty()) return i_ < s_.size() ? line_ : 0;
        if (i_ >= s_.size()) return last_line_;
        char next = s_[i_];
        if (next == ',') {
          Take();
          want_key = open.back() == '{';
          break;
        }
        if (next != (open.back() == '{' ? '}' : ']')) return value_end;
        Take();
        open.pop_back();
      }
    }
  }

 private:
  void SkipSpace() {
    while (i_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '\n') {
        ++line_;
      } else if (c != ' ' && c != '\t' && c != '\r' &&
                 !(c >= 0x80 && i_ < 3)) {  // a BOM counts as space
        return;
      }
      ++i_;
    }
  }
  // Consumes one character that belongs to a token.
  void Take() {
    last_line_ = line_;
    ++i_;
  }
  bool Digits() {
    size_t from = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') Take();
    return i_ > from;
  }
  bool String() {
    Take();  // the opening quote
    while (i_ < s_.size()) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c < 0x20) return false;  // a line break or control character inside a string
      Take();
      if (c == '"') return true;
      if (c == '\\' && i_ < s_.size()) Take();
    }
    return false;
  }
  bool Scalar() {
    char c = s_[i_];
    if (c == '"') return String();
    for (std::string_view word : {"true", "false", "null"}) {
      if (c != word[0]) continue;
      for (char w : word) {
        if (i_ >= s_.size() || s_[i_] != w) return false;
        Take();
      }
      return true;
    }
    if (c == '-') Take();
    if (i_ < s_.size() && s_[i_] == '0') {
      Take();
    } else if (!Digits()) {
      return false;
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      Take();
      if (!Digits()) return false;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      Take();
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) Take();
      if (!Digits()) return false;
    }
    return true;
  }

  const std::string& s_;
  size_t i_ = 0;
  int line_ = 1;
  int last_line_ = 1;  // the line of the last character that belonged to a token
};

}  // namespace

Result<Poco::JSON::Object::Ptr> ParseJsonObject(const std::string& text, const std::string& file,
                                                bool keep_order) {
  const std::string not_an_object = CliWords().Format("cli.file.not_json_object", {{"file", file}});
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
    int line = SyntaxChecker(blanked).ErrorLine();
    return Status::Config(CliWords().Format(
        "cli.file.not_json", {{"where", line > 0 ? file + ":" + std::to_string(line) : file},
                              {"what", e.displayText()}}));
  } catch (const std::exception&) {
    return Status::Config(not_an_object);
  }
}

namespace {

// |text| as a JSON string, quoted and escaped.
std::string JsonString(const std::string& text) {
  std::ostringstream out;
  Poco::JSON::Stringifier::formatString(text, out);
  return out.str();
}

}  // namespace

std::string CanonicalJson(const Poco::Dynamic::Var& value) {
  if (value.isEmpty()) return "null";
  if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
    Poco::JSON::Object::Ptr object = value.extract<Poco::JSON::Object::Ptr>();
    std::vector<std::string> names = object->getNames();
    std::sort(names.begin(), names.end());
    std::string out = "{";
    for (const std::string& name : names) {
      if (out.size() > 1) out += ",";
      out += JsonString(name) + ":" + CanonicalJson(object->get(name));
    }
    return out + "}";
  }
  if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
    Poco::JSON::Array::Ptr array = value.extract<Poco::JSON::Array::Ptr>();
    std::string out = "[";
    for (size_t i = 0; i < array->size(); ++i) {
      if (i) out += ',';
      out += CanonicalJson(array->get(static_cast<unsigned>(i)));
    }
    return out + "]";
  }
  if (value.isString()) return JsonString(value.toString());
  return value.toString();
}

}  // namespace ankerbericht
