#include "render/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "render/block_layout.h"
#include "render/chart.h"
#include "render/struct_tree.h"
#include "render/table_layout.h"

namespace ankerbericht {
namespace {

// Type sizes (points) and line heights of the text blocks.
constexpr double kBodySize = 10, kBodyLeading = 14;
constexpr double kRemarkSize = 8, kRemarkLeading = 11;
constexpr double kH1Size = 17, kH2Size = 13;
constexpr double kBulletIndent = 14;
// A heading needs this many following rows on its page (keep-with-next).
constexpr int kHeadingKeepRows = 3;
// Rows at least this tall end a keep-with-next chain (see NeedHeight).
constexpr double kBigRow = 40;
// Running header and footer sit in the top and bottom margins.
constexpr double kRunningSize = 8;
constexpr double kHeaderBaseline = kPageHeight - 34, kHeaderRule = kPageHeight - 40;
constexpr double kFooterBaseline = 30, kFooterRule = 42;

const char kEllipsis[] = "\u2026";

// Length of the UTF-8 sequence starting with |lead|, 0 for a stray byte.
int Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// True if text[i, i+len) is a well-formed sequence (no overlong forms or
// surrogates), which is what libharu's UTF-8 decoder can handle.
bool IsWellFormed(std::string_view text, size_t i, int len) {
  if (i + len > text.size()) return false;
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
  for (int k = 1; k < len; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return false;
  }
  if (len == 3 && byte(0) == 0xE0 && byte(1) < 0xA0) return false;   // overlong
  if (len == 3 && byte(0) == 0xED && byte(1) >= 0xA0) return false;  // surrogate
  if (len == 4 && byte(0) == 0xF0 && byte(1) < 0x90) return false;   // overlong
  if (len == 4 && byte(0) == 0xF4 && byte(1) >= 0x90) return false;  // > U+10FFFF
  return true;
}

// Byte offsets of every character boundary in |s| (valid UTF-8), including 0
// and s.size(), so that long words are only ever cut between characters.
std::vector<size_t> CharBoundaries(std::string_view s) {
  std::vector<size_t> out;
  size_t i = 0;
  while (i < s.size()) {
    out.push_back(i);
    i += std::max(1, Utf8SequenceLength(static_cast<unsigned char>(s[i])));
  }
  out.push_back(s.size());
  return out;
}

// Largest k >= first such that fits(bounds[k]) holds, given that fits is
// monotonic and fits(bounds[first]) is true. Gallops first, so cutting a very
// long string costs about one line's worth of measuring per line, not the
// whole string.
size_t LongestFittingPrefix(const std::vector<size_t>& bounds, size_t first,
                            const std::function<bool(size_t)>& fits) {
  size_t good = first, step = 1;
  while (good + step < bounds.size() && fits(bounds[good + step])) {
    good += step;
    step *= 2;
  }
  size_t bad = std::min(good + step, bounds.size());
  while (bad - good > 1) {
    size_t mid = good + (bad - good) / 2;
    if (fits(bounds[mid])) {
      good = mid;
    } else {
      bad = mid;
    }
  }
  return good;
}

// Breaks a word wider than a line into pieces; all but the last go to
// |lines|, the last (which fits) is returned to continue the line with.
// Prefers a cut after a hyphen or slash ("Kinder-/Jugendarbeit"); always
// cuts at least one character so that wrapping makes progress.
std::string BreakLongWord(std::string_view word, double max_width, const WidthFn& width,
                          std::vector<std::string>* lines) {
  std::vector<size_t> bounds = CharBoundaries(word);
  size_t b = 0;  // index of the first character not yet placed
  while (true) {
    size_t start = bounds[b];
    size_t k = LongestFittingPrefix(
        bounds, b, [&](size_t end) { return width(word.substr(start, end - start)) <= max_width; });
    if (k + 1 == bounds.size()) return std::string(word.substr(start));
    k = std::max(k, b + 1);
    size_t dash = word.substr(start, bounds[k] - start).find_last_of("-/");
    // Only use the hyphen if the first piece does not become tiny.
    if (dash != std::string_view::npos && start + dash + 1 < bounds[k] &&
        dash + 1 >= (bounds[k] - start) / 3) {
      k = std::lower_bound(bounds.begin(), bounds.end(), start + dash + 1) - bounds.begin();
    }
    if (k + 1 == bounds.size()) return std::string(word.substr(start));
    lines->emplace_back(word.substr(start, bounds[k] - start));
    b = k;
  }
}

// Wraps one paragraph without hard breaks into |lines|.
//
// Linear in the paragraph's length: each word is measured once and the line's
// width is carried along (line + " " + word measures the sum of the three),
// instead of measuring the growing line again for every word. The sum is
// exact for the report fonts (no kerning); only a candidate within a
// rounding error of |max_width| is measured whole, so the breaks are the same
// as measuring every candidate.
void WrapSegment(std::string_view segment, double max_width, const WidthFn& width,
                 std::vector<std::string>* lines) {
  constexpr double kRoundingSlack = 1e-6;  // points; far below anything visible
  const double space = width(" ");
  std::string current;
  double current_width = 0;
  size_t pos = 0;
  while (pos < segment.size()) {
    size_t start = segment.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) break;
    size_t end = std::min(segment.find(' ', start), segment.size());
    // A number keeps its unit: "79,6 %" never breaks before the "%".
    while (end + 1 < segment.size() && segment[end + 1] == '%') {
      end = std::min(segment.find(' ', end + 1), segment.size());
    }
    std::string_view word = segment.substr(start, end - start);
    pos = end;
    const double word_width = width(word);
    double candidate_width = current.empty() ? word_width : current_width + space + word_width;
    bool fits = candidate_width <= max_width;
    if (!current.empty() && std::abs(candidate_width - max_width) <= kRoundingSlack) {
      candidate_width = width(current + " " + std::string(word));
      fits = candidate_width <= max_width;
    }
    if (fits) {
      if (!current.empty()) current += ' ';
      current += word;
      current_width = candidate_width;
      continue;
    }
    if (!current.empty()) lines->push_back(std::move(current));
    if (word_width <= max_width) {
      current = std::string(word);
      current_width = word_width;
    } else {
      current = BreakLongWord(word, max_width, width, lines);
      current_width = width(current);
    }
  }
  lines->push_back(std::move(current));
}

void Append(std::vector<Row> more, std::vector<Row>* rows) {
  for (Row& r : more) rows->push_back(std::move(r));
}

std::vector<Row> HeadingRows(const Heading& h, const Theme& theme, const MeasureFn& measure) {
  bool chapter = h.level <= 1;
  double size = chapter ? kH1Size : kH2Size;
  std::vector<Row> rows = TextRows(h.text, kContentLeft, kContentWidth, FontStyle::kBold, size,
                                   size * 1.25, chapter ? theme.primary : palette::kText, measure);
  // Every line keeps with the next; the last one with the start of the text.
  for (Row& r : rows) r.keep_with_next = 1;
  rows.back().keep_with_next = kHeadingKeepRows;
  rows.front().space_before = chapter ? 20 : 14;
  // A little air below the heading, counted into its last line.
  rows.back().height += chapter ? 4 : 2;
  return rows;
}

std::vector<Row> ParagraphRows(const std::string& text, const MeasureFn& measure) {
  std::vector<Row> rows = TextRows(text, kContentLeft, kContentWidth, FontStyle::kRegular,
                                   kBodySize, kBodyLeading, palette::kText, measure);
  rows.front().space_before = 6;
  return rows;
}

std::vector<Row> BulletRows(const BulletList& list, const MeasureFn& measure) {
  std::vector<Row> rows;
  double text_x = kContentLeft + kBulletIndent;
  for (size_t i = 0; i < list.items.size(); ++i) {
    // The first item keeps with the second and the last with the one before,
    // so a page break never leaves a single item of a list alone.
    if (i == 1 || (i > 0 && i + 1 == list.items.size())) {
      rows.back().keep_with_next = std::max(rows.back().keep_with_next, 1);
    }
    std::vector<Row> item =
        TextRows(list.items[i], text_x, kContentRight - text_x, FontStyle::kRegular, kBodySize,
                 kBodyLeading, palette::kText, measure);
    item.front().space_before = i == 0 ? 6 : 2;
    item.front().ops.push_back(MakeText(kContentLeft + 3, -BaselineOffset(kBodyLeading, kBodySize),
                                        "\u2022", FontStyle::kRegular, kBodySize, palette::kText,
                                        measure));
    Append(std::move(item), &rows);
  }
  return rows;
}

std::vector<Row> RemarkRows(const Remark& remark, const MeasureFn& measure) {
  std::vector<Row> rows = TextRows(remark.text, kContentLeft, kContentWidth, FontStyle::kRegular,
                                   kRemarkSize, kRemarkLeading, palette::kMuted, measure);
  rows.front().space_before = 6;
  return rows;
}

// The rows of one block; a TitleBlock yields a single cover row. Headings
// take the next index from *heading, and the TOC is filled from |entries|.
std::vector<Row> BlockRows(const Block& block, const Theme& theme,
                           const std::vector<TocEntry>& entries, const MeasureFn& measure,
                           int* heading) {
  auto chart_row = [](Row chart) {
    chart.space_before = 12;
    return std::vector<Row>{std::move(chart)};
  };
  if (auto* t = std::get_if<TitleBlock>(&block)) return {CoverRow(*t, theme, measure)};
  if (auto* h = std::get_if<Heading>(&block)) {
    std::vector<Row> rows = HeadingRows(*h, theme, measure);
    rows.front().heading = (*heading)++;
    return rows;
  }
  if (auto* p = std::get_if<Paragraph>(&block)) return ParagraphRows(p->text, measure);
  if (auto* l = std::get_if<BulletList>(&block)) return BulletRows(*l, measure);
  if (auto* tab = std::get_if<Table>(&block)) return LayoutTable(*tab, measure);
  if (auto* c = std::get_if<BarChart>(&block)) return chart_row(LayoutBarChart(*c, measure, theme));
  if (auto* k = std::get_if<KpiTiles>(&block)) return KpiRows(*k, theme, measure);
  if (auto* d = std::get_if<DivergingChart>(&block))
    return chart_row(LayoutDivergingChart(*d, measure, theme));
  if (auto* lc = std::get_if<LineChart>(&block))
    return chart_row(LayoutLineChart(*lc, measure, theme));
  if (auto* hm = std::get_if<HeatmapChart>(&block))
    return chart_row(LayoutHeatmap(*hm, measure, theme));
  if (auto* r = std::get_if<RadarChart>(&block))
    return chart_row(LayoutRadarChart(*r, measure, theme));
  if (auto* tl = std::get_if<TimelineChart>(&block))
    return chart_row(LayoutTimelineChart(*tl, measure, theme));
  // A slide belongs in a slide document (LayoutSlides); an A4 page has no place for it.
  if (std::holds_alternative<Slide>(block)) return {};
  if (auto* q = std::get_if<Quote>(&block)) return QuoteRows(*q, theme, measure);
  if (auto* toc = std::get_if<TocBlock>(&block)) return TocRows(*toc, entries, theme, measure);
  return RemarkRows(std::get<Remark>(block), measure);
}

// Places rows top to bottom, starting a new page when a row (together with
// the rows it keeps with) does not fit.
class Paginator {
 public:
  void Place(const std::vector<Row>& rows) {
    for (size_t i = 0; i < rows.size(); ++i) {
      const Row& row = rows[i];
      if (row.cover) {
        PlaceCover(row);
        continue;
      }
      if (pages_.empty() || (has_content_ && NeedHeight(rows, i) > cursor_ - kContentBottom)) {
        NewPage();
        // A repeated table header is pagination, not content (PDF/UA 7.1).
        if (row.repeat_header) PlaceRow(*row.repeat_header, /*artifact=*/true);
      }
      PlaceRow(row);
    }
  }

  std::vector<PageLayout> TakePages() {
    if (pages_.empty()) NewPage();  // a PDF needs at least one page
    return std::move(pages_);
  }

  // Page index and top edge of every heading placed, by heading index.
  struct Position {
    size_t page = 0;
    double y = 0;
  };
  const std::vector<Position>& headings() const { return headings_; }

 private:
  void NewPage() {
    pages_.emplace_back();
    cursor_ = kContentTop;
    has_content_ = false;
  }

  // Height row |i| needs on this page: itself plus the chain of rows it keeps
  // with. A chain longer than a page cannot be kept: then the row and the
  // rows it keeps with directly (a heading and the chart below it), and if
  // even that is too tall, only the row.
  double NeedHeight(const std::vector<Row>& rows, size_t i) const {
    auto chain = [&](bool transitive) {
      double need = rows[i].space_before + rows[i].height;
      size_t end = i + rows[i].keep_with_next;
      for (size_t j = i + 1; j <= end && j < rows.size() && !rows[j].cover; ++j) {
        need += rows[j].space_before + rows[j].height;
        // A chart or tile row is enough "start of the text" for a heading;
        // a tall row that itself keeps with more (a table caption) is not.
        if (rows[j].height >= kBigRow && rows[j].keep_with_next == 0) break;
        if (transitive) end = std::max(end, j + rows[j].keep_with_next);
      }
      return need;
    };
    constexpr double kRoom = kContentTop - kContentBottom;
    double need = chain(true);
    if (need > kRoom) need = chain(false);
    if (need > kRoom) need = rows[i].space_before + rows[i].height;
    return need;
  }

  void PlaceRow(const Row& row, bool artifact = false) {
    double top = cursor_ - (has_content_ ? row.space_before : 0);
    if (row.heading >= 0) {
      if (headings_.size() <= static_cast<size_t>(row.heading)) headings_.resize(row.heading + 1);
      headings_[row.heading] = Position{pages_.size() - 1, top};
    }
    for (DrawOp op : row.ops) {
      ShiftOp(&op, top);
      if (artifact) SetTag(&op, -1);
      pages_.back().ops.push_back(std::move(op));
    }
    cursor_ = top - row.height;
    has_content_ = true;
  }

  // A cover takes a page of its own: what follows starts on a fresh page.
  void PlaceCover(const Row& row) {
    if (pages_.empty() || has_content_) NewPage();
    pages_.back().cover = true;
    pages_.back().ops = row.ops;
    has_content_ = true;
    cursor_ = kContentBottom;
  }

  std::vector<PageLayout> pages_;
  std::vector<Position> headings_;
  double cursor_ = kContentTop;
  bool has_content_ = false;
};

// "Seite 2 von 5", or "2 / 5" when the document gives no words.
std::string PageNumberText(const DocumentInfo& info, size_t page, size_t total) {
  std::string of = info.page_of.empty() ? "/" : info.page_of;
  std::string label = info.page_label.empty() ? "" : info.page_label + " ";
  return label + std::to_string(page) + " " + of + " " + std::to_string(total);
}

// Running header and footer, drawn in the margins of a content page.
void AddRunningParts(const DocumentInfo& info, size_t page, size_t total, const MeasureFn& measure,
                     std::vector<DrawOp>* ops) {
  WidthFn w = [&](std::string_view s) { return measure(s, FontStyle::kRegular, kRunningSize); };
  Rgb grey = palette::kMuted;
  if (!info.header_text.empty()) {
    std::string header = FitText(info.header_text, kContentWidth, w);
    ops->push_back(MakeText(kContentLeft, kHeaderBaseline, header, FontStyle::kRegular,
                            kRunningSize, grey, measure));
    ops->push_back(
        LineOp{kContentLeft, kHeaderRule, kContentRight, kHeaderRule, palette::kRule, 0.5});
  }
  ops->push_back(
      LineOp{kContentLeft, kFooterRule, kContentRight, kFooterRule, palette::kRule, 0.5});
  std::string number = PageNumberText(info, page, total);
  double number_width = w(number);
  ops->push_back(MakeText(kContentRight - number_width, kFooterBaseline, number,
                          FontStyle::kRegular, kRunningSize, grey, measure));
  std::string footer = FitText(info.footer_text, kContentWidth - number_width - 12, w);
  if (!footer.empty()) {
    ops->push_back(MakeText(kContentLeft, kFooterBaseline, footer, FontStyle::kRegular,
                            kRunningSize, grey, measure));
  }
}

}  // namespace

void AddEditionMarker(const std::string& marker, double width, double height,
                      const MeasureFn& measure, std::vector<DrawOp>* ops) {
  if (marker.empty()) return;
  constexpr double kSize = 10, kPad = 4;
  constexpr Rgb kMarkerRed = HexColor(0xA4161A);
  TextOp text =
      MakeText(0, height - 18, SanitizeUtf8(marker), FontStyle::kBold, kSize, kMarkerRed, measure);
  text.x = (width - text.width) / 2;
  ops->push_back(RectOp{text.x - kPad, height - 18 - kPad, text.width + 2 * kPad, kSize + 2 * kPad,
                        Rgb{1, 1, 1}, kMarkerRed, 0.6});
  ops->push_back(std::move(text));
}

std::vector<Row> TextRows(std::string_view text, double x, double width, FontStyle font,
                          double size, double leading, Rgb color, const MeasureFn& measure) {
  WidthFn w = [&](std::string_view s) { return measure(s, font, size); };
  std::vector<std::string> lines = WrapText(text, width, w);
  std::vector<Row> rows;
  for (size_t i = 0; i < lines.size(); ++i) {
    Row row;
    row.height = leading;
    bool first_of_two = i == 0 || i + 2 == lines.size();
    row.keep_with_next = (first_of_two && i + 1 < lines.size()) ? 1 : 0;
    if (!lines[i].empty()) {
      row.ops.push_back(MakeText(x, -BaselineOffset(leading, size), std::move(lines[i]), font, size,
                                 color, measure));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

TextOp MakeText(double x, double y, std::string text, FontStyle font, double size, Rgb color,
                const MeasureFn& measure) {
  TextOp op;
  op.x = x;
  op.y = y;
  op.width = measure(text, font, size);
  op.text = std::move(text);
  op.font = font;
  op.size = size;
  op.color = color;
  return op;
}

std::string SanitizeUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    int len = Utf8SequenceLength(c);
    if (len == 0 || !IsWellFormed(text, i, len)) {
      out += "\uFFFD";
      ++i;
      continue;
    }
    if (len == 1 && c != '\n' && (c < 0x20 || c == 0x7F)) {
      out += ' ';  // tabs, carriage returns and other controls
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::vector<std::string> WrapText(std::string_view text, double max_width, const WidthFn& width) {
  std::string clean = BindNonBreakingSpaces(SanitizeUtf8(text));
  // Words are measured as drawn, with plain spaces.
  WidthFn drawn = [&width](std::string_view s) { return width(UnbindSpaces(s)); };
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t end = std::min(clean.find('\n', start), clean.size());
    WrapSegment(std::string_view(clean).substr(start, end - start), max_width, drawn, &lines);
    if (end == clean.size()) break;
    start = end + 1;
  }
  for (std::string& line : lines) line = UnbindSpaces(line);
  return lines;
}

std::string FitText(std::string_view text, double max_width, const WidthFn& width) {
  std::string clean = SanitizeUtf8(text);
  for (char& c : clean) {
    if (c == '\n') c = ' ';
  }
  if (width(clean) <= max_width) return clean;
  if (width(kEllipsis) > max_width) return "";
  std::vector<size_t> bounds = CharBoundaries(clean);
  size_t k = LongestFittingPrefix(
      bounds, 0, [&](size_t end) { return width(clean.substr(0, end) + kEllipsis) <= max_width; });
  std::string head = clean.substr(0, bounds[k]);
  while (!head.empty() && head.back() == ' ') head.pop_back();
  return head + kEllipsis;
}

std::vector<PageLayout> LayoutDocument(const Document& doc, const MeasureFn& measure) {
  return LayoutDocument(doc, measure, nullptr);
}

std::vector<PageLayout> LayoutDocument(const Document& doc, const MeasureFn& measure,
                                       StructTree* tree) {
  const BoundWords words = BoundWordsOf(doc.info);
  BoundWordsScope bound(words);
  if (doc.info.format == PageFormat::kSlides) return LayoutSlides(doc, measure, tree);
  Theme theme = ThemeFor(doc.info);
  std::vector<TocEntry> entries;
  bool has_toc = false;
  for (const Block& block : doc.blocks) {
    if (auto* h = std::get_if<Heading>(&block)) {
      entries.push_back(TocEntry{h->level, SanitizeUtf8(h->text), 0});
    }
    has_toc = has_toc || std::holds_alternative<TocBlock>(block);
  }
  // With a table of contents: lay out again with the page numbers found until
  // they are stable (TOC rows do not change height, so the second pass is).
  std::vector<PageLayout> pages;
  std::vector<Paginator::Position> positions;
  for (int pass = 0; pass < 4; ++pass) {
    std::vector<Row> rows;
    std::vector<size_t> first_row;
    int heading = 0;
    StructTree structure;
    for (const Block& block : doc.blocks) {
      first_row.push_back(rows.size());
      std::vector<Row> block_rows = BlockRows(block, theme, entries, measure, &heading);
      TagBlockRows(block, doc.info.language, measure, &structure, &block_rows);
      Append(std::move(block_rows), &rows);
    }
    if (tree) *tree = std::move(structure);
    KeepBlocksTogether(doc.blocks, first_row, &rows);
    Paginator paginator;
    paginator.Place(rows);
    positions = paginator.headings();
    pages = paginator.TakePages();
    bool stable = true;
    for (size_t i = 0; i < entries.size() && i < positions.size(); ++i) {
      int page = static_cast<int>(positions[i].page) + 1;
      stable = stable && entries[i].page == page;
      entries[i].page = page;
    }
    if (!has_toc || stable) break;
  }
  if (tree) {
    std::vector<PlacedHeading> placed;
    for (size_t i = 0; i < entries.size() && i < positions.size(); ++i) {
      placed.push_back(
          PlacedHeading{entries[i].level, entries[i].text, positions[i].page, positions[i].y});
    }
    for (const Block& block : doc.blocks) {
      if (auto* toc = std::get_if<TocBlock>(&block)) {
        AddTocLinks(*toc, *tree, placed, &pages);
        break;  // a second table of contents would link from the first's entries
      }
    }
  }
  for (size_t i = 0; i < entries.size() && i < positions.size(); ++i) {
    std::string text = entries[i].text;
    for (char& c : text) {
      if (c == '\n') c = ' ';
    }
    pages[positions[i].page].bookmarks.push_back(
        Bookmark{std::max(1, entries[i].level), std::move(text), positions[i].y});
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    if (!pages[i].cover) AddRunningParts(doc.info, i + 1, pages.size(), measure, &pages[i].ops);
    AddEditionMarker(doc.info.marker, pages[i].width, pages[i].height, measure, &pages[i].ops);
  }
  return pages;
}

}  // namespace ankerbericht
