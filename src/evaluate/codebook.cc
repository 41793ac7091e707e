#include "evaluate/codebook.h"

#include "util/text.h"

namespace ankerbericht {

std::vector<std::string> FoldedWords(const std::string& text) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(FoldKey(current));
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool letter = std::isalnum(c) || c >= 0x80;
    // U+00A0 (no-break space, C2 A0) and typographic dashes/quotes
    // (E2 80 xx) separate words although they are non-ASCII bytes.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      flush();
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      flush();
      i += 2;
      continue;
    }
    if (letter) {
      current += static_cast<char>(c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

Codebook::Codebook(std::vector<CodebookTheme> themes) : themes_(std::move(themes)) {
  for (size_t t = 0; t < themes_.size(); ++t) {
    for (const std::string& keyword : themes_[t].keywords) {
      std::string k(Trim(keyword));
      Pattern p;
      p.theme = t;
      if (!k.empty() && k.back() == '*') {
        p.stem = true;
        k.pop_back();
      }
      p.words = FoldedWords(k);
      if (!p.words.empty()) patterns_.push_back(std::move(p));
    }
  }
}

void Codebook::AddAncestors(size_t theme, std::set<std::string>* out) const {
  // Bounded by the number of themes so a cycle in the configuration cannot hang.
  for (size_t steps = 0; steps <= themes_.size(); ++steps) {
    if (!out->insert(themes_[theme].id).second && steps > 0) return;
    const std::string& parent = themes_[theme].parent;
    if (parent.empty()) return;
    size_t next = themes_.size();
    for (size_t i = 0; i < themes_.size(); ++i)
      if (themes_[i].id == parent) next = i;
    if (next == themes_.size()) return;
    theme = next;
  }
}

std::set<std::string> Codebook::Match(const std::string& text) const {
  std::set<std::string> found;
  std::vector<std::string> words = FoldedWords(text);
  for (const Pattern& p : patterns_) {
    size_t n = p.words.size();
    for (size_t i = 0; i + n <= words.size(); ++i) {
      bool hit = true;
      for (size_t k = 0; k < n && hit; ++k) {
        bool last = k + 1 == n;
        hit = (last && p.stem) ? StartsWith(words[i + k], p.words[k]) : words[i + k] == p.words[k];
      }
      if (hit) {
        AddAncestors(p.theme, &found);
        break;
      }
    }
  }
  return found;
}

std::set<std::string> Codebook::MatchTags(const std::vector<std::string>& tags) const {
  std::set<std::string> found;
  for (const std::string& raw : tags) {
    std::string tag = FoldKey(raw[0] == '#' ? raw.substr(1) : raw);
    for (size_t t = 0; t < themes_.size(); ++t) {
      bool hit = FoldKey(themes_[t].id) == tag;
      for (const std::string& alias : themes_[t].tags) {
        hit = hit || FoldKey(!alias.empty() && alias[0] == '#' ? alias.substr(1) : alias) == tag;
      }
      if (hit) AddAncestors(t, &found);
    }
  }
  return found;
}

}  // namespace ankerbericht
