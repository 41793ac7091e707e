// The qualitative evidence of a period: themes in feedback free text and
// notes (with the previous period for the trend), quotes chosen per theme,
// the team's actions and insights. Built from the codebook and the editorial
// choices in the workspace (config/qualitative_files.h).
#ifndef ANKERBERICHT_EVALUATE_QUALITATIVE_H_
#define ANKERBERICHT_EVALUATE_QUALITATIVE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evaluate/actions.h"
#include "evaluate/codebook.h"
#include "evaluate/period_data.h"
#include "evaluate/period_reader.h"
#include "evaluate/quotes.h"
#include "evaluate/themes.h"
#include "model/quote_choices.h"
#include "model/records.h"
#include "model/theme.h"
#include "util/status.h"

namespace ankerbericht {

class Store;  // store/store.h

// One insight from a note of the period: a section titled "Erkenntnisse"
// (or "Insights", "Lessons learned"), or one item of a list in it.
struct Insight {
  Date date;
  std::string source;       // the note's title; empty in the public edition (kind only)
  std::string text;         // one line: the Markdown source's soft line breaks joined
  std::string source_kind;  // the note's kind, as QuoteCandidate::source_kind
};

// The insights of |notes| (pure; exposed for tests). A section's text is one
// insight, or one per item where it is a Markdown list ("- …"); the soft line
// breaks of the source are joined. Unless |internal|: no note's title is kept
// (a title names occasion and people: "Interview mit einer
// Digitalbotschafterin"), and insights from an interview with one speaker are
// left out, as the quote rule leaves out that person's statements: the
// insight relays them ("Die Referentin würde gern …"). |*left_out| counts them.
std::vector<Insight> NoteInsights(const std::vector<Note>& notes, bool internal, int* left_out);

struct Qualitative {
  bool has_codebook = false;
  int notes_in_period = 0;
  ThemeSummary themes;                                       // this period
  ThemeSummary themes_previous;                              // the period before, for the trend
  std::map<std::string, std::vector<SelectedQuote>> quotes;  // theme id -> quotes
  QuoteRules quote_rules;
  std::vector<TrackedAction> actions;  // every action decided by the period's end
  ActionCounts action_counts;
  std::vector<Insight> insights;
  // Insights from interviews with one person left out of the public edition.
  int insights_left_out = 0;
  // Names of the team that the notes carry (authors, action owners), as
  // written and by first name: a public edition leaves them out of any text.
  std::vector<std::string> staff_names;
};

// The staff names in |notes| (pure; exposed for tests): every author ("Anna M."
// and "Anna") and action owner, longest first so that "Anna M." is replaced
// before "Anna". Names shorter than three letters are left out (too likely a
// word of their own).
std::vector<std::string> StaffNames(const std::vector<Note>& notes);

// Evaluates |site|'s notes and feedback free text for |period|. |k| is the
// privacy threshold (quotes only from groups of at least k). Unless
// |internal|, quotes from interviews with one person (the speaker of an
// event) are left out. Fails with kDatabase.
// The records come from |records| (the site's reader); |loaded|, if given,
// holds |period|'s records as LoadPeriodData read them: its feedback and
// events are taken instead of being read again.
Result<Qualitative> EvaluateQualitative(const PeriodReader& records, const Site& site,
                                        const Period& period,
                                        const std::vector<CodebookTheme>& codebook,
                                        const QuoteChoices& choices, int k, bool internal = false,
                                        const PeriodData* loaded = nullptr);

struct QualitativeIndicator {
  std::string id;    // "themes.<id>.mentions", "themes.<id>.share", "actions.open", ...
  std::string unit;  // "count" or "percent"
  std::optional<double> value;
  std::optional<double> previous;
};

// The qualitative figures as indicators. Unless |internal|, theme counts
// below |k| and shares over fewer than |k| texts are withheld (nullopt).
std::vector<QualitativeIndicator> QualitativeIndicators(const Qualitative& q, int k, bool internal);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_QUALITATIVE_H_
