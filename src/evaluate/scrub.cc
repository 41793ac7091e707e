#include "evaluate/scrub.h"

#include "util/contact_data.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

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

// Replaces what |find| finds in |text|; the scanners read the text once, so a
// pasted megabyte without a space is no danger (util/contact_data.h).
template <typename Find>
std::string ReplaceFound(const std::string& text, Find find, int* replaced) {
  std::vector<TextSpan> spans = find(text);
  if (spans.empty()) return text;
  *replaced += static_cast<int>(spans.size());
  return ReplaceSpans(text, spans);
}

}  // namespace

ScrubResult Scrub(const std::string& text, const std::vector<std::string>& names) {
  ScrubResult r;
  std::string s = ReplaceFound(text, FindEmailAddresses, &r.replaced);
  s = ReplaceFound(s, FindUrls, &r.replaced);
  s = ReplaceFound(s, FindPhoneNumbers, &r.replaced);
  for (const std::string& name : names) s = ReplaceName(s, std::string(Trim(name)), &r.replaced);
  r.text = s;
  return r;
}

}  // namespace ankerbericht
