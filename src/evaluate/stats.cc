#include "evaluate/stats.h"

#include <algorithm>
#include <cmath>

namespace ankerbericht {

double TQuantile975(int df) {
  static const double kTable[] = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
                                  2.262,  2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120,
                                  2.110,  2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064,
                                  2.060,  2.056, 2.052, 2.048, 2.045, 2.042};
  if (df < 1) df = 1;
  if (df <= 30) return kTable[df - 1];
  // Cornish-Fisher expansion around the normal quantile.
  const double z = 1.959964;
  const double n = df;
  return z + (z * z * z + z) / (4 * n) +
         (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n);
}

std::optional<MeanInterval> MeanWithInterval(const std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  const double n = static_cast<double>(values.size());
  double sum = 0;
  for (double v : values) sum += v;
  MeanInterval m;
  m.mean = sum / n;
  if (values.size() < 2) return m;
  double sq = 0;
  for (double v : values) sq += (v - m.mean) * (v - m.mean);
  const double se = std::sqrt(sq / (n - 1)) / std::sqrt(n);
  const double half = TQuantile975(static_cast<int>(values.size()) - 1) * se;
  m.low = m.mean - half;
  m.high = m.mean + half;
  return m;
}

std::optional<std::pair<double, double>> WilsonInterval(int positive, int n) {
  if (n <= 0) return std::nullopt;
  const double z = 1.959964;
  const double p = static_cast<double>(positive) / n;
  const double denom = 1 + z * z / n;
  const double centre = (p + z * z / (2.0 * n)) / denom;
  const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / denom;
  return std::make_pair(100.0 * std::max(0.0, centre - half), 100.0 * std::min(1.0, centre + half));
}

}  // namespace ankerbericht
