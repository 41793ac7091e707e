// Formatting numbers for readers: German "1.234,5" or English "1,234.5".
#ifndef ANKERBERICHT_UTIL_FORMAT_H_
#define ANKERBERICHT_UTIL_FORMAT_H_

#include <string>

namespace ankerbericht {

// |decimals| digits after the separator; thousands grouped.
std::string FormatNumber(double value, int decimals, const std::string& lang);

// "12,5 %" (de) / "12.5%" (en), one decimal.
std::string FormatPercent(double value, const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_FORMAT_H_
