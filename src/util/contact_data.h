// Finds contact data in free text: e-mail addresses (also "info (at)
// stadt.de"), phone numbers in German and international spellings, and web
// addresses. The importers remove e-mail addresses and phone numbers before
// anything is stored (data minimisation); the evaluation removes URLs and
// names too before a quote is published (evaluate/scrub.h).
//
// Every scanner reads the text once from left to right with a bounded look
// back, so a megabyte without a space (a pasted data URI) costs a megabyte's
// time and no stack: free text comes from the public, no regular expression
// engine gets to see it.
#ifndef ANKERBERICHT_UTIL_CONTACT_DATA_H_
#define ANKERBERICHT_UTIL_CONTACT_DATA_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ankerbericht {

// What replaces a removed span, in the store and in reports alike.
inline constexpr const char* kRedaction = "[…]";

// A found span: text[begin, end).
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
};

// "anna.muster@example.de", "info (at) stadt.de", "info[at]stadt.de": a local
// part, "@", "(at)" or "[at]" (one space allowed on either side) and a domain
// ending in a dot and two or more letters.
std::vector<TextSpan> FindEmailAddresses(std::string_view text);

// "http://...", "https://..." and "www...." up to the next space, '<', '>' or '"'.
std::vector<TextSpan> FindUrls(std::string_view text);

// "+49 30 123456", "(030) 12 34 56", "030/123456", "0171-2345678",
// "0421/123 456": a number starting with "+", "(0" or a "0" that begins a
// word, with the separators people type, and at least 6 digits. Dates
// ("31.01.2026", "2026-01-31"), times, years, counts and numbers that do not
// start with 0 or + are not phone numbers.
std::vector<TextSpan> FindPhoneNumbers(std::string_view text);

// Replaces e-mail addresses and phone numbers in |text| with kRedaction and
// returns how many were replaced. URLs are kept unless they hold an address
// or a number themselves (then only that part goes).
int RemoveContactData(std::string* text);

// |text| with every span of |spans| (sorted, not overlapping) replaced by
// kRedaction.
std::string ReplaceSpans(std::string_view text, const std::vector<TextSpan>& spans);

// True if |text| holds an e-mail address or a phone number.
bool LooksLikeContactData(std::string_view text);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_CONTACT_DATA_H_
