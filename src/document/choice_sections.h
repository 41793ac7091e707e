// Report sections for answers that are counted, not scaled: choice questions
// of the feedback forms (single and multiple choice), age groups against the
// site's target groups, and the wish board's sticker dots. Each shows a
// breakdown of the evaluation (evaluate/choice_answers.h, wishes.h,
// breakdowns.h) as a horizontal bar chart.
#ifndef ANKERBERICHT_DOCUMENT_CHOICE_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_CHOICE_SECTIONS_H_

#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// {"type": "breakdown_chart", "breakdown": id, "title": text, "top": n}: the
// breakdown's cells as horizontal bars, in percent of its total where it has
// one (of respondents for a multiple-choice question), else as counts (the
// wish board always in sticker dots); at
// most |top| bars (default all). Cells hidden by the privacy rule have no
// bar and say so in their label ("Plakat (< 5)"). A breakdown with target
// marks (age groups) draws target groups and the other groups as two
// series, so the reader sees at a glance whom the place reaches. Fails with
// kConfig for an unknown breakdown.
Status AddBreakdownChart(const BuildContext& c, const Poco::JSON::Object& section,
                         const std::string& path, Document* doc);

// {"type": "choice_items"}: for every single- and multiple-choice question
// of the questionnaire, its bar chart titled by the question and its table
// (respondents and share per option; no table without answers). Nothing
// without such questions.
void AddChoiceItems(const BuildContext& c, Document* doc);

// {"type": "wishes_slide", "title": text, "source": text, "top": n}: the
// |top| (default 5) wishes with the most sticker dots as a bar chart, the
// first three of them also as bullets. The title may use {wish}, the wish with the most dots. No
// slide without dots in the period.
void AddWishesSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_CHOICE_SECTIONS_H_
