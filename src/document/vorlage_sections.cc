#include "document/vorlage_sections.h"

#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::string OrBlank(const std::string& s) { return s.empty() ? kBlankField : s; }

}  // namespace

std::string EuroText(double amount, int decimals, const std::string& lang) {
  std::string n = BuiltinLocale(lang).FormatNumber(amount, decimals);
  return lang == "en" ? "€" + n : n + " €";
}

std::string CoveredSpan(const BuildContext& c) {
  const Site& site = *c.ev.site;
  Date from = c.ev.period.from;
  if (site.funding_start)
    from = *site.funding_start;
  else if (site.opened)
    from = *site.opened;
  else if (c.ev.cumulative.from)
    from = *c.ev.cumulative.from;
  Date to = c.ev.cumulative.to.value_or(c.ev.period.to);
  // An unfinished half-year counts up to its last data, not to its end.
  if (!c.ev.coverage.complete() && c.ev.coverage.covered_to < to) to = c.ev.coverage.covered_to;
  return Period{Period::Kind::kRange, "", from, to}.Describe(c.lang);
}

void AddVorlageHead(const BuildContext& c, Document* doc) {
  const Vorlage& v = c.ev.site->vorlage;
  Table head;
  head.columns = {{c.S("vorlage.vorlage_head.field"), false},
                  {c.S("vorlage.vorlage_head.entry"), false}};
  head.rows.push_back({c.S("vorlage.vorlage_head.paper_no"), OrBlank(v.nummer)});
  head.rows.push_back({c.S("vorlage.vorlage_head.lead_department"), OrBlank(v.federfuehrung)});
  head.rows.push_back({c.S("vorlage.vorlage_head.subject"), OrBlank(v.betreff)});
  head.rows.push_back({c.S("vorlage.vorlage_head.period_covered"), CoveredSpan(c)});
  head.rows.push_back({c.S("vorlage.vorlage_head.data_as_of"), DateText(c.in.today, c.lang)});
  doc->blocks.push_back(head);
  doc->blocks.push_back(Heading{2, c.S("vorlage.vorlage_head.order_deliberation")});
  if (v.beratungsfolge.empty()) {
    doc->blocks.push_back(Paragraph{c.S("vorlage.vorlage_head.order_deliberation_not_set") +
                                    std::string(kBlankField)});
    return;
  }
  Table folge;
  folge.columns = {{c.S("vorlage.vorlage_head.body"), false},
                   {c.S("vorlage.vorlage_head.meeting"), false},
                   {c.S("vorlage.vorlage_head.public"), false},
                   {c.S("vorlage.vorlage_head.role"), false}};
  for (const Beratung& b : v.beratungsfolge) {
    std::string pub = !b.oeffentlich   ? kBlankField
                      : *b.oeffentlich ? c.S("vorlage.vorlage_head.public_value")
                                       : c.S("vorlage.vorlage_head.closed");
    // The configuration names the role with the council's German term; a
    // known term is shown in the report's language, any other as written.
    std::string role = b.zustaendigkeit;
    for (const char* key :
         {"vorlage.role.preliminary", "vorlage.role.decision", "vorlage.role.information"}) {
      if (role == CliWords().Get(key)) role = c.S(key);
    }
    folge.rows.push_back(
        {b.gremium, b.datum ? DateText(*b.datum, c.lang) : kBlankField, pub, OrBlank(role)});
  }
  doc->blocks.push_back(folge);
}

Table FinanceTable(const BuildContext& c) {
  const Kosten& k = c.ev.site->kosten;
  const CostFigures& f = c.ev.costs;
  Table t;
  std::string year = k.ab.empty() ? c.S("vorlage.finance_table.per_year")
                                  : c.S("vorlage.finance_table.per_year_from") + k.ab;
  t.columns = {{c.S("vorlage.finance_table.item"), false},
               {c.S("vorlage.finance_table.amount") + year, true}};
  for (const KostenPosten& p : k.posten) t.rows.push_back({p.art, EuroText(p.betrag, 0, c.lang)});
  t.rows.push_back({c.S("vorlage.finance_table.total_costs"), EuroText(f.total, 0, c.lang)});
  if (k.finanzierung.empty()) {
    t.rows.push_back({c.S("vorlage.finance_table.financing"), kBlankField});
  } else {
    for (const Finanzierungsanteil& a : k.finanzierung) {
      t.rows.push_back({(a.stadt ? c.S("vorlage.finance_table.city_share")
                                 : c.S("vorlage.finance_table.other_funding")) +
                            a.quelle,
                        EuroText(a.betrag, 0, c.lang)});
    }
    t.rows.push_back({c.S("vorlage.finance_table.city_share_total"), EuroText(f.city, 0, c.lang)});
    t.rows.push_back(
        {c.S("vorlage.finance_table.other_funding_total"), EuroText(f.other, 0, c.lang)});
    if (f.uncovered && *f.uncovered > 0.005) {
      t.rows.push_back(
          {c.S("vorlage.finance_table.not_yet_covered"), EuroText(*f.uncovered, 0, c.lang)});
    }
  }
  t.rows.push_back({c.S("vorlage.finance_table.budget_position"), OrBlank(k.haushaltsstelle)});
  return t;
}

std::string CostPerUseText(const BuildContext& c) {
  const CostFigures& f = c.ev.costs;
  if (!f.configured || f.basis.size() != 2 || (!f.per_visit && !f.per_participation)) return "";
  std::string halves = ShortPeriodLabel(f.basis[0], c.lang) + c.S("vorlage.cost_per_use_text.and") +
                       ShortPeriodLabel(f.basis[1], c.lang);
  std::string total = EuroText(f.total, 0, c.lang);
  std::vector<std::string> parts;
  if (f.per_visit) {
    parts.push_back(c.words.Format("vorlage.cost_per_use_text.per_visit",
                                   {{"cost", EuroText(*f.per_visit, 2, c.lang)},
                                    {"total", total},
                                    {"visits", c.locale().FormatNumber(*f.visits, 0)}}));
  }
  if (f.per_participation) {
    parts.push_back(
        c.words.Format("vorlage.cost_per_use_text.per_participation",
                       {{"cost", EuroText(*f.per_participation, 2, c.lang)},
                        {"total", total},
                        {"participations", c.locale().FormatNumber(*f.participations, 0)}}));
  }
  return c.words.Format(
      "vorlage.cost_per_use_text.sentence",
      {{"halves", halves}, {"parts", Join(parts, c.S("vorlage.cost_per_use_text.and"))}});
}

void AddFinance(const BuildContext& c, Document* doc) {
  if (!c.ev.costs.configured) {
    doc->blocks.push_back(
        Paragraph{c.S("vorlage.finance.costs_have_not_been") + std::string(kBlankField)});
    return;
  }
  doc->blocks.push_back(FinanceTable(c));
  std::string per_use = CostPerUseText(c);
  if (!per_use.empty()) doc->blocks.push_back(Paragraph{per_use});
}

void AddVorlageCheck(const BuildContext& c, Document* doc) {
  const Site& site = *c.ev.site;
  const Vorlage& v = site.vorlage;
  BulletList list;
  std::vector<std::string> missing;
  if (v.nummer.empty()) missing.push_back(c.S("vorlage.vorlage_check.paper_no"));
  if (v.federfuehrung.empty()) missing.push_back(c.S("vorlage.vorlage_check.lead_department"));
  if (v.betreff.empty()) missing.push_back(c.S("vorlage.vorlage_check.subject"));
  list.items.push_back(missing.empty() ? c.S("vorlage.vorlage_check.head_paper_number_lead")
                                       : c.S("vorlage.vorlage_check.head_paper_still_missing") +
                                             Join(missing, ", ") + ".");
  int undated = 0;
  for (const Beratung& b : v.beratungsfolge) undated += b.datum ? 0 : 1;
  std::string n = std::to_string(v.beratungsfolge.size());
  list.items.push_back(
      v.beratungsfolge.empty() ? c.S("vorlage.vorlage_check.order_deliberation_not_set")
      : undated == 0           ? c.S("vorlage.vorlage_check.order_deliberation") + n +
                           c.S("vorlage.vorlage_check.bodies_each_meeting_date")
                     : c.S("vorlage.vorlage_check.order_deliberation") + n +
                           c.S("vorlage.vorlage_check.bodies") + std::to_string(undated) +
                           c.S("vorlage.vorlage_check.still_without_meeting_date"));
  const CostFigures& f = c.ev.costs;
  if (!f.configured) {
    list.items.push_back(c.S("vorlage.vorlage_check.costs_not_stated_yet"));
  } else {
    std::string text = c.S("vorlage.vorlage_check.costs") + EuroText(f.total, 0, c.lang) +
                       c.S("vorlage.vorlage_check.per_year");
    if (!f.uncovered)
      text += c.S("vorlage.vorlage_check.financing_not_stated_yet");
    else if (*f.uncovered > 0.005)
      text += EuroText(*f.uncovered, 0, c.lang) + c.S("vorlage.vorlage_check.not_yet_covered");
    else
      text += c.S("vorlage.vorlage_check.financing_covers_them");
    text += site.kosten.haushaltsstelle.empty()
                ? c.S("vorlage.vorlage_check.budget_position_still_open")
                : c.S("vorlage.vorlage_check.budget_position") + site.kosten.haushaltsstelle + ".";
    list.items.push_back(text);
  }
  std::vector<std::string> without;
  for (const AreaEvidence& a : c.ev.goal_evidence)
    if (a.empty()) without.push_back(c.S("goal_area." + a.id));
  if (!c.ev.goal_evidence.empty()) {
    std::string with = std::to_string(c.ev.goal_evidence.size() - without.size());
    list.items.push_back(
        c.S("vorlage.vorlage_check.evidence") + with + c.S("vorlage.vorlage_check.of") +
        std::to_string(c.ev.goal_evidence.size()) +
        c.S("vorlage.vorlage_check.goal_areas_have_evidence") +
        (without.empty()
             ? "."
             : c.S("vorlage.vorlage_check.without_evidence") + Join(without, ", ") + "."));
  }
  const FundingTimeline& t = c.ev.funding;
  if (!t.steps.empty()) {
    int done = 0;
    const RecordedStep* next = nullptr;
    for (const RecordedStep& s : t.steps) {
      if (s.erledigt_am)
        ++done;
      else if (!next)
        next = &s;
    }
    std::string text = c.S("vorlage.vorlage_check.steps") + std::to_string(t.steps.size()) +
                       c.S("vorlage.vorlage_check.recorded") + std::to_string(done) +
                       c.S("vorlage.vorlage_check.done");
    if (next)
      text += c.S("vorlage.vorlage_check.next") + DateText(next->bis, c.lang) + ": " +
              PositionText(c, next->was);
    list.items.push_back(text + ".");
  }
  if (t.meeting && t.submit_by) {
    list.items.push_back(c.S("vorlage.vorlage_check.submission") + DateText(*t.submit_by, c.lang) +
                         c.S("vorlage.vorlage_check.meeting") + DateText(*t.meeting, c.lang) + ".");
  }
  list.items.push_back(c.S("vorlage.vorlage_check.figures_same_data_half") + CoveredSpan(c) +
                       c.S("vorlage.vorlage_check.data_as_of") + DateText(c.in.today, c.lang) +
                       ".");
  doc->blocks.push_back(list);
}

}  // namespace ankerbericht
