#include "document/consolidation_sections.h"

#include <algorithm>

#include "document/edition.h"
#include "document/rule_words.h"
#include "document/stop_sections.h"
#include "document/vorlage_sections.h"
#include "evaluate/cumulative.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// A council reads six half-years at most in one table; older ones are in
// the JSON and CSV output.
constexpr size_t kMaxHistoryColumns = 6;

std::string Label(const BuildContext& c, const IndicatorDef& def) { return SiteLabel(c, def); }

std::vector<const HistoryPoint*> LastHalfYears(const BuildContext& c, size_t n) {
  std::vector<const HistoryPoint*> out;
  for (const HistoryPoint& h : c.ev.history) out.push_back(&h);
  if (out.size() > n) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(n));
  return out;
}

std::optional<double> HistoryValue(const HistoryPoint& h, const std::string& id) {
  auto it = h.values.find(id);
  return it == h.values.end() ? std::nullopt : it->second;
}

Paragraph NoHistory(const BuildContext& c) {
  return Paragraph{c.S("consolidation.no_history.there_no_data_earlier")};
}

}  // namespace

std::string ShortPeriodLabel(const Period& p, const std::string& lang) {
  if (p.kind != Period::Kind::kHalf) return p.Label(lang);
  Result<const Strings*> words = Strings::Builtin(lang);
  if (!words.ok()) return p.Label(lang);
  return (*words)->Format(p.from.month() == 1 ? "consolidation.short_period.first_half"
                                              : "consolidation.short_period.second_half",
                          {{"year", std::to_string(p.from.year())}});
}

std::string DateText(const Date& d, const std::string& lang) {
  return BuiltinLocale(lang).FormatDate(d);
}

Status AddHistoryTable(const BuildContext& c, const Poco::JSON::Object& section,
                       const std::string& path, Document* doc) {
  Poco::JSON::Array::Ptr ids = section.getArray("indicators");
  if (!ids) {
    return Status::Config(c.file + ": " + path +
                          ".indicators: " + CliWords()("cli.template.indicators_needed"));
  }
  std::vector<const IndicatorDef*> defs;
  for (size_t i = 0; i < ids->size(); ++i) {
    std::string id = ids->getElement<std::string>(static_cast<unsigned>(i));
    const IndicatorDef* def = FindIndicator(id);
    if (!def) {
      return Status::Config(c.file + ": " + path + ".indicators[" + std::to_string(i) + "]: " +
                            CliWords().Format("cli.template.unknown_indicator", {{"id", id}}));
    }
    defs.push_back(def);
  }
  if (c.ev.history.empty()) {
    doc->blocks.push_back(NoHistory(c));
    return Status::Ok();
  }
  std::vector<const HistoryPoint*> halves = LastHalfYears(c, kMaxHistoryColumns);
  Table table;
  table.columns.push_back({c.S("consolidation.history_table.indicator"), false});
  for (const HistoryPoint* h : halves) table.columns.push_back({ShortLabel(c, h->period), true});
  for (const IndicatorDef* def : defs) {
    std::vector<std::string> row = {Label(c, *def)};
    for (const HistoryPoint* h : halves)
      row.push_back(c.locale().FormatByUnit(HistoryValue(*h, def->id), def->unit));
    table.rows.push_back(std::move(row));
  }
  if (c.ev.history.size() > halves.size()) {
    table.caption = c.S("consolidation.history_table.last_six_half_years");
  }
  doc->blocks.push_back(table);
  doc->blocks.push_back(Remark{c.S("consolidation.history_table.no_data_half_year")});
  return Status::Ok();
}

BarChart HistoryBarChart(const BuildContext& c, const IndicatorDef& def, const std::string& title) {
  BarChart chart;
  chart.title =
      title.empty() ? Label(c, def) + c.S("consolidation.history_bar_chart.per_half_year") : title;
  chart.unit = std::string(def.unit) == "percent" ? "%" : Label(c, def);
  chart.empty_message = NoHistory(c).text;
  ChartSeries series{Label(c, def), {}};
  for (const HistoryPoint* h : LastHalfYears(c, 2 * kMaxHistoryColumns)) {
    chart.categories.push_back(ChartPeriodLabel(c, h->period));
    series.values.push_back(HistoryValue(*h, def.id));
  }
  if (std::any_of(series.values.begin(), series.values.end(), [](auto v) { return v.has_value(); }))
    chart.series.push_back(series);
  return chart;
}

Status AddHistoryChart(const BuildContext& c, const Poco::JSON::Object& section,
                       const std::string& path, Document* doc) {
  std::string id = section.has("indicator") ? section.getValue<std::string>("indicator") : "";
  const IndicatorDef* def = FindIndicator(id);
  if (!def) {
    return Status::Config(c.file + ": " + path + ".indicator: " +
                          CliWords().Format("cli.template.unknown_indicator", {{"id", id}}));
  }
  doc->blocks.push_back(
      HistoryBarChart(c, *def, Substitute(Localized(section, "title", c.lang), c)));
  return Status::Ok();
}

void AddCumulativeReach(const BuildContext& c, Document* doc) {
  const CumulativeReach& r = c.ev.cumulative;
  if (!r.from) {
    doc->blocks.push_back(NoHistory(c));
    return;
  }
  KpiTiles tiles;
  const std::pair<const char*, const char*> shown[] = {
      {"visitors.total", "consolidation.cumulative.visits"},
      {"events.held", "consolidation.cumulative.events_held"},
      {"events.participants", "consolidation.cumulative.event_participations"},
      {"partners.distinct", "consolidation.cumulative.different_partners"},
  };
  for (const auto& [id, label] : shown) {
    auto it = r.values.find(id);
    if (it == r.values.end()) continue;
    KpiTile tile;
    tile.value = it->second ? c.locale().FormatNumber(*it->second, 0) : "–";
    tile.label = c.S(label);
    tiles.tiles.push_back(tile);
  }
  doc->blocks.push_back(tiles);
  // An unfinished last half-year adds only the days its data covers.
  Date last = c.ev.coverage.complete() ? *r.to : std::min(*r.to, c.ev.coverage.covered_to);
  std::string from = DateText(*r.from, c.lang), to = DateText(last, c.lang);
  doc->blocks.push_back(Remark{
      c.words.Format("consolidation.cumulative.sums",
                     {{"half_years", std::to_string(r.half_years)}, {"from", from}, {"to", to}})});
}

BarChart PartnerGrowthChart(const BuildContext& c) {
  BarChart chart;
  chart.title = c.S("consolidation.partner_growth_chart.partners_per_half_year");
  chart.unit = c.S("consolidation.partner_growth_chart.partners");
  chart.empty_message = NoHistory(c).text;
  ChartSeries all{c.S("consolidation.partner_growth_chart.partners_half_year"), {}};
  ChartSeries fresh{c.S("consolidation.partner_growth_chart.which_new"), {}};
  for (const HistoryPoint* h : LastHalfYears(c, 2 * kMaxHistoryColumns)) {
    chart.categories.push_back(ChartPeriodLabel(c, h->period));
    all.values.push_back(HistoryValue(*h, "partners.distinct"));
    fresh.values.push_back(HistoryValue(*h, "partners.new"));
  }
  if (std::any_of(all.values.begin(), all.values.end(), [](auto v) { return v.has_value(); })) {
    chart.series.push_back(all);
    chart.series.push_back(fresh);
  }
  return chart;
}

void AddPartnerGrowth(const BuildContext& c, Document* doc) {
  doc->blocks.push_back(PartnerGrowthChart(c));
  auto it = c.ev.cumulative.values.find("partners.distinct");
  if (it == c.ev.cumulative.values.end() || !it->second || !c.ev.cumulative.from) return;
  std::string n = c.locale().FormatNumber(*it->second, 0);
  doc->blocks.push_back(Paragraph{c.words.Format(
      "consolidation.partner_growth.since",
      {{"from", DateText(*c.ev.cumulative.from, c.lang)}, {"n", n}, {"site", c.ev.site->name}})});
}

namespace {

std::string EvidenceLine(const BuildContext& c, const AreaIndicator& i) {
  std::string line = IndicatorLabel(c, i.id) + ": ";
  if (i.first_period && i.last_period && i.first_period->from != i.last_period->from) {
    line += ShortLabel(c, *i.first_period) + " " + ValueText(c, i.id, i.first) + " → " +
            ShortLabel(c, *i.last_period) + " " + ValueText(c, i.id, i.last);
  } else if (i.last_period) {
    line += ShortLabel(c, *i.last_period) + " " + ValueText(c, i.id, i.last);
  }
  if (i.total && i.first_period && i.last_period && i.first_period->from != i.last_period->from) {
    line += c.S("consolidation.evidence_line.since_start") + c.locale().FormatNumber(*i.total, 0);
  }
  // A total of an unfinished half-year still grows: no verdict on it yet.
  if (i.provisional)
    line += c.S("consolidation.evidence_line.target_provisional");
  else if (i.status == TargetState::kMet)
    line += c.S("consolidation.evidence_line.target_met");
  else if (i.status == TargetState::kNear)
    line += c.S("consolidation.evidence_line.target_nearly_met");
  else if (i.status == TargetState::kMissed)
    line += c.S("consolidation.evidence_line.target_missed");
  return line;
}

}  // namespace

void AddGoalEvidence(const BuildContext& c, Document* doc) {
  std::vector<const AreaEvidence*> areas;
  for (const AreaEvidence& a : c.ev.goal_evidence) areas.push_back(&a);
  // The team's own priorities first: the case is made where the place wants
  // to have an effect.
  std::stable_sort(areas.begin(), areas.end(), [](const AreaEvidence* a, const AreaEvidence* b) {
    return a->priority.value_or(99) < b->priority.value_or(99);
  });
  // A council reads a handful of figures per area; the rest are in the
  // history table and the appendix.
  constexpr size_t kMaxLines = 5;
  const int k = c.ev.privacy_threshold;
  Table table;
  table.columns = {{c.S("consolidation.goal_evidence.goal_area"), false},
                   {c.S("consolidation.goal_evidence.prio"), true},
                   {c.S("consolidation.goal_evidence.evidence_since_start"), false},
                   {c.S("consolidation.goal_evidence.verdict"), false}};
  std::vector<std::pair<std::string, const SelectedQuote*>> voices;
  for (const AreaEvidence* a : areas) {
    std::vector<std::string> lines;
    for (const AreaIndicator& i : a->indicators) {
      if (lines.size() == kMaxLines) break;
      lines.push_back(EvidenceLine(c, i));
    }
    for (const AreaTheme& t : a->themes) {
      std::string count = c.ev.internal || t.mentions >= k
                              ? c.locale().FormatNumber(t.mentions, 0)
                              : c.S("consolidation.goal_evidence.fewer_than") + std::to_string(k);
      lines.push_back(c.words.Format("consolidation.goal_evidence.theme_mentions",
                                     {{"theme", t.label}, {"count", count}}));
      // One voice per theme, each quote once in the paper.
      for (const SelectedQuote& q : t.quotes) {
        if (!c.log.quotes_shown.insert(q.id).second) continue;
        // The theme beside the area: why the voice speaks for it.
        voices.push_back({GoalAreaText(c.words, a->id) + " (" + t.label + ")", &q});
        break;
      }
    }
    std::string verdict;
    int judged = a->met + a->near + a->missed;
    if (a->empty())
      verdict = c.S("consolidation.goal_evidence.no_evidence");
    else if (judged == 0 && a->provisional > 0)
      verdict = c.S("consolidation.goal_evidence.provisional");
    else if (judged == 0)
      verdict = c.S("consolidation.goal_evidence.no_target");
    else if (a->missed == 0 && a->near == 0)
      verdict = c.S("consolidation.goal_evidence.evidenced");
    else if (a->met + a->near > 0)
      verdict = c.S("consolidation.goal_evidence.partly_evidenced");
    else
      verdict = c.S("consolidation.goal_evidence.not_yet_evidenced");
    if (judged > 0) {
      verdict += " (" + std::to_string(a->met) + c.S("consolidation.goal_evidence.of") +
                 std::to_string(judged) + c.S("consolidation.goal_evidence.targets_met");
    }
    std::string evidence = lines.empty() ? c.S("consolidation.goal_evidence.there_no_evidence_own")
                                         : Join(lines, "; ");
    table.rows.push_back({GoalAreaText(c.words, a->id),
                          a->priority ? std::to_string(*a->priority) : "–", evidence, verdict});
  }
  table.caption = c.S("consolidation.goal_evidence.prio_1_most_important");
  if (c.ev.site->goal_priorities_from_type) {
    // No ranking of its own: the study's aims for the place's type stand in.
    table.caption = ReplaceAll(table.caption, c.S("consolidation.goal_evidence.team_s_own_ranking"),
                               c.S("consolidation.goal_evidence.goals_difu_study_names"));
  }
  doc->blocks.push_back(table);
  if (!voices.empty()) {
    doc->blocks.push_back(Heading{2, c.S("consolidation.goal_evidence.voices_goal_areas")});
  }
  for (const auto& [area, quote] : voices) {
    // Quotes of earlier half-years too: the public edition shows them without
    // names and tags, like every other quote.
    std::string source = ReaderText(c, QuoteSourceText(c.words, quote->source_kind, quote->source));
    std::string when = QuoteWhen(*quote).Label(c.lang);
    doc->blocks.push_back(Quote{Quoted(ReaderText(c, quote->text), c.lang),
                                area + " – " + (source.empty() ? "" : source + ", ") + when});
  }
}

namespace {

// "geplant", or "beraten am 16.03.2027" / "entschieden am 30.03.2027" as the
// team recorded it.
std::string BodyStatus(const BuildContext& c, const Beratung& b) {
  if (!b.erledigt_am) return c.S("consolidation.body_status.planned");
  bool decides = b.zustaendigkeit == "Entscheidung";
  return (decides ? c.S("consolidation.body_status.decided")
                  : c.S("consolidation.body_status.deliberated")) +
         DateText(*b.erledigt_am, c.lang);
}

// "Ausschuss für Bildung und Digitales (Vorberatung)". The roles of the
// council's information system (Vorberatung, Entscheidung, Kenntnisnahme)
// are named in the reader's language; any other role as the team wrote it.
std::string BodyWithRole(const BuildContext& c, const Beratung& b) {
  std::string role = b.zustaendigkeit;
  std::string key = "consolidation.body_role." + AsciiLower(role);
  if (!role.empty() && c.words.Has(key)) role = c.S(key);
  return b.gremium + (role.empty() ? "" : " (" + role + ")");
}

}  // namespace

TimelineChart FundingTimelineChart(const BuildContext& c) {
  const FundingTimeline& t = c.ev.funding;
  TimelineChart chart;
  chart.title = c.S("consolidation.funding_timeline_chart.schedule_up_funding_end");
  chart.empty_message = c.S("consolidation.funding_timeline_chart.no_funding_end_configured");
  if (!t.funding_end || !c.ev.today) return chart;
  Date today = *c.ev.today;
  Date start = std::min(today, t.planning_start_due.value_or(today)).FirstOfMonth();
  Date end = t.funding_end->AddMonths(1).FirstOfMonth();
  chart.span_days = end.days() - start.days();
  auto day = [&](const Date& d) { return std::clamp(d.days() - start.days(), 0, chart.span_days); };
  for (Date m = start; m <= end; m = m.AddMonths(1)) {
    if (m.month() == 1 || m.month() == 7) {
      chart.ticks.push_back(
          {day(m), c.locale().MonthShort(m.month()) + " " + std::to_string(m.year())});
    }
  }
  if (t.planning_start_due) {
    chart.range_from = day(*t.planning_start_due);
    chart.range_to = day(*t.funding_end);
    chart.range_label = c.S("consolidation.funding_timeline_chart.18_months_before_funding");
  }
  std::vector<TimelineMark> marks;
  // Seen from the meeting (--meeting), "today" is the meeting day.
  bool at_meeting = t.meeting && *t.meeting == today;
  marks.push_back({day(today), DateText(today, c.lang),
                   at_meeting ? c.S("consolidation.funding_timeline_chart.meeting_today")
                              : c.S("consolidation.funding_timeline_chart.today"),
                   TimelineMarkKind::kToday, false});
  if (t.planning_start_due) {
    std::string label = c.S("consolidation.funding_timeline_chart.start_planning");
    if (t.planning_started)
      label += c.S("consolidation.funding_timeline_chart.started") +
               DateText(*t.planning_started, c.lang) + ")";
    marks.push_back({day(*t.planning_start_due), DateText(*t.planning_start_due, c.lang), label,
                     TimelineMarkKind::kMilestone, false});
  }
  const std::vector<Beratung>& folge = c.ev.site->vorlage.beratungsfolge;
  auto body_on = [&](const Date& d) -> const Beratung* {
    for (const Beratung& b : folge)
      if (b.datum && *b.datum == d) return &b;
    return nullptr;
  };
  for (const Date& m : t.meetings_ahead) {
    if (m > end) continue;
    bool last = t.last_deciding_meeting && m == *t.last_deciding_meeting;
    std::string label = last ? c.S("consolidation.funding_timeline_chart.last_meeting_time")
                             : c.S("consolidation.funding_timeline_chart.committee_meeting");
    std::string date = DateText(m, c.lang);
    // The committee's meeting that deliberates the paper names its body and
    // status, like the bodies after it (set in bold when it is the last in
    // time, which the text and the table say in words).
    if (const Beratung* b = body_on(m)) {
      label = b->gremium;
      date += " · " + BodyStatus(c, *b);
    }
    marks.push_back({day(m), date, label, TimelineMarkKind::kMeeting, last});
  }
  // The bodies of the Beratungsfolge that are not committee meetings (the
  // Haupt- und Finanzausschuss, the council that decides): each with its
  // date and the status the team recorded.
  for (const Beratung& b : folge) {
    if (!b.datum || *b.datum < start || *b.datum > end) continue;
    if (std::find(t.meetings_ahead.begin(), t.meetings_ahead.end(), *b.datum) !=
        t.meetings_ahead.end())
      continue;
    marks.push_back({day(*b.datum), DateText(*b.datum, c.lang) + " · " + BodyStatus(c, b),
                     b.gremium, TimelineMarkKind::kMeeting, b.zustaendigkeit == "Entscheidung"});
  }
  // The steps the team recorded (lease notice, staff contracts, reviews),
  // named by their kind: the table below gives the team's wording. The
  // planning start is the milestone above.
  for (const RecordedStep& step : t.steps) {
    if (step.art == StepKind::kPlanning || step.bis < start || step.bis > end) continue;
    std::string label =
        step.art == StepKind::kLease ? c.S("consolidation.funding_timeline_chart.lease_deadline")
        : step.art == StepKind::kStaff
            ? c.S("consolidation.funding_timeline_chart.staff_contracts_deadline")
        : step.art == StepKind::kReview ? c.S("consolidation.funding_timeline_chart.review")
                                        : PositionText(c, step.was);
    marks.push_back(
        {day(step.bis),
         DateText(step.bis, c.lang) + " · " +
             (step.erledigt_am ? c.S("consolidation.funding_timeline_chart.done")
                               : c.S("consolidation.funding_timeline_chart.planned")),
         label,
         step.art == StepKind::kReview ? TimelineMarkKind::kMilestone : TimelineMarkKind::kDeadline,
         false});
  }
  if (t.budget_deadline && *t.budget_deadline <= end) {
    marks.push_back({day(*t.budget_deadline), DateText(*t.budget_deadline, c.lang),
                     c.S("consolidation.funding_timeline_chart.budget_deadline"),
                     TimelineMarkKind::kDeadline, false});
  }
  marks.push_back({day(*t.funding_end), DateText(*t.funding_end, c.lang),
                   c.S("consolidation.funding_timeline_chart.funding_ends"),
                   TimelineMarkKind::kMilestone, true});
  std::stable_sort(marks.begin(), marks.end(),
                   [](const TimelineMark& a, const TimelineMark& b) { return a.day < b.day; });
  chart.marks = std::move(marks);
  return chart;
}

void AddFundingTimeline(const BuildContext& c, Document* doc) {
  const FundingTimeline& t = c.ev.funding;
  if (!t.funding_end || !c.ev.today) {
    std::string text = c.S("consolidation.funding_timeline.no_funding_end_has");
    // How to add it is for the team, not for the council.
    if (c.internal()) {
      text += c.S("consolidation.funding_timeline.add_ankerbericht_json_funding");
    }
    doc->blocks.push_back(Paragraph{text});
    return;
  }
  std::string end = DateText(*t.funding_end, c.lang);
  std::string months = std::to_string(t.months_left);
  // "in 1 Monaten" is no German: one month and the last weeks read as words.
  std::string in_months =
      t.months_left == 1 ? c.S("consolidation.funding_timeline.one_month")
      : t.months_left == 0 && *t.funding_end >= *c.ev.today
          ? c.S("consolidation.funding_timeline.less_than_month")
          : c.words.Format("consolidation.funding_timeline.in_months", {{"n", months}});
  std::string text;
  if (*t.funding_end < *c.ev.today) {
    // Reports are also made after the end (for the record): then the
    // planning rule is history, not a call to act.
    doc->blocks.push_back(
        Paragraph{c.words.Format("consolidation.funding_timeline.ended", {{"end", end}})});
    return;
  }
  std::string due = DateText(*t.planning_start_due, c.lang);
  text = c.words.Format("consolidation.funding_timeline.ends",
                        {{"end", end}, {"in_months", in_months}, {"due", due}}) +
         " ";
  if (t.planning_started) {
    text += c.words.Format(*t.planning_started <= *t.planning_start_due
                               ? "consolidation.funding_timeline.planning_started_in_time"
                               : "consolidation.funding_timeline.planning_started_late",
                           {{"date", DateText(*t.planning_started, c.lang)}});
  } else {
    text += c.S(*c.ev.today > *t.planning_start_due
                    ? "consolidation.funding_timeline.planning_overdue"
                    : "consolidation.funding_timeline.planning_not_recorded");
  }
  if (t.meeting) {
    text += " " + c.words.Format("consolidation.funding_timeline.paper_meeting",
                                 {{"meeting", DateText(*t.meeting, c.lang)},
                                  {"submit_by", DateText(*t.submit_by, c.lang)}});
    if (t.next_body && t.next_body->datum) {
      // The body's name as configured, without an article ("Rat der Stadt
      // Lindenau", "Stadtrat"): the German text puts it after a colon, which
      // reads right for every name.
      bool decides = t.next_body->zustaendigkeit == "Entscheidung";
      text += " " + c.words.Format(decides ? "consolidation.funding_timeline.next_body_decides"
                                           : "consolidation.funding_timeline.next_body_deliberates",
                                   {{"body", t.next_body->gremium},
                                    {"date", DateText(*t.next_body->datum, c.lang)}});
    }
  }
  if (t.last_deciding_meeting) {
    text += " " + c.words.Format("consolidation.funding_timeline.last_meeting",
                                 {{"date", DateText(*t.last_deciding_meeting, c.lang)}});
  } else {
    text += c.S("consolidation.funding_timeline.no_committee_meeting_planned");
  }
  doc->blocks.push_back(Paragraph{text});
  doc->blocks.push_back(FundingTimelineChart(c));
  Table table;
  table.columns = {{c.S("consolidation.funding_timeline.date"), false},
                   {c.S("consolidation.funding_timeline.status"), false}};
  table.rows.push_back({c.S("consolidation.funding_timeline.funding_ends"), end});
  table.rows.push_back({c.S("consolidation.funding_timeline.months_until_funding_ends"), months});
  table.rows.push_back(
      {c.S("consolidation.funding_timeline.start_planning_18_month"),
       c.S("consolidation.funding_timeline.by") + due + " – " +
           (t.planning_started ? c.S("consolidation.funding_timeline.started") +
                                     DateText(*t.planning_started, c.lang)
                               : c.S("consolidation.funding_timeline.start_not_recorded"))});
  table.rows.push_back({c.S("consolidation.funding_timeline.budget_deadline"),
                        t.budget_deadline ? DateText(*t.budget_deadline, c.lang)
                                          : c.S("consolidation.funding_timeline.not_configured")});
  table.rows.push_back({c.S("consolidation.funding_timeline.last_committee_meeting_before"),
                        t.last_deciding_meeting ? DateText(*t.last_deciding_meeting, c.lang)
                                                : c.S("consolidation.funding_timeline.none")});
  if (t.meeting) {
    table.rows.push_back(
        {c.S("consolidation.funding_timeline.meeting_paper"), DateText(*t.meeting, c.lang)});
    table.rows.push_back({c.S("consolidation.funding_timeline.submit_paper"),
                          DateText(*t.submit_by, c.lang) + " (" +
                              std::to_string(c.ev.site->vorlage.vorlauf_wochen) +
                              c.S("consolidation.funding_timeline.weeks_before_meeting")});
  }
  // Every body of the Beratungsfolge with its meeting and recorded status.
  for (const Beratung& b : c.ev.site->vorlage.beratungsfolge) {
    table.rows.push_back({c.S("consolidation.funding_timeline.deliberation") + BodyWithRole(c, b),
                          (b.datum ? DateText(*b.datum, c.lang) : std::string(kBlankField)) +
                              " – " + BodyStatus(c, b)});
  }
  for (const RecordedStep& step : t.steps) {
    table.rows.push_back({c.S("consolidation.funding_timeline.step_by") +
                              DateText(step.bis, c.lang) + ": " + PositionText(c, step.was),
                          step.erledigt_am ? c.S("consolidation.funding_timeline.done") +
                                                 DateText(*step.erledigt_am, c.lang)
                                           : c.S("consolidation.funding_timeline.planned")});
  }
  std::vector<std::string> later;
  for (const Date& m : t.meetings_ahead) later.push_back(DateText(m, c.lang));
  table.rows.push_back({c.S("consolidation.funding_timeline.meetings_today"),
                        later.empty() ? "–" : Join(later, ", ")});
  table.caption = c.S("consolidation.funding_timeline.as_of") + DateText(*c.ev.today, c.lang) +
                  c.S("consolidation.funding_timeline.dates_funding_notice_meeting");
  doc->blocks.push_back(table);
}

}  // namespace ankerbericht
