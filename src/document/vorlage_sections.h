// The parts of the consolidation case that make it a municipal decision
// paper (Sitzungsvorlage): the head with Vorlagen-Nr., Federführung,
// Beratungsfolge and Betreff, and the financial effects (Finanzielle
// Auswirkungen) with the cost per visit. The committee deck's cost slide
// shows the same finance table.
#ifndef ANKERBERICHT_DOCUMENT_VORLAGE_SECTIONS_H_
#define ANKERBERICHT_DOCUMENT_VORLAGE_SECTIONS_H_

#include <string>

#include "document/build_context.h"

namespace ankerbericht {

// What a field shows when the team has not filled it in: a visible blank.
inline constexpr const char* kBlankField = "__________";

// "1. Januar 2025 – 30. Juni 2026": from the funding start (else the opening,
// else the first data) to the end of the evaluated period.
std::string CoveredSpan(const BuildContext& c);

// {"type": "vorlage_head"}: the paper's first block: a table of Vorlagen-Nr.,
// Federführung, Betreff and the period covered, then the Beratungsfolge
// (body, meeting, public or not, role). Missing fields print kBlankField.
void AddVorlageHead(const BuildContext& c, Document* doc);

// {"type": "finance"}: the cost items per year, their sum, the financing
// (the city's share and other money, what is not yet covered), the budget
// position, then the cost per visit and per event participation and what they
// are computed from. Without a "kosten" block, a paragraph saying so.
void AddFinance(const BuildContext& c, Document* doc);

// {"type": "vorlage_check"}: the closing note: what was checked before the
// paper goes out, as a list: which head fields are filled in, whether every
// body has a meeting date, whether the costs are covered and have a budget
// position, which goal areas have evidence of their own, the recorded steps
// and the submission date. Facts only; gaps are named, not filled.
void AddVorlageCheck(const BuildContext& c, Document* doc);

// The finance table alone (shared with the deck's cost slide).
Table FinanceTable(const BuildContext& c);
// "Rund 1,23 € je Besuch und 10,45 € je Teilnahme ..." or "" without figures.
std::string CostPerUseText(const BuildContext& c);

// "210.000 €" / "€210,000".
std::string EuroText(double amount, int decimals, const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_VORLAGE_SECTIONS_H_
