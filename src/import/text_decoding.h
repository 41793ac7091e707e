// Turns the bytes of an input file into UTF-8 text: BOM first, then a strict
// UTF-8 check, then Windows-1252 (what German Excel writes) as the fallback.
#ifndef ANKERBERICHT_IMPORT_TEXT_DECODING_H_
#define ANKERBERICHT_IMPORT_TEXT_DECODING_H_

#include <string>

namespace ankerbericht {

struct DecodedText {
  std::string text;      // UTF-8, without BOM
  std::string encoding;  // "UTF-8 (BOM)", "UTF-8" or "Windows-1252"
  // True if the text holds U+FFFD: characters were already lost before the
  // file reached us (seen in real open-data exports). Worth a warning.
  bool has_replacement_chars = false;
};

// Takes the bytes by value so a caller that moves them in holds the file only
// once: UTF-8 input is adopted as it is, without a copy.
DecodedText DecodeText(std::string bytes);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_TEXT_DECODING_H_
