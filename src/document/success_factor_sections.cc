#include "document/success_factor_sections.h"

#include <utility>

#include "document/rule_words.h"
#include "evaluate/success_factor_counts.h"

namespace ankerbericht {

namespace {

constexpr SuccessFactorPhase kPhases[] = {SuccessFactorPhase::kInitiation,
                                          SuccessFactorPhase::kOperation,
                                          SuccessFactorPhase::kContinuation};

// The study writes the factors in lower case inside its table; in a table
// cell of our own they start a line and read better capitalised.
std::string Capitalised(const std::string& s) {
  if (s.empty()) return s;
  if (s[0] >= 'a' && s[0] <= 'z') return char(s[0] - 'a' + 'A') + s.substr(1);
  static const std::pair<std::string, std::string> kUmlauts[] = {
      {"ä", "Ä"}, {"ö", "Ö"}, {"ü", "Ü"}};
  for (const auto& [lower, upper] : kUmlauts) {
    if (s.rfind(lower, 0) == 0) return upper + s.substr(lower.size());
  }
  return s;
}

std::string FactorName(const SuccessFactor& f, const BuildContext& c) {
  std::string name = Capitalised(SuccessFactorText(c.words, f));
  return f.key ? "★ " + name : name;
}

std::string SiteName(const BuildContext& c) {
  if (c.ev.site && !c.ev.site->name.empty()) return c.ev.site->name;
  return c.S("success_factors.site_name.place");
}

// "14 erfüllt, 6 teilweise erfüllt und 2 offen": only the ratings that occur.
std::string CountsText(const RatingCounts& n, const BuildContext& c) {
  std::vector<std::string> parts;
  auto add = [&](int count, FactorRating r) {
    if (count > 0) parts.push_back(std::to_string(count) + " " + RatingText(c.words, r));
  };
  add(n.met, FactorRating::kMet);
  add(n.partly, FactorRating::kPartly);
  add(n.open, FactorRating::kOpen);
  add(n.not_relevant, FactorRating::kNotRelevant);
  add(n.unrated, FactorRating::kUnrated);
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? c.S("success_factors.counts_text.and") : ", ";
    out += parts[i];
  }
  return out;
}

// The report goes to the team before it goes to the council: tell them what
// to do rather than printing an empty table.
void AddHowTo(const BuildContext& c, const SuccessFactorAssessment& a, Document* doc) {
  // The public paper says only that the assessment is missing; the file and
  // its keys are for the team's internal edition.
  if (!c.internal()) {
    doc->blocks.push_back(Paragraph{c.S("success_factors.how_to.team_has_not_yet")});
    return;
  }
  std::string where = a.file_found ? c.S("success_factors.how_to.no_factor_rated_erfolgsfaktoren")
                                   : c.S("success_factors.how_to.there_no_self_assessment");
  doc->blocks.push_back(
      Paragraph{where + c.S("success_factors.how_to.each_factor_under_faktoren")});
}

void AddSummaryChart(const BuildContext& c, const SuccessFactorAssessment& a, Document* doc) {
  std::vector<RatingCounts> rows;
  BarChart chart;
  chart.title = c.S("success_factors.summary_chart.self_assessment_phase");
  chart.unit = c.S("success_factors.summary_chart.success_factors");
  chart.horizontal = true;
  chart.stacked = true;
  for (SuccessFactorPhase p : kPhases) {
    rows.push_back(CountRatings(a, p, false));
    chart.categories.push_back(PhaseText(c.words, p));
  }
  rows.push_back(CountRatings(a, std::nullopt, true));
  chart.categories.push_back(c.S("success_factors.summary_chart.factors_outstanding_importance"));
  const std::pair<FactorRating, int RatingCounts::*> kSeries[] = {
      {FactorRating::kMet, &RatingCounts::met},
      {FactorRating::kPartly, &RatingCounts::partly},
      {FactorRating::kOpen, &RatingCounts::open},
      {FactorRating::kNotRelevant, &RatingCounts::not_relevant},
      {FactorRating::kUnrated, &RatingCounts::unrated},
  };
  for (const auto& [rating, member] : kSeries) {
    ChartSeries s{RatingText(c.words, rating), {}};
    int sum = 0;
    for (const RatingCounts& n : rows) {
      s.values.push_back(n.*member);
      sum += n.*member;
    }
    // A legend entry for a rating nobody gave is noise.
    if (sum > 0) chart.series.push_back(std::move(s));
  }
  doc->blocks.push_back(std::move(chart));
}

Table PhaseTable(const BuildContext& c, const SuccessFactorAssessment& a,
                 SuccessFactorPhase phase) {
  Table t;
  t.columns = {{c.S("success_factors.phase_table.success_factor"), false},
               {c.S("success_factors.phase_table.rating"), false},
               {c.S("success_factors.phase_table.team_s_note"), false}};
  int count = 0;
  for (const FactorAssessment& f : a.factors) {
    if (f.factor->phase != phase) continue;
    ++count;
    t.rows.push_back(
        {FactorName(*f.factor, c), RatingText(c.words, f.rating), f.note.empty() ? "–" : f.note});
  }
  t.caption = PhaseText(c.words, phase) + ": " + std::to_string(count) +
              c.S("success_factors.phase_table.factors");
  return t;
}

}  // namespace

void AddSuccessFactors(const BuildContext& c, const SuccessFactorAssessment& a, Document* doc) {
  if (a.factors.empty() || a.rated() == 0) {
    AddHowTo(c, a, doc);
    return;
  }
  std::string when =
      a.date ? c.S("success_factors.section.as_of") + c.locale().FormatDate(*a.date) + ")" : "";
  doc->blocks.push_back(Paragraph{
      c.words.Format("success_factors.section.intro", {{"site", SiteName(c)}, {"when", when}})});

  std::string all = CountsText(CountRatings(a, std::nullopt, false), c);
  std::string key = CountsText(CountRatings(a, std::nullopt, true), c);
  doc->blocks.push_back(
      Paragraph{c.words.Format("success_factors.section.counts", {{"all", all}, {"key", key}})});
  AddSummaryChart(c, a, doc);

  for (SuccessFactorPhase p : kPhases) doc->blocks.push_back(PhaseTable(c, a, p));
  // The remark cites the study as "Difu 2026, Tabelle 2": its newest sources
  // were retrieved on 9 January 2026 and BBSR announced it on 4 March 2026;
  // Tabelle 2 gives "Quelle: Deutsches Institut für Urbanistik (Difu)".
  doc->blocks.push_back(Remark{c.S("success_factors.section.remark")});
}

}  // namespace ankerbericht
