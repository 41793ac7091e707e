// Counts how often the codebook's themes come up in a period: in feedback
// free text and in the team's notes.
#ifndef ANKERBERICHT_EVALUATE_THEMES_H_
#define ANKERBERICHT_EVALUATE_THEMES_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "evaluate/codebook.h"
#include "model/records.h"
#include "model/site.h"

namespace ankerbericht {

struct ThemeCount {
  std::string id;
  std::string label;
  int responses = 0;  // feedback responses whose free text mentions the theme
  int notes = 0;      // notes mentioning it (keywords or #tags)
  int mentions() const { return responses + notes; }
  // Responses mentioning the theme per event format ("Workshop" -> 3);
  // responses without a known event count under "".
  std::map<std::string, int> by_format;
};

struct ThemeSummary {
  int responses_with_text = 0;     // the denominator of a theme's share
  std::vector<ThemeCount> themes;  // codebook order
};

// Free text of a response: the answers to the site's text items, joined.
std::string FreeText(const FeedbackResponse& response, const Site& site);

// Counts every theme of |codebook| in |feedback| and |notes| (both already
// limited to one period). |event_formats| maps event ids to their format.
ThemeSummary CountThemes(const Codebook& codebook, const Site& site,
                         const std::vector<FeedbackResponse>& feedback,
                         const std::vector<Note>& notes,
                         const std::map<std::string, std::string>& event_formats);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_THEMES_H_
