#include "document/rule_words.h"

#include "util/text.h"

namespace ankerbericht {

namespace {

std::string Whole(double v) { return std::to_string(static_cast<int>(v)); }

const char* PhaseKey(SuccessFactorPhase phase) {
  switch (phase) {
    case SuccessFactorPhase::kInitiation:
      return "success.phase.initiation";
    case SuccessFactorPhase::kOperation:
      return "success.phase.operation";
    case SuccessFactorPhase::kContinuation:
      return "success.phase.continuation";
  }
  return "success.phase.initiation";
}

const char* RatingKey(FactorRating rating) {
  switch (rating) {
    case FactorRating::kMet:
      return "success.rating.met";
    case FactorRating::kPartly:
      return "success.rating.partly";
    case FactorRating::kOpen:
      return "success.rating.open";
    case FactorRating::kNotRelevant:
      return "success.rating.not_relevant";
    case FactorRating::kUnrated:
      break;
  }
  return "success.rating.unrated";
}

// The codes of the German CSV's columns and units that get a name; the
// others (a unit nobody named) stay codes.
constexpr const char* kColumns[] = {"site", "period", "indicator", "label",
                                    "unit", "value",  "previous",  "year_before"};
constexpr const char* kUnits[] = {"count",  "percent", "per_hour", "hours",  "days",
                                  "points", "months",  "rank",     "status", "signal"};

constexpr const char* kSourceKinds[] = {"feedback", "reflexion", "interview-referent",
                                        "kurzinterview", "note"};

FigureWords::Language LanguageWords(const Strings& s, const Evaluation& ev) {
  FigureWords::Language l;
  l.privacy_rule =
      ev.internal ? s.Get("rule.privacy.not_applied") : PrivacyRuleText(s, ev.privacy_threshold);
  l.interval_method = IntervalMethodText(s);
  l.signal_rule = SignalRuleText(s, ev.signal_rule);
  l.quote_rule = QuoteRuleText(s, ev.qualitative.quote_rules);
  l.internal_notice = s.Get("figures.internal_notice");
  l.sites_total_rule = s.Get("rule.sites_total");
  for (int type = 1; type <= 5; ++type) l.site_types[type] = SiteTypeText(s, type);
  for (const IndicatorDef& def : Indicators()) l.indicators[def.id] = CatalogueLabel(s, def);
  for (const GoalArea& g : GoalAreas()) l.goal_areas[g.id] = GoalAreaText(s, g.id);
  for (const char* c : kColumns) l.columns[c] = s.Get(std::string("figures.csv.column.") + c);
  for (const char* u : kUnits) l.units[u] = s.Get(std::string("figures.csv.unit.") + u);
  for (const char* kind : kSourceKinds)
    l.quote_sources[kind] = s.Get(std::string("quote.source.") + kind);
  l.without_event = s.Get("figures.without_event");
  return l;
}

}  // namespace

std::string PrivacyRuleText(const Strings& s, int k) {
  return s.Format("rule.privacy", {{"k", std::to_string(k)}, {"k_minus_1", std::to_string(k - 1)}});
}

std::string SignalRuleText(const Strings& s, const SignalRule& r) {
  return s.Format("rule.signal", {{"repeat_fill", Whole(r.repeat_fill)},
                                  {"repeat_positive", Whole(r.repeat_positive)},
                                  {"drop_fill", Whole(r.drop_fill)},
                                  {"drop_positive", Whole(r.drop_positive)},
                                  {"min_events", std::to_string(r.min_events)},
                                  {"min_responses", std::to_string(r.min_responses)}});
}

std::string QuoteRuleText(const Strings& s, const QuoteRules& rules) {
  std::string text = s.Format("rule.quotes", {{"n", std::to_string(rules.per_theme)},
                                              {"min", std::to_string(rules.min_chars)},
                                              {"max", std::to_string(rules.max_chars)},
                                              {"k", std::to_string(rules.privacy_threshold)}});
  // One person's words are quoted only in the team's own edition.
  // So is the exact month of a format held only once or twice in it.
  if (!rules.internal) {
    text += " " + s.Get("rule.quotes.single_person") + " " +
            s.Format("rule.quotes.attribution", {{"k", std::to_string(rules.privacy_threshold)}});
  }
  return text;
}

std::string IntervalMethodText(const Strings& s) {
  // Words, not a formula: a council member reads "t(0,975; n−1) · s/√n" as
  // noise; docs/indicators.md gives the formula for those who check.
  return s.Get("rule.intervals");
}

std::string QuoteSourceText(const Strings& s, const std::string& kind, const std::string& detail) {
  return QuoteSource(kind.empty() ? "" : s.Get("quote.source." + kind), kind, detail);
}

std::string SignalText(const Strings& s, Signal signal) {
  return s.Get(std::string("signal.") + SignalName(signal));
}

std::string TargetStateText(const Strings& s, TargetState state) {
  return s.Get(std::string("target.state.") + TargetStateName(state));
}

std::string SiteTypeText(const Strings& s, int type) {
  if (type < 1 || type > 5) return "";
  return s.Get("site_type." + std::to_string(type));
}

std::string PhaseText(const Strings& s, SuccessFactorPhase phase) { return s.Get(PhaseKey(phase)); }

std::string RatingText(const Strings& s, FactorRating rating) { return s.Get(RatingKey(rating)); }

std::string GoalAreaText(const Strings& s, const std::string& id) {
  return s.Get("goal_area." + id);
}

std::string SuccessFactorText(const Strings& s, const SuccessFactor& factor) {
  return s.Get(std::string("success_factor.") + factor.id);
}

std::string_view CountKind(const Site& site, const PeriodData* data) {
  if (site.mobile()) return ".mobile";
  switch (data ? CountedBy(*data) : VisitSources::kNone) {
    case VisitSources::kCounter:
      return ".counter";
    case VisitSources::kTallies:
      return ".tallies";
    default:
      return ".stationary";
  }
}

namespace {

// "indicator.<id><field>" (|field| ".label"), or its variant for |kind|
// (".mobile": "indicator.<id>.label_mobile") where the table has one.
std::string IndicatorWord(const Strings& s, const IndicatorDef& def, std::string_view field,
                          std::string_view kind) {
  const std::string key = std::string("indicator.") + def.id + std::string(field);
  if (kind != ".stationary") {
    const std::string variant = key + "_" + std::string(kind.substr(1));
    if (s.Has(variant)) return s.Get(variant);
  }
  return s.Get(key);
}

}  // namespace

std::string CatalogueLabel(const Strings& s, const IndicatorDef& def, std::string_view kind) {
  return IndicatorWord(s, def, ".label", kind);
}

std::string CatalogueDefinition(const Strings& s, const IndicatorDef& def, std::string_view kind) {
  return IndicatorWord(s, def, ".definition", kind);
}

FigureWords FigureWordsFor(const Strings& de, const Strings& en, const Evaluation& ev) {
  FigureWords words;
  words.de = LanguageWords(de, ev);
  words.en = LanguageWords(en, ev);
  return words;
}

Result<FigureWords> BuiltinFigureWords(const Evaluation& ev) {
  Result<const Strings*> de = Strings::Builtin("de");
  if (!de.ok()) return de.status();
  Result<const Strings*> en = Strings::Builtin("en");
  if (!en.ok()) return en.status();
  return FigureWordsFor(**de, **en, ev);
}

void SetBoundWords(const Strings& s, DocumentInfo* info) {
  info->bound_units = SplitList(s.Get("render.typography.units"), '|');
  info->bound_abbreviations = SplitList(s.Get("render.typography.abbreviations"), '|');
}

}  // namespace ankerbericht
