#include "evaluate/site_columns.h"

#include <set>

#include "evaluate/history_sums.h"
#include "store/store.h"

namespace ankerbericht {

namespace {

// Indicators that count distinct names: summing the sites would count a
// partner working with two sites twice.
bool CountsDistinct(const std::string& id) {
  return id == "partners.distinct" || id == "partners.new" || id == "partners.recurring" ||
         id == "speakers.distinct";
}

// The held events of every site in one PeriodData, with every site's earlier
// partners: what the distinct counts are computed on. A partner new to one
// site but known to another is not new to the programme.
PeriodData MergedEvents(const std::vector<const PeriodData*>& parts) {
  PeriodData merged;
  merged.site = parts.front()->site;
  merged.period = parts.front()->period;
  for (const PeriodData* p : parts) {
    merged.events.insert(merged.events.end(), p->events.begin(), p->events.end());
    merged.partners_before.insert(p->partners_before.begin(), p->partners_before.end());
  }
  return merged;
}

// Forms per channel are the cells of the site's responses-by-channel table;
// the total of the responses is published, so a hidden channel total would be
// the responses minus the other channel. Both channel totals go together.
void ProtectChannels(const std::vector<const std::map<std::string, std::string>*>& site_withheld,
                     int k, SiteColumns* out) {
  const char* channels[] = {"feedback.responses.paper", "feedback.responses.digital"};
  bool hide = false;
  for (const auto* w : site_withheld)
    for (const char* id : channels) hide |= w->count(id) > 0;
  Breakdown b;
  b.protect = true;
  b.total = out->total["feedback.responses"];
  for (const char* id : channels) b.cells.push_back({id, id, out->total[id], std::nullopt});
  SuppressSmallCounts(k, &b);
  for (const Cell& c : b.cells) {
    if (c.suppression == Suppression::kNone && !hide) continue;
    out->total[c.key].reset();
    out->total_withheld[c.key] = SuppressedText(
        c.suppression == Suppression::kSmall ? Suppression::kSmall : Suppression::kComplementary,
        k);
  }
}

}  // namespace

void ComputeTotals(const std::vector<const PeriodData*>& parts,
                   const std::vector<const std::map<std::string, std::string>*>& site_withheld,
                   int k, bool internal, SiteColumns* out) {
  out->total.clear();
  out->total_withheld.clear();
  if (parts.empty()) return;
  const PeriodData merged = MergedEvents(parts);
  for (const IndicatorDef& def : Indicators()) {
    std::optional<double>& total = out->total[def.id];
    if (CountsDistinct(def.id)) {
      total = def.compute(merged);
    } else if (std::optional<RatioBasis> first = RatioBasisOf(def.id, *parts.front())) {
      RatioBasis sum{{}, first->scale};
      for (const PeriodData* p : parts) {
        RatioBasis b = *RatioBasisOf(def.id, *p);
        sum.ratio.part += b.ratio.part;
        sum.ratio.whole += b.ratio.whole;
      }
      total = sum.Value();
    } else {
      for (const PeriodData* p : parts)
        if (std::optional<double> v = def.compute(*p)) total = total.value_or(0) + *v;
    }
  }
  if (internal) return;
  ProtectChannels(site_withheld, k, out);
  for (auto& [id, total] : out->total) {
    if (!IsSmallPeopleCount(id, total, k)) continue;
    total.reset();
    out->total_withheld[id] = SuppressedText(Suppression::kSmall, k);
  }
  // Shares of forms: the bases are the forms answering (recommendation) and
  // the forms linked to events (response rate), as for one site.
  for (const char* id : {"feedback.recommend_rate", "feedback.response_rate"}) {
    bool recommend = std::string(id) == "feedback.recommend_rate";
    auto basis = [&](const PeriodData& p) {
      return recommend ? RecommendBasisOf(p).answered : ResponseRateBasisOf(p).linked_responses;
    };
    int all = 0, of_hidden = 0, hidden_sites = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
      all += basis(*parts[i]);
      if (site_withheld[i]->count(id)) {
        of_hidden += basis(*parts[i]);
        ++hidden_sites;
      }
    }
    if (!out->total[id]) continue;
    if (all < k) {
      out->total[id].reset();
      out->total_withheld[id] = SuppressedText(Suppression::kSmall, k);
    } else if (hidden_sites > 0 && of_hidden < k) {
      // The total and the sites shown would give the hidden site's share back.
      out->total[id].reset();
      out->total_withheld[id] = SuppressedText(Suppression::kComplementary, k);
    }
  }
}

Result<SiteColumns> EvaluateSites(Store* store, const std::vector<const Site*>& sites,
                                  const Period& period, const EvaluateOptions& options) {
  SiteColumns columns;
  columns.period = period;
  columns.privacy_threshold = options.privacy_threshold;
  columns.internal = options.internal;
  for (const Site* site : sites) {
    Result<Evaluation> ev = Evaluate(store, *site, period, options);
    if (!ev.ok()) return ev.status();
    columns.sites.push_back(std::move(*ev));
  }
  if (options.light && options.history) {
    // Every site's half-years from sums, in one query per kind of record.
    auto histories = SummedHistories(store, sites, period);
    if (!histories.ok()) return histories.status();
    for (size_t i = 0; i < sites.size(); ++i) {
      Evaluation& ev = columns.sites[i];
      ev.history = std::move((*histories)[i]);
      // The unfinished last half-year counts its covered days only, as
      // Evaluate() does for the full history.
      if (!ev.coverage.complete() && !ev.history.empty() &&
          ev.history.back().period.id == period.id) {
        for (const std::string& id : SummedHistoryIndicators())
          ev.history.back().values[id] = ev.indicators.at(id).value;
      }
    }
  }
  std::vector<const PeriodData*> parts;
  std::vector<const std::map<std::string, std::string>*> withheld;
  for (const Evaluation& ev : columns.sites) {
    parts.push_back(&ev.data);
    withheld.push_back(&ev.withheld);
  }
  ComputeTotals(parts, withheld, options.privacy_threshold, options.internal, &columns);
  return columns;
}

}  // namespace ankerbericht
