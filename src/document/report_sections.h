// The sections of a report template that belong to no topic of their own
// (report_builder.cc dispatches to them by type): the title, headings, texts,
// the team's Markdown, the indicator table, the monthly chart, data gaps,
// events, item groups, the table of contents, success factors, definitions.
#ifndef ANKERBERICHT_DOCUMENT_REPORT_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_REPORT_SECTIONS_H_

#include <Poco/JSON/Object.h>

#include <string>

#include "document/build_context.h"
#include "document/document.h"
#include "util/status.h"

namespace ankerbericht {

void AddTitle(const BuildContext& c, const std::string& kicker, Document* doc);
Status AddIndicatorTable(const BuildContext& c, const Poco::JSON::Object& section,
                         const std::string& path, Document* doc);
void AddDataGaps(const BuildContext& c, Document* doc);
void AddEventsTable(const BuildContext& c, Document* doc);
void AddDefinitions(const BuildContext& c, Document* doc);
// A text the team keeps in the workspace (foreword, outlook) as Markdown. A
// missing file leaves the section out, heading included: a council paper must
// not show placeholders.
Status AddMarkdown(const BuildContext& c, const Poco::JSON::Object& s, const std::string& path,
                   Document* doc);
Status AddHeading(const BuildContext& c, const Poco::JSON::Object& s, const std::string& path,
                  Document* doc);
Status AddText(const BuildContext& c, const Poco::JSON::Object& s, const std::string& path,
               Document* doc);
Status AddChart(const BuildContext& c, const Poco::JSON::Object& s, const std::string& path,
                Document* doc);
Status AddItemGroupsSection(const BuildContext& c, const Poco::JSON::Object& s,
                            const std::string& path, Document* doc);
void AddToc(const BuildContext& c, Document* doc);
void AddSuccessFactorSection(const BuildContext& c, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_REPORT_SECTIONS_H_
