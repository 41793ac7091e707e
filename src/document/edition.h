// What differs between the public and the internal edition of a report, and
// what a reader is told about how far the data reaches.
//
// The public edition (the default) goes to the council, the press office and
// the city's website as it is: it names no individual (speakers only in
// summary, actions without owners, no staff names in any text) and shows
// nothing of the software (no ids, file names, commands or checksums). The
// internal edition names speakers and staff, lists the imported files with
// their checksums and carries "Nur für den internen Gebrauch" on every page.
#ifndef ANKERBERICHT_DOCUMENT_EDITION_H_
#define ANKERBERICHT_DOCUMENT_EDITION_H_

#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// "Nur für den internen Gebrauch" / "For internal use only".
// From the strings table |words| of the document's language.
std::string InternalMarker(const Strings& words);

// |text| without its #tags (pure): a tag that follows the end of a sentence
// ("… zu klein. #werbung") is dropped with the space before it; a tag inside
// a sentence keeps its word ("von #senioren aus" -> "von senioren aus").
std::string StripTags(const std::string& text);

// Free text of the team or of participants as a reader sees it: without
// #tags, without contact data and, in the public edition, with the names of
// the team and of the period's speakers replaced by "[…]".
std::string ReaderText(const BuildContext& c, const std::string& text);

// Text about the team's positions and contracts (recorded steps such as
// "Stelle Frau Krüger (Projektkoordination), befristet bis …"): without
// #tags and contact data and, in the public edition, without any person:
// forms of address with a name and the names ReaderText() hides are
// dropped, so the text names the position only (evaluate/scrub.h).
std::string PositionText(const BuildContext& c, const std::string& text);

// "" when the data covers the whole period; otherwise the notice every
// cover, summary and comparison carries: "Daten bis 31.10.2026, Halbjahr
// noch nicht abgeschlossen" or "Daten nur bis 31.05.2026, für den Rest des
// Halbjahrs liegen keine Besuchsdaten vor".
std::string CoverageNotice(const BuildContext& c);

// The label of a comparison period: "2. Halbjahr 2025", or, when only the
// same span of an unfinished period is compared, "01.07.–31.10.2025".
std::string ComparisonLabel(const BuildContext& c, const Period& p);

// The report period's label, with "(bis 31.10.2026)" when the data does not
// cover all of it.
std::string CurrentLabel(const BuildContext& c);

// The short label for table columns and notes: "2. Hj. 2025"; the report's
// own unfinished period as "2. Hj. 2026 bis 31.10."; a comparison span as
// ComparisonLabel() gives it.
std::string ShortLabel(const BuildContext& c, const Period& p);

// For tiles and slide notes, where a date span does not fit: "Vorzeitraum" /
// "Vorjahr" when an unfinished period is compared with the same span
// (a remark or footer beside it gives the dates); ShortLabel() otherwise.
std::string BriefComparisonLabel(const BuildContext& c, const Period& p);

// "2. Hj. 2026 (lfd.)" for the unfinished report period on a chart axis;
// ShortPeriodLabel() for every other half-year.
std::string ChartPeriodLabel(const BuildContext& c, const Period& p);

// "vorläufig" for a target on a total that still grows; "" otherwise.
std::string ProvisionalText(const BuildContext& c, const TargetResult& t);

// The data-protection paragraph, written from what the document really
// holds (BuildContext::log) and which edition it is.
void AddPrivacyNote(const BuildContext& c, Document* doc);

// The appendix of data sources. Public: one row per kind of data in words
// ("Zählanlage", from when to when, how many values, rows set aside);
// internal: one row per file with its name and checksum.
void AddSourcesTable(const BuildContext& c, Document* doc);

// The speaker pool for the public edition: per question, how many speakers
// have at least k forms and the range of their shares of positive answers,
// without a name; a question only with at least k such speakers (each end of
// the range is one speaker's rating), else one sentence that results per
// speaker are not shown for so few speakers.
void AddSpeakerSummary(const BuildContext& c, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_EDITION_H_
