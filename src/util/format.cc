#include "util/format.h"

#include <cmath>
#include <cstdio>

namespace ankerbericht {

std::string FormatNumber(double value, int decimals, const std::string& lang) {
  bool en = lang == "en";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(value));
  std::string digits = buf;
  std::string frac;
  size_t dot = digits.find('.');
  if (dot != std::string::npos) {
    frac = digits.substr(dot + 1);
    digits.erase(dot);
  }
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += en ? ',' : '.';
    grouped += digits[i];
  }
  // "-0" after rounding is shown as "0".
  bool negative = value < 0 && (grouped.find_first_not_of("0.,") != std::string::npos ||
                                frac.find_first_not_of('0') != std::string::npos);
  std::string out = negative ? "−" : "";
  out += grouped;
  if (!frac.empty()) out += (en ? "." : ",") + frac;
  return out;
}

std::string FormatPercent(double value, const std::string& lang) {
  return FormatNumber(value, 1, lang) + (lang == "en" ? "%" : " %");
}

}  // namespace ankerbericht
