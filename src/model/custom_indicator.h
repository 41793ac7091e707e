// The team's own indicators, counted over the events of a period.
#ifndef ANKERBERICHT_MODEL_CUSTOM_INDICATOR_H_
#define ANKERBERICHT_MODEL_CUSTOM_INDICATOR_H_

#include <string>
#include <vector>

namespace ankerbericht {

// A team-defined indicator computed from the events of a period.
enum class CustomKind {
  kEvents,             // number of held events that match
  kParticipants,       // participants of held events that match
  kParticipantsShare,  // those participants in percent of all participants
};
const char* CustomKindName(CustomKind k);  // "events", "participants", "participants_share"

struct CustomIndicator {
  std::string id;  // "custom.<name>" as used in targets and reports
  std::string label_de, label_en;
  std::string definition_de, definition_en;
  CustomKind kind = CustomKind::kEvents;
  // An event matches when it matches every non-empty list (one entry of a
  // list is enough; case and spaces do not matter).
  std::vector<std::string> formats, topics, locations, partners, target_groups;
  std::vector<std::string> goals;  // goal area ids it is evidence for
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_MODEL_CUSTOM_INDICATOR_H_
