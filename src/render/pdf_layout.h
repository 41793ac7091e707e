// The layout half of the PDF renderer: turns a Document into pages of simple
// drawing operations (text runs, rectangles, lines) with absolute positions in
// PDF points. It knows nothing about libharu: text is measured through a
// callback, so the whole layout can be unit-tested with a fake font, and
// the PDF writer (pdf_writer.h) only has to paint the operations.
//
// Coordinates follow PDF: origin at the bottom left of an A4 portrait page,
// y grows upwards.
#ifndef ANKERBERICHT_RENDER_PDF_LAYOUT_H_
#define ANKERBERICHT_RENDER_PDF_LAYOUT_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "document/document.h"

namespace ankerbericht {

// A4 portrait in points and the content box inside the ~20 mm margins.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMargin = 56.69;  // 20 mm
inline constexpr double kContentLeft = kMargin;
inline constexpr double kContentRight = kPageWidth - kMargin;
inline constexpr double kContentWidth = kContentRight - kContentLeft;
inline constexpr double kContentTop = kPageHeight - kMargin;
inline constexpr double kContentBottom = kMargin;

struct Rgb {
  double r = 0, g = 0, b = 0;
};
// "#0072B2"-style hex colour; used for the palette constants.
constexpr Rgb HexColor(unsigned rgb) {
  return Rgb{((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0};
}

enum class FontStyle { kRegular, kBold };

// Width in points of |text| (valid UTF-8, one line) set in |font| at |size|.
using MeasureFn = std::function<double(std::string_view text, FontStyle font, double size)>;
// Width of one line of text in a fixed font and size (what WrapText needs).
using WidthFn = std::function<double(std::string_view text)>;

// A run of text. (x, y) is the start of the baseline; |width| is the measured
// width, kept so that tests can check nothing leaves the margins.
struct TextOp {
  double x = 0, y = 0;
  std::string text;
  FontStyle font = FontStyle::kRegular;
  double size = 10;
  Rgb color;
  double width = 0;
  double angle_deg = 0;  // counter-clockwise rotation around (x, y)
  // The structure element (StructTree node, struct_tree.h) whose content this
  // is; -1: an artifact (decoration, running header and footer).
  int tag = -1;
};

// An axis-parallel rectangle, (x, y) its bottom left corner.
struct RectOp {
  double x = 0, y = 0, w = 0, h = 0;
  std::optional<Rgb> fill;
  std::optional<Rgb> stroke;
  double line_width = 0.5;
  int tag = -1;  // as TextOp::tag
};

struct LineOp {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Rgb color;
  double width = 0.5;
  double dash = 0;  // > 0: dashed with dashes and gaps this long
  int tag = -1;     // as TextOp::tag
};

struct Point {
  double x = 0, y = 0;
};

// A polyline or polygon (radar series, line chart series, arrow triangles).
struct PathOp {
  std::vector<Point> points;
  bool closed = false;
  std::optional<Rgb> fill;  // only used when closed
  std::optional<Rgb> stroke;
  double line_width = 0.5;
  double dash = 0;
  int tag = -1;  // as TextOp::tag
};

// An image file (PNG or JPEG) scaled to fit the box (x, y, w, h) keeping its
// aspect ratio and placed in the box as align_x / align_y say.
struct ImageOp {
  std::string path;
  double x = 0, y = 0, w = 0, h = 0;
  double align_x = 0;  // where spare width goes: 0 right of the image, 1 left of it
  double align_y = 1;  // 1: image at the top of the box, 0: at the bottom
  int tag = -1;        // as TextOp::tag
};

using DrawOp = std::variant<TextOp, RectOp, LineOp, PathOp, ImageOp>;

// A heading's position, for the PDF outline: |y| is its top edge.
struct Bookmark {
  int level = 1;
  std::string text;
  double y = 0;
};

// A link from an area of a page to a place in the document: a table of
// contents entry to its heading.
struct LinkArea {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the area on this page
  size_t target_page = 0;                 // index of the page linked to
  double target_y = 0;                    // top of the place linked to
  int tag = -1;                           // its Link element (struct_tree.h)
  std::string text;                       // what the link says
};

struct PageLayout {
  bool cover = false;  // cover pages get no running header and footer
  // Page size in points: A4 portrait, or 960 x 540 for slides.
  double width = kPageWidth, height = kPageHeight;
  std::vector<DrawOp> ops;
  std::vector<Bookmark> bookmarks;  // headings starting on this page, in order
  std::vector<LinkArea> links;      // table of contents entries on this page
  // What the layout had to leave out or shorten to fit (slides only), e.g.
  // "2 bullets left out"; the renderer passes these on as warnings.
  std::vector<std::string> fit_notes;
};

// Axis-parallel bounds of a text run (rotation taken into account), used to
// check that labels do not overlap.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
Box TextBounds(const TextOp& op);
// True if the boxes share more than |tolerance| points in both directions.
bool Intersects(const Box& a, const Box& b, double tolerance = 0.01);

// Moves |op| up by |dy| points.
void ShiftOp(DrawOp* op, double dy);
// Scales |op| by |scale| around the origin, then moves it by (dx, dy):
// positions, sizes, font sizes, text widths, line widths and dashes alike,
// so a laid-out chart can be fitted into another box.
void ScaleOp(DrawOp* op, double scale, double dx, double dy);

// A slice of a block that is never split across pages: a line of text, a
// table row, a whole chart. Its operations are positioned relative to the
// slice's top edge (y = 0, negative below).
struct Row {
  double height = 0;
  double space_before = 0;  // dropped at the top of a page
  // How many following rows must end up on the same page as this one (keeps
  // headings with their text and avoids single lines of a paragraph).
  int keep_with_next = 0;
  // Table rows: the header row to repeat when this row starts a new page.
  std::shared_ptr<const Row> repeat_header;
  // A cover: a page of its own whose ops are in absolute page coordinates.
  bool cover = false;
  // Index of the heading that starts with this row (into the document's
  // headings in order), -1 for other rows.
  int heading = -1;
  // Table rows: the index of the table row this slice shows (a tall row is
  // split into several slices), -1 for other rows. For tagging.
  int item = -1;
  std::vector<DrawOp> ops;
};

// The few colours of the report. Chart series use the Okabe-Ito palette
// (chart_axes.cc), which stays distinguishable for colour-blind readers.
// Text colours reach 4.5:1 against white and the light fills below, colours
// of graphics 3:1 (WCAG 1.4.3 and 1.4.11); tests/render/palette_test.cc
// checks every one of them.
namespace palette {
inline constexpr Rgb kText = HexColor(0x1A1A1A);
inline constexpr Rgb kMuted = HexColor(0x5F6368);      // running header, remarks, axis labels
inline constexpr Rgb kRule = HexColor(0xC8CDD2);       // thin lines (decoration, not information)
inline constexpr Rgb kShade = HexColor(0xE8EEF4);      // table header background
inline constexpr Rgb kAccent = HexColor(0x0072B2);     // Okabe-Ito blue: cover band, chapters
inline constexpr Rgb kHighlight = HexColor(0xBD8200);  // Okabe-Ito orange, darkened to 3.3:1
inline constexpr Rgb kWhite = HexColor(0xFFFFFF);
}  // namespace palette

// WCAG 2 relative luminance of |c| (0 black .. 1 white).
double RelativeLuminance(Rgb c);
// WCAG 2 contrast ratio of two colours, 1 (same) .. 21 (black on white).
double ContrastRatio(Rgb a, Rgb b);
// Contrast a graphic (bar, line, symbol, stripe) needs against white and the
// light chart and tile background: WCAG 1.4.11.
inline constexpr double kGraphicsContrast = 3.0;
// |c| darkened (towards black, hue kept) just enough to reach
// kGraphicsContrast against white and the light chart background; |c| itself
// if it already does.
Rgb ForGraphics(Rgb c);

// Per-document look and fixed wording derived from the DocumentInfo.
struct Theme {
  // The primary colour as used for charts, headings and bars: the branding
  // colour, darkened by ForGraphics if it is too light for white paper.
  Rgb primary = palette::kAccent;
  // The branding colour as configured, for the cover and title-slide bands
  // (their text colour adapts to it).
  Rgb brand = palette::kAccent;
  bool primary_darkened = false;  // primary != brand
  bool custom_primary = false;    // primary differs from the default
  // Words from the document (DocumentInfo), drawn as given:
  std::string shortened;  // note under charts with shortened labels
  std::string no_data;    // heatmap legend for missing cells
  std::string closed;     // heatmap legend for closed hours
  std::string logo_path;
  // The frame charts are laid out in and the factor on their type sizes,
  // leadings and the gaps that hold text. Reports use the A4 content box at
  // 1; slides lay a chart out for their box with larger type, then scale it.
  double content_left = kContentLeft, content_right = kContentRight;
  double font_scale = 1;
  // How chart numbers are written (the document's locale, DocumentInfo).
  Locale locale;
  double content_width() const { return content_right - content_left; }
};
// "#0072B2" or "0072B2" -> colour; nullopt if not six hex digits.
std::optional<Rgb> ParseHexColor(std::string_view text);
Theme ThemeFor(const DocumentInfo& info);
// When the document's branding colour is too light for charts on white
// (below 3:1), what ThemeFor did about it, e.g. "the branding colour #F0E442
// is too light for charts on white paper (1.3:1, needs 3:1); charts, headings
// and bars use the darker #9C942B instead"; nullopt when it is dark enough.
std::optional<std::string> BrandingColourWarning(const DocumentInfo& info);

// Baseline offset below the top of a line box of height |leading| for text
// of |size|: centres the glyphs (ascent ~0.93, descent ~0.24 em) in the box.
inline double BaselineOffset(double leading, double size) { return leading / 2 + size * 0.35; }

// A text run with its width measured.
TextOp MakeText(double x, double y, std::string text, FontStyle font, double size, Rgb color,
                const MeasureFn& measure);

// Fixes invalid UTF-8 (U+FFFD) and turns control characters other than '\n'
// into spaces, so that libharu only ever sees text it can encode.
std::string SanitizeUtf8(std::string_view text);

// typography.cc: the words a line keeps together, from the document
// (DocumentInfo::bound_units, bound_abbreviations): unit words a number keeps
// on its line ("Pp.", "Uhr") and two-part abbreviations ("z. B.").
struct BoundWords {
  std::vector<std::string> units;
  std::vector<std::string> abbreviations;
};
BoundWords BoundWordsOf(const DocumentInfo& info);

// While it lives, BindNonBreakingSpaces(text) (and so WrapText) on this
// thread uses |words|, which must outlive it; scopes nest. The renderers
// open one per document.
class BoundWordsScope {
 public:
  explicit BoundWordsScope(const BoundWords& words);
  ~BoundWordsScope();
  BoundWordsScope(const BoundWordsScope&) = delete;
  BoundWordsScope& operator=(const BoundWordsScope&) = delete;

 private:
  const BoundWords* previous_;
};

// |text| with U+00A0 (no-break space) where German typesetting forbids a
// line break: ordinal and noun ("2. Halbjahr", "1. Januar"; one or two
// digits, so "2026. Die" stays breakable), number and unit ("81,1 %",
// "210.000 €", and the unit words of |words|: "−3,6 Pp.", "21 Uhr") and
// inside the abbreviations of |words| ("z. B."). Without |words|: those of
// the innermost BoundWordsScope, none outside one (ordinals and symbols only).
std::string BindNonBreakingSpaces(std::string_view text, const BoundWords& words);
std::string BindNonBreakingSpaces(std::string_view text);
// |text| with every U+00A0 turned back into a plain space (what is drawn, so
// that copied or extracted text has ordinary spaces).
std::string UnbindSpaces(std::string_view text);

// Breaks |text| into lines no wider than |max_width| according to |width|.
// Breaks at spaces, never at U+00A0, nor at the spaces that
// BindNonBreakingSpaces binds (the returned lines have plain spaces there);
// '\n' forces a break. A word that alone is wider than a
// line (German compounds such as "Digitalisierungsberatungsangebote") is
// broken after a hyphen or slash if possible, otherwise between characters,
// so a line never exceeds |max_width| unless a single character does.
// Returns at least one (possibly empty) line.
std::vector<std::string> WrapText(std::string_view text, double max_width, const WidthFn& width);

// Shortens |text| with a trailing "…" until it fits |max_width| (returns
// the text unchanged if it fits, "" if not even "…" fits).
std::string FitText(std::string_view text, double max_width, const WidthFn& width);

// Draws |marker| (the edition's "not for publication" notice) centred at the
// top edge of a |width| x |height| page: bold dark red on a white label, so it
// reads on a coloured cover band too. Nothing when |marker| is empty.
void AddEditionMarker(const std::string& marker, double width, double height,
                      const MeasureFn& measure, std::vector<DrawOp>* ops);

// Lays out the whole document. Page 1 is the first page; every page except
// cover pages carries the running header and the "Seite x von y" footer;
// every page, the cover included, carries the edition marker if there is one.
// Every Heading becomes a Bookmark on the page it lands on. A TocBlock is
// filled with the headings' page numbers: the document is laid out again
// until they are stable (TOC rows do not change height, so one extra pass).
// A document with PageFormat::kSlides is laid out by LayoutSlides instead.
std::vector<PageLayout> LayoutDocument(const Document& doc, const MeasureFn& measure);

struct StructTree;
// The same, and the document's logical structure in *tree (may be null): the
// operations' tags refer to its elements; repeated table headers are
// artifacts (struct_tree.h).
std::vector<PageLayout> LayoutDocument(const Document& doc, const MeasureFn& measure,
                                       StructTree* tree);

// 16:9 slides in points.
inline constexpr double kSlideWidth = 960;
inline constexpr double kSlideHeight = 540;

// slide_layout.cc: one kSlideWidth x kSlideHeight page per Slide block, in
// order; all other blocks are ignored (a slide document consists of slides).
// A title slide shows kicker, title, subtitle and its bullets as the facts
// list on a band in the primary colour (with the logo, if any); a content
// slide its title (at most two lines), then figure and/or chart, bullets and
// quotes. Every page carries the slide's source on the left and "Folie n / N"
// (DocumentInfo::slide_label) on the right of its footer. Body text is never set below 20 pt:
// what does not fit is left out from the end (trailing bullets, quotes) or, for the last quote or
// bullet shown, shortened with "…", and each such cut is named in the page's fit_notes. Charts are
// laid out for their box with larger type and scaled into it so that their smallest text reads at
// 14 pt or more (unless a chart could not fit even so) and chart titles at 16 pt or more. With no
// slides at all there is one empty slide (a PDF needs a page).
std::vector<PageLayout> LayoutSlides(const Document& doc, const MeasureFn& measure);
// The same, and the slides' structure in *tree (may be null): one Sect per slide.
std::vector<PageLayout> LayoutSlides(const Document& doc, const MeasureFn& measure,
                                     StructTree* tree);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_LAYOUT_H_
