#include "model/records.h"

namespace ankerbericht {

namespace {
struct KindName {
  InputKind kind;
  const char* name;
};
constexpr KindName kKindNames[] = {
    {InputKind::kVisits, "visits"}, {InputKind::kTallies, "tallies"},
    {InputKind::kEvents, "events"}, {InputKind::kFeedback, "feedback"},
    {InputKind::kNotes, "notes"},   {InputKind::kVotes, "votes"},
};
}  // namespace

const char* InputKindName(InputKind kind) {
  for (const KindName& k : kKindNames)
    if (k.kind == kind) return k.name;
  return "?";
}

std::optional<InputKind> ParseInputKind(const std::string& name) {
  for (const KindName& k : kKindNames)
    if (name == k.name) return k.kind;
  return std::nullopt;
}

const char* ChannelName(Channel c) { return c == Channel::kPaper ? "paper" : "digital"; }

}  // namespace ankerbericht
