#include "store/codec.h"

#include <charconv>

namespace ankerbericht::store_internal {

namespace {

void AppendQuoted(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('"');
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      out->append("\\u00");
      out->push_back(kHex[u >> 4]);
      out->push_back(kHex[u & 0xf]);
    } else {
      out->push_back(c);  // bytes >= 0x20 verbatim: keeps non-UTF-8 text intact
    }
  }
  out->push_back('"');
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xc0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xe0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  } else {
    out->push_back(static_cast<char>(0xf0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
  }
}

// A tiny reader for the two shapes this file writes. It accepts the general
// JSON escapes as well, so a value edited by hand with SQLite's json functions
// still reads back.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Consume(char c) {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool AtEnd() {
    SkipSpace();
    return pos_ == text_.size();
  }

  bool ReadString(std::string* out) {
    if (!Consume('"')) return false;
    out->clear();
    while (pos_ < text_.size()) {
      char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) return false;
      char e = text_[pos_++];
      switch (e) {
        case '"':
          out->push_back('"');
          break;
        case '\\':
          out->push_back('\\');
          break;
        case '/':
          out->push_back('/');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          uint32_t cp = 0;
          if (!ReadHex4(&cp)) return false;
          // A surrogate pair spells one code point above U+FFFF.
          if (cp >= 0xd800 && cp < 0xdc00 && text_.substr(pos_, 2) == "\\u") {
            size_t save = pos_;
            pos_ += 2;
            uint32_t low = 0;
            if (ReadHex4(&low) && low >= 0xdc00 && low < 0xe000) {
              cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            } else {
              pos_ = save;
            }
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;  // unterminated
  }

  bool ReadInt(int64_t* out) {
    SkipSpace();
    const char* begin = text_.data() + pos_;
    const char* end = text_.data() + text_.size();
    auto [ptr, ec] = std::from_chars(begin, end, *out);
    if (ec != std::errc() || ptr == begin) return false;
    pos_ += static_cast<size_t>(ptr - begin);
    return true;
  }

 private:
  bool ReadHex4(uint32_t* out) {
    if (pos_ + 4 > text_.size()) return false;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char h = text_[pos_++];
      v <<= 4;
      if (h >= '0' && h <= '9') {
        v |= static_cast<uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        v |= static_cast<uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        v |= static_cast<uint32_t>(h - 'A' + 10);
      } else {
        return false;
      }
    }
    *out = v;
    return true;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

std::string EncodeStringList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out.push_back(',');
    AppendQuoted(items[i], &out);
  }
  out.push_back(']');
  return out;
}

std::optional<std::vector<std::string>> DecodeStringList(std::string_view text) {
  Reader r(text);
  if (!r.Consume('[')) return std::nullopt;
  std::vector<std::string> items;
  if (!r.Consume(']')) {
    do {
      std::string s;
      if (!r.ReadString(&s)) return std::nullopt;
      items.push_back(std::move(s));
    } while (r.Consume(','));
    if (!r.Consume(']')) return std::nullopt;
  }
  if (!r.AtEnd()) return std::nullopt;
  return items;
}

std::string EncodeCountMap(const std::map<std::string, int64_t>& counts) {
  std::string out = "{";
  bool first = true;
  for (const auto& [key, value] : counts) {
    if (!first) out.push_back(',');
    first = false;
    AppendQuoted(key, &out);
    out.push_back(':');
    out.append(std::to_string(value));
  }
  out.push_back('}');
  return out;
}

std::optional<std::map<std::string, int64_t>> DecodeCountMap(std::string_view text) {
  Reader r(text);
  if (!r.Consume('{')) return std::nullopt;
  std::map<std::string, int64_t> counts;
  if (!r.Consume('}')) {
    do {
      std::string key;
      int64_t value = 0;
      if (!r.ReadString(&key) || !r.Consume(':') || !r.ReadInt(&value)) return std::nullopt;
      counts[key] = value;
    } while (r.Consume(','));
    if (!r.Consume('}')) return std::nullopt;
  }
  if (!r.AtEnd()) return std::nullopt;
  return counts;
}

}  // namespace ankerbericht::store_internal
