#include "evaluate/scrub.h"

#include <regex>

#include "util/text.h"

namespace ankerbericht {

namespace {

const std::regex& EmailPattern() {
  static const std::regex kEmail(R"([A-Za-z0-9._%+\-]+\s?(@|\(at\)|\[at\])\s?[A-Za-z0-9.\-]+\.[A-Za-z]{2,})",
                                 std::regex::icase);
  return kEmail;
}

const std::regex& UrlPattern() {
  static const std::regex kUrl(R"((https?://|www\.)[^\s<>"]+)", std::regex::icase);
  return kUrl;
}

// A phone number starts with "+", "(0" or "0", continues with digits and the
// separators people type (space, "/", "-", "."), and has at least 6 digits.
// The digit count keeps "10.03.2026", "14-16 Uhr" and "2026" out.
const std::regex& PhonePattern() {
  static const std::regex kPhone(R"((\+\d[\d\s/().\-]{5,}\d|\(0\d{1,5}\)[\d\s/.\-]{3,}\d|\b0\d{1,5}[\s/\-]?\d[\d\s/\-]{3,}\d))");
  return kPhone;
}

int CountDigits(const std::string& s) {
  int n = 0;
  for (char c : s) n += c >= '0' && c <= '9';
  return n;
}

bool IsDateLike(const std::string& s) {
  static const std::regex kDate(R"(\d{1,2}\.\d{1,2}\.\d{2,4})");
  return std::regex_search(s, kDate);
}

// Replaces every match of |pattern| accepted by |keep_if| with kRedaction.
template <typename Accept>
std::string ReplaceMatches(const std::string& text, const std::regex& pattern, Accept accept, int* replaced) {
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), pattern);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    std::string match = it->str();
    if (!accept(match)) continue;
    out += text.substr(last, static_cast<size_t>(it->position()) - last);
    out += kRedaction;
    last = static_cast<size_t>(it->position()) + match.size();
    ++*replaced;
  }
  out += text.substr(last);
  return out;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-'; }

// Whole-word, case-insensitive (ASCII) replacement of |name|.
std::string ReplaceName(const std::string& text, const std::string& name, int* replaced) {
  if (name.empty()) return text;
  std::string lower = AsciiLower(text);
  std::string needle = AsciiLower(name);
  std::string out;
  size_t last = 0;
  for (size_t p = lower.find(needle); p != std::string::npos; p = lower.find(needle, p + 1)) {
    if (p < last) continue;
    bool start_ok = p == 0 || !IsWordByte(static_cast<unsigned char>(text[p - 1]));
    size_t end = p + needle.size();
    // "Annas" and "Anna's" are still Anna.
    if (end < text.size() && text[end] == 's' && (end + 1 == text.size() || !IsWordByte(static_cast<unsigned char>(text[end + 1])))) ++end;
    bool end_ok = end == text.size() || !IsWordByte(static_cast<unsigned char>(text[end]));
    if (!start_ok || !end_ok) continue;
    out += text.substr(last, p - last) + kRedaction;
    last = end;
    ++*replaced;
  }
  return out + text.substr(last);
}

}  // namespace

ScrubResult Scrub(const std::string& text, const std::vector<std::string>& names) {
  ScrubResult r;
  auto always = [](const std::string&) { return true; };
  std::string s = ReplaceMatches(text, EmailPattern(), always, &r.replaced);
  s = ReplaceMatches(s, UrlPattern(), always, &r.replaced);
  s = ReplaceMatches(s, PhonePattern(),
                     [](const std::string& m) { return CountDigits(m) >= 6 && !IsDateLike(m); }, &r.replaced);
  for (const std::string& name : names) s = ReplaceName(s, std::string(Trim(name)), &r.replaced);
  r.text = s;
  return r;
}

bool LooksLikeContactData(const std::string& text) {
  if (std::regex_search(text, EmailPattern())) return true;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), PhonePattern()); it != std::sregex_iterator(); ++it) {
    if (CountDigits(it->str()) >= 6 && !IsDateLike(it->str())) return true;
  }
  return false;
}

}  // namespace ankerbericht
