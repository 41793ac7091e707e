// The figures of several sites side by side for one period: one column per
// site (each an ordinary Evaluation, privacy rule applied as in a site's own
// report) and a total column that counts nothing twice. What `figures --site
// a,b` and `--all-sites` print and what the overview report (uebersicht) shows.
#ifndef ANKERBERICHT_EVALUATE_SITE_COLUMNS_H_
#define ANKERBERICHT_EVALUATE_SITE_COLUMNS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/evaluation.h"
#include "model/privacy_rule.h"

namespace ankerbericht {

struct SiteColumns {
  Period period;
  int privacy_threshold = kDefaultPrivacyThreshold;
  bool internal = false;
  std::vector<Evaluation> sites;  // in the order asked for
  // The total of every catalogue indicator: counts summed; distinct partners
  // and speakers counted once over all sites (a partner of two sites is one
  // partner); shares and rates recomputed from the summed parts (never an
  // average of the sites' rates); opening hours and days summed over sites.
  std::map<std::string, std::optional<double>> total;
  // Totals hidden by the privacy rule: id -> "< 5" or "x".
  std::map<std::string, std::string> total_withheld;
};

// The total column of |parts| (one PeriodData per site, as evaluated) with
// the privacy rule for threshold |k| unless |internal|: a protected count
// (forms per channel) is hidden in the total whenever a site hides it (else
// the total minus the sites shown would give it back), a share of forms is
// withheld below k answers, and also when the sites that withhold it hold
// fewer than k answers together. |site_withheld| are the sites' hidden
// catalogue values (Evaluation::withheld). Pure.
void ComputeTotals(const std::vector<const PeriodData*>& parts,
                   const std::vector<const std::map<std::string, std::string>*>& site_withheld,
                   int k, bool internal, SiteColumns* out);

// Evaluates each of |sites| for |period| with |options| and adds the total.
// With options.light and options.history, each site's history is the summed
// one (history_sums.h): the values of SummedHistoryIndicators() only.
// Fails like Evaluate().
Result<SiteColumns> EvaluateSites(Store* store, const std::vector<const Site*>& sites,
                                  const Period& period, const EvaluateOptions& options);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_SITE_COLUMNS_H_
