#include "evaluate/costs.h"

#include "evaluate/evaluation.h"

namespace ankerbericht {

namespace {

std::optional<double> SumOver(const std::vector<const HistoryPoint*>& points,
                              const std::string& id) {
  double sum = 0;
  for (const HistoryPoint* h : points) {
    auto it = h->values.find(id);
    if (it == h->values.end() || !it->second) return std::nullopt;
    sum += *it->second;
  }
  return sum;
}

}  // namespace

CostFigures ComputeCosts(const Kosten& kosten, const std::vector<HistoryPoint>& history) {
  CostFigures f;
  if (kosten.empty()) return f;
  f.configured = true;
  for (const KostenPosten& p : kosten.posten) f.total += p.betrag;
  for (const Finanzierungsanteil& a : kosten.finanzierung) (a.stadt ? f.city : f.other) += a.betrag;
  if (!kosten.finanzierung.empty()) f.uncovered = f.total - f.city - f.other;
  // Yearly costs are set against a year of use: the last two half-years.
  if (history.size() < 2) return f;
  std::vector<const HistoryPoint*> year = {&history[history.size() - 2], &history.back()};
  for (const HistoryPoint* h : year) f.basis.push_back(h->period);
  f.visits = SumOver(year, "visitors.total");
  f.participations = SumOver(year, "events.participants");
  if (f.visits && *f.visits > 0) f.per_visit = f.total / *f.visits;
  if (f.participations && *f.participations > 0) f.per_participation = f.total / *f.participations;
  return f;
}

}  // namespace ankerbericht
