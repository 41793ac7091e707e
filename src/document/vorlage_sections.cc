#include "document/vorlage_sections.h"

#include "document/consolidation_sections.h"
#include "document/edition.h"
#include "util/format.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::string OrBlank(const std::string& s) { return s.empty() ? kBlankField : s; }

}  // namespace

std::string EuroText(double amount, int decimals, const std::string& lang) {
  std::string n = FormatNumber(amount, decimals, lang);
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
  head.columns = {{c.T("Angabe", "Field"), false}, {c.T("Eintrag", "Entry"), false}};
  head.rows.push_back({c.T("Vorlagen-Nr.", "Paper no."), OrBlank(v.nummer)});
  head.rows.push_back({c.T("Federführung", "Lead department"), OrBlank(v.federfuehrung)});
  head.rows.push_back({c.T("Betreff", "Subject"), OrBlank(v.betreff)});
  head.rows.push_back({c.T("Berichtszeitraum", "Period covered"), CoveredSpan(c)});
  head.rows.push_back({c.T("Stand der Daten", "Data as of"), DateText(c.in.today, c.lang)});
  doc->blocks.push_back(head);
  doc->blocks.push_back(Heading{2, c.T("Beratungsfolge", "Order of deliberation")});
  if (v.beratungsfolge.empty()) {
    doc->blocks.push_back(Paragraph{c.T("Die Beratungsfolge ist noch nicht festgelegt: ",
                                        "The order of deliberation is not set yet: ") +
                                    std::string(kBlankField)});
    return;
  }
  Table folge;
  folge.columns = {{c.T("Gremium", "Body"), false},
                   {c.T("Sitzung", "Meeting"), false},
                   {c.T("Öffentlichkeit", "Public"), false},
                   {c.T("Zuständigkeit", "Role"), false}};
  for (const Beratung& b : v.beratungsfolge) {
    std::string pub = !b.oeffentlich   ? kBlankField
                      : *b.oeffentlich ? c.T("öffentlich", "public")
                                       : c.T("nichtöffentlich", "closed");
    std::string role = b.zustaendigkeit;
    if (c.en()) {
      role = role == "Vorberatung"     ? "preliminary deliberation"
             : role == "Entscheidung"  ? "decision"
             : role == "Kenntnisnahme" ? "for information"
                                       : role;
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
  std::string year =
      k.ab.empty() ? c.T("je Jahr", "per year") : c.T("je Jahr ab ", "per year from ") + k.ab;
  t.columns = {{c.T("Position", "Item"), false}, {c.T("Betrag ", "Amount ") + year, true}};
  for (const KostenPosten& p : k.posten) t.rows.push_back({p.art, EuroText(p.betrag, 0, c.lang)});
  t.rows.push_back({c.T("Kosten insgesamt", "Total costs"), EuroText(f.total, 0, c.lang)});
  if (k.finanzierung.empty()) {
    t.rows.push_back({c.T("Finanzierung", "Financing"), kBlankField});
  } else {
    for (const Finanzierungsanteil& a : k.finanzierung) {
      t.rows.push_back({(a.stadt ? c.T("Anteil der Stadt: ", "City share: ")
                                 : c.T("Weitere Mittel: ", "Other funding: ")) +
                            a.quelle,
                        EuroText(a.betrag, 0, c.lang)});
    }
    t.rows.push_back({c.T("davon Anteil der Stadt insgesamt", "City share in total"),
                      EuroText(f.city, 0, c.lang)});
    t.rows.push_back({c.T("davon weitere Mittel insgesamt", "Other funding in total"),
                      EuroText(f.other, 0, c.lang)});
    if (f.uncovered && *f.uncovered > 0.005) {
      t.rows.push_back(
          {c.T("noch nicht gedeckt", "not yet covered"), EuroText(*f.uncovered, 0, c.lang)});
    }
  }
  t.rows.push_back({c.T("Haushaltsstelle", "Budget position"), OrBlank(k.haushaltsstelle)});
  return t;
}

std::string CostPerUseText(const BuildContext& c) {
  const CostFigures& f = c.ev.costs;
  if (!f.configured || f.basis.size() != 2 || (!f.per_visit && !f.per_participation)) return "";
  std::string halves = ShortPeriodLabel(f.basis[0], c.lang) + c.T(" und ", " and ") +
                       ShortPeriodLabel(f.basis[1], c.lang);
  std::string total = EuroText(f.total, 0, c.lang);
  std::vector<std::string> parts;
  if (f.per_visit) {
    parts.push_back(c.en() ? EuroText(*f.per_visit, 2, c.lang) + " per visit (" + total + " / " +
                                 FormatNumber(*f.visits, 0, c.lang) + " visits)"
                           : EuroText(*f.per_visit, 2, c.lang) + " je Besuch (" + total + " / " +
                                 FormatNumber(*f.visits, 0, c.lang) + " Besuche)");
  }
  if (f.per_participation) {
    parts.push_back(c.en() ? EuroText(*f.per_participation, 2, c.lang) +
                                 " per event participation (" + total + " / " +
                                 FormatNumber(*f.participations, 0, c.lang) + " participations)"
                           : EuroText(*f.per_participation, 2, c.lang) +
                                 " je Teilnahme an einer Veranstaltung (" + total + " / " +
                                 FormatNumber(*f.participations, 0, c.lang) + " Teilnahmen)");
  }
  return c.en()
             ? "Set against the last full year of use (" + halves + "), the yearly costs come to " +
                   Join(parts, " and ") + ". A visit is counted each time, not per person."
             : "Bezogen auf das letzte volle Jahr der Nutzung (" + halves +
                   ") ergeben die jährlichen Kosten " + Join(parts, " und ") +
                   ". Gezählt sind Besuche, nicht Personen.";
}

void AddFinance(const BuildContext& c, Document* doc) {
  if (!c.ev.costs.configured) {
    doc->blocks.push_back(Paragraph{c.T("Die Kosten sind für diese Vorlage noch nicht beziffert: ",
                                        "The costs have not been stated for this paper yet: ") +
                                    std::string(kBlankField)});
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
  if (v.nummer.empty()) missing.push_back(c.T("Vorlagen-Nr.", "paper no."));
  if (v.federfuehrung.empty()) missing.push_back(c.T("Federführung", "lead department"));
  if (v.betreff.empty()) missing.push_back(c.T("Betreff", "subject"));
  list.items.push_back(
      missing.empty()
          ? c.T("Kopf der Vorlage: Vorlagen-Nr., Federführung und Betreff sind eingetragen.",
                "Head of the paper: number, lead department and subject are filled in.")
          : c.T("Kopf der Vorlage: es fehlen noch ", "Head of the paper: still missing: ") +
                Join(missing, ", ") + ".");
  int undated = 0;
  for (const Beratung& b : v.beratungsfolge) undated += b.datum ? 0 : 1;
  std::string n = std::to_string(v.beratungsfolge.size());
  list.items.push_back(
      v.beratungsfolge.empty()
          ? c.T("Beratungsfolge: noch nicht festgelegt.", "Order of deliberation: not set yet.")
      : undated == 0
          ? c.T("Beratungsfolge: ", "Order of deliberation: ") + n +
                c.T(" Gremien, alle mit Sitzungstermin.", " bodies, each with a meeting date.")
          : c.T("Beratungsfolge: ", "Order of deliberation: ") + n +
                c.T(" Gremien, davon ", " bodies, ") + std::to_string(undated) +
                c.T(" noch ohne Sitzungstermin.", " still without a meeting date."));
  const CostFigures& f = c.ev.costs;
  if (!f.configured) {
    list.items.push_back(c.T("Kosten: noch nicht beziffert.", "Costs: not stated yet."));
  } else {
    std::string text = c.T("Kosten: ", "Costs: ") + EuroText(f.total, 0, c.lang) +
                       c.T(" je Jahr; ", " per year; ");
    if (!f.uncovered)
      text += c.T("die Finanzierung ist noch nicht angegeben", "the financing is not stated yet");
    else if (*f.uncovered > 0.005)
      text += EuroText(*f.uncovered, 0, c.lang) +
              c.T(" sind noch nicht gedeckt", " are not yet covered");
    else
      text += c.T("die Finanzierung deckt sie", "the financing covers them");
    text +=
        site.kosten.haushaltsstelle.empty()
            ? c.T("; die Haushaltsstelle ist noch offen.", "; the budget position is still open.")
            : c.T("; Haushaltsstelle ", "; budget position ") + site.kosten.haushaltsstelle + ".";
    list.items.push_back(text);
  }
  std::vector<std::string> without;
  for (const AreaEvidence& a : c.ev.goal_evidence)
    if (a.empty()) without.push_back(c.en() ? a.label_en : a.label_de);
  if (!c.ev.goal_evidence.empty()) {
    std::string with = std::to_string(c.ev.goal_evidence.size() - without.size());
    list.items.push_back(c.T("Belege: ", "Evidence: ") + with + c.T(" von ", " of ") +
                         std::to_string(c.ev.goal_evidence.size()) +
                         c.T(" Zielbereichen haben eigene Belege; jede Kennzahl zählt nur dort, wo "
                             "sie zugeordnet ist",
                             " goal areas have evidence of their own; each indicator counts only "
                             "where it is assigned") +
                         (without.empty() ? "."
                                          : c.T(". Ohne Beleg: ", ". Without evidence: ") +
                                                Join(without, ", ") + "."));
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
    std::string text = c.T("Termine: ", "Steps: ") + std::to_string(t.steps.size()) +
                       c.T(" erfasst, davon ", " recorded, ") + std::to_string(done) +
                       c.T(" erledigt", " done");
    if (next)
      text += c.T("; als Nächstes bis ", "; next, by ") + DateText(next->bis, c.lang) + ": " +
              PositionText(c, next->was);
    list.items.push_back(text + ".");
  }
  if (t.meeting && t.submit_by) {
    list.items.push_back(
        c.T("Einreichung: bis ", "Submission: by ") + DateText(*t.submit_by, c.lang) +
        c.T(" für die Sitzung am ", " for the meeting on ") + DateText(*t.meeting, c.lang) + ".");
  }
  list.items.push_back(c.T("Zahlen: aus denselben Daten wie die Halbjahresberichte, Zeitraum ",
                           "Figures: from the same data as the half-yearly reports, period ") +
                       CoveredSpan(c) + c.T("; Stand der Daten ", "; data as of ") +
                       DateText(c.in.today, c.lang) + ".");
  doc->blocks.push_back(list);
}

}  // namespace ankerbericht
