// How the reports word a comparison with a period the place was only partly
// open (evaluate/comparison_basis.h): sums get no change against it, the
// sentence names how many days it was open, and a remark under the table
// says why "–" stands where a change would be.
#ifndef ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_
#define ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_

#include <optional>
#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// "nur teilweise geöffnet: 91 von 181 Tagen" when the place was only partly
// open in |p| and |unit| is a sum; "" otherwise.
std::string PartOpenNote(const BuildContext& c, const std::string& unit, const Period& p);

// ChangeValueText (finding_sections.h) of |now| against |before| of period
// |p|, or "" for a sum against a period the place was only partly open.
std::string ComparedChangeText(const BuildContext& c, const std::string& unit,
                               std::optional<double> now, std::optional<double> before,
                               const Period& p);

// One sentence per comparison period the place was only partly open ("Der
// Ort ist erst seit dem 01.04.2025 geöffnet, im 1. Halbjahr 2025 also nur an
// 91 von 181 Tagen ..."), joined; "" when both are whole periods.
std::string PartOpenRemark(const BuildContext& c);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_COMPARISON_WORDS_H_
