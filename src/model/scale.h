// How answers on the questionnaire's scales are read: "4", "stimme eher zu",
// "gut", "ja" become numbers; "k. A." and empty cells are no answer. One
// table holds the wordings of the common agreement, satisfaction and
// frequency scales (German and English) and of school grades.
#ifndef ANKERBERICHT_MODEL_SCALE_H_
#define ANKERBERICHT_MODEL_SCALE_H_

#include <optional>
#include <string>
#include <vector>

#include "model/questionnaire.h"
#include "model/records.h"
#include "util/strings.h"

namespace ankerbericht {

// One wording of a scale step: "trifft eher nicht zu" is step 2 of the
// agreement family. Families: "agree", "satisfaction", "frequency" (five
// steps, 5 = fully agree / very satisfied / always), "grade" (school grades,
// 1 = best) and "yesno" (1 = yes).
struct ScaleWording {
  const char* text;
  const char* family;
  int value;
};

// The table of built-in wordings; compared with FoldKey (case, spaces,
// punctuation and umlaut spellings do not matter).
const std::vector<ScaleWording>& ScaleWordings();

// True for an empty cell and the usual "no answer" marks: "k. A.", "o. A.",
// "keine Angabe", "-", "n/a".
bool IsNoAnswer(const std::string& raw);

// The numeric value of |raw| on |item|'s scale: agree5 1..5 (5 = fully agree;
// the wordings of the satisfaction and frequency families count as five
// steps too), grade6 1..6 (1 = best), yesno 1/0, scale10 0..10, single:
// 1-based label index. Configured labels win over the built-in wordings.
// nullopt for no answer, for text items, and for answers that do not belong
// to the scale (see IsValidAnswer).
std::optional<double> ScaleValue(const QuestionItem& item, const std::string& raw);

// True if |raw| is no answer or a valid answer for |item|. Text and multi items
// accept anything.
bool IsValidAnswer(const QuestionItem& item, const std::string& raw);

// The answers a form offers for |item| in the language of |words|, lowest
// value first (yes before no): the printed tick boxes and the entry file's dropdown. The
// item's configured labels where it has them; otherwise words of the table
// of |words| ("scale.agree5.1" .. "scale.agree5.5", "scale.grade6.1" ..
// "scale.grade6.6", "scale.yesno.yes"/"scale.yesno.no"; each must be a
// wording of the table above) or the numbers 0 .. 10 of scale10. Every
// choice is a valid answer (ScaleValue); empty for text items.
std::vector<std::string> AnswerChoices(const QuestionItem& item, const Strings& words);

// True if the numeric |value| counts as a positive answer: agree5 4–5,
// grade6 1–2, yesno yes, scale10 9–10 (the recommendation convention).
bool IsPositive(const QuestionItem& item, double value);

// |item| as a source asks it on |scale| (a paper form in school grades, an
// online form on agreement): the same id and text; the item's labels belong
// to its own scale and are dropped on another one.
QuestionItem AskedOn(const QuestionItem& item, ScaleType scale);

// One answer as the evaluation reads it: its value on the scale it was asked
// on and whether that counts as positive (the item's positive/negative
// definition, the same on every scale).
struct AnswerReading {
  double value = 0;
  ScaleType scale = ScaleType::kAgree5;
  bool positive = false;
};

// The reading of |response|'s answer to |item| (on the scale recorded with
// the answer, else the item's own); nullopt when it did not answer the item
// or the answer has no value on that scale.
std::optional<AnswerReading> ReadAnswer(const QuestionItem& item, const FeedbackResponse& response);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_SCALE_H_
