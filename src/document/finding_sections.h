// The summary the rule decides (evaluate/findings.h), worded for readers:
// a list in the A4 reports, a slide in the deck, the rule itself for the
// methods appendix, and the change texts that tiles, tables and slides share
// so that all of them compare the same way.
#ifndef ANKERBERICHT_DOCUMENT_FINDING_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_FINDING_SECTIONS_H_

#include <optional>
#include <string>

#include "document/build_context.h"
#include "evaluate/findings.h"

namespace ankerbericht {

// The rule every summary in the reports follows (one for all three documents).
const FindingRule& ReportFindingRule();

// "+12,3 %" for counts and rates, "−4,2 Pp." for shares (ChangeOf); "" when
// there is no change to give.
std::string ChangeValueText(const BuildContext& c, const std::string& unit,
                            std::optional<double> now, std::optional<double> before);

// One finding as a sentence: value, the target it missed, and the change
// against both comparison periods with their values. |brief| leaves out the
// earlier values (for slides).
std::string FindingText(const BuildContext& c, const Finding& f, bool brief);

// {"type": "findings", "heading": {...}}: an optional level-2 heading, a lead
// sentence and one bullet per finding of ReportFindingRule().
void AddFindings(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

// {"type": "findings_rule"}: the rule in words, with its thresholds.
void AddFindingRule(const BuildContext& c, Document* doc);

// {"type": "findings_slide", "title": {...}}: the findings as bullets in
// brief, four per slide; as many slides as they need (a missed target is
// never cut off).
void AddFindingsSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_FINDING_SECTIONS_H_
