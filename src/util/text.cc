#include "util/text.h"

#include <Poco/UTF8Encoding.h>

#include <cstdlib>

namespace ankerbericht {

std::string_view Trim(std::string_view s) {
  auto is_space = [](std::string_view v, size_t i, size_t* len) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      *len = 1;
      return true;
    }
    if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0xA0) {
      *len = 2;
      return true;
    }
    return false;
  };
  size_t len = 0;
  while (!s.empty() && is_space(s, 0, &len)) s.remove_prefix(len);
  while (!s.empty()) {
    if (is_space(s, s.size() - 1, &len)) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && is_space(s, s.size() - 2, &len) && len == 2) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string FoldKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      ++i;
      switch (d) {
        case 0xA4:
        case 0x84:
          out += "ae";
          break;  // ä Ä
        case 0xB6:
        case 0x96:
          out += "oe";
          break;  // ö Ö
        case 0xBC:
        case 0x9C:
          out += "ue";
          break;  // ü Ü
        case 0x9F:
          out += "ss";
          break;  // ß
        default:
          out += static_cast<char>(c);
          out += static_cast<char>(d);
          break;
      }
    } else if (c >= 0x80) {
      out += static_cast<char>(c);  // other non-ASCII letters are kept as they are
    }
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = Trim(s.substr(start, end - start));
    if (!part.empty()) parts.emplace_back(part);
    start = end + 1;
  }
  return parts;
}

std::vector<std::string> SplitAnyList(std::string_view s) {
  for (char sep : {'|', ';', ','}) {
    if (s.find(sep) != std::string_view::npos) return SplitList(s, sep);
  }
  return SplitList(s, '\0');
}

std::string JoinLines(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : Trim(text)) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::optional<int64_t> ParseInteger(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return std::nullopt;
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.empty()) return std::nullopt;
  // Accept thousands groups only in the strict form d{1,3}([.' ,]ddd)+.
  int64_t value = 0;
  int digits_in_group = 0;
  bool grouped = false;
  char group_sep = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      ++digits_in_group;
      if (value > (int64_t{1} << 53)) return std::nullopt;
    } else if (c == '.' || c == ',' || c == ' ' || c == '\'') {
      if (group_sep && c != group_sep) return std::nullopt;
      if (!grouped ? (digits_in_group < 1 || digits_in_group > 3) : digits_in_group != 3)
        return std::nullopt;
      grouped = true;
      group_sep = c;
      digits_in_group = 0;
    } else {
      return std::nullopt;
    }
  }
  if (grouped && digits_in_group != 3) return std::nullopt;
  if (digits_in_group == 0) return std::nullopt;
  return negative ? -value : value;
}

std::optional<double> ParseDecimal(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return std::nullopt;
  // Only digits, separators and a leading sign: strtod alone would also take
  // "nan", "inf" and "0x10".
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= '0' && c <= '9') || c == ',' || c == '.' || ((c == '-' || c == '+') && i == 0);
    if (!ok) return std::nullopt;
  }
  std::string buf(s);
  size_t comma = buf.find(',');
  size_t point = buf.find('.');
  if (comma != std::string::npos && point != std::string::npos) {
    // Both present: the later one is the decimal separator.
    char thousands = comma < point ? ',' : '.';
    std::string cleaned;
    for (char c : buf)
      if (c != thousands) cleaned += c;
    buf = cleaned;
  }
  for (char& c : buf)
    if (c == ',') c = '.';
  char* end = nullptr;
  double v = std::strtod(buf.c_str(), &end);
  if (end == buf.c_str() || *end != '\0') return std::nullopt;
  return v;
}

bool IsValidUtf8(std::string_view s) {
  Poco::UTF8Encoding utf8;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  const unsigned char* end = p + s.size();
  while (p < end) {
    // Most of a counter export is ASCII: one comparison a byte, not a call.
    if (*p < 0x80) {
      ++p;
      continue;
    }
    int n = utf8.sequenceLength(p, static_cast<int>(end - p));
    if (n <= 0 || p + n > end) return false;
    if (!Poco::UTF8Encoding::isLegal(p, n)) return false;
    p += n;
  }
  return true;
}

std::string ReplaceAll(std::string text, std::string_view from, std::string_view to) {
  if (from.empty()) return text;
  size_t p = text.find(from);
  if (p == std::string::npos) return text;
  // Built anew rather than replaced in place: each in-place replacement moves
  // the rest of the text, which made 200 000 placeholders in a template take
  // minutes (found by the template_builder fuzz target).
  std::string out;
  out.reserve(text.size());
  size_t done = 0;
  for (; p != std::string::npos; p = text.find(from, done)) {
    out.append(text, done, p - done);
    out.append(to);
    done = p + from.size();
  }
  out.append(text, done, std::string::npos);
  return out;
}

std::string Excerpt(std::string_view value, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < value.size(); ++i) {
    // Count lead bytes only: a character is cut off whole.
    if ((static_cast<unsigned char>(value[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(value.substr(0, i)) + "\xE2\x80\xA6";  // "…"
  }
  return std::string(value);
}

namespace {

bool IsStrippedControl(char ch) {
  unsigned char c = static_cast<unsigned char>(ch);
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

}  // namespace

std::string StripControlChars(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (!IsStrippedControl(c)) out += c;
  return out;
}

std::string TypographicQuotes(std::string_view text, std::string_view lang, bool nested) {
  bool en = lang == "en";
  const char* open = nested ? (en ? "\u2018" : "\u201A") : (en ? "\u201C" : "\u201E");
  const char* close = nested ? (en ? "\u2019" : "\u2018") : (en ? "\u201D" : "\u201C");
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') {
      out += text[i];
      continue;
    }
    char before = i == 0 ? ' ' : text[i - 1];
    bool opens = before == ' ' || before == '\n' || before == '(' || before == '[' || before == '/';
    out += opens ? open : close;
  }
  return out;
}

std::string Quoted(std::string_view text, std::string_view lang) {
  bool en = lang == "en";
  // Strip one enclosing pair when it encloses the whole text and no other
  // mark of that kind stands inside (else "„A“ und „B“" would lose its ends).
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\u201E", "\u201C"},
                             {"\u201C", "\u201D"},
                             {"\"", "\""}}) {
    if (text.size() < open.size() + close.size() || !text.starts_with(open) ||
        !text.ends_with(close))
      continue;
    std::string_view inner = text.substr(open.size(), text.size() - open.size() - close.size());
    if (inner.find(open) == std::string_view::npos && inner.find(close) == std::string_view::npos) {
      text = inner;
      break;
    }
  }
  return std::string(en ? "\u201C" : "\u201E") + TypographicQuotes(text, lang, true) +
         (en ? "\u201D" : "\u201C");
}

}  // namespace ankerbericht
