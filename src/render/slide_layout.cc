// Slides for a committee deck: 16:9 pages of 960 x 540 pt, one per Slide.
// A slide carries one message, so the type is large (body text at 20 pt or
// more) and what does not fit is left out from the end rather than set
// smaller; every cut is recorded in the page's fit_notes. Charts reuse the
// A4 chart layouts and are scaled into their box, which keeps one set of
// chart code for reports and decks.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <variant>

#include "render/chart.h"
#include "render/chart_axes.h"
#include "render/pdf_layout.h"

namespace ankerbericht {
namespace {

constexpr double kLeft = 48, kRight = kSlideWidth - 48, kWidth = kRight - kLeft;
constexpr double kTop = kSlideHeight - 40;
constexpr double kFooterRule = 46, kFooterSize = 13, kFooterLeading = 15;
constexpr double kBodyBottom = kFooterRule + 16;
constexpr double kTitleSize = 30, kTitleMinSize = 28;
constexpr double kBodySize = 22, kBodyLeading = 28;
constexpr double kNoteSize = 20, kNoteLeading = 25;
constexpr double kSourceSize = 16, kSourceLeading = 20;
constexpr double kFigureMax = 72, kFigureAloneMax = 88, kFigureMin = 40;
constexpr double kColumnGap = 32;
constexpr double kItemGap = 12;
constexpr size_t kMaxQuotes = 3;
constexpr double kMaxChartScale = 2.2;

// A stack of text or shapes laid out relative to its top left corner (0, 0),
// y negative downwards, placed later by shifting.
struct Piece {
  double height = 0;
  std::vector<DrawOp> ops;
};

void Place(const Piece& piece, double x, double top, std::vector<DrawOp>* out) {
  for (DrawOp op : piece.ops) {
    ScaleOp(&op, 1, x, top);
    out->push_back(std::move(op));
  }
}

// |text| wrapped to |width| as lines of |leading| appended to *piece at
// x = |indent|; at most |max_lines| (the last one then ends in "…" and *cut
// is set). Returns the number of lines.
size_t AddLines(const std::string& text, double indent, double width, FontStyle font, double size,
                double leading, Rgb color, size_t max_lines, const MeasureFn& measure, Piece* piece,
                bool* cut) {
  if (max_lines == 0) return 0;
  bool shortened = false;
  std::vector<std::string> lines =
      chart::WrapLabel(SanitizeUtf8(text), width, max_lines, chart::Width(measure, font, size),
                       &shortened);
  if (shortened && cut) *cut = true;
  for (std::string& line : lines) {
    piece->ops.push_back(MakeText(indent, -piece->height - BaselineOffset(leading, size),
                                  std::move(line), font, size, color, measure));
    piece->height += leading;
  }
  return lines.size();
}

size_t LinesThatFit(double room, double leading) {
  return room < leading ? 0 : static_cast<size_t>((room + 0.01) / leading);
}

// A bullet: a mark and the text beside it in at most as many lines as
// |room| holds. Empty if not even one line fits.
Piece BulletPiece(const std::string& text, double width, double room, const MeasureFn& measure,
                  bool* cut) {
  constexpr double kIndent = 28;
  Piece p;
  size_t max_lines = LinesThatFit(room, kBodyLeading);
  if (max_lines == 0) return p;
  p.ops.push_back(MakeText(4, -BaselineOffset(kBodyLeading, kBodySize), "\u2022",
                           FontStyle::kRegular, kBodySize, palette::kText, measure));
  AddLines(text, kIndent, width - kIndent, FontStyle::kRegular, kBodySize, kBodyLeading,
           palette::kText, max_lines, measure, &p, cut);
  return p;
}

// A quote with the primary bar on its left and the source below, as in
// QuoteRows; the quote text gets the lines left after the source.
Piece QuotePiece(const Quote& quote, double width, double room, const Theme& theme,
                 const MeasureFn& measure, bool* cut) {
  constexpr double kIndent = 18;
  Piece source;
  if (!quote.source.empty()) {
    source.height = 2;
    AddLines("\u2014 " + quote.source, kIndent, width - kIndent, FontStyle::kRegular, kSourceSize,
             kSourceLeading, palette::kMuted, 2, measure, &source, cut);
  }
  Piece p;
  size_t max_lines = LinesThatFit(room - source.height, kBodyLeading);
  if (max_lines == 0) return p;
  AddLines(quote.text, kIndent, width - kIndent, FontStyle::kRegular, kBodySize, kBodyLeading,
           palette::kText, max_lines, measure, &p, cut);
  for (DrawOp op : source.ops) {
    ShiftOp(&op, -p.height);
    p.ops.push_back(std::move(op));
  }
  p.height += source.height;
  p.ops.push_back(RectOp{0, -p.height + 2, 4, p.height - 4, theme.primary, {}, 0});
  return p;
}

// Bullets, then quotes, downwards from |top| while they fit above |bottom|.
// The first item that does not fit whole is shortened if it keeps two lines
// (or is the only item), otherwise it and all after it are left out.
void AddTextItems(const Slide& slide, double x, double width, double top, double bottom,
                  const Theme& theme, const MeasureFn& measure, PageLayout* page) {
  size_t quotes = std::min(slide.quotes.size(), kMaxQuotes);
  size_t total = slide.bullets.size() + quotes, shown = 0;
  bool shortened = false;
  double y = top;
  for (size_t i = 0; i < total; ++i) {
    double room = y - bottom;
    bool cut = false;
    bool bullet = i < slide.bullets.size();
    Piece p = bullet ? BulletPiece(slide.bullets[i], width, room, measure, &cut)
                     : QuotePiece(slide.quotes[i - slide.bullets.size()], width, room, theme,
                                  measure, &cut);
    bool keep_cut = total == 1 || i == 0 || room >= 2 * kBodyLeading + (bullet ? 0 : kSourceLeading);
    if (p.ops.empty() || (cut && !keep_cut)) break;
    Place(p, x, y, &page->ops);
    y -= p.height + (bullet ? kItemGap : 2 * kItemGap);
    ++shown;
    if (cut) {
      shortened = true;
      break;
    }
  }
  if (shortened) page->fit_notes.push_back("a bullet or quote was shortened to fit the slide");
  if (shown < total) {
    page->fit_notes.push_back(std::to_string(total - shown) +
                              " bullets or quotes left out for lack of room");
  }
  if (slide.quotes.size() > kMaxQuotes) {
    page->fit_notes.push_back(std::to_string(slide.quotes.size() - kMaxQuotes) +
                              " quotes left out (at most three per slide)");
  }
}

// The large figure with its label and note, |width| wide.
Piece FigurePiece(const Slide& slide, double width, double max_size, const MeasureFn& measure,
                  PageLayout* page) {
  Piece p;
  std::string figure = SanitizeUtf8(slide.figure);
  double size = max_size;
  while (size > kFigureMin && measure(figure, FontStyle::kBold, size) > width) size -= 2;
  std::string fitted = FitText(figure, width, chart::Width(measure, FontStyle::kBold, size));
  if (fitted != figure) page->fit_notes.push_back("the figure was shortened to fit the slide");
  p.ops.push_back(MakeText(0, -size * 0.95, std::move(fitted), FontStyle::kBold, size,
                           palette::kText, measure));
  p.height = size * 1.2;
  bool cut = false;
  AddLines(slide.figure_label, 0, width, FontStyle::kRegular, kBodySize, kBodyLeading,
           palette::kText, 4, measure, &p, &cut);
  if (!slide.figure_note.empty()) {
    p.height += 6;
    AddLines(slide.figure_note, 0, width, FontStyle::kRegular, kNoteSize, kNoteLeading,
             palette::kMuted, 3, measure, &p, &cut);
  }
  if (cut) page->fit_notes.push_back("the figure's label or note was shortened to fit the slide");
  return p;
}

// The chart laid out as on A4, then scaled and moved so that what it draws
// fills as much of the box as its proportions allow: centred across the box,
// at its top (level with the figure beside it).
void AddChart(const SlideChart& chart, double x, double y, double w, double h, const Theme& theme,
              const MeasureFn& measure, std::vector<DrawOp>* out) {
  Row row;
  if (auto* b = std::get_if<BarChart>(&chart)) row = LayoutBarChart(*b, measure, theme);
  if (auto* l = std::get_if<LineChart>(&chart)) row = LayoutLineChart(*l, measure, theme);
  if (auto* r = std::get_if<RadarChart>(&chart)) row = LayoutRadarChart(*r, measure, theme);
  if (auto* t = std::get_if<TimelineChart>(&chart)) row = LayoutTimelineChart(*t, measure, theme);
  if (row.ops.empty()) return;
  // The bounds of what is drawn: a radar chart uses less than the width.
  Box b{kContentLeft, -row.height, kContentLeft, 0};
  auto grow = [&](double px, double py) {
    b = Box{std::min(b.x0, px), std::min(b.y0, py), std::max(b.x1, px), std::max(b.y1, py)};
  };
  for (const DrawOp& op : row.ops) {
    if (auto* t = std::get_if<TextOp>(&op)) {
      Box tb = TextBounds(*t);
      grow(tb.x0, tb.y0);
      grow(tb.x1, tb.y1);
    } else if (auto* r = std::get_if<RectOp>(&op)) {
      grow(r->x, r->y);
      grow(r->x + r->w, r->y + r->h);
    } else if (auto* l = std::get_if<LineOp>(&op)) {
      grow(l->x1, l->y1);
      grow(l->x2, l->y2);
    } else if (auto* p = std::get_if<PathOp>(&op)) {
      for (const Point& pt : p->points) grow(pt.x, pt.y);
    }
  }
  double bw = std::max(b.x1 - b.x0, 1.0), bh = std::max(b.y1 - b.y0, 1.0);
  double scale = std::min({w / bw, h / bh, kMaxChartScale});
  double dx = x + (w - bw * scale) / 2 - b.x0 * scale;
  double dy = y + h - b.y1 * scale;
  for (DrawOp op : row.ops) {
    ScaleOp(&op, scale, dx, dy);
    out->push_back(std::move(op));
  }
}

// The title in bold, primary colour, at most two lines; returns the y below it.
double AddSlideTitle(const Slide& slide, const Theme& theme, const MeasureFn& measure,
                     PageLayout* page) {
  double size = kTitleSize;
  std::string title = SanitizeUtf8(slide.title);
  if (WrapText(title, kWidth, chart::Width(measure, FontStyle::kBold, size)).size() > 2) {
    size = kTitleMinSize;
  }
  Piece p;
  bool cut = false;
  AddLines(title, 0, kWidth, FontStyle::kBold, size, size * 1.2, theme.primary, 2, measure, &p,
           &cut);
  if (cut) page->fit_notes.push_back("the title was shortened to two lines");
  Place(p, kLeft, kTop, &page->ops);
  return kTop - p.height - 18;
}

void AddContent(const Slide& slide, const Theme& theme, const MeasureFn& measure,
                PageLayout* page) {
  double top = AddSlideTitle(slide, theme, measure, page);
  double bottom = kBodyBottom;
  bool has_chart = !std::holds_alternative<std::monostate>(slide.chart);
  bool has_figure = !slide.figure.empty();
  bool has_text = !slide.bullets.empty() || !slide.quotes.empty();
  if (has_chart) {
    // Figure and text in a panel on the left (under a third), the chart on the right;
    // alone, the chart takes the whole width.
    double panel = (has_figure || has_text) ? kWidth * 0.3 : 0;
    double y = top;
    if (has_figure) {
      Piece fig = FigurePiece(slide, panel, kFigureMax, measure, page);
      Place(fig, kLeft, y, &page->ops);
      y -= fig.height + 2 * kItemGap;
    }
    if (has_text) AddTextItems(slide, kLeft, panel, y, bottom, theme, measure, page);
    double cx = panel > 0 ? kLeft + panel + kColumnGap : kLeft;
    AddChart(slide.chart, cx, bottom, kRight - cx, top - bottom, theme, measure, &page->ops);
    return;
  }
  if (has_figure) {
    // The figure left and vertically centred; bullets and quotes beside it.
    double width = has_text ? kWidth * 0.42 : kWidth * 0.66;
    Piece fig =
        FigurePiece(slide, width, has_text ? kFigureMax : kFigureAloneMax, measure, page);
    double fig_top = std::min(top, bottom + (top - bottom + fig.height) / 2);
    Place(fig, kLeft, fig_top, &page->ops);
    if (has_text) {
      double x = kLeft + width + kColumnGap;
      AddTextItems(slide, x, kRight - x, top, bottom, theme, measure, page);
    }
    return;
  }
  AddTextItems(slide, kLeft, kWidth, top, bottom, theme, measure, page);
}

// The opening slide: a band in the primary colour with kicker and title,
// subtitle and facts (the slide's bullets) below, the logo at the bottom right.
void AddTitleSlide(const Slide& slide, const Theme& theme, const MeasureFn& measure,
                   PageLayout* page) {
  constexpr double kLogoWidth = 200, kLogoHeight = 80;
  Rgb on_band = chart::TextOn(theme.primary);
  Piece band;
  bool cut = false;
  AddLines(slide.kicker, 0, kWidth, FontStyle::kRegular, 22, 28, on_band, 2, measure, &band, &cut);
  if (!slide.kicker.empty()) band.height += 8;
  double size = 44;
  if (WrapText(slide.title, kWidth, chart::Width(measure, FontStyle::kBold, size)).size() > 2)
    size = 34;
  AddLines(slide.title, 0, kWidth, FontStyle::kBold, size, size * 1.18, on_band, 3, measure, &band,
           &cut);
  // The band reaches from the top to 36 pt below the title, at least 45 %.
  double band_bottom = std::min(kSlideHeight * 0.55, kTop - 20 - band.height - 36);
  page->ops.push_back(
      RectOp{0, band_bottom, kSlideWidth, kSlideHeight - band_bottom, theme.primary, {}, 0});
  Place(band, kLeft, band_bottom + 36 + band.height, &page->ops);
  Piece below;
  AddLines(slide.subtitle, 0, kWidth, FontStyle::kBold, 26, 32, palette::kText, 2, measure, &below,
           &cut);
  below.height += 10;
  bool logo = !theme.logo_path.empty();
  double facts_width = logo ? kWidth - kLogoWidth - 24 : kWidth;
  double y = band_bottom - 30;
  Place(below, kLeft, y, &page->ops);
  y -= below.height;
  size_t shown = 0;
  for (const std::string& fact : slide.bullets) {
    Piece f;
    size_t lines = LinesThatFit(y - kBodyBottom, kNoteLeading);
    if (lines == 0) break;
    AddLines(fact, 0, facts_width, FontStyle::kRegular, kNoteSize, kNoteLeading, palette::kMuted,
             std::min<size_t>(lines, 2), measure, &f, &cut);
    Place(f, kLeft, y, &page->ops);
    y -= f.height + 4;
    ++shown;
  }
  if (shown < slide.bullets.size()) {
    page->fit_notes.push_back(std::to_string(slide.bullets.size() - shown) +
                              " facts left out for lack of room");
  }
  if (cut) page->fit_notes.push_back("a text on the title slide was shortened to fit");
  if (logo) {
    page->ops.push_back(
        ImageOp{theme.logo_path, kRight - kLogoWidth, kBodyBottom, kLogoWidth, kLogoHeight, 1, 0});
  }
}

// Source on the left (two lines at most), "Folie n / N" on the right, a rule
// above. (The word also keeps pdftotext from dropping the spaces of a bare
// "n / N", which poppler glues to "n/N".)
void AddFooter(const Slide& slide, const std::string& word, size_t number, size_t total,
               const MeasureFn& measure, PageLayout* page) {
  page->ops.push_back(LineOp{kLeft, kFooterRule, kRight, kFooterRule, palette::kRule, 0.6});
  std::string counter = word + " " + std::to_string(number) + " / " + std::to_string(total);
  TextOp num = MakeText(0, 24, counter, FontStyle::kRegular, kFooterSize, palette::kMuted, measure);
  num.x = kRight - num.width;
  page->ops.push_back(num);
  double width = kWidth - num.width - 24;
  WidthFn w = chart::Width(measure, FontStyle::kRegular, kFooterSize);
  bool cut = false;
  std::vector<std::string> lines = chart::WrapLabel(SanitizeUtf8(slide.source), width, 2, w, &cut);
  if (cut) page->fit_notes.push_back("the source line was shortened");
  double baseline = lines.size() > 1 ? 24 + kFooterLeading / 2 : 24;
  for (std::string& line : lines) {
    if (!line.empty()) {
      page->ops.push_back(MakeText(kLeft, baseline, std::move(line), FontStyle::kRegular,
                                   kFooterSize, palette::kMuted, measure));
    }
    baseline -= kFooterLeading;
  }
}

}  // namespace

std::vector<PageLayout> LayoutSlides(const Document& doc, const MeasureFn& measure) {
  Theme theme = ThemeFor(doc.info);
  std::vector<const Slide*> slides;
  for (const Block& block : doc.blocks) {
    if (auto* s = std::get_if<Slide>(&block)) slides.push_back(s);
  }
  std::string word = doc.info.language == "en" ? "Slide" : "Folie";
  std::vector<PageLayout> pages;
  for (size_t i = 0; i < slides.size(); ++i) {
    const Slide& slide = *slides[i];
    PageLayout page;
    page.width = kSlideWidth;
    page.height = kSlideHeight;
    if (slide.title_slide) {
      AddTitleSlide(slide, theme, measure, &page);
    } else {
      AddContent(slide, theme, measure, &page);
    }
    AddFooter(slide, word, i + 1, slides.size(), measure, &page);
    std::string bookmark = SanitizeUtf8(slide.title);
    std::replace(bookmark.begin(), bookmark.end(), '\n', ' ');
    if (!bookmark.empty()) page.bookmarks.push_back(Bookmark{1, std::move(bookmark), kTop});
    pages.push_back(std::move(page));
  }
  if (pages.empty()) {
    PageLayout empty;
    empty.width = kSlideWidth;
    empty.height = kSlideHeight;
    pages.push_back(std::move(empty));
  }
  return pages;
}

}  // namespace ankerbericht
