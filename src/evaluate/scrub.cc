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
    if (end < text.size() && text[end] == 's' &&
        (end + 1 == text.size() || !IsWordByte(static_cast<unsigned char>(text[end + 1]))))
      ++end;
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

// True for a byte that starts a capitalised word: A-Z, or the lead byte of a
// two-byte UTF-8 letter (Ä, Ö, Ü and the like; a lower-case umlaut after a
// form of address is as rare as it is harmless to drop).
bool StartsName(unsigned char c) { return (c >= 'A' && c <= 'Z') || c == 0xC3 || c == 0xC5; }

// The end of the word that starts at |p| (letters, digits, '-', '.', '\'').
size_t WordEnd(const std::string& s, size_t p) {
  while (p < s.size() &&
         (IsWordByte(static_cast<unsigned char>(s[p])) || s[p] == '.' || s[p] == '\''))
    ++p;
  return p;
}

// check-words: input vocabulary
// How a text addresses a person, and the titles that may stand before the
// name: words recognised in team texts, never printed.
constexpr const char* kForms[] = {"Frau", "Herrn", "Herr", "Fr.", "Hr."};
constexpr const char* kTitles[] = {"Dr.", "Prof."};
// check-words: end

// Removes "Frau X", "Herr(n) [Dr.|Prof.] X [Y.]" and "Fr./Hr. X".
std::string DropAddressedNames(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    bool at_word = i == 0 || !IsWordByte(static_cast<unsigned char>(text[i - 1]));
    size_t cut = std::string::npos;
    if (at_word) {
      for (const char* form : kForms) {
        std::string f = form;
        if (text.compare(i, f.size(), f) != 0) continue;
        size_t p = i + f.size();
        if (p < text.size() && IsWordByte(static_cast<unsigned char>(text[p])))
          continue;  // "Frauen"
        auto next_word = [&](size_t q) {
          while (q < text.size() && text[q] == ' ') ++q;
          return q;
        };
        size_t q = next_word(p);
        if (q == p || q >= text.size() || !StartsName(static_cast<unsigned char>(text[q])))
          continue;
        for (const char* title : kTitles) {
          std::string t = title;
          if (text.compare(q, t.size(), t) == 0) q = next_word(q + t.size());
        }
        if (q >= text.size() || !StartsName(static_cast<unsigned char>(text[q]))) continue;
        size_t e = WordEnd(text, q);
        // "Frau Anna K.": a following initial belongs to the name.
        size_t r = next_word(e);
        if (r + 1 < text.size() && r > e && text[r] >= 'A' && text[r] <= 'Z' && text[r + 1] == '.')
          e = r + 2;
        cut = e;
        break;
      }
    }
    if (cut == std::string::npos) {
      out += text[i++];
      continue;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    i = cut;
  }
  return out;
}

// Tidies what removing names leaves: "()" and "( )", double spaces, a space
// before a comma or closing bracket.
std::string Tidy(std::string s) {
  for (const char* empty : {" ()", "()", " ( )"}) s = ReplaceAll(s, empty, "");
  for (;;) {
    std::string t = ReplaceAll(ReplaceAll(ReplaceAll(s, "  ", " "), " ,", ","), " )", ")");
    t = ReplaceAll(t, "( ", "(");
    if (t == s) break;
    s = t;
  }
  return std::string(Trim(s));
}

}  // namespace

std::string DropPersonNames(const std::string& text, const std::vector<std::string>& names) {
  int replaced = 0;
  std::string s = DropAddressedNames(text);
  for (const std::string& name : names) s = ReplaceName(s, std::string(Trim(name)), &replaced);
  // A name is dropped, not marked: what is left reads as the position.
  s = ReplaceAll(ReplaceAll(s, std::string(" ") + kRedaction, ""), kRedaction, "");
  s = ReplaceFound(s, FindEmailAddresses, &replaced);
  s = ReplaceFound(s, FindUrls, &replaced);
  s = ReplaceFound(s, FindPhoneNumbers, &replaced);
  return Tidy(s);
}

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
