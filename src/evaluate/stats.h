// Small statistics for questionnaire items: mean with a t-interval, shares
// with a Wilson score interval. Pure functions.
#ifndef ANKERBERICHT_EVALUATE_STATS_H_
#define ANKERBERICHT_EVALUATE_STATS_H_

#include <optional>
#include <utility>
#include <vector>

namespace ankerbericht {

// The 97.5 % quantile of Student's t distribution with |df| >= 1 degrees of
// freedom (exact table to 30, then the Cornish-Fisher expansion, error < 1e-3).
double TQuantile975(int df);

struct MeanInterval {
  double mean = 0;
  std::optional<double> low;  // nullopt with fewer than 2 values
  std::optional<double> high;
};

// Mean of |values| with the 95 % t-interval mean ± t(0.975, n-1) · s / sqrt(n)
// (s: sample standard deviation). nullopt for no values.
std::optional<MeanInterval> MeanWithInterval(const std::vector<double>& values);

// The 95 % Wilson score interval of a share |positive| / |n|, in percent.
// nullopt for n = 0.
std::optional<std::pair<double, double>> WilsonInterval(int positive, int n);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_STATS_H_
