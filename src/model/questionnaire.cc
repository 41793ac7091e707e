#include "model/questionnaire.h"

#include <utility>

namespace ankerbericht {

const char* ScaleTypeName(ScaleType t) {
  switch (t) {
    case ScaleType::kAgree5:
      return "agree5";
    case ScaleType::kGrade6:
      return "grade6";
    case ScaleType::kYesNo:
      return "yesno";
    case ScaleType::kScale10:
      return "scale10";
    case ScaleType::kSingle:
      return "single";
    case ScaleType::kMulti:
      return "multi";
    case ScaleType::kText:
      return "text";
  }
  return "?";
}

std::optional<ScaleType> ParseScaleType(const std::string& s) {
  static const std::pair<const char*, ScaleType> kScales[] = {
      {"agree5", ScaleType::kAgree5}, {"grade6", ScaleType::kGrade6},
      {"yesno", ScaleType::kYesNo},   {"scale10", ScaleType::kScale10},
      {"single", ScaleType::kSingle}, {"multi", ScaleType::kMulti},
      {"text", ScaleType::kText},
  };
  for (const auto& [name, type] : kScales)
    if (s == name) return type;
  return std::nullopt;
}

}  // namespace ankerbericht
