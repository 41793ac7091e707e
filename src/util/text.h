// Small string helpers shared by the importers, the evaluation and the
// renderers. All functions take and return UTF-8.
#ifndef ANKERBERICHT_UTIL_TEXT_H_
#define ANKERBERICHT_UTIL_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ankerbericht {

// Strips ASCII white space and U+00A0 (no-break space, common in Excel and MS
// Forms exports) from both ends.
std::string_view Trim(std::string_view s);

// ASCII lower case; other bytes are left as they are.
std::string AsciiLower(std::string_view s);

// Folds a header or keyword for comparison: lower case, umlauts to ae/oe/ue,
// ß to ss, and every run of non-alphanumeric characters removed. So
// "Teilnehmer*innen", "teilnehmerinnen" and "Teil-nehmer innen" compare equal.
std::string FoldKey(std::string_view s);

// Splits on |sep| and trims each part; empty parts are dropped.
std::vector<std::string> SplitList(std::string_view s, char sep);
// Splits a list field on ',', ';' or '|' (whichever occurs), trimming parts.
std::vector<std::string> SplitAnyList(std::string_view s);

// |text| on one line: every run of spaces, tabs and line breaks becomes one
// space, leading and trailing ones go ("Arztpraxen,\nApotheken" ->
// "Arztpraxen, Apotheken").
std::string JoinLines(std::string_view text);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// |text| with every occurrence of |from| (not empty) replaced by |to|; text
// inserted by a replacement is not searched again.
std::string ReplaceAll(std::string text, std::string_view from, std::string_view to);

bool StartsWith(std::string_view s, std::string_view prefix);

// Straight double quotes ("...") turned into typographic ones: „...“ for
// German (|lang| "de"), “...” for English. A quote opens at the start of the
// text or after a space or opening bracket, otherwise it closes. With
// |nested| the single forms are used (‚...‘, ‘...’), for quotes inside a
// quotation.
std::string TypographicQuotes(std::string_view text, std::string_view lang, bool nested = false);

// |text| as a quotation: „text“ in German, “text” in English; straight quotes
// inside become nested ones. A text that is already one whole quotation
// („…“, “…”, "…", as notes often write a participant's words) keeps one
// pair of marks, not two.
std::string Quoted(std::string_view text, std::string_view lang);

// Parses a whole, non-negative or negative count: "12", "1.234" or "1 234"
// (German thousands), "1,234" only when followed by exactly three digits.
// Returns nullopt for fractions and anything that is not a number.
std::optional<int64_t> ParseInteger(std::string_view s);

// Parses a decimal number with comma or point as decimal separator.
std::optional<double> ParseDecimal(std::string_view s);

// True if |s| is valid UTF-8.
bool IsValidUtf8(std::string_view s);

// How many characters of a value a message quotes.
inline constexpr size_t kQuotedChars = 80;

// |value| as a message quotes it: whole when it has at most |max_chars|
// characters, else its first |max_chars| characters and "…" (cut between
// characters, never inside one). Every message that repeats a value from an
// input file goes through here, so a 5 MB cell makes a short message.
std::string Excerpt(std::string_view value, size_t max_chars = kQuotedChars);

// |s| without control characters (U+0000 to U+001F and U+007F) other than
// tab, line feed and carriage return: a NUL byte or an escape code in an id
// or a title is invisible on screen and would make two equal-looking ids differ.
std::string StripControlChars(std::string_view s);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_TEXT_H_
