#include "document/slide_sections.h"

#include <algorithm>

#include "document/comparison_words.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/figure_sections.h"
#include "document/finding_sections.h"
#include "document/markdown_text.h"
#include "document/qualitative_sections.h"
#include "document/rule_words.h"
#include "document/stop_sections.h"
#include "document/vorlage_sections.h"
#include "evaluate/comparison_basis.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

constexpr size_t kMaxQuotes = 3;
constexpr size_t kMaxBullets = 5;

// "Quelle: Zählanlage · 1. Halbjahr 2026": every slide says where its
// figures come from and which period they cover.
std::string Footer(const BuildContext& c, const Poco::JSON::Object& section,
                   const std::string& fallback, const std::string& period) {
  std::string source = Substitute(Localized(section, "source", c.lang), c);
  if (source.empty()) source = fallback;
  return c.S("slides.footer.source") + source + " · " + period;
}

// A message chosen by the direction of the change: {"up": ..., "down": ...,
// "same": ...}; a plain text (or {"de", "en"}) otherwise. |undirected| when
// the change has no direction to speak of.
std::string Message(const BuildContext& c, const Poco::JSON::Object& section,
                    std::optional<double> now, std::optional<double> before,
                    const std::string& undirected) {
  Poco::JSON::Object::Ptr m = section.has("message") ? section.getObject("message") : nullptr;
  if (m && (m->has("up") || m->has("down") || m->has("same"))) {
    std::string key = "same";
    if (now && before && *now > *before) key = "up";
    if (now && before && *now < *before) key = "down";
    // Without a comparison there is no direction to speak of ("more than a
    // year earlier" against a year the place was not open yet).
    if (!now || !before) return undirected;
    return Localized(*m, key, c.lang);
  }
  return Localized(section, "message", c.lang);
}

// Period names stay on one line ("1. Halbjahr 2026" broken after "1." reads
// as a sentence end): their spaces become no-break spaces.
std::string KeepPeriodsTogether(std::string text, const BuildContext& c) {
  for (const Period* p : {&c.ev.period, &c.ev.previous, &c.ev.year_before}) {
    std::string label = p == &c.ev.period ? p->Label(c.lang) : ComparisonLabel(c, *p);
    std::string joined;
    for (char ch : label) joined += ch == ' ' ? std::string("\u00A0") : std::string(1, ch);
    text = ReplaceAll(text, label, joined);
  }
  return text;
}

std::string MonthYear(const Date& d, const std::string& lang) {
  return BuiltinLocale(lang).FormatDate(d, Locale::DateStyle::kMonthYear);
}

}  // namespace

Status AddTitleSlide(const BuildContext& c, const std::string& kicker,
                     const Poco::JSON::Object& section, const std::string& path, Document* doc) {
  std::string period =
      section.has("period") ? section.getValue<std::string>("period") : "half_year";
  if (period != "half_year" && period != "since_start") {
    return Status::Config(CliWords().Format("cli.template.period_values",
                                            {{"where", c.file + ": " + path}, {"period", period}}));
  }
  // A deck for the consolidation meeting shows the whole funding period (its
  // figure slides name their own half-year in the footer).
  bool whole = period == "since_start";
  std::string span = whole ? CoveredSpan(c) : c.ev.period.Label(c.lang);
  Slide s;
  s.title_slide = true;
  s.kicker = kicker;
  s.title = c.ev.site->name;
  s.subtitle = c.ev.site->municipality + (c.ev.site->municipality.empty() ? "" : " · ") + span;
  const Vorlage& v = c.ev.site->vorlage;
  if (!v.nummer.empty()) s.bullets.push_back(c.S("slides.title_slide.paper_no") + v.nummer);
  if (c.ev.funding.meeting) {
    std::string body;
    for (const Beratung& b : v.beratungsfolge)
      if (b.datum && *b.datum == *c.ev.funding.meeting) body = b.gremium;
    s.bullets.push_back((body.empty() ? c.S("slides.title_slide.meeting")
                                      : body + c.S("slides.title_slide.meeting_after_paper")) +
                        DateText(*c.ev.funding.meeting, c.lang));
  }
  s.bullets.push_back(c.S("slides.title_slide.data_as_of") + DateText(c.in.today, c.lang));
  if (std::string notice = CoverageNotice(c); !notice.empty()) s.bullets.push_back(notice);
  s.source = c.S("slides.title_slide.source") + c.S("slides.title_slide.team_s_own_records") +
             " · " + (whole ? span : c.ev.period.Describe(c.lang));
  doc->blocks.push_back(std::move(s));
  return Status::Ok();
}

Status AddFigureSlide(const BuildContext& c, const Poco::JSON::Object& section,
                      const std::string& path, Document* doc) {
  std::string id = section.has("indicator") ? section.getValue<std::string>("indicator") : "";
  const IndicatorDef* def = FindIndicator(id);
  if (!def)
    return Status::Config(
        CliWords().Format("cli.template.unknown_indicator_at",
                          {{"where", c.file + ": " + path + ".indicator"}, {"id", id}}));
  std::string compare =
      section.has("compare") ? section.getValue<std::string>("compare") : "year_before";
  if (compare != "year_before" && compare != "previous" && compare != "none") {
    return Status::Config(
        CliWords().Format("cli.template.compare_values", {{"where", c.file + ": " + path}}));
  }
  std::string chart = section.has("chart") ? section.getValue<std::string>("chart") : "none";
  constexpr const char* kCharts[] = {"history", "visits_by_month", "partners", "none"};
  if (std::find(std::begin(kCharts), std::end(kCharts), chart) == std::end(kCharts)) {
    return Status::Config(CliWords().Format(
        "cli.template.unknown_chart_at",
        {{"where", c.file + ": " + path},
         {"chart", chart},
         {"known", Join(std::vector<std::string>(std::begin(kCharts), std::end(kCharts)), ", ")}}));
  }
  const IndicatorValue& v = c.ev.indicators.at(id);
  auto withheld = c.ev.withheld.find(id);
  Slide s;
  s.indicator = id;
  s.figure = withheld != c.ev.withheld.end() ? withheld->second
                                             : c.locale().FormatByUnit(v.value, def->unit);
  // "Besuche im 1. Halbjahr 2026"; English reads "Visits in H1 2026".
  s.figure_label = c.words.Format(
      "slides.figure_slide.figure_label",
      {{"label", SiteLabel(c, *def)},
       {"period", c.en() ? ReplaceAll(ShortPeriodLabel(c.ev.period, c.lang), " ", "\u00A0")
                         : c.ev.period.Label(c.lang)}});
  std::optional<double> before;
  std::string compare_period;
  if (compare != "none") {
    before = compare == "previous" ? v.previous : v.year_before;
    compare_period = ComparisonLabel(c, compare == "previous" ? c.ev.previous : c.ev.year_before);
    // Both comparisons, as in the tiles and tables of the reports: the
    // message speaks of one, the note shows the other as well.
    std::vector<std::string> notes;
    for (const auto& [earlier, period] :
         {std::pair{v.previous, &c.ev.previous}, std::pair{v.year_before, &c.ev.year_before}}) {
      if (!earlier) continue;
      // A sum against a partly open period: its value and why no change.
      std::string change = ComparedChangeText(c, id, def->unit, v.value, earlier, *period);
      if (change.empty()) change = PartOpenNote(c, def->unit, *period);
      notes.push_back(ReplaceAll(BriefComparisonLabel(c, *period), " ", "\u00A0") + ": " +
                      c.locale().FormatByUnit(earlier, def->unit) +
                      (change.empty() ? "" : " (" + change + ")"));
    }
    s.figure_note = Join(notes, " · ");
  }
  // Without data a message about growth would be a claim the figures do not
  // make: the slide says plainly that there is nothing to show yet.
  bool no_data =
      withheld == c.ev.withheld.end() && (!v.value || (*v.value == 0 && (!before || *before == 0)));
  // A change that means nothing (comparison_basis.h) gives no direction.
  const Period& compared = compare == "previous" ? c.ev.previous : c.ev.year_before;
  std::optional<double> basis;
  if (compare != "none" && Comparable(*c.ev.site, id, def->unit, compared)) basis = before;
  std::string message = no_data ? c.S("slides.figure_slide.no_data_yet") + s.figure_label
                                : Message(c, section, v.value, basis, s.figure_label);
  message = ReplaceAll(message, "{value}", s.figure);
  message = ReplaceAll(message, "{compare_value}", c.locale().FormatByUnit(before, def->unit));
  message = ReplaceAll(message, "{compare_period}", compare_period);
  s.title = KeepPeriodsTogether(Substitute(message, c), c);
  if (s.title.empty()) s.title = SiteLabel(c, *def);
  s.figure_label = KeepPeriodsTogether(s.figure_label, c);
  s.figure_note = KeepPeriodsTogether(s.figure_note, c);
  if (chart == "history") s.chart = HistoryBarChart(c, *def, "");
  if (chart == "visits_by_month")
    s.chart = VisitsByMonthChart(c, c.S("slides.figure_slide.visits_per_month"));
  if (chart == "partners") s.chart = PartnerGrowthChart(c);
  // An unfinished period says so on the slide, with the spans it is
  // compared with.
  std::string notice = CoverageNotice(c);
  if (!notice.empty()) {
    notice = " · " + notice + c.S("slides.figure_slide.compared") +
             ComparisonLabel(c, c.ev.previous) + c.S("slides.figure_slide.and") +
             ComparisonLabel(c, c.ev.year_before);
  }
  s.source = Footer(c, section, c.S("slides.figure_slide.own_records"),
                    c.ev.period.Label(c.lang) + notice);
  doc->blocks.push_back(std::move(s));
  return Status::Ok();
}

void AddCumulativeSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const CumulativeReach& r = c.ev.cumulative;
  if (!r.from) return;
  auto value = [&](const std::string& id) {
    auto it = r.values.find(id);
    return it == r.values.end() || !it->second ? std::string("–")
                                               : c.locale().FormatNumber(*it->second, 0);
  };
  Slide s;
  s.indicator = "cumulative.visitors.total";
  s.figure = value("visitors.total");
  s.figure_label = c.S("slides.cumulative_slide.visits_since") + MonthYear(*r.from, c.lang);
  std::string title = Substitute(Localized(section, "message", c.lang), c);
  s.title = title.empty() ? c.S("slides.cumulative_slide.what_place_has_achieved") : title;
  s.bullets = {value("events.held") + c.S("slides.cumulative_slide.events"),
               value("events.participants") + c.S("slides.cumulative_slide.event_participations"),
               value("partners.distinct") + c.S("slides.cumulative_slide.different_partners")};
  s.source = Footer(c, section, c.S("slides.cumulative_slide.entrance_counter_tally_sheets"),
                    ShortPeriodLabel(c.ev.history.front().period, c.lang) + " – " +
                        ShortPeriodLabel(c.ev.history.back().period, c.lang));
  doc->blocks.push_back(std::move(s));
}

void AddQuotesSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const Qualitative& q = c.ev.qualitative;
  Slide s;
  // One voice per leading theme: the slide shows the range of what was said.
  for (size_t i : LeadingThemes(q.themes)) {
    if (s.quotes.size() >= kMaxQuotes) break;
    auto quotes = q.quotes.find(q.themes.themes[i].id);
    if (quotes == q.quotes.end() || quotes->second.empty()) continue;
    const SelectedQuote& quote = quotes->second.front();
    s.quotes.push_back(
        Quote{Quoted(ReaderText(c, quote.text), c.lang),
              ReaderText(c, QuoteSourceText(c.words, quote.source_kind, quote.source)) + ", " +
                  QuoteWhen(quote).Label(c.lang)});
  }
  if (s.quotes.empty()) return;
  std::string title = Substitute(Localized(section, "title", c.lang), c);
  s.title = title.empty() ? c.S("slides.quotes_slide.what_people_say") : title;
  s.source = Footer(c, section, c.S("slides.quotes_slide.feedback_forms_interview_notes"),
                    c.ev.period.Label(c.lang));
  doc->blocks.push_back(std::move(s));
}

void AddTimelineSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const FundingTimeline& t = c.ev.funding;
  // After the funding end there is no decision left to schedule.
  if (!t.funding_end || !c.ev.today || *t.funding_end < *c.ev.today) return;
  Slide s;
  s.indicator = "funding.months_left";
  s.figure = std::to_string(t.months_left);
  s.figure_label =
      c.S("slides.timeline_slide.months_until_funding_ends") + DateText(*t.funding_end, c.lang);
  if (t.last_deciding_meeting) {
    s.figure_note = c.S("slides.timeline_slide.last_committee_meeting_before") +
                    DateText(*t.last_deciding_meeting, c.lang);
  } else {
    s.figure_note = c.S("slides.timeline_slide.no_meeting_planned_before");
  }
  std::string title = Substitute(Localized(section, "title", c.lang), c);
  if (title.empty()) {
    title = t.lead_time_met ? c.S("slides.timeline_slide.there_still_time_plan")
                            : c.S("slides.timeline_slide.consolidation_decision_urgent");
  }
  s.title = title;
  s.chart = FundingTimelineChart(c);
  s.source = Footer(c, section, c.S("slides.timeline_slide.funding_notice_meeting_calendar"),
                    c.S("slides.timeline_slide.as_of") + DateText(*c.ev.today, c.lang));
  doc->blocks.push_back(std::move(s));
}

void AddCostSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const CostFigures& f = c.ev.costs;
  if (!f.configured) return;
  Slide s;
  // The paper's finance table itself (costs per year by type, the city's
  // share, other funding, what is not covered, the budget position): one
  // source for both, so slide and paper cannot disagree. It takes the whole
  // slide, so that its type stays large enough to read in the room.
  s.chart = SlideTable{FinanceTable(c), ""};
  std::string title = Substitute(Localized(section, "title", c.lang), c);
  s.title = title.empty() ? c.S("slides.cost_slide.what_continuing_costs") : title;
  s.source =
      Footer(c, section, c.S("slides.cost_slide.administration_s_cost_statement"), CoveredSpan(c));
  doc->blocks.push_back(std::move(s));
}

Status AddMarkdownSlide(const BuildContext& c, const Poco::JSON::Object& section,
                        const std::string& path, Document* doc) {
  std::string name = section.has("file") ? section.getValue<std::string>("file") : "";
  if (name.empty())
    return Status::Config(
        CliWords().Format("cli.template.markdown_missing", {{"where", c.file + ": " + path}}));
  Slide s;
  Result<std::optional<std::string>> read = ReadTeamText(c, name, path);
  if (!read.ok()) return read.status();
  const std::optional<std::string>& text = *read;
  std::string source;
  if (text) {
    for (const Block& b : MarkdownToBlocks(*text, 1)) {
      if (const auto* list = std::get_if<BulletList>(&b))
        s.bullets.insert(s.bullets.end(), list->items.begin(), list->items.end());
      if (const auto* p = std::get_if<Paragraph>(&b)) s.bullets.push_back(p->text);
    }
    source = c.S("slides.markdown_slide.team_s_plan");
  } else {
    // No text from the team: the actions it decided and has not done yet are
    // its next steps, straight from the reflection notes.
    for (const TrackedAction& a : c.ev.qualitative.actions) {
      if (a.done && *a.done <= c.ev.period.to) continue;
      if (a.decided > c.ev.period.to) continue;
      std::string item = ReaderText(c, a.text);
      if (a.due) item += c.S("slides.markdown_slide.by") + DateText(*a.due, c.lang) + ")";
      s.bullets.push_back(item);
    }
    source = c.S("slides.markdown_slide.open_actions_team_s");
  }
  if (s.bullets.empty()) return Status::Ok();
  if (s.bullets.size() > kMaxBullets) s.bullets.resize(kMaxBullets);
  std::string title = Substitute(Localized(section, "title", c.lang), c);
  s.title = title.empty() ? c.S("slides.markdown_slide.next_steps") : title;
  s.source = Footer(c, section, source, c.ev.period.Label(c.lang));
  doc->blocks.push_back(std::move(s));
  return Status::Ok();
}

}  // namespace ankerbericht
