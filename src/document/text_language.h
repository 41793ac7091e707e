// The language of the team's own texts (texte/*.md, quotes from notes and
// feedback), so that a text written in another language than the report is
// marked as such: a screen reader then reads "The workshop was great" with
// English pronunciation inside a German report (PDF /Lang on its structure
// element, HTML lang attribute), and the report says once that such texts
// are given as written. See docs/qualitative.md, "Sprache der Texte".
#ifndef ANKERBERICHT_DOCUMENT_TEXT_LANGUAGE_H_
#define ANKERBERICHT_DOCUMENT_TEXT_LANGUAGE_H_

#include <string>

#include "document/document.h"
#include "util/strings.h"

namespace ankerbericht {

// A team's declaration of its text's language: a first non-empty line
// "Sprache: en" (or "Language: en", any case). Removes that line from |text|
// and returns the code in lower case ("en"); returns "" and leaves |text| as
// it is when the first line is no such declaration or names no two- or
// three-letter code.
std::string TakeDeclaredLanguage(std::string* text);

// A small stop-word count: "de" or "en" when |text| clearly is German or
// English (at least three of the language's most common little words, such
// as "und", "der", "nicht" / "the", "and", "with", and at least four times as
// many as of the other language's), "" when the text is too short or mixed
// to tell. Never guesses a third language.
std::string GuessTextLanguage(const std::string& text);

// The language to mark |text| with in a report in |report_lang|: |declared|
// if not empty, else the guess; "" when that is the report's language or
// unknown (nothing to mark).
std::string ForeignLanguage(const std::string& declared, const std::string& text,
                            const std::string& report_lang);

// The name of language |code| in the language of |words| (its strings table,
// "language.name.<code>"): "Englisch", "English"; the code itself for
// languages the table does not name.
std::string LanguageName(const Strings& words, const std::string& code);

// Marks every quote of |doc| (slides included) whose text is clearly in
// another language than the document's, then, in an A4 document, adds once,
// right after the first text so marked, a remark saying that texts in another
// language are given as written ("Texte des Teams in anderer Sprache (hier:
// Englisch) sind im Original wiedergegeben."), worded from |words|, the
// strings table of the document's language. Blocks whose |lang| was set
// before (team texts with a declaration) count as well.
void MarkForeignTexts(const Strings& words, Document* doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_TEXT_LANGUAGE_H_
