// The sections of the overview report (document/overview_builder.h), one
// function per section type of templates/uebersicht.json.
#ifndef ANKERBERICHT_DOCUMENT_OVERVIEW_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_OVERVIEW_SECTIONS_H_

#include <Poco/JSON/Object.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "document/overview_builder.h"
#include "util/strings.h"

namespace ankerbericht {

struct OverviewContext {
  const OverviewInput& in;
  const SiteColumns& cols;
  std::string lang;
  std::string file;      // the template file, for messages
  const Strings& words;  // the strings table of |lang| (util/strings.h)
  // The sites grouped by their type (1..5, then those without a type), in
  // the order asked within a type: every table and chart lists them so.
  std::vector<const Evaluation*> order;
  bool en() const { return lang == "en"; }
  // The word of |key| in the report's language (templates/strings/<lang>.json).
  const std::string& S(std::string_view key) const { return words.Get(key); }
  // How the report's language writes numbers and dates (util/locale.h).
  const Locale& locale() const { return words.locale(); }
};

// More columns than this do not fit an A4 page: tables then list the sites
// as rows, and charts with one series per site become tables.
constexpr size_t kMaxSiteColumns = 6;

// The sites of |cols| grouped by type (see OverviewContext::order).
std::vector<const Evaluation*> SitesByType(const SiteColumns& cols);

// A value of catalogue indicator |id| as the reader sees it: the number by
// its unit, "< 5"/"x" where the privacy rule hides it, "–" without data.
std::string SiteValueText(const OverviewContext& c, const Evaluation& ev, const std::string& id);
std::string TotalValueText(const OverviewContext& c, const std::string& id);

// Shared by the sections across the sites (overview_sections.cc) and those
// site by site (overview_site_sections.cc).
std::string Label(const OverviewContext& c, const IndicatorDef& def);
std::string StateText(const OverviewContext& c, TargetState s);
// |v| of indicator |id| of |ev|'s site with its unit, as the site's own
// report writes it: a questionnaire item's share in percent, its mean with
// one decimal, a team indicator by its kind (ValueText).
std::string SiteIndicatorValue(const OverviewContext& c, const Evaluation& ev,
                               const std::string& id, std::optional<double> v);
std::string TargetText(const OverviewContext& c, const Evaluation& ev, const Target& t);
std::string IndicatorName(const OverviewContext& c, const Evaluation& ev, const std::string& id);

void AddSiteTypes(const OverviewContext& c, Document* doc);
// The key figures per site; a remark per mobile site says that its hours
// are those at its stops.
Status AddSiteTable(const OverviewContext& c, const Poco::JSON::Object& s, const std::string& path,
                    Document* doc);
Status AddSiteMultiples(const OverviewContext& c, const Poco::JSON::Object& s,
                        const std::string& path, Document* doc);
// The summed indicators per half-year; a remark names the half-years a
// place opened in (only partly open, comparison_basis.h).
Status AddSiteHistory(const OverviewContext& c, const Poco::JSON::Object& s,
                      const std::string& path, Document* doc);
// {"type": "site_stops"}: for each mobile site a heading and a compact table
// of its stops (days, hours at the stop, visits, visits per hour at the
// stop, and all stops), the numbers of its "stops.*" breakdowns as
// `figures --json` prints them. Nothing when no site is mobile.
void AddSiteStops(const OverviewContext& c, Document* doc);
void AddEventsByFormat(const OverviewContext& c, Document* doc);
void AddFeedbackBySite(const OverviewContext& c, Document* doc);
void AddTargetsBySite(const OverviewContext& c, Document* doc);
void AddThemesAcrossSites(const OverviewContext& c, Document* doc);
Status AddSitePages(const OverviewContext& c, const Poco::JSON::Object& s, const std::string& path,
                    Document* doc);
void AddOverviewNotes(const OverviewContext& c, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_OVERVIEW_SECTIONS_H_
