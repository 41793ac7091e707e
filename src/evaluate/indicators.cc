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
      {"visitors.total",
       "count",
       "Besuche",
       "Visits",
       "Gezählte Besuche im Zeitraum: je Tag der Wert der Zählanlage, an Tagen ohne Zählerdaten "
       "die Summe der Strichlisten (ein Tag zählt nur einmal).",
       "Visits counted in the period: per day the counter's total, on days without counter data "
       "the tally sheets' total (a day counts once).",
       VisitorsTotal,
       {"citizen_proximity", "smart_city_information"}},
      {"visitors.per_open_hour",
       "per_hour",
       "Besuche je Öffnungsstunde",
       "Visits per opening hour",
       "Besuche geteilt durch die Öffnungsstunden der Tage, für die Besuchsdaten vorliegen (laut "
       "Öffnungszeiten, ohne Schließtage; Tage ohne Daten zählen nicht mit).",
       "Visits divided by the opening hours of the days with visit data (by the schedule, closures "
       "excluded; days without data do not count).",
       VisitorsPerOpenHour,
       {"citizen_proximity"}},
      {"opening.hours",
       "hours",
       "Öffnungsstunden",
       "Opening hours",
       "Stunden, die der Ort laut Öffnungszeiten und Schließtagen geöffnet war.",
       "Hours the place was open according to its schedule and closures.",
       OpenHoursHeld,
       {"citizen_proximity"}},
      {"opening.days",
       "days",
       "Öffnungstage",
       "Opening days",
       "Tage, an denen der Ort laut Öffnungszeiten geöffnet war.",
       "Days the place was open according to its schedule.",
       OpenDaysHeld,
       {"citizen_proximity"}},
      {"visitors.days_without_data",
       "days",
       "Öffnungstage ohne Besuchsdaten",
       "Open days without visit data",
       "Öffnungstage, für die weder Zählerdaten noch Strichlisten vorliegen (Datenlücke).",
       "Opening days with neither counter data nor tally sheets (a data gap).",
       DaysWithoutDataCount,
       {}},
      {"visitors.outside_opening_share",
       "percent",
       "Besuche außerhalb der Öffnungszeiten",
       "Visits outside opening hours",
       "Anteil der von der Zählanlage gezählten Besuche, die in Stunden außerhalb der "
       "Öffnungszeiten fallen (eine Stunde gilt als geöffnet, wenn sie sich mit den Öffnungszeiten "
       "des Tages überschneidet).",
       "Share of the counter's visits that fall into hours outside the opening hours (an hour "
       "counts as open when it overlaps the day's opening hours).",
       VisitorsOutsideOpeningShare,
       {"citizen_proximity"}},
      {"visitors.target_age_share",
       "percent",
       "Besuche aus den Ziel-Altersgruppen",
       "Visits from the target age groups",
       "Anteil der auf Strichlisten nach Alter gezählten Besuche, die zu einer Altersgruppe "
       "gehören, die der Ort als Zielgruppe festgelegt hat.",
       "Share of the visits counted by age group on tally sheets that belong to an age group the "
       "place has set as a target group.",
       VisitorsTargetAgeShare,
       {"social_aspects", "citizen_proximity"}},
      {"events.held",
       "count",
       "Durchgeführte Veranstaltungen",
       "Events held",
       "Veranstaltungen im Zeitraum mit Status durchgeführt.",
       "Events in the period with status held.",
       EventsHeld,
       {"digital_education", "craft_education", "smart_city_information"}},
      {"events.cancelled",
       "count",
       "Abgesagte Veranstaltungen",
       "Events cancelled",
       "Veranstaltungen im Zeitraum mit Status abgesagt.",
       "Events in the period with status cancelled.",
       EventsCancelled,
       {}},
      {"events.cancel_rate",
       "percent",
       "Absagequote",
       "Cancellation rate",
       "Anteil der abgesagten an allen geplanten Veranstaltungen des Zeitraums.",
       "Share of cancelled events among all events planned in the period.",
       EventsCancelRate,
       {"citizen_proximity"}},
      {"events.participants",
       "count",
       "Teilnahmen an Veranstaltungen",
       "Event participations",
       "Summe der Teilnehmenden aller durchgeführten Veranstaltungen: Wer mehrere Veranstaltungen "
       "besucht, zählt bei jeder.",
       "Sum of participants of all events held: someone who attends several events counts at each.",
       EventsParticipants,
       {"digital_education", "craft_education", "social_aspects"}},
      {"events.fill_rate",
       "percent",
       "Auslastung",
       "Fill rate",
       "Teilnehmende geteilt durch Plätze, über alle durchgeführten Veranstaltungen mit "
       "Platzangabe.",
       "Participants divided by capacity, over all events held that state a capacity.",
       EventsFillRate,
       {"digital_education", "craft_education"}},
      {"events.no_show_rate",
       "percent",
       "Nicht erschienene Angemeldete",
       "No-show rate",
       "Angemeldete, die nicht kamen (je Veranstaltung Anmeldungen minus Teilnehmende, mindestens "
       "0), geteilt durch alle Anmeldungen; nur durchgeführte Veranstaltungen mit beiden Angaben.",
       "Registered people who did not come (per event registrations minus participants, at least "
       "0) divided by all registrations; only events held that state both.",
       EventsNoShowRate,
       {"citizen_proximity"}},
      {"events.with_feedback_share",
       "percent",
       "Veranstaltungen mit Rückmeldung",
       "Events with feedback",
       "Anteil der durchgeführten Veranstaltungen, zu denen mindestens ein Feedbackbogen vorliegt.",
       "Share of events held with at least one feedback form linked to them.",
       EventsWithFeedbackShare,
       {"citizen_proximity"}},
      {"events.for_target_groups",
       "percent",
       "Veranstaltungen für die Zielgruppen",
       "Events for the target groups",
       "Anteil der durchgeführten Veranstaltungen, die mindestens eine der Zielgruppen nennen, die "
       "der Ort festgelegt hat.",
       "Share of events held that name at least one of the target groups the place has set.",
       EventsForTargetGroups,
       {"social_aspects", "citizen_proximity"}},
      {"events.target_age_share",
       "percent",
       "Teilnahmen aus den Ziel-Altersgruppen",
       "Participations from the target age groups",
       "Anteil der nach Alter gezählten Teilnehmenden durchgeführter Veranstaltungen, die zu einer "
       "als Zielgruppe markierten Altersgruppe gehören.",
       "Share of the participants of events held counted by age group that belong to an age group "
       "marked as a target.",
       EventsTargetAgeShare,
       {"social_aspects", "digital_education"}},
      {"feedback.responses",
       "count",
       "Feedbackbögen",
       "Feedback responses",
       "Ausgefüllte Feedbackbögen im Zeitraum (Papier und digital).",
       "Feedback forms filled in during the period (paper and digital).",
       FeedbackResponses,
       {"citizen_proximity"}},
      {"feedback.responses.paper",
       "count",
       "Feedbackbögen (Papier)",
       "Feedback responses (paper)",
       "Ausgefüllte Papierbögen im Zeitraum.",
       "Paper forms filled in during the period.",
       FeedbackPaper,
       {}},
      {"feedback.responses.digital",
       "count",
       "Feedbackbögen (digital)",
       "Feedback responses (digital)",
       "Digital ausgefüllte Bögen im Zeitraum.",
       "Forms filled in digitally during the period.",
       FeedbackDigital,
       {}},
      {"feedback.response_rate",
       "percent",
       "Rücklaufquote",
       "Response rate",
       "Bögen, die einer durchgeführten Veranstaltung zugeordnet sind, geteilt durch deren "
       "Teilnehmende.",
       "Forms linked to an event held, divided by the participants of those events.",
       FeedbackResponseRate,
       {"citizen_proximity"}},
      {"feedback.recommend_rate",
       "percent",
       "Weiterempfehlung",
       "Recommendation rate",
       "Anteil positiver Antworten auf die Weiterempfehlungsfrage (ja; bei Skalen die beiden "
       "obersten Stufen) an allen Antworten darauf.",
       "Share of positive answers to the recommendation question (yes; on scales the top two "
       "steps) among all answers to it.",
       FeedbackRecommendRate,
       {"citizen_proximity", "social_aspects"}},
      {"partners.distinct",
       "count",
       "Kooperationspartner",
       "Partners",
       "Verschiedene Partnerorganisationen der durchgeführten Veranstaltungen.",
       "Distinct partner organisations of the events held.",
       PartnersDistinct,
       {"networking", "economic_development"}},
      {"partners.new",
       "count",
       "Neue Kooperationspartner",
       "New partners",
       "Partnerorganisationen, die im Zeitraum zum ersten Mal an einer Veranstaltung beteiligt "
       "waren.",
       "Partner organisations involved in an event for the first time in the period.",
       PartnersNew,
       {"networking"}},
      {"partners.recurring",
       "count",
       "Wiederkehrende Kooperationspartner",
       "Recurring partners",
       "Partnerorganisationen des Zeitraums, die schon vor dem Zeitraum an einer Veranstaltung "
       "beteiligt waren.",
       "Partner organisations of the period that were already involved in an event before it.",
       PartnersRecurring,
       {"networking"}},
      {"speakers.distinct",
       "count",
       "Referierende",
       "Speakers",
       "Verschiedene Referentinnen und Referenten der durchgeführten Veranstaltungen.",
       "Distinct speakers of the events held.",
       SpeakersDistinct,
       {"networking", "digital_education"}},
      {"votes.total",
       "count",
       "Klebepunkte",
       "Sticker votes",
       "Summe der Klebepunkte auf der Wunschwand im Zeitraum.",
       "Sticker dots placed on the wish board in the period.",
       VotesTotal,
       {"citizen_proximity"}},
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
