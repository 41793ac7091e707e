// The evaluation of one site for one period: every indicator (optionally with
// the previous period and the same period a year earlier) and the breakdowns
// the reports draw. This is what `figures` prints and what reports show.
#ifndef ANKERBERICHT_EVALUATE_EVALUATION_H_
#define ANKERBERICHT_EVALUATE_EVALUATION_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/breakdowns.h"
#include "evaluate/costs.h"
#include "evaluate/coverage.h"
#include "evaluate/cumulative.h"
#include "evaluate/feedback_items.h"
#include "evaluate/funding_timeline.h"
#include "evaluate/goal_evidence.h"
#include "evaluate/indicators.h"
#include "evaluate/period_data.h"
#include "evaluate/privacy.h"
#include "evaluate/qualitative.h"
#include "evaluate/signals.h"
#include "evaluate/targets.h"
#include "model/privacy_rule.h"

namespace ankerbericht {

struct MonthValue {
  Date month;                   // first of the month
  std::optional<double> value;  // nullopt: no visit data in that month
};

// An indicator outside the fixed catalogue: the per-item figures
// feedback.item.<id>.n / .mean / .positive_share of the site's questionnaire.
struct ExtraIndicator {
  std::string id;
  std::string unit;  // "count", "points", "percent"
  IndicatorValue value;
};

// The catalogue's and the item indicators' values for one half-year, for
// trend charts.
struct HistoryPoint {
  Period period;
  std::map<std::string, std::optional<double>> values;
};

struct EvaluateOptions {
  bool compare = false;  // also the previous period and the year before
  int privacy_threshold = kDefaultPrivacyThreshold;
  bool internal = false;  // team use: no privacy rule, not for publication
  bool history = false;   // every half-year since the first data, and the cumulative reach
  // The internal edition of a report: its figures stay protected, but the
  // team's texts are evaluated as for the team (EvaluateQualitative with
  // internal: one person's words, insights credited with note and day, quote
  // sources with format and month).
  bool internal_texts = false;
  // The overview's evaluation (EvaluateSites): the catalogue with its
  // withheld values, the items' overall figures, the team's indicators,
  // targets, goals and qualitative figures as without it; no breakdowns but
  // responses per channel and a mobile site's stops, no signals, months or year before, and no
  // history here: EvaluateSites adds the summed history (history_sums.h).
  bool light = false;
  // The day the figures are seen from: with it, the funding timeline
  // (months left, last deciding meeting) is evaluated too.
  std::optional<Date> today;
  // The meeting the paper is for (`report --meeting`); the funding timeline
  // is then seen from that day. nullopt: the next meeting that can decide.
  std::optional<Date> meeting;
  // The workspace's codebook and quote choices; without a codebook no themes
  // or quotes are evaluated (actions and insights still are).
  std::vector<CodebookTheme> codebook;
  QuoteChoices quote_choices;
};

struct Evaluation {
  const Site* site = nullptr;
  Period period;
  // How far the data reaches into |period|. When it is not complete, every
  // figure is computed on |covered| (the period up to coverage.covered_to),
  // and |previous| and |year_before| are the same span of those periods.
  Coverage coverage;
  Period covered;
  bool compared = false;
  Period previous;
  Period year_before;
  std::map<std::string, IndicatorValue> indicators;
  PeriodData data;                                      // the period's records, for lists
  std::vector<MonthValue> visits_by_month;              // months of the period
  std::vector<MonthValue> visits_by_month_year_before;  // same months a year earlier

  int privacy_threshold = kDefaultPrivacyThreshold;
  bool internal = false;  // true: raw values, not for publication
  // Catalogue indicators hidden by the privacy rule: id -> "< 5" or "x"
  // (their value is then nullopt).
  std::map<std::string, std::string> withheld;
  std::vector<ExtraIndicator> extra_indicators;  // per questionnaire item
  std::vector<Breakdown> breakdowns;
  // How the public list of events shows each event's participants: one per
  // data.events, same order (event_privacy.h). Empty when internal or light;
  // the internal edition of a report shows the counts as they are.
  std::vector<Suppression> event_participants;
  std::vector<ItemResult> items;
  SignalRule signal_rule;
  std::vector<FormatSignal> signals;
  std::vector<TargetResult> targets;
  std::vector<GoalProfile> goals;
  std::vector<HistoryPoint> history;  // with options.history only
  CumulativeReach cumulative;         // with options.history only
  std::optional<Date> today;          // options.today
  FundingTimeline funding;            // as seen on |today|; empty without it
  Qualitative qualitative;            // themes, quotes, actions, insights
  // With options.history only: the evidence per goal area over every
  // half-year, and the running costs set against the last year's use.
  std::vector<AreaEvidence> goal_evidence;
  CostFigures costs;
};

// Evaluates |site| for |period| as |options| say. Unless options.internal,
// the privacy rule (privacy.h) is applied to everything returned, so any
// output of an Evaluation is fit for publication. Fails with kDatabase, or
// kConfig when a target names an unknown indicator.
Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period,
                            const EvaluateOptions& options);
// The same with the default threshold (kDefaultPrivacyThreshold) and no history.
Result<Evaluation> Evaluate(Store* store, const Site& site, const Period& period, bool compare);

// The per-item indicators of |items| (published values), in questionnaire order.
std::vector<ExtraIndicator> ItemIndicators(const std::vector<ItemResult>& items);

// Every half-year from the one holding the first data of |site| up to the one
// holding |upto|.to, each with the catalogue's values (privacy rule applied
// unless |internal|). Empty without data. Fails with kDatabase.
Result<std::vector<HistoryPoint>> History(Store* store, const Site& site, const Period& upto, int k,
                                          bool internal);

// Visits per calendar month of |data|'s period (pure; exposed for tests).
std::vector<MonthValue> VisitsByMonth(const PeriodData& data);

// Resolves a period expression; "latest-half" is the last half-year that has
// ended by |today| and holds data of |site| (falls back to the half-year of
// |today| when there is no data at all); "latest-year" is the last calendar
// year that has ended by |today|. Fails with kUsage, worded for the command
// line from the cli.period.* strings ({period} is |expr|).
Result<Period> ResolvePeriod(Store* store, const Site& site, const std::string& expr, Date today);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_EVALUATION_H_
