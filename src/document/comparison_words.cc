#include "document/comparison_words.h"

#include <algorithm>
#include <vector>

#include "document/edition.h"
#include "document/finding_sections.h"
#include "evaluate/comparison_basis.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// The comparison periods of the report: the previous one, and the year
// before unless it is the same (a year report).
std::vector<const Period*> ComparisonPeriods(const BuildContext& c) {
  std::vector<const Period*> periods = {&c.ev.previous};
  if (!c.one_comparison()) periods.push_back(&c.ev.year_before);
  return periods;
}

// English labels read "First half of 2025": mid-sentence the short one fits.
std::string MidSentenceLabel(const BuildContext& c, const Period& p) {
  return c.en() ? ShortLabel(c, p) : ComparisonLabel(c, p);
}

}  // namespace

std::string PartOpenNote(const BuildContext& c, const std::string& unit, const Period& p) {
  if (NotYetOpen(*c.ev.site, p)) return c.S("comparison.not_open.note");
  if (!IsSumUnit(unit)) return "";
  std::optional<PartOpening> part = PartlyOpen(*c.ev.site, p);
  if (!part) return "";
  // A bus stands at its stops on some days a week: since when it is in
  // service says what its open days of a calendar span do not.
  if (c.ev.site->mobile())
    return c.words.Format("comparison.part_open.note_mobile",
                          {{"opened", LongDate(part->opened, c.lang)}});
  return c.words.Format("comparison.part_open.note",
                        {{"opened", c.locale().FormatDate(part->opened)},
                         {"open", c.locale().FormatNumber(part->open_days, 0)},
                         {"days", c.locale().FormatNumber(part->period_days, 0)}});
}

std::string ComparedChangeText(const BuildContext& c, const std::string& id,
                               const std::string& unit, std::optional<double> now,
                               std::optional<double> before, const Period& p) {
  if (!Comparable(*c.ev.site, id, unit, p)) return "";
  return ChangeValueText(c, unit, now, before);
}

std::string ComparisonRemark(const BuildContext& c, const std::vector<std::string>& ids) {
  const Site& site = *c.ev.site;
  std::vector<std::string> sentences;
  for (const Period* p : ComparisonPeriods(c)) {
    if (!NotYetOpen(site, *p)) continue;
    sentences.push_back(c.words.Format(
        "comparison.not_open.remark",
        {{"period", MidSentenceLabel(c, *p)}, {"opened", LongDate(*site.opened, c.lang)}}));
  }
  std::vector<std::string> part_open;
  for (const Period* p : ComparisonPeriods(c)) {
    std::optional<PartOpening> part = PartlyOpen(site, *p);
    if (!part) continue;
    part_open.push_back(c.words.Format(
        site.mobile() ? "comparison.part_open.remark_mobile" : "comparison.part_open.remark",
        {{"period", MidSentenceLabel(c, *p)},
         {"opened", LongDate(part->opened, c.lang)},
         {"open", c.locale().FormatNumber(part->open_days, 0)},
         {"days", c.locale().FormatNumber(part->period_days, 0)}}));
  }
  if (!part_open.empty()) {
    sentences.insert(sentences.end(), part_open.begin(), part_open.end());
    sentences.push_back(c.S("comparison.part_open.why"));
  }
  bool partners = std::any_of(ids.begin(), ids.end(), CountsAgainstEarlier);
  for (const Period* p : ComparisonPeriods(c)) {
    if (!partners || !OpenedIn(site, *p)) continue;
    sentences.push_back(
        c.words.Format("comparison.opening_period.remark", {{"period", MidSentenceLabel(c, *p)}}));
  }
  return Join(sentences, " ");
}

std::string ComparisonSentence(const BuildContext& c) {
  const Site& site = *c.ev.site;
  const bool previous = !NotYetOpen(site, c.ev.previous);
  const bool year_before = !c.one_comparison() && !NotYetOpen(site, c.ev.year_before);
  std::string key = c.one_comparison()
                        ? (previous ? "comparison.intro.year" : "comparison.intro.year_not_open")
                    : year_before ? "comparison.intro.half"
                    : previous    ? "comparison.intro.half_previous_only"
                                  : "comparison.intro.half_none";
  return c.words.Format(key,
                        {{"previous", MidSentenceLabel(c, c.ev.previous)},
                         {"year_before", MidSentenceLabel(c, c.ev.year_before)},
                         {"opened", site.opened ? LongDate(*site.opened, c.lang) : std::string()}});
}

}  // namespace ankerbericht
