#include "document/finding_sections.h"

#include <cmath>
#include <set>

#include "document/comparison_words.h"
#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "document/rule_words.h"
#include "document/stop_sections.h"
#include "evaluate/comparison_basis.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// A deck slide holds this many findings of up to three lines each (five of
// two lines do not fit); further findings go on a next slide, never cut.
constexpr size_t kFindingsPerSlide = 4;

std::string Signed(double v, int decimals, const std::string& lang) {
  // Rounds first, so that a change shown as 0,0 reads "±0,0", not "+0,0".
  double shown = std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
  std::string sign = shown > 0 ? "+" : shown < 0 ? "−" : "±";
  return sign + BuiltinLocale(lang).FormatNumber(std::fabs(shown), decimals);
}

std::string TargetText(const BuildContext& c, const TargetResult& t) {
  const std::string& id = t.target.indicator;
  std::string goal;
  if (t.target.min && t.target.max) {
    goal = ValueText(c, id, *t.target.min) + "–" + ValueText(c, id, *t.target.max);
  } else if (t.target.min) {
    goal = c.S("findings.target_text.at_least") + ValueText(c, id, *t.target.min);
  } else if (t.target.max) {
    goal = c.S("findings.target_text.at_most") + ValueText(c, id, *t.target.max);
  }
  bool near = t.status == TargetState::kNear;
  return c.words.Format("findings.target_text.sentence",
                        {{"goal", goal},
                         {"state", near ? c.S("findings.target_text.nearly_met")
                                        : c.S("findings.target_text.missed")}});
}

// "gegenüber 2. Halbjahr 2025 (10.500): +4,9 %" or, brief, "+4,9 % ggü. 2. Hj. 2025";
// "" against a period before the place opened, and for new and recurring
// partners against the period it opened in (comparison_basis.h): there is
// nothing to compare with.
std::string Against(const BuildContext& c, const Finding& f, const Period& p,
                    std::optional<double> before, bool brief) {
  const Site& site = *c.ev.site;
  if (NotYetOpen(site, p) || (CountsAgainstEarlier(f.indicator) && OpenedIn(site, p))) return "";
  std::string change = ComparedChangeText(c, f.indicator, f.unit, f.value, before, p);
  if (brief) {
    if (change.empty()) return "";
    // No-break spaces: "2. Hj." at a line end would read as a sentence end.
    return change + c.S("findings.against.vs") + ReplaceAll(ShortLabel(c, p), " ", "\u00A0");
  }
  // English uses the short label mid-sentence ("H1 2025", the long one alike).
  // The same span of an unfinished period is named by its dates.
  std::string label = c.en() || p.kind == Period::Kind::kRange ? ShortLabel(c, p) : p.Label(c.lang);
  if (!before) return label + c.S("findings.against.no_value_compare");
  // A sum against a partly open period gives its value and why no change.
  std::string note = PartOpenNote(c, f.unit, p);
  std::string text = c.S("findings.against.against") + label + " (" +
                     ValueText(c, f.indicator, before) + (note.empty() ? "" : "; " + note) + ")";
  // A change from nothing is no percentage: said so, not left a fragment.
  if (change.empty() && note.empty() && *before == 0 && f.value)
    change = c.S("findings.against.base_zero");
  return change.empty() ? text : text + ": " + change;
}

}  // namespace

const FindingRule& ReportFindingRule() {
  static const FindingRule rule;
  return rule;
}

std::string ChangeValueText(const BuildContext& c, const std::string& unit,
                            std::optional<double> now, std::optional<double> before) {
  std::optional<double> change = ChangeOf(unit, now, before);
  if (!change) return "";
  if (unit == "percent") return Signed(*change, 1, c.lang) + c.S("findings.change_value_text.pp");
  return Signed(*change, 1, c.lang) + (c.en() ? "%" : " %");
}

std::string FindingText(const BuildContext& c, const Finding& f, bool brief) {
  std::string text =
      IndicatorLabel(c, f.indicator) + (brief ? " " : ": ") + ValueText(c, f.indicator, f.value);
  if (f.target) text += (brief ? ": " : ", ") + TargetText(c, *f.target);
  std::string previous = Against(c, f, c.ev.previous, f.previous, brief);
  std::string year_before =
      c.one_comparison() ? "" : Against(c, f, c.ev.year_before, f.year_before, brief);
  std::vector<std::string> changes;
  for (const std::string& s : {previous, year_before})
    if (!s.empty()) changes.push_back(s);
  if (!changes.empty()) text += (brief ? "; " : " – ") + Join(changes, brief ? ", " : "; ");
  return brief || text.ends_with(".") ? text : text + ".";
}

void AddFindings(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  std::string heading = Substitute(Localized(section, "heading", c.lang), c);
  if (!heading.empty()) doc->blocks.push_back(Heading{2, heading});
  std::vector<Finding> findings = SelectFindings(c.ev, ReportFindingRule());
  if (findings.empty()) {
    doc->blocks.push_back(Paragraph{c.S("findings.section.there_no_figures_period")});
    return;
  }
  // English names the half-year short ("H1 2026"), German in full.
  std::string period = c.en() ? ShortPeriodLabel(c.ev.period, c.lang) : c.ev.period.Label(c.lang);
  doc->blocks.push_back(Paragraph{c.words.Format("findings.section.intro", {{"period", period}})});
  BulletList list;
  for (const Finding& f : findings) list.items.push_back(FindingText(c, f, false));
  doc->blocks.push_back(list);
}

void AddFindingRule(const BuildContext& c, Document* doc) {
  const FindingRule& rule = ReportFindingRule();
  std::vector<std::string> headline;
  for (const std::string& id : rule.headline) headline.push_back(IndicatorLabel(c, id));
  // The few indicators outside every goal area (about the data, not results)
  // are named, so that a reader can tell which moves the rule looks at.
  std::vector<std::string> outside;
  for (const IndicatorDef& def : Indicators())
    if (def.goals.empty()) outside.push_back(SiteLabel(c, def));
  std::string percent = c.locale().FormatNumber(rule.change_percent, 0);
  std::string points = c.locale().FormatNumber(rule.change_points, 0);
  // A year report compares with the year before only; a half-year report
  // with the previous half-year and the same half-year a year earlier.
  const bool year = c.one_comparison();
  doc->blocks.push_back(Paragraph{c.words.Format(
      "findings.rule.text",
      {{"headline", Join(headline, ", ")},
       {"compared", c.S(year ? "findings.rule.compared_year" : "findings.rule.compared_half")},
       {"either", c.S(year ? "findings.rule.either_year" : "findings.rule.either_half")},
       {"outside", Join(outside, ", ")},
       {"percent", percent},
       {"points", points}})});
  // "knapp verfehlt" is a rating the council reads in every summary: what it
  // means for this place's targets is said here, with the margin agreed.
  std::set<double> margins;
  for (const Target& t : c.ev.site->targets) margins.insert(t.near_percent);
  if (margins.empty()) return;
  Paragraph& rule_text = std::get<Paragraph>(doc->blocks.back());
  rule_text.text += ' ';
  if (margins.size() == 1) {
    rule_text.text += c.words.Format("findings.rule.near_one",
                                     {{"percent", c.locale().FormatNumber(*margins.begin(), 0)}});
  } else {
    rule_text.text += c.words.Format("findings.rule.near_range",
                                     {{"low", c.locale().FormatNumber(*margins.begin(), 0)},
                                      {"high", c.locale().FormatNumber(*margins.rbegin(), 0)}});
  }
}

void AddFindingsSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  std::vector<Finding> findings = SelectFindings(c.ev, ReportFindingRule());
  if (findings.empty()) return;
  std::string title = Substitute(Localized(section, "title", c.lang), c);
  if (title.empty()) title = c.S("findings.findings_slide.figures_at_glance");
  // The footer names the rule, not its thresholds: every number on a slide
  // is a figure of `figures --json`; the methods of the reports give them.
  std::string source =
      c.S("findings.findings_slide.source_own_records_chosen") + c.ev.period.Label(c.lang);
  size_t pages = (findings.size() + kFindingsPerSlide - 1) / kFindingsPerSlide;
  for (size_t p = 0; p < pages; ++p) {
    Slide s;
    s.title = p > 0 ? title + c.S("findings.findings_slide.continued") : title;
    for (size_t i = p * kFindingsPerSlide; i < findings.size() && i < (p + 1) * kFindingsPerSlide;
         ++i) {
      s.bullets.push_back(FindingText(c, findings[i], true));
    }
    s.source = source;
    doc->blocks.push_back(std::move(s));
  }
}

}  // namespace ankerbericht
