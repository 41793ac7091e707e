// The team's editorial choices about quotes (zitate.json, read by
// config/qualitative_files.h).
#ifndef ANKERBERICHT_MODEL_QUOTE_CHOICES_H_
#define ANKERBERICHT_MODEL_QUOTE_CHOICES_H_

#include <set>
#include <string>
#include <vector>

namespace ankerbericht {

struct QuoteChoices {
  std::set<std::string> pinned;    // quote ids
  std::set<std::string> excluded;  // quote ids
  std::vector<std::string> names;  // extra names to scrub from quotes
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_QUOTE_CHOICES_H_
