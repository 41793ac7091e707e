// A plain-text rendering of a Document, one line per element, for golden tests
// and for reading a report's content without a PDF viewer.
#ifndef ANKERBERICHT_RENDER_TEXT_DUMP_H_
#define ANKERBERICHT_RENDER_TEXT_DUMP_H_

#include <string>

#include "document/document.h"

namespace ankerbericht {

std::string DumpDocument(const Document& doc);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_TEXT_DUMP_H_
