// Escaping text for the HTML edition. Every text of a report passes one of
// these functions on its way into the page, so that a name or a comment
// such as "<script>" or "Müller & Söhne" is shown, never interpreted.
#ifndef ANKERBERICHT_RENDER_HTML_ESCAPE_H_
#define ANKERBERICHT_RENDER_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace ankerbericht {

// |text| for element content and quoted attribute values: & < > " ' as
// character references, invalid UTF-8 as U+FFFD and control characters
// (except '\n') as spaces.
std::string HtmlEscape(std::string_view text);

// |text| inside a double-quoted CSS string (the print stylesheet's running
// header and footer): quotes, backslashes, line breaks and '<' as CSS
// escapes, so the text can neither end the string nor the <style> element.
std::string CssString(std::string_view text);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_HTML_ESCAPE_H_
