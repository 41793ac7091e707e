// Slides of the committee deck (Ausschussvorlage): each section of a
// "format": "slides" template becomes one Slide with one message, a large
// figure and/or one chart, and a footer naming the data source and period.
// Every figure comes from the same Evaluation as `figures --json`; the Slide
// names the indicator it shows so a test can compare the two.
#ifndef ANKERBERICHT_DOCUMENT_SLIDE_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_SLIDE_SECTIONS_H_

#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// {"type": "title_slide"[, "period": "half_year" | "since_start"]}: the
// opening slide: the deck's title, the site, the period the deck shows (the
// evaluated half-year, or with "since_start" the span the consolidation case
// covers: funding start or opening to the data), the Vorlagen-Nr. when one is
// configured, the meeting the deck is for and the data date. Fails with
// kConfig for another "period".
Status AddTitleSlide(const BuildContext& c, const std::string& kicker,
                     const Poco::JSON::Object& section, const std::string& path, Document* doc);

// {"type": "figure_slide", "indicator": id, "compare": "year_before" |
//  "previous" | "none", "chart": "history" | "visits_by_month" | "partners" |
//  "none", "message": text or {"up": text, "down": text, "same": text},
//  "source": text}. Texts are {"de", "en"} objects or strings; messages may
// use {value}, {compare_value} and {compare_period} besides the report's
// placeholders. Fails with kConfig for an unknown indicator, chart or compare.
Status AddFigureSlide(const BuildContext& c, const Poco::JSON::Object& section,
                      const std::string& path, Document* doc);

// Sums since the first data (CumulativeReach): visits as the figure, events,
// participations and partners as bullets.
void AddCumulativeSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

// Up to three quotes, one per leading theme; left out when no quote meets
// the quote rules.
void AddQuotesSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

// Months until the funding end as the figure, the last deciding meeting as
// its note and the funding timeline as the chart.
void AddTimelineSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

// The running costs per year as the figure, the cost per visit as its note
// and the rows of the paper's finance table as bullets; no slide without a
// "kosten" block.
void AddCostSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

// {"type": "markdown_slide", "file": "texte/naechste-schritte.md", "title":
//  text}: the file's list items and paragraphs as bullets. Without the file,
// the open actions from the team's notes; without those, no slide.
Status AddMarkdownSlide(const BuildContext& c, const Poco::JSON::Object& section,
                        const std::string& path, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_SLIDE_SECTIONS_H_
