// Results per questionnaire item: number of answers, distribution, mean with
// a 95 % t-interval, share of positive answers with a 95 % Wilson interval,
// and the same by channel, by event format and by speaker. The positive share
// puts paper grades and digital agreement scales on one axis (see IsPositive);
// means are only ever taken over one scale.
#ifndef ANKERBERICHT_EVALUATE_FEEDBACK_ITEMS_H_
#define ANKERBERICHT_EVALUATE_FEEDBACK_ITEMS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/period_data.h"
#include "evaluate/privacy.h"

namespace ankerbericht {

struct ItemStats {
  int raw_n = 0;            // answers on the scale (never published directly)
  std::optional<double> n;  // published count; nullopt when suppressed
  Suppression n_suppression = Suppression::kNone;
  // On the item's own scale (agree5, grade6, scale10); none when some answer
  // of the group was given on another scale (see ItemResult::by_scale).
  std::optional<double> mean;
  std::optional<double> mean_low, mean_high;          // 95 % t-interval
  std::optional<double> positive_share;               // percent
  std::optional<double> positive_low, positive_high;  // 95 % Wilson interval, percent
  bool withheld = false;  // fewer than k answers: no mean, share or interval
};

struct ItemResult {
  std::string id;
  std::string text;
  ScaleType scale = ScaleType::kAgree5;
  ItemStats all;
  Breakdown distribution;  // cells: steps of the item's own scale ("1".."5", "ja"/"nein", labels)
  std::map<std::string, ItemStats> by_channel;  // "paper", "digital"
  std::map<std::string, ItemStats> by_format;   // format of the linked event
  std::map<std::string, ItemStats> by_speaker;  // speakers of the linked event
  // Scale name ("grade6", "agree5") -> the answers given on it, with their
  // mean on that scale; filled only when a source asked the item on another
  // scale than its own (configuration: a source's "items").
  std::map<std::string, ItemStats> by_scale;
};

// Every item with a scale (text and multiple choice have no distribution of
// scale values and are left out), raw: no privacy rule applied.
std::vector<ItemResult> ComputeItems(const PeriodData& data);

// Applies the privacy rule (see privacy.h) to |items|: distributions and
// group counts get small-count suppression; statistics of fewer than |k|
// answers are withheld; speakers with fewer than |k| answers are removed.
void ProtectItems(int k, std::vector<ItemResult>* items);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_FEEDBACK_ITEMS_H_
