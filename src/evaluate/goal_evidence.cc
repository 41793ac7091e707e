#include "evaluate/goal_evidence.h"

#include <algorithm>

#include "evaluate/evaluation.h"

namespace ankerbericht {

std::vector<std::pair<std::string, std::vector<std::string>>> EvidenceAreas(
    const Site& site,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& catalogue) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& [id, goals] : catalogue) {
    auto configured = site.evidence_indicators.find(id);
    if (configured != site.evidence_indicators.end()) {
      out.push_back({id, configured->second});
    } else if (const CustomIndicator* c = site.FindCustom(id)) {
      out.push_back({id, c->goals});
    } else if (!goals.empty()) {
      // One count must not prove three goal areas: the catalogue lists its
      // main area first, and only that one counts unless the team says more.
      out.push_back({id, {goals.front()}});
    }
  }
  return out;
}

std::vector<AreaEvidence> CollectGoalEvidence(
    const Site& site, const std::vector<std::pair<std::string, std::vector<std::string>>>& areas,
    const std::map<std::string, std::string>& units, const std::vector<HistoryPoint>& history,
    const std::map<std::string, std::optional<double>>& since_start,
    const std::vector<TargetResult>& targets, const Qualitative& qualitative) {
  std::vector<AreaEvidence> out;
  for (const GoalArea& g : GoalAreas()) {
    AreaEvidence area;
    area.id = g.id;
    auto prio = site.goal_priorities.find(g.id);
    if (prio != site.goal_priorities.end()) area.priority = prio->second;
    std::vector<AreaIndicator> with_target, without;
    for (const auto& [id, goals] : areas) {
      if (std::find(goals.begin(), goals.end(), g.id) == goals.end()) continue;
      AreaIndicator ind;
      ind.id = id;
      auto unit = units.find(id);
      ind.unit = unit == units.end() ? "count" : unit->second;
      double sum = 0;
      for (const HistoryPoint& h : history) {
        auto v = h.values.find(id);
        if (v == h.values.end() || !v->second) continue;
        if (!ind.first) {
          ind.first = v->second;
          ind.first_period = h.period;
        }
        ind.last = v->second;
        ind.last_period = h.period;
        sum += *v->second;
      }
      if (!ind.last) continue;  // no half-year has a value: nothing to show
      // 16 partners in each of three half-years are not 48 partners: only
      // what the cumulative reach adds up (or counts as different) and the
      // team's own counts have a total.
      if (auto reach = since_start.find(id); reach != since_start.end()) {
        ind.total = reach->second;
      } else if (ind.unit == "count" && site.FindCustom(id)) {
        ind.total = sum;
      }
      for (const TargetResult& t : targets) {
        if (t.target.indicator != id || t.status == TargetState::kNoData) continue;
        ind.status = t.status;
        ind.provisional = t.provisional;
        // A total of an unfinished half-year still grows: no verdict yet.
        if (t.provisional) {
          ++area.provisional;
          continue;
        }
        if (t.status == TargetState::kMet) ++area.met;
        if (t.status == TargetState::kNear) ++area.near;
        if (t.status == TargetState::kMissed) ++area.missed;
      }
      (ind.status ? with_target : without).push_back(ind);
    }
    area.indicators = with_target;
    area.indicators.insert(area.indicators.end(), without.begin(), without.end());
    for (const ThemeCount& t : qualitative.themes.themes) {
      auto assigned = site.evidence_themes.find(t.id);
      if (assigned == site.evidence_themes.end() || t.mentions() == 0) continue;
      if (std::find(assigned->second.begin(), assigned->second.end(), g.id) ==
          assigned->second.end())
        continue;
      AreaTheme theme{t.id, t.label, t.mentions(), {}};
      auto q = qualitative.quotes.find(t.id);
      if (q != qualitative.quotes.end()) theme.quotes = q->second;
      area.themes.push_back(std::move(theme));
    }
    out.push_back(std::move(area));
  }
  return out;
}

}  // namespace ankerbericht
