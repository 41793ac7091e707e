// Report sections for the qualitative evidence: themes with their trend,
// quotes per leading theme beside its figure, the team's insights and the
// actions with their status.
#ifndef ANKERBERICHT_DOCUMENT_QUALITATIVE_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_QUALITATIVE_SECTIONS_H_

#include <vector>

#include "document/build_context.h"

namespace ankerbericht {

// Indexes into s.themes of the themes mentioned at all, most mentioned first.
std::vector<size_t> LeadingThemes(const ThemeSummary& s);

void AddThemesTable(const BuildContext& c, Document* doc);
// Whether the quotes section would show a quote: a leading theme has one
// not printed yet in this document.
bool AnyQuoteToShow(const BuildContext& c);
// "max_themes" (default 3) leading themes, each with its figure and quotes,
// and the rules for quotes; without a quote one sentence that none qualifies.
void AddQuotes(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);
void AddInsights(const BuildContext& c, Document* doc);
void AddActionsTable(const BuildContext& c, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_QUALITATIVE_SECTIONS_H_
