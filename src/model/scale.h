// How answers on the questionnaire's scales are read: "4", "stimme eher zu",
// "gut", "ja" become numbers; "k. A." and empty cells are no answer.
#ifndef ANKERBERICHT_MODEL_SCALE_H_
#define ANKERBERICHT_MODEL_SCALE_H_

#include <optional>
#include <string>
#include <vector>

#include "config/workspace_config.h"

namespace ankerbericht {

// True for an empty cell and the usual "no answer" marks: "k. A.", "o. A.",
// "keine Angabe", "-", "n/a".
bool IsNoAnswer(const std::string& raw);

// The numeric value of |raw| on |item|'s scale: agree5 1..5 (5 = fully agree),
// grade6 1..6 (1 = best), yesno 1/0, scale10 0..10, single: 1-based label
// index. nullopt for no answer, for text items, and for answers that do not
// belong to the scale (see IsValidAnswer).
std::optional<double> ScaleValue(const QuestionItem& item, const std::string& raw);

// True if |raw| is no answer or a valid answer for |item|. Text and multi items
// accept anything.
bool IsValidAnswer(const QuestionItem& item, const std::string& raw);

// A short description of the valid answers, for error messages.
std::string ValidAnswersHint(const QuestionItem& item);

// True if the numeric |value| counts as a positive answer: agree5 4–5,
// grade6 1–2, yesno yes, scale10 9–10 (the recommendation convention).
bool IsPositive(const QuestionItem& item, double value);

// One answer wording the built-in scales recognise without any "labels" in
// the configuration: "stimme eher zu" is 4 on agree5.
struct ScaleWording {
  ScaleType scale;
  int value;
  const char* text;
};

// Every built-in wording, scale by scale in the order ScaleValue tries them
// (docs/input-formats.md lists them: `ankerbericht import --formats`).
std::vector<ScaleWording> RecognisedWordings();

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_SCALE_H_
