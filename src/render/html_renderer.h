// Writes a Document as one self-contained, accessible HTML page: the HTML
// edition of a report, for council websites, phones and screen readers.
// It draws from the same document model as the PDF and adds no words of
// its own (those few it needs come from document/html_words.h).
//
// The page has a skip link to <main>, the cover as <header> with the only
// <h1>, headings one level below it (chapters <h2>), tables with <caption>
// and <th scope>, charts as inline <svg role="img"> with <title> and <desc>
// and their values in a folded table beside them, key figures as a list
// (value, label, change and target together), `lang` on <html>, and a
// print stylesheet. It loads nothing from anywhere: no script, no web
// font, no image file (a logo is embedded as a data: URL).
#ifndef ANKERBERICHT_RENDER_HTML_RENDERER_H_
#define ANKERBERICHT_RENDER_HTML_RENDERER_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "document/html_words.h"
#include "render/pdf_layout.h"
#include "util/status.h"

namespace ankerbericht {

struct HtmlOptions {
  HtmlWords words = HtmlWordsFor("de");
  // Text widths for laying out the charts; empty = an estimate for DejaVu
  // Sans (the PDF's font, which the page asks for first).
  MeasureFn measure;
  // Type in the charts is this much larger than in the PDF, so that the
  // smallest label still reads on a phone.
  double chart_font_scale = 1.25;
};

// The page for |doc|. A logo that is missing or neither PNG nor JPEG is
// left out and named in |warnings| (may be null).
std::string RenderHtml(const Document& doc, const HtmlOptions& options,
                       std::vector<Status>* warnings);

// Writes RenderHtml's page to |path| (through a temporary file beside it, so
// a failure leaves no half page). Fails with kIOError naming |path|.
Status WriteHtml(const Document& doc, const HtmlOptions& options, const std::string& path,
                 std::vector<Status>* warnings);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_HTML_RENDERER_H_
