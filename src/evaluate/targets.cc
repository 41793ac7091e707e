#include "evaluate/targets.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "evaluate/indicators.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

Status UnknownIndicator(const Target& t) {
  return Status::Config(
      CliWords().Format("cli.target.unknown_indicator", {{"path", t.path}, {"id", t.indicator}}));
}

}  // namespace

const char* TargetStateName(TargetState s) {
  switch (s) {
    case TargetState::kMet:
      return "met";
    case TargetState::kNear:
      return "near";
    case TargetState::kMissed:
      return "missed";
    case TargetState::kNoData:
      return "no_data";
  }
  return "?";
}

TargetState Judge(const Target& t, std::optional<double> value) {
  if (!value) return TargetState::kNoData;
  const double v = *value;
  auto tolerance = [&](double bound) { return std::fabs(bound) * t.near_percent / 100.0; };
  if (t.min && v < *t.min)
    return v >= *t.min - tolerance(*t.min) ? TargetState::kNear : TargetState::kMissed;
  if (t.max && v > *t.max)
    return v <= *t.max + tolerance(*t.max) ? TargetState::kNear : TargetState::kMissed;
  return TargetState::kMet;
}

Result<std::vector<TargetResult>> EvaluateTargets(const Site& site, const Period& period,
                                                  const IndicatorLookup& lookup) {
  // Per indicator the applicable target: a period-specific one wins.
  std::map<std::string, const Target*> chosen;
  std::vector<std::string> order;
  for (const Target& t : site.targets) {
    std::optional<double> unused;
    if (!lookup(t.indicator, &unused)) {
      return UnknownIndicator(t);
    }
    if (!t.period.empty() && t.period != period.id) continue;
    auto it = chosen.find(t.indicator);
    if (it == chosen.end()) {
      chosen[t.indicator] = &t;
      order.push_back(t.indicator);
    } else if (!t.period.empty()) {
      it->second = &t;
    }
  }
  std::vector<TargetResult> results;
  for (const std::string& id : order) {
    TargetResult r;
    r.target = *chosen[id];
    lookup(id, &r.value);
    r.status = Judge(r.target, r.value);
    results.push_back(r);
  }
  return results;
}

bool IsKnownIndicator(const Site& site, const std::string& id) {
  if (FindIndicator(id) || site.FindCustom(id)) return true;
  for (const QuestionItem& item : site.questionnaire) {
    if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) continue;
    std::string base = "feedback.item." + item.id;
    if (id == base + ".n" || id == base + ".mean" || id == base + ".positive_share") return true;
  }
  return false;
}

Status ValidateTargets(const Site& site) {
  for (const Target& t : site.targets) {
    if (!IsKnownIndicator(site, t.indicator)) {
      return UnknownIndicator(t);
    }
  }
  return Status::Ok();
}

std::vector<GoalProfile> GoalProfiles(
    const Site& site,
    const std::vector<std::pair<std::string, std::vector<std::string>>>& goal_indicators,
    const IndicatorLookup& lookup, const std::vector<TargetResult>& targets) {
  std::vector<GoalProfile> profiles;
  for (const GoalArea& area : GoalAreas()) {
    GoalProfile p;
    p.id = area.id;
    auto prio = site.goal_priorities.find(area.id);
    if (prio != site.goal_priorities.end()) p.priority = prio->second;
    for (const auto& [id, goals] : goal_indicators) {
      if (std::find(goals.begin(), goals.end(), std::string(area.id)) == goals.end()) continue;
      GoalIndicator gi;
      gi.id = id;
      lookup(id, &gi.value);
      for (const TargetResult& t : targets) {
        if (t.target.indicator != id) continue;
        gi.status = t.status;
        gi.provisional = t.provisional;
      }
      if (gi.provisional) {
        ++p.provisional;
      } else if (gi.status) {
        switch (*gi.status) {
          case TargetState::kMet:
            ++p.met;
            break;
          case TargetState::kNear:
            ++p.near;
            break;
          case TargetState::kMissed:
            ++p.missed;
            break;
          case TargetState::kNoData:
            ++p.no_data;
            break;
        }
      }
      p.indicators.push_back(gi);
    }
    int judged = p.met + p.near + p.missed;
    if (judged > 0) p.score = 100.0 * (p.met + 0.5 * p.near) / judged;
    profiles.push_back(std::move(p));
  }
  return profiles;
}

}  // namespace ankerbericht
