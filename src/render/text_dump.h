// A plain-text rendering of a Document, one line per element, for golden tests
// and for reading a report's content without a PDF viewer.
#ifndef ANKERBERICHT_RENDER_TEXT_DUMP_H_
#define ANKERBERICHT_RENDER_TEXT_DUMP_H_

#include <string>

#include "document/document.h"

namespace ankerbericht {

// Slides start with "=== Folie n ===" and list title, "Kennzahl <indicator>:
// <figure>", label, note, bullets, quotes, the chart's content and the
// source; timeline charts print one "MARK <date> – <label> [<kind>]" per mark.
std::string DumpDocument(const Document& doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_TEXT_DUMP_H_
