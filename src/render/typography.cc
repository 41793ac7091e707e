// Where a line must not break in German (and English) text: between an
// ordinal and its noun ("2. Halbjahr", "1. Januar"), between a number and its
// unit ("81,1 %", "210.000 €", "−3,6 Pp."), inside "z. B." and friends. The
// wrapper treats these spaces as part of the word; the text itself keeps
// ordinary spaces, so copying from the PDF and searching it work as before.
// The unit words and abbreviations are the document's (DocumentInfo), set
// for the time a document is laid out by a BoundWordsScope: the layout
// functions that wrap text are many and deep, and none of them picks a word.
#include <cctype>
#include <string>
#include <vector>

#include "render/pdf_layout.h"

namespace ankerbericht {
namespace {

const char kNbsp[] = "\u00A0";

// The words of the document being laid out on this thread; none outside a
// BoundWordsScope.
thread_local const BoundWords* current_words = nullptr;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True if text[i] starts a letter (ASCII or any multi-byte character, which in
// our texts is a German letter such as "Ü").
bool IsLetterAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[i]);
  return std::isalpha(c) || c >= 0xC3;
}

// Units a number keeps on its line: the symbols and the document's unit
// words, a word ending in a letter ("Uhr") only as a whole word.
bool StartsUnit(std::string_view rest, const BoundWords& words) {
  for (std::string_view unit : {"%", "€"}) {
    if (rest.substr(0, unit.size()) == unit) return true;
  }
  for (std::string_view unit : words.units) {
    if (unit.empty() || rest.substr(0, unit.size()) != unit) continue;
    return !IsLetterAt(unit, unit.size() - 1) || !IsLetterAt(rest, unit.size());
  }
  return false;
}

// Two-part abbreviations whose inner space must not break ("z. B.").
bool InsideAbbreviation(std::string_view text, size_t space, const BoundWords& words) {
  for (std::string_view a : words.abbreviations) {
    size_t head = a.find(' ');
    if (head == std::string_view::npos) continue;
    if (space >= head && text.substr(space - head, a.size()) == a) return true;
  }
  return false;
}

}  // namespace

BoundWords BoundWordsOf(const DocumentInfo& info) {
  return BoundWords{info.bound_units, info.bound_abbreviations};
}

BoundWordsScope::BoundWordsScope(const BoundWords& words) : previous_(current_words) {
  current_words = &words;
}

BoundWordsScope::~BoundWordsScope() { current_words = previous_; }

std::string BindNonBreakingSpaces(std::string_view text) {
  static const BoundWords kNone;
  return BindNonBreakingSpaces(text, current_words ? *current_words : kNone);
}

std::string BindNonBreakingSpaces(std::string_view text, const BoundWords& words) {
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ' || i == 0) {
      out += text[i];
      continue;
    }
    std::string_view before = text.substr(0, i), rest = text.substr(i + 1);
    bool bind = false;
    // "2. Halbjahr": one or two digits (not a year) and a point before, a
    // letter after.
    if (before.size() >= 2 && before.back() == '.' && IsDigit(before[before.size() - 2]) &&
        IsLetterAt(rest, 0)) {
      size_t digits = 0;
      while (digits < before.size() - 1 && IsDigit(before[before.size() - 2 - digits])) ++digits;
      size_t start = before.size() - 1 - digits;
      char lead = start == 0 ? ' ' : before[start - 1];
      bool word_start = lead == ' ' || lead == '(' || lead == '\n' || lead == '/';
      bind = digits <= 2 && word_start;
    }
    // "81,1 %", "210.000 €", "21 Uhr".
    if (!bind && IsDigit(before.back()) && StartsUnit(rest, words)) bind = true;
    if (!bind && InsideAbbreviation(text, i, words)) bind = true;
    out += bind ? kNbsp : " ";
  }
  return out;
}

std::string UnbindSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 2) == kNbsp) {
      out += ' ';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace ankerbericht
