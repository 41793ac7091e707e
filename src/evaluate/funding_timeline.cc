#include "evaluate/funding_timeline.h"

#include <algorithm>

namespace ankerbericht {

namespace {

// check-words: input vocabulary
// The "zustaendigkeit" of the body that decides, as vorlage.json writes it.
constexpr const char* kDeciding = "Entscheidung";
// check-words: end

}  // namespace

int WholeMonthsBetween(const Date& from, const Date& to) {
  if (to < from) return -WholeMonthsBetween(to, from);
  int months = (to.year() - from.year()) * 12 + static_cast<int>(to.month()) -
               static_cast<int>(from.month());
  // AddMonths clamps to the month's end, so 31.01. + 1 month = 28.02. counts
  // as a full month, as a person would count it.
  if (from.AddMonths(months) > to) --months;
  return months;
}

FundingTimeline ComputeFundingTimeline(const Site& site, const Date& today,
                                       std::optional<Date> chosen) {
  FundingTimeline t;
  t.funding_end = site.funding_end;
  t.budget_deadline = site.budget_deadline;
  if (t.funding_end) {
    t.months_left = std::max(0, WholeMonthsBetween(today, *t.funding_end));
    t.planning_start_due = t.funding_end->AddMonths(-kPlanningLeadMonths);
    t.lead_time_met = today <= *t.planning_start_due;
  }
  std::optional<Date> decide_by = t.budget_deadline ? t.budget_deadline : t.funding_end;
  for (const Date& meeting : site.committee_dates) {
    if (meeting < today) continue;
    t.meetings_ahead.push_back(meeting);
    if (!decide_by || meeting <= *decide_by) t.last_deciding_meeting = meeting;
  }
  t.steps = site.vorlage.termine;
  for (const RecordedStep& s : t.steps)
    if (s.art == StepKind::kPlanning && s.erledigt_am) t.planning_started = s.erledigt_am;
  if (chosen) {
    t.meeting = chosen;
  } else {
    // The next meeting that can still decide: before the deadline, and far
    // enough ahead that a paper can still be submitted for it.
    for (const Date& m : t.meetings_ahead) {
      if (decide_by && m > *decide_by) break;
      if (m.AddDays(-7 * site.vorlage.vorlauf_wochen) < today) continue;
      t.meeting = m;
      break;
    }
  }
  if (t.meeting) {
    t.submit_by = t.meeting->AddDays(-7 * site.vorlage.vorlauf_wochen);
    // The body that takes the decision after this meeting (usually the
    // council); without one marked "Entscheidung", the next body at all.
    for (const Beratung& b : site.vorlage.beratungsfolge) {
      if (!b.datum || *b.datum <= *t.meeting) continue;
      if (!t.next_body) t.next_body = b;
      if (b.zustaendigkeit == kDeciding) {
        t.next_body = b;
        break;
      }
    }
  }
  return t;
}

}  // namespace ankerbericht
