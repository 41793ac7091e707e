// A PDF as `qpdf --json` shows it, for the tests that look inside the files
// the renderer writes (pdf_ua_check.h): its objects with references
// resolved and streams decoded, its content streams split into operators
// and operands, and the values of its XMP metadata.
#ifndef ANKERBERICHT_TESTS_E2E_QPDF_JSON_H_
#define ANKERBERICHT_TESTS_E2E_QPDF_JSON_H_

#include <Poco/AutoPtr.h>
#include <Poco/Base64Decoder.h>
#include <Poco/DOM/Document.h>
#include <Poco/DOM/Element.h>
#include <Poco/DOM/NodeList.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cctype>
#include <cstring>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace ankerbericht::testing::qpdf_json {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

// The objects of a `qpdf --json` (version 2) output.
class QpdfObjects {
 public:
  explicit QpdfObjects(const std::string& json) {
    Poco::JSON::Parser parser;
    Object::Ptr root = parser.parse(json).extract<Object::Ptr>();
    Array::Ptr qpdf = root->getArray("qpdf");
    objects_ = qpdf->getObject(1);
  }
  // The object "N G R" refers to (a "value" or a {"stream": …}), or |v| itself.
  Var Resolve(const Var& v) const {
    if (!v.isString()) return v;
    std::string s = v.extract<std::string>();
    if (s.size() < 3 || s.compare(s.size() - 2, 2, " R") != 0) return v;
    Object::Ptr o = objects_->getObject("obj:" + s);
    if (!o) return Var();
    if (o->has("value")) return o->get("value");
    return o->get("stream");
  }
  Object::Ptr Dict(const Var& v) const {
    Var r = Resolve(v);
    if (r.isEmpty()) return nullptr;
    try {
      Object::Ptr o = r.extract<Object::Ptr>();
      if (o && o->has("dict") && o->has("data")) return o->getObject("dict");  // a stream's dict
      return o;
    } catch (const Poco::Exception&) {
      return nullptr;
    }
  }
  Array::Ptr List(const Var& v) const {
    Var r = Resolve(v);
    try {
      return r.isEmpty() ? nullptr : r.extract<Array::Ptr>();
    } catch (const Poco::Exception&) {
      return nullptr;
    }
  }
  // Decoded bytes of the stream |v| refers to ("" if none).
  std::string StreamData(const Var& v) const {
    Var r = Resolve(v);
    try {
      Object::Ptr o = r.extract<Object::Ptr>();
      if (!o || !o->has("data")) return "";
      std::istringstream in(o->getValue<std::string>("data"));
      Poco::Base64Decoder decoder(in);
      return std::string(std::istreambuf_iterator<char>(decoder), {});
    } catch (const Poco::Exception&) {
      return "";
    }
  }
  Object::Ptr Trailer() const { return objects_->getObject("trailer")->getObject("value"); }

 private:
  Object::Ptr objects_;
};

inline std::string Str(const Object::Ptr& d, const std::string& key) {
  if (!d || !d->has(key)) return "";
  Var v = d->get(key);
  if (!v.isString()) return "";
  std::string s = v.extract<std::string>();
  if (s.rfind("u:", 0) == 0 || s.rfind("b:", 0) == 0) return s.substr(2);
  return s;
}

// One token of a content stream: an operator, or an operand we care about.
struct Token {
  bool op = false;
  std::string text;
};

// Splits a content stream into operators and operands; strings, arrays and
// dictionaries are skipped as opaque operands except the /MCID number.
inline std::vector<Token> Tokenize(const std::string& s) {
  std::vector<Token> out;
  size_t i = 0;
  auto delim = [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || std::strchr("()<>[]{}/%", c);
  };
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    if (c == '%') {
      while (i < s.size() && s[i] != '\n' && s[i] != '\r') ++i;
      continue;
    }
    if (c == '(') {
      int depth = 0;
      for (; i < s.size(); ++i) {
        if (s[i] == '\\') {
          ++i;
          continue;
        }
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && --depth == 0) {
          ++i;
          break;
        }
      }
      out.push_back({false, "(string)"});
      continue;
    }
    if (c == '<' && i + 1 < s.size() && s[i + 1] == '<') {
      out.push_back({false, "<<"});
      i += 2;
      continue;
    }
    if (c == '>' && i + 1 < s.size() && s[i + 1] == '>') {
      out.push_back({false, ">>"});
      i += 2;
      continue;
    }
    if (c == '<') {
      i = s.find('>', i);
      i = i == std::string::npos ? s.size() : i + 1;
      out.push_back({false, "<hex>"});
      continue;
    }
    if (c == '[' || c == ']') {
      out.push_back({false, std::string(1, c)});
      ++i;
      continue;
    }
    size_t start = i;
    ++i;
    while (i < s.size() && !delim(s[i])) ++i;
    std::string word = s.substr(start, i - start);
    bool operand = word[0] == '/' || std::isdigit(static_cast<unsigned char>(word[0])) ||
                   word[0] == '-' || word[0] == '.' || word[0] == '+' || word == "true" ||
                   word == "false" || word == "null";
    out.push_back({!operand, word});
  }
  return out;
}

// The text of the XMP element {ns}local (its rdf:li if it has one).
inline std::string XmpValue(Poco::XML::Document* doc, const std::string& ns,
                            const std::string& local) {
  Poco::AutoPtr<Poco::XML::NodeList> list = doc->getElementsByTagNameNS(ns, local);
  if (list->length() == 0) return "";
  return list->item(0)->innerText();
}

}  // namespace ankerbericht::testing::qpdf_json

#endif  // ANKERBERICHT_TESTS_E2E_QPDF_JSON_H_
