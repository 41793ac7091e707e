#include "util/contact_data.h"

namespace ankerbericht {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiLetter(c); }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return IsBlank(c) || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsWordChar(char c) { return IsAsciiAlnum(c) || c == '_'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsLocalChar(char c) {
  return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool IsDomainChar(char c) { return IsAsciiAlnum(c) || c == '.' || c == '-'; }

// True if |text| holds |word| (lower case) at |pos|, ignoring ASCII case.
bool HasAt(std::string_view text, size_t pos, std::string_view word) {
  if (pos + word.size() > text.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (Lower(text[pos + k]) != word[k]) return false;
  return true;
}

// The length of the "@", "(at)" or "[at]" at |pos|, or 0.
size_t AtSignAt(std::string_view text, size_t pos) {
  if (text[pos] == '@') return 1;
  if (HasAt(text, pos, "(at)") || HasAt(text, pos, "[at]")) return 4;
  return 0;
}

// The end of the e-mail domain starting at |from|: letters, digits, '.' and
// '-' ending in a dot and two or more letters (the last such dot wins, so
// "example.org." stops before the full stop). 0 if there is none.
size_t DomainEnd(std::string_view text, size_t from) {
  size_t run_end = from;
  while (run_end < text.size() && IsDomainChar(text[run_end])) ++run_end;
  for (size_t dot = run_end; dot-- > from + 1;) {
    if (text[dot] != '.') continue;
    size_t letters = dot + 1;
    while (letters < run_end && IsAsciiLetter(text[letters])) ++letters;
    if (letters - dot - 1 >= 2) return letters;
  }
  return 0;
}

// Characters a phone number may run over after its start: "+49 (0)30 12.34-56",
// "(030) 12 34 56" and "030/123 456".
bool InInternationalNumber(char c) {
  return IsDigit(c) || IsBlank(c) || c == '/' || c == '(' || c == ')' || c == '.' || c == '-';
}
bool InNumberAfterAreaCode(char c) {
  return IsDigit(c) || IsBlank(c) || c == '/' || c == '.' || c == '-';
}
bool InNationalNumber(char c) { return IsDigit(c) || IsBlank(c) || c == '/' || c == '-'; }

// The end of the run of |allowed| characters from |from|, cut back to its
// last digit (from itself when the run holds none).
template <typename Allowed>
size_t EndAtLastDigit(std::string_view text, size_t from, Allowed allowed) {
  size_t end = from;
  while (end < text.size() && allowed(text[end])) ++end;
  while (end > from && !IsDigit(text[end - 1])) --end;
  return end;
}

// The end of a phone-number-shaped run starting at |i|, or 0: "+" and a digit,
// "(0" and up to five digits and ")", or a "0" that begins a word followed by
// a digit; then enough digits and separators to make seven characters or more.
size_t NumberEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  if (text[i] == '+' && i + 1 < n && IsDigit(text[i + 1])) {
    size_t end = EndAtLastDigit(text, i + 2, InInternationalNumber);
    return end >= i + 8 ? end : 0;
  }
  if (text[i] == '(' && i + 1 < n && text[i + 1] == '0') {
    size_t j = i + 2;
    while (j < n && IsDigit(text[j])) ++j;
    if (j == i + 2 || j > i + 7 || j >= n || text[j] != ')') return 0;
    size_t end = EndAtLastDigit(text, j + 1, InNumberAfterAreaCode);
    return end >= j + 5 ? end : 0;
  }
  if (text[i] == '0' && (i == 0 || !IsWordChar(text[i - 1])) && i + 1 < n && IsDigit(text[i + 1])) {
    size_t rest = i + 2;
    if (rest < n && !IsDigit(text[rest])) {
      // "01 2345678": after a two-digit prefix one separator, then a digit.
      if (!(IsBlank(text[rest]) || text[rest] == '/' || text[rest] == '-') || rest + 1 >= n ||
          !IsDigit(text[rest + 1])) {
        return 0;
      }
      size_t end = EndAtLastDigit(text, rest + 2, InNationalNumber);
      return end >= i + 8 ? end : 0;
    }
    size_t end = EndAtLastDigit(text, rest, InNationalNumber);
    return end >= i + 7 ? end : 0;
  }
  return 0;
}

int CountDigits(std::string_view s) {
  int n = 0;
  for (char c : s) n += IsDigit(c);
  return n;
}

// True if |s| holds a date such as "12.03.2026" or "1.3.26".
bool HasDate(std::string_view s) {
  for (size_t p = 1; p < s.size(); ++p) {
    if (s[p] != '.' || !IsDigit(s[p - 1])) continue;
    size_t q = p + 1;
    while (q < s.size() && IsDigit(s[q])) ++q;
    if (q - p - 1 < 1 || q - p - 1 > 2 || q >= s.size() || s[q] != '.') continue;
    if (q + 2 < s.size() && IsDigit(s[q + 1]) && IsDigit(s[q + 2])) return true;
  }
  return false;
}

}  // namespace

std::vector<TextSpan> FindEmailAddresses(std::string_view text) {
  std::vector<TextSpan> spans;
  size_t floor = 0;  // the end of the last address: spans do not overlap
  for (size_t i = 0; i < text.size(); ++i) {
    size_t at = AtSignAt(text, i);
    if (at == 0) continue;
    size_t local_end = i;
    if (local_end > floor && IsBlank(text[local_end - 1])) --local_end;
    size_t begin = local_end;
    while (begin > floor && IsLocalChar(text[begin - 1])) --begin;
    if (begin == local_end) continue;
    size_t domain = i + at;
    if (domain < text.size() && IsBlank(text[domain])) ++domain;
    size_t end = DomainEnd(text, domain);
    if (end == 0) continue;
    spans.push_back({begin, end});
    floor = end;
    i = end - 1;
  }
  return spans;
}

std::vector<TextSpan> FindUrls(std::string_view text) {
  std::vector<TextSpan> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t start = HasAt(text, i, "http://")    ? 7
                   : HasAt(text, i, "https://") ? 8
                   : HasAt(text, i, "www.")     ? 4
                                                : 0;
    if (start == 0) continue;
    size_t end = i + start;
    while (end < text.size() && !IsSpace(text[end]) && text[end] != '<' && text[end] != '>' &&
           text[end] != '"')
      ++end;
    if (end == i + start) continue;
    spans.push_back({i, end});
    i = end - 1;
  }
  return spans;
}

std::vector<TextSpan> FindPhoneNumbers(std::string_view text) {
  std::vector<TextSpan> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t end = NumberEnd(text, i);
    if (end == 0) continue;
    std::string_view number = text.substr(i, end - i);
    // Six digits keep "14-16 Uhr", "2026" and short counts out; a date inside
    // ("+1 12.03.2026") means it is no number either.
    if (CountDigits(number) >= 6 && !HasDate(number)) spans.push_back({i, end});
    i = end - 1;  // a refused run is not searched again, as with the patterns this replaced
  }
  return spans;
}

std::string ReplaceSpans(std::string_view text, const std::vector<TextSpan>& spans) {
  std::string out;
  out.reserve(text.size());
  size_t last = 0;
  for (const TextSpan& s : spans) {
    out.append(text.substr(last, s.begin - last));
    out += kRedaction;
    last = s.end;
  }
  out.append(text.substr(last));
  return out;
}

int RemoveContactData(std::string* text) {
  std::vector<TextSpan> emails = FindEmailAddresses(*text);
  if (!emails.empty()) *text = ReplaceSpans(*text, emails);
  std::vector<TextSpan> phones = FindPhoneNumbers(*text);
  if (!phones.empty()) *text = ReplaceSpans(*text, phones);
  return static_cast<int>(emails.size() + phones.size());
}

bool LooksLikeContactData(std::string_view text) {
  return !FindEmailAddresses(text).empty() || !FindPhoneNumbers(text).empty();
}

}  // namespace ankerbericht
