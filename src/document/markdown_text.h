// Turns the small Markdown a team writes (foreword, outlook, proposed
// decision) into document blocks: "#"/"##" headings, paragraphs, "-"/"*"
// bullet lists. Emphasis markers are removed, not rendered.
#ifndef ANKERBERICHT_DOCUMENT_MARKDOWN_TEXT_H_
#define ANKERBERICHT_DOCUMENT_MARKDOWN_TEXT_H_

#include <string>
#include <vector>

#include "document/document.h"

namespace ankerbericht {

// Headings in |markdown| are shifted so that "#" becomes |top_level| (a
// team's "# Vorwort" inside a chapter becomes a level-2 heading).
std::vector<Block> MarkdownToBlocks(const std::string& markdown, int top_level);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_MARKDOWN_TEXT_H_
