// Answers to choice questions that have no scale: single choice (age group,
// district, "how did you hear of us") and multiple choice (Kobo
// select_multiple, stored as the chosen options joined by "; "). Each becomes
// a breakdown of respondents per option, so the privacy rule, `figures
// --json` and the report sections treat them like every other breakdown.
#ifndef ANKERBERICHT_EVALUATE_CHOICE_ANSWERS_H_
#define ANKERBERICHT_EVALUATE_CHOICE_ANSWERS_H_

#include <string>
#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

// The breakdown id of a choice item: "feedback.choice.<item id>".
std::string ChoiceBreakdownId(const std::string& item_id);

// One protected breakdown per questionnaire item of scale "single" or
// "multi", in questionnaire order. Cells are the item's labels in their
// order (options nobody chose are 0), then options answered but not listed,
// by name; a cell counts the respondents who chose the option. The total is
// the respondents who answered the item at all; each cell's share is its
// percentage of them, so the shares of a multiple-choice item may add up to
// more than 100 % (it is marked overlapping). A single-choice item whose
// options are the site's age groups (by label or id) gets the age groups'
// target marks (marks = "target_group"). Raw values: the privacy rule is
// applied by ProtectBreakdowns like for every breakdown. Options are matched
// ignoring case; no answer ("k. A.", empty) is not counted.
std::vector<Breakdown> ChoiceAnswers(const PeriodData& data);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_CHOICE_ANSWERS_H_
