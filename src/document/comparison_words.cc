#include "document/comparison_words.h"

#include <vector>

#include "document/edition.h"
#include "document/finding_sections.h"
#include "evaluate/comparison_basis.h"
#include "util/text.h"

namespace ankerbericht {

std::string PartOpenNote(const BuildContext& c, const std::string& unit, const Period& p) {
  if (!IsSumUnit(unit)) return "";
  std::optional<PartOpening> part = PartlyOpen(*c.ev.site, p);
  if (!part) return "";
  // A bus stands at its stops on some days a week: since when it is in
  // service says what its open days of a calendar span do not.
  if (c.ev.site->mobile())
    return c.words.Format("comparison.part_open.note_mobile",
                          {{"opened", LongDate(part->opened, c.lang)}});
  return c.words.Format("comparison.part_open.note",
                        {{"open", c.locale().FormatNumber(part->open_days, 0)},
                         {"days", c.locale().FormatNumber(part->period_days, 0)}});
}

std::string ComparedChangeText(const BuildContext& c, const std::string& unit,
                               std::optional<double> now, std::optional<double> before,
                               const Period& p) {
  if (!Comparable(*c.ev.site, unit, p)) return "";
  return ChangeValueText(c, unit, now, before);
}

std::string PartOpenRemark(const BuildContext& c) {
  std::vector<std::string> sentences;
  std::vector<const Period*> periods = {&c.ev.previous};
  if (!c.one_comparison()) periods.push_back(&c.ev.year_before);
  for (const Period* p : periods) {
    std::optional<PartOpening> part = PartlyOpen(*c.ev.site, *p);
    if (!part) continue;
    // English uses the short label mid-sentence ("H1 2025", the long one alike).
    std::string label = c.en() ? ShortLabel(c, *p) : ComparisonLabel(c, *p);
    sentences.push_back(c.words.Format(
        c.ev.site->mobile() ? "comparison.part_open.remark_mobile" : "comparison.part_open.remark",
        {{"period", label},
         {"opened", LongDate(part->opened, c.lang)},
         {"open", c.locale().FormatNumber(part->open_days, 0)},
         {"days", c.locale().FormatNumber(part->period_days, 0)}}));
  }
  if (sentences.empty()) return "";
  return Join(sentences, " ") + " " + c.S("comparison.part_open.why");
}

}  // namespace ankerbericht
