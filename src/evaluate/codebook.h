// The codebook for qualitative coding: themes with German keywords and word
// stems, nested themes, and the #tags that stand for them. Applied to feedback
// free text and notes to count how often a theme comes up.
#ifndef ANKERBERICHT_EVALUATE_CODEBOOK_H_
#define ANKERBERICHT_EVALUATE_CODEBOOK_H_

#include <set>
#include <string>
#include <vector>

#include "model/theme.h"

namespace ankerbericht {

class Codebook {
 public:
  Codebook() = default;
  explicit Codebook(std::vector<CodebookTheme> themes);

  // Ids of the themes whose keywords occur in |text|, plus their ancestors.
  // Matching ignores case and umlaut spelling ("Türen" = "Tueren"), and
  // respects word boundaries: "Rat" does not match "Beratung"; a stem
  // "senior*" matches "Seniorentreff".
  std::set<std::string> Match(const std::string& text) const;

  // Ids of the themes that |tags| (without '#') stand for, plus ancestors.
  std::set<std::string> MatchTags(const std::vector<std::string>& tags) const;

  const std::vector<CodebookTheme>& themes() const { return themes_; }

 private:
  struct Pattern {
    std::vector<std::string> words;  // folded
    bool stem = false;               // the last word is a prefix
    size_t theme = 0;
  };
  void AddAncestors(size_t theme, std::set<std::string>* out) const;
  std::vector<CodebookTheme> themes_;
  std::vector<Pattern> patterns_;
};

// Splits |text| into folded words (lower case, ä -> ae, ß -> ss); a word is a
// run of letters and digits. Exposed for tests.
std::vector<std::string> FoldedWords(const std::string& text);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_CODEBOOK_H_
