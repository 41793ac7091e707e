// How the reports word a comparison with a period that is no fair basis
// (evaluate/comparison_basis.h): a period the place was only partly open
// (sums get no change against it, the sentence names how many days it was
// open), a period that ended before the place opened (no comparison at all:
// "–" in the tables, no sentence compares with it), and the period it opened
// in for new and recurring partners. A remark under the table says why "–"
// stands where a value or change would be.
#ifndef ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_
#define ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_

#include <optional>
#include <string>
#include <vector>

#include "document/build_context.h"

namespace ankerbericht {

// "noch nicht eröffnet" when the place opened after |p|; "nur teilweise
// geöffnet: 91 von 181 Tagen" when it was only partly open in |p| and |unit|
// is a sum; "" otherwise.
std::string PartOpenNote(const BuildContext& c, const std::string& unit, const Period& p);

// ChangeValueText (finding_sections.h) of indicator |id| at |now| against
// |before| of period |p|, or "" where the change means nothing
// (comparison_basis.h Comparable).
std::string ComparedChangeText(const BuildContext& c, const std::string& id,
                               const std::string& unit, std::optional<double> now,
                               std::optional<double> before, const Period& p);

// The sentences under an indicator table listing |ids| that say why "–"
// stands where a comparison would be: per comparison period the place had
// not opened yet ("Im Vergleichszeitraum 2024 war der Ort noch nicht
// eröffnet ..."), per period it was only partly open ("Der Ort ist erst seit
// dem 01.04.2025 geöffnet, im 1. Halbjahr 2025 also nur an 91 von 181 Tagen
// ..."), and for new and recurring partners against the period it opened
// in; "" when none applies.
std::string ComparisonRemark(const BuildContext& c, const std::vector<std::string>& ids);

// The report's comparison periods in a sentence, for a template's
// {comparison}: "Zum Vergleich steht das Vorjahr (2024)." for a year, both
// periods for a half-year; a period before the place opened is not
// announced but named as not yet open.
std::string ComparisonSentence(const BuildContext& c);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_
