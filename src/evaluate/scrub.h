// Makes free text safe to publish: e-mail addresses, phone numbers, URLs and
// configured person names are replaced by "[…]". Reports are public council
// papers, so every quote passes through here before it reaches a document.
#ifndef ANKERBERICHT_EVALUATE_SCRUB_H_
#define ANKERBERICHT_EVALUATE_SCRUB_H_

#include <string>
#include <vector>

#include "util/contact_data.h"  // kRedaction, LooksLikeContactData

namespace ankerbericht {

struct ScrubResult {
  std::string text;
  int replaced = 0;  // how many spans were replaced
};

// Replaces e-mail addresses, URLs (http://, https://, www.), phone numbers in
// German and international forms ("0171 2345678", "+49 30 123456",
// "(030) 12 34 56", "030/123456") and every name in |names| (whole words,
// case-insensitive) with kRedaction. Dates, times, years and counts are kept.
// Takes time in proportion to the text (times the number of names), however
// long a word in it is.
ScrubResult Scrub(const std::string& text, const std::vector<std::string>& names);

// Drops every reference to an individual from |text|, so that what is left
// names the position, not the person: a form of address with the name after
// it ("Frau Krüger", "Herrn Dr. Yilmaz", "Fr. M.") and every name in |names|
// (whole words, case-insensitive), each with the space before it; brackets
// left empty go too. "Stelle Frau Krüger (Projektkoordination), befristet
// bis 30.09.2027" -> "Stelle (Projektkoordination), befristet bis
// 30.09.2027". Contact data is replaced as by Scrub(). Never fails.
std::string DropPersonNames(const std::string& text, const std::vector<std::string>& names);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_SCRUB_H_
