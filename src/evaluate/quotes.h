// Chooses quotes for reports: candidates from feedback free text and from
// notes whose authors consented to quoting, scrubbed of contact data and
// names, within length bounds, chosen per theme by a fixed, stated rule.
#ifndef ANKERBERICHT_EVALUATE_QUOTES_H_
#define ANKERBERICHT_EVALUATE_QUOTES_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "evaluate/codebook.h"
#include "model/period.h"
#include "model/privacy_rule.h"
#include "model/records.h"
#include "util/date.h"

namespace ankerbericht {

// One piece of free text that could be quoted.
struct QuoteCandidate {
  std::string text;
  Date date;
  // Added to the word for |source_kind| under the quote: the event's format
  // for a form ("Workshop"); empty for a note (see QuoteSource).
  std::string source;
  // How many people the text could be attributed to (the responses of its
  // event, or of its format in the period). Below the privacy threshold the
  // text is never quoted, as readers could tell who wrote it.
  int group_size = 0;
  bool consent = true;  // notes: "zitate: ja" in the header
  // The words of one person whom role and occasion identify (an interview
  // with the speaker of an event): quoted in the internal edition only, as
  // consent to be quoted is no consent to be recognised by the public.
  bool one_person = false;
  // Where it comes from, a code the document words: "feedback" (a form) or
  // the note's kind ("reflexion", "interview-referent", "kurzinterview",
  // "note" for any other).
  std::string source_kind;
  // The span of time the source names ("April 2026", "2. Quartal 2026"); a
  // month when left unset (see AttributeQuote).
  Period when;
};

// What the source under a quote may say in the public edition: the span of
// time, and whether the event's format. A quote must not point to fewer
// events than the privacy threshold: the span is the first of the month,
// quarter and half-year of |date| that holds at least |k| held events of
// |format| in |events|; failing that, the format goes and the first of them
// with at least |k| held events of any format is taken; failing that too,
// the half-year without the format. An empty |format| (a form of no event)
// starts without it.
struct QuoteAttribution {
  Period when;
  bool with_format = false;
};
QuoteAttribution AttributeQuote(const Date& date, const std::string& format,
                                const std::vector<Event>& events, int k);

struct QuoteRules {
  size_t min_chars = 30;
  size_t max_chars = 280;
  size_t per_theme = 3;
  int privacy_threshold = kDefaultPrivacyThreshold;
  std::vector<std::string> names;  // configured names to scrub
  std::set<std::string> pinned;    // quote ids chosen first
  std::set<std::string> excluded;  // quote ids never shown
  bool internal = false;           // the internal edition: one-person quotes allowed
};

struct SelectedQuote {
  std::string id;    // stable 8-hex id of the original text, for pin/exclude
  std::string text;  // scrubbed
  Date date;
  std::string source;  // as QuoteCandidate::source
  bool pinned = false;
  std::string source_kind;  // as QuoteCandidate::source_kind
  Period when;              // as QuoteCandidate::when
};

// The span under |quote|: its |when|, or its month where that is unset.
Period QuoteWhen(const SelectedQuote& quote);

// How a source reads under a quote or an insight, given |kind_word|, the
// caller's word for |kind| (from the strings tables): a form's word with its
// format ("Feedbackbogen, Workshop"), a note's |detail| (its title) or else
// its word ("Kurzinterview"). Without a kind, |detail| as it is.
std::string QuoteSource(const std::string& kind_word, const std::string& kind,
                        const std::string& detail);

// A stable id for |text|: the same text always gets the same id.
std::string QuoteId(const std::string& text);

// Quotes per theme id. Rule: candidates that mention the theme (codebook),
// have consent, come from a group of at least the threshold (one person's
// words only when |rules.internal|), and are between min and max characters
// after scrubbing; pinned ones first, then the most recent; ties broken by
// id. A quote is used for one theme only (the first in codebook order that
// picks it), and it speaks to the themes its own words name: a #tag of the
// note it stands in (which tags the whole passage) decides only when its
// words name no theme, so a quote about opening hours in a passage tagged
// #senioren is a quote about opening hours.
std::map<std::string, std::vector<SelectedQuote>> SelectQuotes(
    const std::vector<QuoteCandidate>& candidates, const Codebook& codebook,
    const QuoteRules& rules);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_QUOTES_H_
