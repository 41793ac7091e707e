// Why stop words: they are the most frequent words of any text, short texts
// hold several of them, and the two lists barely overlap, so a count is
// explainable in one sentence and needs no model. Words that are common in
// both languages ("in", "so", "also") or mean something else in the other
// ("was", "an", "die", "will") are left out of the lists. A guess marks a
// text only when it is clear; a mixed or short text stays unmarked (it is
// then read in the report's language, as before).
#include "document/text_language.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>
#include <variant>
#include <vector>

namespace ankerbericht {
namespace {

const std::set<std::string_view>& GermanWords() {
  // check-words: input vocabulary
  static const std::set<std::string_view> words = {
      "der",  "das",  "und",    "ist",   "nicht",  "mit",   "für",  "ein", "eine", "einen",
      "wir",  "sich", "auch",   "auf",   "dem",    "den",   "des",  "zu",  "von",  "im",
      "sind", "wird", "werden", "haben", "hat",    "oder",  "aber", "bei", "nach", "noch",
      "nur",  "wie",  "sehr",   "uns",   "unsere", "ich",   "sie",  "es",  "war",  "waren",
      "zum",  "zur",  "dass",   "kann",  "können", "viele", "mehr"};
  return words;
}

const std::set<std::string_view>& EnglishWords() {
  // check-words: input vocabulary
  static const std::set<std::string_view> words = {
      "the",  "and",   "is",   "are",  "not",  "with",  "for",  "a",     "we",    "our",
      "they", "their", "this", "that", "of",   "to",    "from", "were",  "have",  "has",
      "been", "it",    "on",   "at",   "by",   "very",  "us",   "which", "would", "could",
      "you",  "my",    "i",    "what", "more", "there", "be",   "can"};
  return words;
}

// Lower-case words of letters (ASCII and any UTF-8 sequence, so "für" is one word).
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : text) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (std::isalpha(u) || u >= 0x80) {
      word += static_cast<char>(std::tolower(u));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

std::string Lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// The language of |block| as set so far; nullptr for blocks without one.
std::string* LangOf(Block& block) {
  if (auto* p = std::get_if<Paragraph>(&block)) return &p->lang;
  if (auto* h = std::get_if<Heading>(&block)) return &h->lang;
  if (auto* l = std::get_if<BulletList>(&block)) return &l->lang;
  if (auto* q = std::get_if<Quote>(&block)) return &q->lang;
  return nullptr;
}

}  // namespace

std::string TakeDeclaredLanguage(std::string* text) {
  size_t start = 0;
  while (start < text->size()) {
    size_t end = text->find('\n', start);
    if (end == std::string::npos) end = text->size();
    std::string line = Trim(std::string_view(*text).substr(start, end - start));
    if (line.empty()) {
      start = end + 1;
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) return "";
    std::string key = Lower(Trim(line.substr(0, colon)));
    std::string code = Lower(Trim(line.substr(colon + 1)));
    if (key != "sprache" && key != "language") return "";
    if (code.size() < 2 || code.size() > 3 ||
        !std::all_of(code.begin(), code.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
      return "";
    }
    text->erase(0, std::min(end + 1, text->size()));
    return code;
  }
  return "";
}

std::string GuessTextLanguage(const std::string& text) {
  int de = 0, en = 0;
  for (const std::string& w : Words(text)) {
    de += GermanWords().count(w) ? 1 : 0;
    en += EnglishWords().count(w) ? 1 : 0;
  }
  if (de >= 3 && de >= 4 * en) return "de";
  if (en >= 3 && en >= 4 * de) return "en";
  return "";
}

std::string ForeignLanguage(const std::string& declared, const std::string& text,
                            const std::string& report_lang) {
  std::string lang = declared.empty() ? GuessTextLanguage(text) : declared;
  return lang == report_lang ? "" : lang;
}

std::string LanguageName(const Strings& words, const std::string& code) {
  // Only codes of letters get here (TakeDeclaredLanguage, the guess).
  std::string key = "language.name." + code;
  return words.Has(key) ? words.Get(key) : code;
}

void MarkForeignTexts(const Strings& words, Document* doc) {
  const std::string& lang = doc->info.language;
  for (Block& block : doc->blocks) {
    if (auto* q = std::get_if<Quote>(&block); q && q->lang.empty())
      q->lang = ForeignLanguage("", q->text, lang);
    if (auto* s = std::get_if<Slide>(&block)) {
      for (Quote& q : s->quotes) {
        if (q.lang.empty()) q.lang = ForeignLanguage("", q.text, lang);
      }
    }
  }
  if (doc->info.format != PageFormat::kA4) return;
  // Once, after the first run of blocks in another language: the reader has
  // just seen such a text when the sentence explains it.
  for (size_t i = 0; i < doc->blocks.size(); ++i) {
    std::string* first = LangOf(doc->blocks[i]);
    if (first == nullptr || first->empty() || *first == lang) continue;
    std::string name = LanguageName(words, *first);
    size_t end = i + 1;
    while (end < doc->blocks.size()) {
      std::string* next = LangOf(doc->blocks[end]);
      if (next == nullptr || next->empty() || *next == lang) break;
      ++end;
    }
    std::string note = words.Format("language.foreign_note", {{"name", name}});
    doc->blocks.insert(doc->blocks.begin() + static_cast<long>(end), Remark{note});
    return;
  }
}

}  // namespace ankerbericht
