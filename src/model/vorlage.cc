#include "model/vorlage.h"

namespace ankerbericht {

const char* StepKindName(StepKind k) {
  switch (k) {
    case StepKind::kLease:
      return "mietvertrag";
    case StepKind::kStaff:
      return "personal";
    case StepKind::kReview:
      return "pruefung";
    case StepKind::kPlanning:
      return "planung";
    case StepKind::kOther:
      return "sonstiges";
  }
  return "sonstiges";
}

}  // namespace ankerbericht
