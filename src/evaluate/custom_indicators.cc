#include "evaluate/custom_indicators.h"

#include <algorithm>

#include "util/text.h"

namespace ankerbericht {

namespace {

bool AnyIn(const std::vector<std::string>& wanted, const std::vector<std::string>& have) {
  if (wanted.empty()) return true;
  for (const std::string& w : wanted)
    for (const std::string& h : have)
      if (FoldKey(w) == FoldKey(h)) return true;
  return false;
}

}  // namespace

bool MatchesCustom(const CustomIndicator& def, const Event& event) {
  return AnyIn(def.formats, {event.format}) && AnyIn(def.topics, event.topics) &&
         AnyIn(def.locations, {event.location}) && AnyIn(def.partners, event.partners) &&
         AnyIn(def.target_groups, event.target_groups);
}

const char* CustomUnit(const CustomIndicator& def) {
  return def.kind == CustomKind::kParticipantsShare ? "percent" : "count";
}

std::optional<double> ComputeCustom(const CustomIndicator& def, const PeriodData& data, int k) {
  int held = 0, matching = 0;
  bool counted = false;
  double all_participants = 0, matching_participants = 0;
  for (const Event& e : data.events) {
    if (e.status != EventStatus::kHeld) continue;
    ++held;
    bool match = MatchesCustom(def, e);
    if (match) ++matching;
    if (!e.participants) continue;
    counted = true;
    all_participants += static_cast<double>(*e.participants);
    if (match) matching_participants += static_cast<double>(*e.participants);
  }
  switch (def.kind) {
    case CustomKind::kEvents:
      if (held == 0) return std::nullopt;
      return matching;
    case CustomKind::kParticipants:
      if (!counted) return std::nullopt;
      return matching_participants;
    case CustomKind::kParticipantsShare:
      if (!counted || all_participants <= 0) return std::nullopt;
      if (k > 0 && all_participants < k) return std::nullopt;
      return 100.0 * matching_participants / all_participants;
  }
  return std::nullopt;
}

}  // namespace ankerbericht
