#include "import/text_decoding.h"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

#include "util/text.h"

namespace ankerbericht {

DecodedText DecodeText(std::string bytes) {
  DecodedText out;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    bytes.erase(0, 3);
    out.text = std::move(bytes);
    out.encoding = "UTF-8 (BOM)";
  } else if (IsValidUtf8(bytes)) {
    out.text = std::move(bytes);
    out.encoding = "UTF-8";
  } else {
    // Not UTF-8: German Excel's "CSV (Trennzeichen-getrennt)" writes
    // Windows-1252, a superset of Latin-1 for the printable range.
    Poco::Windows1252Encoding cp1252;
    Poco::UTF8Encoding utf8;
    Poco::TextConverter converter(cp1252, utf8);
    converter.convert(bytes, out.text);
    out.encoding = "Windows-1252";
  }
  out.has_replacement_chars = out.text.find("\xEF\xBF\xBD") != std::string::npos;
  return out;
}

}  // namespace ankerbericht
