#include "evaluate/indicators.h"

#include <set>

#include "model/scale.h"

namespace ankerbericht {

namespace {

using Opt = std::optional<double>;

bool Held(const Event& e) { return e.status == EventStatus::kHeld; }

Opt VisitorsTotal(const PeriodData& d) {
  if (d.visit_days.empty()) return std::nullopt;
  double total = 0;
  for (const auto& [date, day] : d.visit_days) total += static_cast<double>(day.count);
  return total;
}

Opt OpenHoursHeld(const PeriodData& d) { return OpenHours(*d.site, d.period); }
Opt OpenDaysHeld(const PeriodData& d) { return OpenDays(*d.site, d.period); }

Opt VisitorsPerOpenHour(const PeriodData& d) {
  Opt total = VisitorsTotal(d);
  double hours = OpenHours(*d.site, d.period);
  if (!total || hours <= 0) return std::nullopt;
  return *total / hours;
}

// Open days without any visitor count: a gap in the data, shown, not hidden.
Opt DaysWithoutData(const PeriodData& d) {
  int missing = 0;
  for (Date day = d.period.from; day <= d.period.to; day = day.AddDays(1)) {
    if (!d.site->OpeningOn(day).empty() && !d.visit_days.count(day)) ++missing;
  }
  return missing;
}

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

Opt EventsCancelRate(const PeriodData& d) {
  if (d.events.empty()) return std::nullopt;
  return 100.0 * *EventsCancelled(d) / static_cast<double>(d.events.size());
}

Opt EventsParticipants(const PeriodData& d) {
  double sum = 0;
  for (const Event& e : d.events)
    if (Held(e) && e.participants) sum += static_cast<double>(*e.participants);
  return sum;
}

Opt EventsFillRate(const PeriodData& d) {
  double participants = 0, capacity = 0;
  for (const Event& e : d.events) {
    if (Held(e) && e.participants && e.capacity && *e.capacity > 0) {
      participants += static_cast<double>(*e.participants);
      capacity += static_cast<double>(*e.capacity);
    }
  }
  if (capacity <= 0) return std::nullopt;
  return 100.0 * participants / capacity;
}

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
Opt FeedbackResponseRate(const PeriodData& d) {
  std::set<std::string> counted;
  double participants = 0;
  for (const Event& e : d.events) {
    if (Held(e) && e.participants && *e.participants > 0) {
      counted.insert(e.id);
      participants += static_cast<double>(*e.participants);
    }
  }
  if (participants <= 0) return std::nullopt;
  int linked = 0;
  for (const FeedbackResponse& r : d.feedback) linked += counted.count(r.event_id) > 0;
  return 100.0 * linked / participants;
}

Opt FeedbackRecommendRate(const PeriodData& d) {
  const QuestionItem* item = nullptr;
  for (const QuestionItem& q : d.site->questionnaire)
    if (q.role == "recommend") item = &q;
  if (!item) return std::nullopt;
  int answered = 0, positive = 0;
  for (const FeedbackResponse& r : d.feedback) {
    auto it = r.answers.find(item->id);
    if (it == r.answers.end()) continue;
    std::optional<double> v = ScaleValue(*item, it->second);
    if (!v) continue;
    ++answered;
    positive += IsPositive(*item, *v);
  }
  if (answered == 0) return std::nullopt;
  return 100.0 * positive / answered;
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

}  // namespace

const std::vector<IndicatorDef>& Indicators() {
  static const std::vector<IndicatorDef> kIndicators = {
      {"visitors.total", "count", "Besuche", "Visits",
       "Gezählte Besuche im Zeitraum: je Tag der Wert der Zählanlage, an Tagen ohne Zählerdaten die Summe der Strichlisten (ein Tag zählt nur einmal).",
       "Visits counted in the period: per day the counter's total, on days without counter data the tally sheets' total (a day counts once).",
       VisitorsTotal},
      {"visitors.per_open_hour", "per_hour", "Besuche je Öffnungsstunde", "Visits per opening hour",
       "Besuche geteilt durch die laut Öffnungszeiten gehaltenen Öffnungsstunden (ohne Schließtage).",
       "Visits divided by the opening hours held according to the schedule (closures excluded).",
       VisitorsPerOpenHour},
      {"opening.hours", "hours", "Öffnungsstunden", "Opening hours",
       "Stunden, die der Ort laut Öffnungszeiten und Schließtagen geöffnet war.",
       "Hours the place was open according to its schedule and closures.", OpenHoursHeld},
      {"opening.days", "days", "Öffnungstage", "Opening days",
       "Tage, an denen der Ort laut Öffnungszeiten geöffnet war.",
       "Days the place was open according to its schedule.", OpenDaysHeld},
      {"visitors.days_without_data", "days", "Öffnungstage ohne Besuchsdaten", "Open days without visit data",
       "Öffnungstage, für die weder Zählerdaten noch Strichlisten vorliegen (Datenlücke).",
       "Opening days with neither counter data nor tally sheets (a data gap).", DaysWithoutData},
      {"events.held", "count", "Durchgeführte Veranstaltungen", "Events held",
       "Veranstaltungen im Zeitraum mit Status durchgeführt.", "Events in the period with status held.", EventsHeld},
      {"events.cancelled", "count", "Abgesagte Veranstaltungen", "Events cancelled",
       "Veranstaltungen im Zeitraum mit Status abgesagt.", "Events in the period with status cancelled.",
       EventsCancelled},
      {"events.cancel_rate", "percent", "Absagequote", "Cancellation rate",
       "Anteil der abgesagten an allen geplanten Veranstaltungen des Zeitraums.",
       "Share of cancelled events among all events planned in the period.", EventsCancelRate},
      {"events.participants", "count", "Teilnehmende an Veranstaltungen", "Event participants",
       "Summe der Teilnehmenden aller durchgeführten Veranstaltungen.", "Sum of participants of all events held.",
       EventsParticipants},
      {"events.fill_rate", "percent", "Auslastung", "Fill rate",
       "Teilnehmende geteilt durch Plätze, über alle durchgeführten Veranstaltungen mit Platzangabe.",
       "Participants divided by capacity, over all events held that state a capacity.", EventsFillRate},
      {"feedback.responses", "count", "Feedbackbögen", "Feedback responses",
       "Ausgefüllte Feedbackbögen im Zeitraum (Papier und digital).",
       "Feedback forms filled in during the period (paper and digital).", FeedbackResponses},
      {"feedback.responses.paper", "count", "Feedbackbögen (Papier)", "Feedback responses (paper)",
       "Ausgefüllte Papierbögen im Zeitraum.", "Paper forms filled in during the period.", FeedbackPaper},
      {"feedback.responses.digital", "count", "Feedbackbögen (digital)", "Feedback responses (digital)",
       "Digital ausgefüllte Bögen im Zeitraum.", "Forms filled in digitally during the period.", FeedbackDigital},
      {"feedback.response_rate", "percent", "Rücklaufquote", "Response rate",
       "Bögen, die einer durchgeführten Veranstaltung zugeordnet sind, geteilt durch deren Teilnehmende.",
       "Forms linked to an event held, divided by the participants of those events.", FeedbackResponseRate},
      {"feedback.recommend_rate", "percent", "Weiterempfehlung", "Recommendation rate",
       "Anteil positiver Antworten auf die Weiterempfehlungsfrage (ja; bei Skalen die beiden obersten Stufen) an allen Antworten darauf.",
       "Share of positive answers to the recommendation question (yes; on scales the top two steps) among all answers to it.",
       FeedbackRecommendRate},
      {"partners.distinct", "count", "Kooperationspartner", "Partners",
       "Verschiedene Partnerorganisationen der durchgeführten Veranstaltungen.",
       "Distinct partner organisations of the events held.", PartnersDistinct},
      {"partners.new", "count", "Neue Kooperationspartner", "New partners",
       "Partnerorganisationen, die im Zeitraum zum ersten Mal an einer Veranstaltung beteiligt waren.",
       "Partner organisations involved in an event for the first time in the period.", PartnersNew},
      {"votes.total", "count", "Klebepunkte", "Sticker votes",
       "Summe der Klebepunkte auf der Wunschwand im Zeitraum.", "Sticker dots placed on the wish board in the period.",
       VotesTotal},
  };
  return kIndicators;
}

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
