// The questionnaire of a site's feedback forms: its items and the scales they
// are asked on.
#ifndef ANKERBERICHT_MODEL_QUESTIONNAIRE_H_
#define ANKERBERICHT_MODEL_QUESTIONNAIRE_H_

#include <optional>
#include <string>
#include <vector>

namespace ankerbericht {

enum class ScaleType { kAgree5, kGrade6, kYesNo, kScale10, kSingle, kMulti, kText };
const char* ScaleTypeName(ScaleType t);
// The scale named |name| ("agree5", "grade6", ...); nullopt for any other name.
std::optional<ScaleType> ParseScaleType(const std::string& name);

struct QuestionItem {
  std::string id;
  std::string text;
  ScaleType scale = ScaleType::kAgree5;
  std::string role;                 // "recommend" or empty
  std::vector<std::string> labels;  // answer labels, lowest value first (agree5 and single)
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_QUESTIONNAIRE_H_
