#include "render/html_escape.h"

#include <cstdio>

#include "render/pdf_layout.h"

namespace ankerbericht {

std::string HtmlEscape(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string CssString(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  std::string out;
  for (char c : clean) {
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\n') {
      // A CSS escape is the code point in hex followed by a space.
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%X ", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace ankerbericht
