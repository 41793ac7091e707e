// Why respondents and not answers: "Wie haben Sie von uns erfahren?" is read
// as "how many of those asked heard of us through the poster"; a share of all
// ticks would shrink every option whenever people tick more than one.
#include "evaluate/choice_answers.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "model/scale.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

std::string Trimmed(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

// The options of one answer: a multiple-choice answer is split at ";" (the
// importers join chosen options with "; "); a single answer is one option.
std::vector<std::string> Options(const QuestionItem& item, const std::string& raw) {
  std::vector<std::string> out;
  if (item.scale != ScaleType::kMulti) {
    out.push_back(Trimmed(raw));
    return out;
  }
  size_t start = 0;
  while (start <= raw.size()) {
    size_t end = raw.find(';', start);
    if (end == std::string::npos) end = raw.size();
    std::string option = Trimmed(raw.substr(start, end - start));
    if (!option.empty() && !IsNoAnswer(option)) out.push_back(option);
    start = end + 1;
  }
  return out;
}

// The age group an option names, or nullptr.
const AgeGroup* AgeGroupOf(const Site& site, const std::string& option) {
  for (const AgeGroup& g : site.age_groups) {
    if (FoldKey(g.label) == FoldKey(option) || FoldKey(g.id) == FoldKey(option)) return &g;
  }
  return nullptr;
}

Breakdown ChoiceBreakdown(const QuestionItem& item, const PeriodData& data) {
  Breakdown b;
  b.id = ChoiceBreakdownId(item.id);
  b.unit = "count";
  b.protect = true;
  b.overlapping = item.scale == ScaleType::kMulti;
  // Cells keyed by the folded option, labelled as the questionnaire (or the
  // first answer) writes it.
  std::vector<std::pair<std::string, std::string>> order;  // folded key, label
  std::map<std::string, double> counts;
  auto cell_for = [&](const std::string& option) {
    std::string key = FoldKey(option);
    if (!counts.count(key)) {
      counts[key] = 0;
      order.push_back({key, option});
    }
    return key;
  };
  for (const std::string& label : item.labels) cell_for(label);
  size_t listed = order.size();
  double respondents = 0;
  for (const FeedbackResponse& r : data.feedback) {
    auto it = r.answers.find(item.id);
    if (it == r.answers.end() || IsNoAnswer(it->second)) continue;
    std::vector<std::string> options = Options(item, it->second);
    if (options.empty()) continue;
    ++respondents;
    std::set<std::string> chosen;  // an option ticked twice counts once
    for (const std::string& o : options) chosen.insert(cell_for(o));
    for (const std::string& key : chosen) counts[key] += 1;
  }
  // Options nobody listed come after the listed ones, by name.
  std::sort(order.begin() + static_cast<long>(listed), order.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  const Site& site = *data.site;
  bool ages = !order.empty();
  for (const auto& [key, label] : order) ages = ages && AgeGroupOf(site, label) != nullptr;
  for (const auto& [key, label] : order) {
    Cell c{key, label, counts[key], std::nullopt, Suppression::kNone, false};
    if (respondents > 0) c.share = 100.0 * counts[key] / respondents;
    if (ages) {
      const AgeGroup* g = AgeGroupOf(site, label);
      c.key = g->id;
      c.label = g->label;
      c.marked = g->target;
    }
    b.cells.push_back(c);
  }
  if (ages) b.marks = "target_group";
  if (respondents > 0) b.total = respondents;
  return b;
}

}  // namespace

std::string ChoiceBreakdownId(const std::string& item_id) { return "feedback.choice." + item_id; }

std::vector<Breakdown> ChoiceAnswers(const PeriodData& data) {
  std::vector<Breakdown> out;
  for (const QuestionItem& item : data.site->questionnaire) {
    if (item.scale != ScaleType::kSingle && item.scale != ScaleType::kMulti) continue;
    out.push_back(ChoiceBreakdown(item, data));
  }
  return out;
}

}  // namespace ankerbericht
