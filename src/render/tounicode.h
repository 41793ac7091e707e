// ToUnicode CMaps for the embedded fonts. libharu writes for its UTF-8
// fonts a map with a "begincidrange" operator, which belongs in an encoding
// CMap, not a ToUnicode map: poppler warns on every file and PDF/UA 7.21.7
// forbids it. With libharu's UTF-8 encoder a character's code in the content
// stream is its Unicode value (two bytes, Identity-H), so the right map sends
// every code used to itself.
#ifndef ANKERBERICHT_RENDER_TOUNICODE_H_
#define ANKERBERICHT_RENDER_TOUNICODE_H_

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

namespace ankerbericht {

// Adds the Unicode values of the characters of |utf8| to *chars. Bytes that
// are not well-formed UTF-8 are skipped (the renderer never draws them).
void AddCharacters(std::string_view utf8, std::set<uint32_t>* chars);

// A ToUnicode CMap (CMapType 2, two-byte codespace) mapping each character
// of |chars| in the Basic Multilingual Plane to itself with bfchar entries,
// at most 100 per block as the CMap syntax requires. Characters outside the
// BMP (which libharu cannot encode in two bytes) and surrogates are left out.
std::string ToUnicodeCMap(const std::set<uint32_t>& chars);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_TOUNICODE_H_
