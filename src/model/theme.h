// A theme of the qualitative codebook (see evaluate/codebook.h for matching).
#ifndef ANKERBERICHT_MODEL_THEME_H_
#define ANKERBERICHT_MODEL_THEME_H_

#include <string>
#include <vector>

namespace ankerbericht {

struct CodebookTheme {
  std::string id;      // "barrierefreiheit"
  std::string label;   // "Barrierefreiheit"
  std::string parent;  // id of the enclosing theme, or ""
  // "Rollstuhl", "barrierefrei*" (a trailing * is a stem: Barrierefreiheit
  // matches), "3D-Drucker" (several words match in sequence).
  std::vector<std::string> keywords;
  std::vector<std::string> tags;  // "#rampe" or "rampe"; the id is always a tag
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_THEME_H_
