#include "model/scale.h"

#include "util/text.h"

namespace ankerbericht {

const std::vector<ScaleWording>& ScaleWordings() {
  // What paper forms, LimeSurvey, MS Forms, Google Forms and Kobo print. A
  // wording names one step only: "stimme zu" / "trifft zu" are the step below
  // full agreement, as on the five-step Likert scales these tools offer (a
  // form whose top step is "trifft zu" gives its own "labels").
  // check-words: input vocabulary
  static const std::vector<ScaleWording> kWordings = {
      // Agreement.
      {"stimme gar nicht zu", "agree", 1},
      {"stimme überhaupt nicht zu", "agree", 1},
      {"stimme absolut nicht zu", "agree", 1},
      {"trifft gar nicht zu", "agree", 1},
      {"trifft überhaupt nicht zu", "agree", 1},
      {"trifft absolut nicht zu", "agree", 1},
      {"lehne völlig ab", "agree", 1},
      {"lehne voll und ganz ab", "agree", 1},
      {"strongly disagree", "agree", 1},
      {"completely disagree", "agree", 1},
      {"stimme eher nicht zu", "agree", 2},
      {"stimme nicht zu", "agree", 2},
      {"stimme wenig zu", "agree", 2},
      {"trifft eher nicht zu", "agree", 2},
      {"trifft nicht zu", "agree", 2},
      {"trifft wenig zu", "agree", 2},
      {"lehne eher ab", "agree", 2},
      {"lehne ab", "agree", 2},
      {"disagree", "agree", 2},
      {"somewhat disagree", "agree", 2},
      {"tend to disagree", "agree", 2},
      {"rather disagree", "agree", 2},
      {"teils teils", "agree", 3},
      {"weder noch", "agree", 3},
      {"neutral", "agree", 3},
      {"teilweise", "agree", 3},
      {"unentschieden", "agree", 3},
      {"stimme teilweise zu", "agree", 3},
      {"trifft teilweise zu", "agree", 3},
      {"trifft teils teils zu", "agree", 3},
      {"trifft teils zu", "agree", 3},
      {"weder zustimmung noch ablehnung", "agree", 3},
      {"neither agree nor disagree", "agree", 3},
      {"undecided", "agree", 3},
      {"stimme eher zu", "agree", 4},
      {"stimme zu", "agree", 4},
      {"trifft eher zu", "agree", 4},
      {"trifft zu", "agree", 4},
      {"trifft ziemlich zu", "agree", 4},
      {"agree", "agree", 4},
      {"somewhat agree", "agree", 4},
      {"tend to agree", "agree", 4},
      {"rather agree", "agree", 4},
      {"stimme voll zu", "agree", 5},
      {"stimme voll und ganz zu", "agree", 5},
      {"stimme völlig zu", "agree", 5},
      {"stimme vollkommen zu", "agree", 5},
      {"stimme voll und ganz", "agree", 5},
      {"trifft voll zu", "agree", 5},
      {"trifft voll und ganz zu", "agree", 5},
      {"trifft völlig zu", "agree", 5},
      {"trifft vollkommen zu", "agree", 5},
      {"strongly agree", "agree", 5},
      {"completely agree", "agree", 5},
      {"fully agree", "agree", 5},
      // Satisfaction.
      {"sehr unzufrieden", "satisfaction", 1},
      {"völlig unzufrieden", "satisfaction", 1},
      {"überhaupt nicht zufrieden", "satisfaction", 1},
      {"gar nicht zufrieden", "satisfaction", 1},
      {"very dissatisfied", "satisfaction", 1},
      {"very unsatisfied", "satisfaction", 1},
      {"unzufrieden", "satisfaction", 2},
      {"eher unzufrieden", "satisfaction", 2},
      {"eher nicht zufrieden", "satisfaction", 2},
      {"wenig zufrieden", "satisfaction", 2},
      {"nicht zufrieden", "satisfaction", 2},
      {"dissatisfied", "satisfaction", 2},
      {"unsatisfied", "satisfaction", 2},
      {"somewhat dissatisfied", "satisfaction", 2},
      {"teils zufrieden", "satisfaction", 3},
      {"mittelmäßig", "satisfaction", 3},
      {"weder zufrieden noch unzufrieden", "satisfaction", 3},
      {"neither satisfied nor dissatisfied", "satisfaction", 3},
      {"zufrieden", "satisfaction", 4},
      {"eher zufrieden", "satisfaction", 4},
      {"ziemlich zufrieden", "satisfaction", 4},
      {"satisfied", "satisfaction", 4},
      {"somewhat satisfied", "satisfaction", 4},
      {"sehr zufrieden", "satisfaction", 5},
      {"völlig zufrieden", "satisfaction", 5},
      {"vollkommen zufrieden", "satisfaction", 5},
      {"äußerst zufrieden", "satisfaction", 5},
      {"very satisfied", "satisfaction", 5},
      {"completely satisfied", "satisfaction", 5},
      {"extremely satisfied", "satisfaction", 5},
      // Frequency.
      {"nie", "frequency", 1},
      {"niemals", "frequency", 1},
      {"never", "frequency", 1},
      {"selten", "frequency", 2},
      {"sehr selten", "frequency", 2},
      {"rarely", "frequency", 2},
      {"seldom", "frequency", 2},
      {"manchmal", "frequency", 3},
      {"gelegentlich", "frequency", 3},
      {"ab und zu", "frequency", 3},
      {"sometimes", "frequency", 3},
      {"occasionally", "frequency", 3},
      {"oft", "frequency", 4},
      {"häufig", "frequency", 4},
      {"meistens", "frequency", 4},
      {"often", "frequency", 4},
      {"frequently", "frequency", 4},
      {"usually", "frequency", 4},
      {"immer", "frequency", 5},
      {"sehr oft", "frequency", 5},
      {"sehr häufig", "frequency", 5},
      {"always", "frequency", 5},
      {"very often", "frequency", 5},
      // School grades.
      {"sehr gut", "grade", 1},
      {"gut", "grade", 2},
      {"befriedigend", "grade", 3},
      {"ausreichend", "grade", 4},
      {"mangelhaft", "grade", 5},
      {"ungenügend", "grade", 6},
      // Yes and no.
      {"ja", "yesno", 1},
      {"yes", "yesno", 1},
      {"j", "yesno", 1},
      {"y", "yesno", 1},
      {"x", "yesno", 1},
      {"nein", "yesno", 0},
      {"no", "yesno", 0},
      {"n", "yesno", 0},
  };
  // check-words: end
  return kWordings;
}

namespace {

bool IsFiveStepFamily(std::string_view family) {
  return family == "agree" || family == "satisfaction" || family == "frequency";
}

// The value of a built-in wording of one of |families|. The wordings are
// folded once: every answer of every report comes through here.
std::optional<double> FromWordings(const std::string& raw, bool (*in_family)(std::string_view)) {
  static const std::vector<std::string> kFolded = [] {
    std::vector<std::string> folded;
    for (const ScaleWording& w : ScaleWordings()) folded.push_back(FoldKey(w.text));
    return folded;
  }();
  std::string key = FoldKey(raw);
  const std::vector<ScaleWording>& wordings = ScaleWordings();
  for (size_t i = 0; i < wordings.size(); ++i)
    if (key == kFolded[i] && in_family(wordings[i].family)) return wordings[i].value;
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
      return FromWordings(raw, IsFiveStepFamily);
    }
    case ScaleType::kGrade6: {
      if (auto v = InRange(raw, 1, 6)) return v;
      return FromWordings(raw, [](std::string_view f) { return f == "grade"; });
    }
    case ScaleType::kYesNo: {
      if (auto v = FromConfigured(item, raw, 0)) return v;
      if (auto v = InRange(raw, 0, 1)) return v;
      return FromWordings(raw, [](std::string_view f) { return f == "yesno"; });
    }
    case ScaleType::kScale10:
      return InRange(raw, 0, 10);
    case ScaleType::kSingle:
      return FromConfigured(item, raw, 1);
    case ScaleType::kMulti:
    case ScaleType::kText:
      return std::nullopt;
  }
  return std::nullopt;
}

bool IsValidAnswer(const QuestionItem& item, const std::string& raw) {
  if (IsNoAnswer(raw)) return true;
  if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) return true;
  if (item.scale == ScaleType::kSingle && item.labels.empty()) return true;
  return ScaleValue(item, raw).has_value();
}

namespace {

// The words of steps 1..|n| of |scale| ("scale.<scale>.<step>").
std::vector<std::string> Steps(const Strings& words, const char* scale, int n) {
  std::vector<std::string> steps;
  for (int i = 1; i <= n; ++i)
    steps.push_back(words.Get(std::string("scale.") + scale + "." + std::to_string(i)));
  return steps;
}

}  // namespace

std::vector<std::string> AnswerChoices(const QuestionItem& item, const Strings& words) {
  // Highest-value answers of a yes/no item come first on a form ("ja" before
  // "nein"); every other scale is listed lowest value first.
  switch (item.scale) {
    case ScaleType::kAgree5:
      if (!item.labels.empty()) return item.labels;
      return Steps(words, "agree5", 5);
    case ScaleType::kGrade6:
      return Steps(words, "grade6", 6);
    case ScaleType::kYesNo:
      if (item.labels.size() == 2) return {item.labels[1], item.labels[0]};
      return {words.Get("scale.yesno.yes"), words.Get("scale.yesno.no")};
    case ScaleType::kScale10: {
      std::vector<std::string> steps;
      for (int i = 0; i <= 10; ++i) steps.push_back(std::to_string(i));
      return steps;
    }
    case ScaleType::kSingle:
    case ScaleType::kMulti:
      return item.labels;
    case ScaleType::kText:
      return {};
  }
  return {};
}

bool IsPositive(const QuestionItem& item, double value) {
  switch (item.scale) {
    case ScaleType::kAgree5:
      return value >= 4;
    case ScaleType::kGrade6:
      return value <= 2;
    case ScaleType::kYesNo:
      return value >= 1;
    case ScaleType::kScale10:
      return value >= 9;
    default:
      return false;
  }
}

QuestionItem AskedOn(const QuestionItem& item, ScaleType scale) {
  if (scale == item.scale) return item;
  QuestionItem asked = item;
  asked.scale = scale;
  asked.labels.clear();
  return asked;
}

std::optional<AnswerReading> ReadAnswer(const QuestionItem& item,
                                        const FeedbackResponse& response) {
  auto it = response.answers.find(item.id);
  if (it == response.answers.end()) return std::nullopt;
  ScaleType scale = item.scale;
  auto asked = response.answer_scales.find(item.id);
  if (asked != response.answer_scales.end()) {
    // A scale name the program no longer knows reads as no answer rather
    // than as a value on the wrong scale.
    std::optional<ScaleType> t = ParseScaleType(asked->second);
    if (!t) return std::nullopt;
    scale = *t;
  }
  // Most answers are on the item's own scale: no copy of the item for them.
  std::optional<QuestionItem> other;
  if (scale != item.scale) other = AskedOn(item, scale);
  const QuestionItem& on = other ? *other : item;
  std::optional<double> v = ScaleValue(on, it->second);
  if (!v) return std::nullopt;
  return AnswerReading{*v, scale, IsPositive(on, *v)};
}

}  // namespace ankerbericht
