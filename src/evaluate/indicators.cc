#include "evaluate/indicators.h"

#include <algorithm>
#include <set>

#include "model/scale.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Opt = std::optional<double>;

// A share or rate from its parts: nullopt without a whole to divide by.
Opt RatioValue(const Ratio& r, double scale) {
  if (r.whole <= 0) return std::nullopt;
  return scale * r.part / r.whole;
}

bool Held(const Event& e) { return e.status == EventStatus::kHeld; }

Opt VisitorsTotal(const PeriodData& d) {
  if (d.visit_days.empty()) return std::nullopt;
  double total = 0;
  for (const auto& [date, day] : d.visit_days) total += static_cast<double>(day.count);
  return total;
}

Opt OpenHoursHeld(const PeriodData& d) { return OpenHours(*d.site, d.period); }
Opt OpenDaysHeld(const PeriodData& d) { return OpenDays(*d.site, d.period); }

// Only the opening hours of days with visit data divide: a gap in the data
// (or a day not reached yet) would otherwise lower the rate.
Ratio VisitorsPerOpenHourBasis(const PeriodData& d) {
  Ratio r;
  for (const auto& [date, day] : d.visit_days) {
    r.part += static_cast<double>(day.count);
    for (const OpeningSlot& s : d.site->OpeningOn(date)) r.whole += (s.end - s.start) / 60.0;
  }
  return r;
}
Opt VisitorsPerOpenHour(const PeriodData& d) { return RatioValue(VisitorsPerOpenHourBasis(d), 1); }

// Open days without any visitor count: a gap in the data, shown, not hidden.
Opt DaysWithoutDataCount(const PeriodData& d) {
  return static_cast<int>(DaysWithoutData(d).size());
}

// Counter visits in hours outside the opening hours (events in the evening,
// people at a closed door), per counter visit: a hint to move opening hours.
// An hour counts as open when it overlaps an opening slot of that day.
Ratio VisitorsOutsideOpeningBasis(const PeriodData& d) {
  double total = 0, outside = 0;
  // The hours come day by day: the day's opening slots are looked up once.
  std::optional<Date> day;
  std::vector<OpeningSlot> slots;
  for (const HourCount& h : d.counter_hours) {
    total += static_cast<double>(h.count);
    if (h.date != day) {
      day = h.date;
      slots = d.site->OpeningOn(h.date);
    }
    bool open = false;
    for (const OpeningSlot& s : slots) open |= h.hour * 60 < s.end && (h.hour + 1) * 60 > s.start;
    if (!open) outside += static_cast<double>(h.count);
  }
  return {outside, total};
}
Opt VisitorsOutsideOpeningShare(const PeriodData& d) {
  return RatioValue(VisitorsOutsideOpeningBasis(d), 100);
}

// Counted people in the site's target age groups per counted person with an
// age group. nullopt without age counts or without a target age group.
Ratio TargetAgeBasis(const PeriodData& d, bool from_events) {
  std::set<std::string> targets;
  for (const AgeGroup& g : d.site->age_groups)
    if (g.target) targets.insert(g.id);
  if (targets.empty()) return {};
  double all = 0, hit = 0;
  auto add = [&](const std::map<std::string, int64_t>& counts) {
    for (const auto& [group, n] : counts) {
      all += static_cast<double>(n);
      if (targets.count(group)) hit += static_cast<double>(n);
    }
  };
  if (from_events) {
    for (const Event& e : d.events)
      if (Held(e)) add(e.age_counts);
  } else {
    for (const TallyDay& t : d.tallies) add(t.age_counts);
  }
  return {hit, all};
}
Ratio VisitorsTargetAgeBasis(const PeriodData& d) { return TargetAgeBasis(d, false); }
Ratio EventsTargetAgeBasis(const PeriodData& d) { return TargetAgeBasis(d, true); }
Opt VisitorsTargetAgeShare(const PeriodData& d) {
  return RatioValue(VisitorsTargetAgeBasis(d), 100);
}
Opt EventsTargetAgeShare(const PeriodData& d) { return RatioValue(EventsTargetAgeBasis(d), 100); }

Opt EventsHeld(const PeriodData& d) {
  int n = 0;
  for (const Event& e : d.events) n += Held(e);
  return n;
}

Opt EventsCancelled(const PeriodData& d) {
  int n = 0;
  for (const Event& e : d.events) n += !Held(e);
  return n;
}

Ratio EventsCancelBasis(const PeriodData& d) {
  return {*EventsCancelled(d), static_cast<double>(d.events.size())};
}
Opt EventsCancelRate(const PeriodData& d) { return RatioValue(EventsCancelBasis(d), 100); }

Opt EventsParticipants(const PeriodData& d) {
  double sum = 0;
  for (const Event& e : d.events)
    if (Held(e) && e.participants) sum += static_cast<double>(*e.participants);
  return sum;
}

Ratio EventsFillBasis(const PeriodData& d) {
  double participants = 0, capacity = 0;
  for (const Event& e : d.events) {
    if (Held(e) && e.participants && e.capacity && *e.capacity > 0) {
      participants += static_cast<double>(*e.participants);
      capacity += static_cast<double>(*e.capacity);
    }
  }
  return {participants, capacity};
}
Opt EventsFillRate(const PeriodData& d) { return RatioValue(EventsFillBasis(d), 100); }

Opt FeedbackResponses(const PeriodData& d) { return static_cast<double>(d.feedback.size()); }

Opt ResponsesByChannel(const PeriodData& d, Channel c) {
  int n = 0;
  for (const FeedbackResponse& r : d.feedback) n += r.channel == c;
  return n;
}
Opt FeedbackPaper(const PeriodData& d) { return ResponsesByChannel(d, Channel::kPaper); }
Opt FeedbackDigital(const PeriodData& d) { return ResponsesByChannel(d, Channel::kDigital); }

// Responses linked to a held event of the period, per participant of those
// events that counted participants.
Ratio FeedbackResponseBasis(const PeriodData& d) {
  ResponseRateBasis b = ResponseRateBasisOf(d);
  return {static_cast<double>(b.linked_responses), b.participants};
}
Opt FeedbackResponseRate(const PeriodData& d) { return RatioValue(FeedbackResponseBasis(d), 100); }

Ratio FeedbackRecommendBasis(const PeriodData& d) {
  RecommendBasis b = RecommendBasisOf(d);
  return {static_cast<double>(b.positive), static_cast<double>(b.answered)};
}
Opt FeedbackRecommendRate(const PeriodData& d) {
  return RatioValue(FeedbackRecommendBasis(d), 100);
}

std::set<std::string> Partners(const PeriodData& d) {
  std::set<std::string> partners;
  for (const Event& e : d.events)
    if (Held(e)) partners.insert(e.partners.begin(), e.partners.end());
  return partners;
}

Opt PartnersDistinct(const PeriodData& d) { return static_cast<double>(Partners(d).size()); }

Opt PartnersNew(const PeriodData& d) {
  int n = 0;
  for (const std::string& p : Partners(d)) n += d.partners_before.count(p) == 0;
  return n;
}

Opt VotesTotal(const PeriodData& d) {
  double sum = 0;
  for (const Vote& v : d.votes) sum += static_cast<double>(v.dots);
  return sum;
}

// Registered people who did not come, per registration: only events held that
// state both numbers; walk-ins beyond the registrations do not offset no-shows
// of other events (each event counts max(registrations - participants, 0)).
Ratio EventsNoShowBasis(const PeriodData& d) {
  double registered = 0, missing = 0;
  for (const Event& e : d.events) {
    if (!Held(e) || !e.registrations || !e.participants || *e.registrations <= 0) continue;
    registered += static_cast<double>(*e.registrations);
    missing += static_cast<double>(std::max<int64_t>(*e.registrations - *e.participants, 0));
  }
  return {missing, registered};
}
Opt EventsNoShowRate(const PeriodData& d) { return RatioValue(EventsNoShowBasis(d), 100); }

Ratio EventsWithFeedbackBasis(const PeriodData& d) {
  std::set<std::string> answered;
  for (const FeedbackResponse& r : d.feedback)
    if (!r.event_id.empty()) answered.insert(r.event_id);
  int held = 0, with = 0;
  for (const Event& e : d.events) {
    if (!Held(e)) continue;
    ++held;
    with += answered.count(e.id) > 0;
  }
  return {static_cast<double>(with), static_cast<double>(held)};
}
Opt EventsWithFeedbackShare(const PeriodData& d) {
  return RatioValue(EventsWithFeedbackBasis(d), 100);
}

// Events held that name at least one of the site's target groups, per event
// held. Without configured target groups there is nothing to compare with.
Ratio EventsForTargetGroupsBasis(const PeriodData& d) {
  if (d.site->target_groups.empty()) return {};
  std::set<std::string> groups;
  for (const std::string& g : d.site->target_groups) groups.insert(FoldKey(g));
  int held = 0, hit = 0;
  for (const Event& e : d.events) {
    if (!Held(e)) continue;
    ++held;
    hit += std::any_of(e.target_groups.begin(), e.target_groups.end(),
                       [&](const std::string& g) { return groups.count(FoldKey(g)) > 0; });
  }
  return {static_cast<double>(hit), static_cast<double>(held)};
}
Opt EventsForTargetGroups(const PeriodData& d) {
  return RatioValue(EventsForTargetGroupsBasis(d), 100);
}

Opt PartnersRecurring(const PeriodData& d) {
  int n = 0;
  for (const std::string& p : Partners(d)) n += d.partners_before.count(p) > 0;
  return n;
}

Opt SpeakersDistinct(const PeriodData& d) {
  std::set<std::string> speakers;
  for (const Event& e : d.events)
    if (Held(e)) speakers.insert(e.speakers.begin(), e.speakers.end());
  return static_cast<double>(speakers.size());
}

}  // namespace

const std::vector<IndicatorDef>& Indicators() {
  static const std::vector<IndicatorDef> kIndicators = {
      {"visitors.total", "count", VisitorsTotal, {"citizen_proximity", "smart_city_information"}},
      {"visitors.per_open_hour", "per_hour", VisitorsPerOpenHour, {"citizen_proximity"}},
      {"opening.hours", "hours", OpenHoursHeld, {"citizen_proximity"}},
      {"opening.days", "days", OpenDaysHeld, {"citizen_proximity"}},
      {"visitors.days_without_data", "days", DaysWithoutDataCount, {}},
      {"visitors.outside_opening_share",
       "percent",
       VisitorsOutsideOpeningShare,
       {"citizen_proximity"}},
      {"visitors.target_age_share",
       "percent",
       VisitorsTargetAgeShare,
       {"social_aspects", "citizen_proximity"}},
      {"events.held",
       "count",
       EventsHeld,
       {"digital_education", "craft_education", "smart_city_information"}},
      {"events.cancelled", "count", EventsCancelled, {}},
      {"events.cancel_rate", "percent", EventsCancelRate, {"citizen_proximity"}},
      {"events.participants",
       "count",
       EventsParticipants,
       {"digital_education", "craft_education", "social_aspects"}},
      {"events.fill_rate", "percent", EventsFillRate, {"digital_education", "craft_education"}},
      {"events.no_show_rate", "percent", EventsNoShowRate, {"citizen_proximity"}},
      {"events.with_feedback_share", "percent", EventsWithFeedbackShare, {"citizen_proximity"}},
      {"events.for_target_groups",
       "percent",
       EventsForTargetGroups,
       {"social_aspects", "citizen_proximity"}},
      {"events.target_age_share",
       "percent",
       EventsTargetAgeShare,
       {"social_aspects", "digital_education"}},
      {"feedback.responses", "count", FeedbackResponses, {"citizen_proximity"}},
      {"feedback.responses.paper", "count", FeedbackPaper, {}},
      {"feedback.responses.digital", "count", FeedbackDigital, {}},
      {"feedback.response_rate", "percent", FeedbackResponseRate, {"citizen_proximity"}},
      {"feedback.recommend_rate",
       "percent",
       FeedbackRecommendRate,
       {"citizen_proximity", "social_aspects"}},
      {"partners.distinct", "count", PartnersDistinct, {"networking", "economic_development"}},
      {"partners.new", "count", PartnersNew, {"networking"}},
      {"partners.recurring", "count", PartnersRecurring, {"networking"}},
      {"speakers.distinct", "count", SpeakersDistinct, {"networking", "digital_education"}},
      {"votes.total", "count", VotesTotal, {"citizen_proximity"}},
  };
  return kIndicators;
}

ResponseRateBasis ResponseRateBasisOf(const PeriodData& d) {
  ResponseRateBasis b;
  std::set<std::string> counted;
  for (const Event& e : d.events) {
    if (e.status == EventStatus::kHeld && e.participants && *e.participants > 0) {
      counted.insert(e.id);
      b.participants += static_cast<double>(*e.participants);
    }
  }
  for (const FeedbackResponse& r : d.feedback) b.linked_responses += counted.count(r.event_id) > 0;
  return b;
}

RecommendBasis RecommendBasisOf(const PeriodData& d) {
  // Every item of the role counts: a site asking the question on paper and
  // online (two items, or one item on two scales) gets one pooled rate, each
  // answer positive or not on the scale it was given on.
  RecommendBasis b;
  for (const QuestionItem& item : d.site->questionnaire) {
    if (item.role != "recommend") continue;
    for (const FeedbackResponse& r : d.feedback) {
      std::optional<AnswerReading> a = ReadAnswer(item, r);
      if (!a) continue;
      ++b.answered;
      b.positive += a->positive;
    }
  }
  return b;
}

std::optional<RatioBasis> RatioBasisOf(const std::string& id, const PeriodData& data) {
  struct Entry {
    const char* id;
    Ratio (*basis)(const PeriodData&);
    double scale;
  };
  static const Entry kRatios[] = {
      {"visitors.per_open_hour", VisitorsPerOpenHourBasis, 1},
      {"visitors.outside_opening_share", VisitorsOutsideOpeningBasis, 100},
      {"visitors.target_age_share", VisitorsTargetAgeBasis, 100},
      {"events.cancel_rate", EventsCancelBasis, 100},
      {"events.fill_rate", EventsFillBasis, 100},
      {"events.no_show_rate", EventsNoShowBasis, 100},
      {"events.with_feedback_share", EventsWithFeedbackBasis, 100},
      {"events.for_target_groups", EventsForTargetGroupsBasis, 100},
      {"events.target_age_share", EventsTargetAgeBasis, 100},
      {"feedback.response_rate", FeedbackResponseBasis, 100},
      {"feedback.recommend_rate", FeedbackRecommendBasis, 100},
  };
  for (const Entry& e : kRatios)
    if (id == e.id) return RatioBasis{e.basis(data), e.scale};
  return std::nullopt;
}

std::optional<double> RatioBasis::Value() const { return RatioValue(ratio, scale); }

const IndicatorDef* FindIndicator(const std::string& id) {
  for (const IndicatorDef& def : Indicators())
    if (id == def.id) return &def;
  return nullptr;
}

std::map<std::string, IndicatorValue> ComputeIndicators(const PeriodData& data) {
  std::map<std::string, IndicatorValue> values;
  for (const IndicatorDef& def : Indicators()) values[def.id].value = def.compute(data);
  return values;
}

}  // namespace ankerbericht
