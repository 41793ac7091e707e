// The words for what evaluate/ and config/ leave as values and codes: the
// rules printed with the figures (privacy, programme signal, quotes,
// intervals), a programme signal, a target state, a type of place, a
// success-factor phase and rating, each worded from a strings table
// (util/strings.h). document/ words its reports with them, app/ the
// command line and the figures export.
#ifndef ANKERBERICHT_DOCUMENT_RULE_WORDS_H_
#define ANKERBERICHT_DOCUMENT_RULE_WORDS_H_

#include <string>
#include <string_view>

#include "document/document.h"
#include "evaluate/figures_export.h"
#include "evaluate/indicators.h"
#include "evaluate/period_data.h"
#include "evaluate/quotes.h"
#include "evaluate/signals.h"
#include "evaluate/targets.h"
#include "model/success_factors.h"
#include "util/status.h"
#include "util/strings.h"

namespace ankerbericht {

// The privacy rule for threshold |k| ("rule.privacy").
std::string PrivacyRuleText(const Strings& s, int k);

// The programme-signal rule with its thresholds ("rule.signal").
std::string SignalRuleText(const Strings& s, const SignalRule& rule);

// The quote rule; the sentences about one-person interviews and about how
// much the source under a quote may say only when the rules are the public
// ones (rules.internal false).
std::string QuoteRuleText(const Strings& s, const QuoteRules& rules);

// How the 95 % intervals are computed, in words, not a formula.
std::string IntervalMethodText(const Strings& s);

// Where a quote or an insight comes from: "Feedbackbogen, Workshop" /
// "feedback form, Workshop", "Kurzinterview" / "short interview" (see
// QuoteSource in evaluate/quotes.h).
std::string QuoteSourceText(const Strings& s, const std::string& kind, const std::string& detail);

// "wiederholen" / "repeat" ("signal.<SignalName>").
std::string SignalText(const Strings& s, Signal signal);

// "knapp verfehlt" / "nearly met" ("target.state.<TargetStateName>").
std::string TargetStateText(const Strings& s, TargetState state);

// The name of type of place |type| (1..5) of the Difu study; "" for 0 (no
// type configured) or an unknown number.
std::string SiteTypeText(const Strings& s, int type);

// "Konzipieren und starten (Initiierung)" / "Design and launch (initiation)".
std::string PhaseText(const Strings& s, SuccessFactorPhase phase);

// "erfüllt" / "met"; kUnrated gives "nicht bewertet" / "not rated".
std::string RatingText(const Strings& s, FactorRating rating);

// "Förderung von Bürgernähe" / "Citizen proximity": the name of the goal
// area |id| of GoalAreas() ("goal_area.<id>").
std::string GoalAreaText(const Strings& s, const std::string& id);

// The name of |factor| as the study words it ("success_factor.<id>").
std::string SuccessFactorText(const Strings& s, const SuccessFactor& factor);

// Which of its own words |site| gets where the catalogue's do not fit it, as
// the suffix of their keys: ".mobile" for a site with stops; for a building
// by what counted the visits of |data| (evaluate/period_data.h CountedBy):
// ".counter", ".tallies", or ".stationary" for both, for neither and without
// |data|. It picks the method texts of a report (stop_sections.h CountWord)
// and the indicators' own names and definitions (CatalogueLabel,
// CatalogueDefinition).
std::string_view CountKind(const Site& site, const PeriodData* data = nullptr);

// The catalogue's name of |def| ("indicator.<id>.label") and the definition
// printed in report appendices ("indicator.<id>.definition"). For a site of
// another |kind| than ".stationary" (CountKind) the wording of its own where
// the table has one ("indicator.<id>.label_<kind>", ".definition_<kind>"): a
// bus's stop hours, not opening hours ("label_mobile"), a building's visits
// on tally sheets only ("definition_tallies").
std::string CatalogueLabel(const Strings& s, const IndicatorDef& def,
                           std::string_view kind = ".stationary");
std::string CatalogueDefinition(const Strings& s, const IndicatorDef& def,
                                std::string_view kind = ".stationary");

// The words the figures export of |ev| carries, from the German and English
// tables (see FigureWords). Site evaluations of one `figures` call share
// their options, so the words of one serve all.
FigureWords FigureWordsFor(const Strings& de, const Strings& en, const Evaluation& ev);

// FigureWordsFor() with the built-in tables; fails when a table cannot be
// read (see Strings::Builtin).
Result<FigureWords> BuiltinFigureWords(const Evaluation& ev);

// Fills |info|'s words for the line breaker, DocumentInfo::bound_units and
// bound_abbreviations, from "render.typography.units" and
// ".abbreviations" (each a list separated by '|'). German and English
// tables hold the same lists: an English report may quote German team texts.
void SetBoundWords(const Strings& s, DocumentInfo* info);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_RULE_WORDS_H_
