// The stylesheet of the HTML edition: one <style> element, no fonts or
// images from elsewhere. Screen: one readable column that works from a
// phone (390 px) to a desktop; wide tables and charts scroll sideways in
// their own box instead of widening the page. Print: A4 pages (landscape
// for a slide deck) with the running header, footer, page numbers and the
// edition's marker in the page margins, as in the PDF.
#ifndef ANKERBERICHT_RENDER_HTML_STYLE_H_
#define ANKERBERICHT_RENDER_HTML_STYLE_H_

#include <string>

#include "document/document.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// The <style> element for |doc| drawn in |theme|'s colours: the header,
// footer, page words and marker of doc.info go into the print margins
// (escaped as CSS strings).
std::string HtmlStyle(const Document& doc, const Theme& theme);

// "#RRGGBB".
std::string CssColor(const Rgb& c);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_HTML_STYLE_H_
