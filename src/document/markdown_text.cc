#include "document/markdown_text.h"

#include <algorithm>

#include "util/text.h"

namespace ankerbericht {

namespace {

// "**fett**", "*kursiv*", "_x_" and "`code`" lose their markers: the report
// has one text style per block, and a stray asterisk looks like a typo.
std::string StripInline(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool marker =
        c == '*' || c == '`' ||
        (c == '_' && (i == 0 || text[i - 1] == ' ' || i + 1 == text.size() || text[i + 1] == ' '));
    if (!marker) out += c;
  }
  return out;
}

}  // namespace

std::vector<Block> MarkdownToBlocks(const std::string& markdown, int top_level) {
  std::vector<Block> blocks;
  std::string paragraph;
  BulletList list;
  auto flush = [&] {
    if (!paragraph.empty()) blocks.push_back(Paragraph{StripInline(paragraph)});
    paragraph.clear();
    if (!list.items.empty()) blocks.push_back(list);
    list.items.clear();
  };
  size_t start = 0;
  while (start <= markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    std::string_view line = Trim(std::string_view(markdown).substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      size_t hashes = line.find_first_not_of('#');
      if (hashes != std::string_view::npos && line[hashes] == ' ') {
        flush();
        int level = std::min(2, top_level + static_cast<int>(hashes) - 1);
        blocks.push_back(Heading{level, StripInline(Trim(line.substr(hashes)))});
        continue;
      }
    }
    if ((line[0] == '-' || line[0] == '*') && line.size() > 1 && line[1] == ' ') {
      if (!paragraph.empty()) {
        blocks.push_back(Paragraph{StripInline(paragraph)});
        paragraph.clear();
      }
      list.items.push_back(StripInline(Trim(line.substr(2))));
      continue;
    }
    // "1. Der Rat beschließt ..." (a Beschlussvorschlag is a numbered list):
    // each item becomes a paragraph that keeps its number, so the items do
    // not run together and the numbers stay the ones the team wrote.
    size_t digits = line.find_first_not_of("0123456789");
    if (digits > 0 && digits != std::string_view::npos && digits + 1 < line.size() &&
        (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ') {
      flush();
      paragraph =
          std::string(line.substr(0, digits)) + ". " + std::string(Trim(line.substr(digits + 1)));
      continue;
    }
    if (!list.items.empty() && paragraph.empty() && start > 0) {
      // A continuation line of the last bullet ("- lange Zeile\n  weiter").
      list.items.back().append(" ").append(StripInline(line));
      continue;
    }
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += line;
  }
  flush();
  return blocks;
}

}  // namespace ankerbericht
