#include "model/custom_indicator.h"

namespace ankerbericht {

const char* CustomKindName(CustomKind k) {
  switch (k) {
    case CustomKind::kEvents:
      return "events";
    case CustomKind::kParticipants:
      return "participants";
    case CustomKind::kParticipantsShare:
      return "participants_share";
  }
  return "events";
}

}  // namespace ankerbericht
