#include "model/scale.h"

#include "util/text.h"

namespace ankerbericht {

namespace {

struct Label {
  const char* text;
  int value;
};

// Labels paper forms and survey tools print; compared with FoldKey.
constexpr Label kAgreeLabels[] = {
    {"stimme gar nicht zu", 1}, {"trifft gar nicht zu", 1}, {"strongly disagree", 1},
    {"stimme eher nicht zu", 2}, {"trifft eher nicht zu", 2}, {"stimme nicht zu", 2}, {"disagree", 2},
    {"teils teils", 3}, {"weder noch", 3}, {"neutral", 3}, {"teilweise", 3},
    {"stimme eher zu", 4}, {"trifft eher zu", 4}, {"stimme zu", 4}, {"agree", 4},
    {"stimme voll zu", 5}, {"stimme voll und ganz zu", 5}, {"trifft voll zu", 5},
    {"trifft voll und ganz zu", 5}, {"strongly agree", 5},
};
constexpr Label kGradeLabels[] = {
    {"sehr gut", 1}, {"gut", 2}, {"befriedigend", 3}, {"ausreichend", 4},
    {"mangelhaft", 5}, {"ungenuegend", 6}, {"ungenügend", 6},
};
constexpr Label kYesNoLabels[] = {
    {"ja", 1}, {"yes", 1}, {"j", 1}, {"y", 1}, {"x", 1}, {"nein", 0}, {"no", 0}, {"n", 0},
};

template <size_t N>
std::optional<double> FromLabels(const Label (&labels)[N], const std::string& raw) {
  std::string key = FoldKey(raw);
  for (const Label& l : labels)
    if (key == FoldKey(l.text)) return l.value;
  return std::nullopt;
}

std::optional<double> InRange(const std::string& raw, int lo, int hi) {
  std::optional<int64_t> n = ParseInteger(raw);
  if (!n || *n < lo || *n > hi) return std::nullopt;
  return static_cast<double>(*n);
}

// Configured labels (lowest value first) win over the built-in ones.
std::optional<double> FromConfigured(const QuestionItem& item, const std::string& raw, int first) {
  std::string key = FoldKey(raw);
  for (size_t i = 0; i < item.labels.size(); ++i)
    if (FoldKey(item.labels[i]) == key) return static_cast<double>(first + static_cast<int>(i));
  return std::nullopt;
}

}  // namespace

bool IsNoAnswer(const std::string& raw) {
  std::string key = FoldKey(raw);
  return key.empty() || key == "ka" || key == "oa" || key == "keineangabe" || key == "na" ||
         key == "ohneangabe" || key == "weissnicht";
}

std::optional<double> ScaleValue(const QuestionItem& item, const std::string& raw) {
  if (IsNoAnswer(raw)) return std::nullopt;
  switch (item.scale) {
    case ScaleType::kAgree5: {
      if (auto v = FromConfigured(item, raw, 1)) return v;
      if (auto v = InRange(raw, 1, 5)) return v;
      return FromLabels(kAgreeLabels, raw);
    }
    case ScaleType::kGrade6: {
      if (auto v = InRange(raw, 1, 6)) return v;
      return FromLabels(kGradeLabels, raw);
    }
    case ScaleType::kYesNo: {
      if (auto v = FromConfigured(item, raw, 0)) return v;
      if (auto v = InRange(raw, 0, 1)) return v;
      return FromLabels(kYesNoLabels, raw);
    }
    case ScaleType::kScale10: return InRange(raw, 0, 10);
    case ScaleType::kSingle: return FromConfigured(item, raw, 1);
    case ScaleType::kMulti:
    case ScaleType::kText: return std::nullopt;
  }
  return std::nullopt;
}

bool IsValidAnswer(const QuestionItem& item, const std::string& raw) {
  if (IsNoAnswer(raw)) return true;
  if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) return true;
  if (item.scale == ScaleType::kSingle && item.labels.empty()) return true;
  return ScaleValue(item, raw).has_value();
}

std::string ValidAnswersHint(const QuestionItem& item) {
  switch (item.scale) {
    case ScaleType::kAgree5: return "expected 1 to 5 or a label such as \"stimme eher zu\"";
    case ScaleType::kGrade6: return "expected a school grade 1 to 6";
    case ScaleType::kYesNo: return "expected ja or nein";
    case ScaleType::kScale10: return "expected 0 to 10";
    case ScaleType::kSingle: return "expected one of: " + Join(item.labels, ", ");
    default: return "";
  }
}

bool IsPositive(const QuestionItem& item, double value) {
  switch (item.scale) {
    case ScaleType::kAgree5: return value >= 4;
    case ScaleType::kGrade6: return value <= 2;
    case ScaleType::kYesNo: return value >= 1;
    case ScaleType::kScale10: return value >= 9;
    default: return false;
  }
}

std::vector<ScaleWording> RecognisedWordings() {
  std::vector<ScaleWording> out;
  for (const Label& l : kAgreeLabels) out.push_back({ScaleType::kAgree5, l.value, l.text});
  for (const Label& l : kGradeLabels) out.push_back({ScaleType::kGrade6, l.value, l.text});
  for (const Label& l : kYesNoLabels) out.push_back({ScaleType::kYesNo, l.value, l.text});
  return out;
}

}  // namespace ankerbericht
