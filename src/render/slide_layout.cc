// Slides for a committee deck: 16:9 pages of 960 x 540 pt, one per Slide.
// A slide carries one message, so the type is large (body text at 20 pt or
// more) and what does not fit is left out from the end rather than set
// smaller; every cut is recorded in the page's fit_notes. Charts reuse the
// A4 chart layouts, laid out for their box with larger type and then scaled
// into it, which keeps one set of chart code for reports and decks.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <variant>

#include "render/chart.h"
#include "render/chart_axes.h"
#include "render/pdf_layout.h"
#include "render/struct_tree.h"
#include "render/table_layout.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

constexpr double kLeft = 48, kRight = kSlideWidth - 48, kWidth = kRight - kLeft;
constexpr double kTop = kSlideHeight - 40;
constexpr double kFooterRule = 46, kFooterSize = 13, kFooterLeading = 15;
constexpr double kBodyBottom = kFooterRule + 16;
constexpr double kTitleSize = 30, kTitleMinSize = 28;
constexpr double kBodySize = 22, kBodyLeading = 28, kBodyMinSize = 20;
constexpr double kTextSlideMax = 28;  // body type on a slide of text only
constexpr double kNoteSize = 20, kNoteLeading = 25;
constexpr double kSourceSize = 16, kSourceLeading = 20;
constexpr double kFigureMax = 72, kFigureAloneMax = 88, kFigureMin = 40;
constexpr double kColumnGap = 32;
constexpr double kItemGap = 12;
constexpr size_t kMaxQuotes = 3;
// Final scales of a chart laid out for its box, and the smallest type it gets.
constexpr double kMinChartScale = 0.4, kMaxChartScale = 2.2;
constexpr double kChartMinText = 14;

// A stack of text or shapes laid out relative to its top left corner (0, 0),
// y negative downwards, placed later by shifting.
struct Piece {
  double height = 0;
  std::vector<DrawOp> ops;
};

// Tags ops[from, end) with a local slide tag (struct_tree.h), which
// TagSlidePage turns into a structure element.
void TagFrom(std::vector<DrawOp>* ops, size_t from, int tag) {
  for (size_t i = from; i < ops->size(); ++i) SetTag(&(*ops)[i], tag);
}

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
  std::vector<std::string> lines = chart::WrapLabel(SanitizeUtf8(text), width, max_lines,
                                                    chart::Width(measure, font, size), &shortened);
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

// The type of bullets and quotes: kBodySize beside charts, larger where the
// text has the slide (or half of it) to itself.
struct BodyType {
  double size = kBodySize, leading = kBodyLeading;
  double source_size = kSourceSize, source_leading = kSourceLeading;
  double gap = kItemGap;  // between items (twice that after a quote)
};

BodyType BodyTypeOf(double size) {
  BodyType t;
  t.size = size;
  t.leading = size * kBodyLeading / kBodySize;
  t.source_size = std::max(kSourceSize, size * 0.72);
  t.source_leading = t.source_size * kSourceLeading / kSourceSize;
  t.gap = size * kItemGap / kBodySize;
  return t;
}

// A bullet: a mark and the text beside it in at most as many lines as
// |room| holds. Empty if not even one line fits.
Piece BulletPiece(const std::string& text, double width, double room, const BodyType& type,
                  const MeasureFn& measure, bool* cut) {
  Piece p;
  size_t max_lines = LinesThatFit(room, type.leading);
  if (max_lines == 0) return p;
  // A sentence that announces a list ("… folgenden Beschluss zu fassen:") is
  // not an item of it: set flush left, without a mark. An item that carries
  // its own number ("1. Das Stadtlabor …", as a Beschlussvorschlag does) has
  // that number as its mark, not a bullet in front of the number.
  if (!text.empty() && text.back() == ':') {
    AddLines(text, 0, width, FontStyle::kRegular, type.size, type.leading, palette::kText,
             max_lines, measure, &p, cut);
    TagFrom(&p.ops, 0, slide_tag::kBulletText);
    return p;
  }
  std::string mark = "\u2022";
  std::string body = text;
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < text.size() && (text[digits] == '.' || text[digits] == ')') &&
      text[digits + 1] == ' ') {
    mark = text.substr(0, digits + 1);
    body = text.substr(digits + 2);
  }
  double indent = type.size * 1.25;
  if (mark != "\u2022")
    indent = std::max(indent, measure(mark + " ", FontStyle::kRegular, type.size) + 4);
  p.ops.push_back(MakeText(mark == "\u2022" ? 4 : 0, -BaselineOffset(type.leading, type.size), mark,
                           FontStyle::kRegular, type.size, palette::kText, measure));
  TagFrom(&p.ops, 0, slide_tag::kBulletMark);
  AddLines(body, indent, width - indent, FontStyle::kRegular, type.size, type.leading,
           palette::kText, max_lines, measure, &p, cut);
  TagFrom(&p.ops, 1, slide_tag::kBulletText);
  return p;
}

// A quote with the primary bar on its left and the source below, as in
// QuoteRows; the quote text gets the lines left after the source.
Piece QuotePiece(const Quote& quote, double width, double room, const BodyType& type,
                 const Theme& theme, const MeasureFn& measure, bool* cut) {
  constexpr double kIndent = 18;
  Piece source;
  if (!quote.source.empty()) {
    source.height = 2;
    AddLines("\u2014 " + quote.source, kIndent, width - kIndent, FontStyle::kRegular,
             type.source_size, type.source_leading, palette::kMuted, 2, measure, &source, cut);
    TagFrom(&source.ops, 0, slide_tag::kQuoteSource);
  }
  Piece p;
  size_t max_lines = LinesThatFit(room - source.height, type.leading);
  if (max_lines == 0) return p;
  AddLines(quote.text, kIndent, width - kIndent, FontStyle::kRegular, type.size, type.leading,
           palette::kText, max_lines, measure, &p, cut);
  TagFrom(&p.ops, 0, slide_tag::kQuoteText);
  for (DrawOp op : source.ops) {
    ShiftOp(&op, -p.height);
    p.ops.push_back(std::move(op));
  }
  p.height += source.height;
  p.ops.push_back(RectOp{0, -p.height + 2, 4, p.height - 4, theme.primary, {}, 0});
  return p;
}

// Bullets, then quotes, downwards while they fit into |room|, plus |spread|
// more between neighbours. The first item that does not fit whole is
// shortened if it keeps two lines (or is the only item), otherwise it and
// all after it are left out; *notes names what was cut (none: all fit).
Piece TextItems(const Slide& slide, double width, double room, const BodyType& type, double spread,
                const Theme& theme, const MeasureFn& measure, std::vector<std::string>* notes) {
  size_t quotes = std::min(slide.quotes.size(), kMaxQuotes);
  size_t total = slide.bullets.size() + quotes, shown = 0;
  bool shortened = false;
  Piece items;
  double last_gap = 0;  // below the last item shown, not part of the height
  for (size_t i = 0; i < total; ++i) {
    double left = room - items.height;
    bool cut = false;
    bool bullet = i < slide.bullets.size();
    Piece p = bullet ? BulletPiece(slide.bullets[i], width, left, type, measure, &cut)
                     : QuotePiece(slide.quotes[i - slide.bullets.size()], width, left, type, theme,
                                  measure, &cut);
    bool keep_cut =
        total == 1 || i == 0 || left >= 2 * type.leading + (bullet ? 0 : type.source_leading);
    if (p.ops.empty() || (cut && !keep_cut)) break;
    size_t placed = items.ops.size();
    Place(p, 0, -items.height, &items.ops);
    for (size_t k = placed; k < items.ops.size(); ++k) {
      int tag = TagOf(items.ops[k]);
      if (tag >= slide_tag::kBulletMark)
        SetTag(&items.ops[k], tag + static_cast<int>(i) * slide_tag::kSlideItemStride);
    }
    last_gap = (bullet ? type.gap : 2 * type.gap) + spread;
    items.height += p.height + last_gap;
    ++shown;
    if (cut) {
      shortened = true;
      break;
    }
  }
  items.height -= last_gap;
  if (shortened) notes->push_back(CliWords()("cli.render.fit.item_shortened"));
  if (shown < total) {
    notes->push_back(
        CliWords().Format("cli.render.fit.items_left_out", {{"n", std::to_string(total - shown)}}));
  }
  return items;
}

// The bullets and quotes of |slide| at the largest body size from |max_size|
// down to kBodyMinSize at which they all fit |room| whole, at kBodyMinSize
// (with cuts) if none does. With |spread|, what room is left goes between
// the items (up to half a line each), so that a text slide is not top-heavy.
Piece FittedTextItems(const Slide& slide, double width, double room, double max_size, bool spread,
                      const Theme& theme, const MeasureFn& measure, PageLayout* page) {
  std::vector<std::string> notes;
  BodyType type;
  Piece items;
  for (double size = max_size; size >= kBodyMinSize; size -= 2) {
    notes.clear();
    type = size == kBodySize ? BodyType{} : BodyTypeOf(size);
    items = TextItems(slide, width, room, type, 0, theme, measure, &notes);
    if (notes.empty()) break;
  }
  size_t gaps = slide.bullets.size() + std::min(slide.quotes.size(), kMaxQuotes);
  if (spread && notes.empty() && gaps > 1) {
    double extra = std::min((room - items.height) / (gaps - 1), type.leading / 2);
    if (extra > 0) items = TextItems(slide, width, room, type, extra, theme, measure, &notes);
  }
  page->fit_notes.insert(page->fit_notes.end(), notes.begin(), notes.end());
  if (slide.quotes.size() > kMaxQuotes) {
    page->fit_notes.push_back(
        CliWords().Format("cli.render.fit.quotes_left_out",
                          {{"n", std::to_string(slide.quotes.size() - kMaxQuotes)}}));
  }
  return items;
}

// The large figure with its label and note, |width| wide.
Piece FigurePiece(const Slide& slide, double width, double max_size, const MeasureFn& measure,
                  PageLayout* page) {
  Piece p;
  std::string figure = SanitizeUtf8(slide.figure);
  double size = max_size;
  while (size > kFigureMin && measure(figure, FontStyle::kBold, size) > width) size -= 2;
  std::string fitted = FitText(figure, width, chart::Width(measure, FontStyle::kBold, size));
  if (fitted != figure) page->fit_notes.push_back(CliWords()("cli.render.fit.figure_shortened"));
  p.ops.push_back(MakeText(0, -size * 0.95, std::move(fitted), FontStyle::kBold, size,
                           palette::kText, measure));
  p.height = size * 1.2;
  bool cut = false;
  AddLines(slide.figure_label, 0, width, FontStyle::kRegular, kBodySize, kBodyLeading,
           palette::kText, 4, measure, &p, &cut);
  TagFrom(&p.ops, 0, slide_tag::kFigure);
  if (!slide.figure_note.empty()) {
    p.height += 6;
    AddLines(slide.figure_note, 0, width, FontStyle::kRegular, kNoteSize, kNoteLeading,
             palette::kMuted, 3, measure, &p, &cut);
  }
  for (DrawOp& op : p.ops) {
    if (TagOf(op) < 0) SetTag(&op, slide_tag::kFigureNote);
  }
  if (cut) page->fit_notes.push_back(CliWords()("cli.render.fit.figure_label_shortened"));
  return p;
}

Row LayOutChart(const SlideChart& chart, const MeasureFn& measure, const Theme& theme) {
  if (auto* b = std::get_if<BarChart>(&chart)) return LayoutBarChart(*b, measure, theme);
  if (auto* l = std::get_if<LineChart>(&chart)) return LayoutLineChart(*l, measure, theme);
  if (auto* r = std::get_if<RadarChart>(&chart)) return LayoutRadarChart(*r, measure, theme);
  if (auto* t = std::get_if<TimelineChart>(&chart)) return LayoutTimelineChart(*t, measure, theme);
  if (auto* t = std::get_if<SlideTable>(&chart)) {
    // The A4 table's rows stacked into one block: the same table as in the
    // paper, scaled into the box like a chart (its type does not follow
    // the theme's font scale, so the scale alone sets its size).
    Row block;
    for (const Row& r : LayoutTable(t->table, measure)) {
      double top = block.height + (block.ops.empty() ? 0 : r.space_before);
      for (DrawOp op : r.ops) {
        ScaleOp(&op, 1, 0, -top);
        block.ops.push_back(std::move(op));
      }
      block.height = top + r.height;
    }
    return block;
  }
  return Row{};
}

// The bounds of what |row| draws (a radar chart uses less than the width).
Box DrawnBounds(const Row& row, double left) {
  Box b{left, -row.height, left, 0};
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
  return b;
}

// The chart in the box (x, y, w, h), centred across it and at its top (level
// with the figure beside it). Scaling the A4 layout alone would leave its
// 7.5 pt labels at 9 pt in a box beside a figure, so the chart is laid out
// for the box instead: with scale s still to come, in a frame w / s wide and
// with type kChartMinText / s times its smallest A4 size, so that after
// scaling the type is the same for every s and the smallest text reads at
// kChartMinText. Only the plot (bar heights, the radar's radius) grows with
// s, so the largest s whose result still fits the box is the one that fills
// it; it is found by bisection.
void AddChart(const SlideChart& chart, double x, double y, double w, double h, const Theme& theme,
              const MeasureFn& measure, PageLayout* page) {
  Row a4 = LayOutChart(chart, measure, theme);
  if (a4.ops.empty()) return;
  double smallest = chart::kAxisSize;
  for (const DrawOp& op : a4.ops) {
    if (auto* t = std::get_if<TextOp>(&op)) smallest = std::min(smallest, t->size);
  }
  // Laid out for a final scale |s|: the row, its drawn bounds and the factor
  // (<= 1) it still has to shrink by to fit the box.
  struct Try {
    Row row;
    Box bounds;
    double shrink = 1;
  };
  auto lay_out = [&](double s) {
    Theme t = theme;
    t.content_left = 0;
    t.content_right = w / s;
    t.font_scale = kChartMinText / smallest / s;
    Try r;
    r.row = LayOutChart(chart, measure, t);
    r.bounds = DrawnBounds(r.row, 0);
    double bw = std::max(r.bounds.x1 - r.bounds.x0, 1.0) * s;
    double bh = std::max(r.bounds.y1 - r.bounds.y0, 1.0) * s;
    r.shrink = std::min({1.0, w / bw, h / bh});
    return r;
  };
  double lo = kMinChartScale, hi = kMaxChartScale;
  Try best = lay_out(hi);
  double s = hi;
  if (best.shrink < 1) {
    // If even the smallest scale does not fit, it shrinks (type and all).
    best = lay_out(lo);
    s = lo;
    while (best.shrink >= 1 && hi - lo > 0.01) {
      double mid = (lo + hi) / 2;
      Try t = lay_out(mid);
      if (t.shrink < 1) {
        hi = mid;
        continue;
      }
      lo = s = mid;
      best = std::move(t);
    }
  }
  s *= best.shrink;
  if (best.shrink < 1) {
    // Too many labels for the box even with the smallest plot (a dense
    // timeline): the type shrinks with the chart, which the user should know.
    page->fit_notes.push_back(CliWords().Format(
        "cli.render.fit.chart_labels",
        {{"size", CliWords().locale().FormatNumber(kChartMinText * best.shrink, 1)}}));
  }
  const Box& b = best.bounds;
  double bw = (b.x1 - b.x0) * s;
  double dx = x + (w - bw) / 2 - b.x0 * s;
  double dy = y + h - b.y1 * s;
  for (DrawOp op : best.row.ops) {
    ScaleOp(&op, s, dx, dy);
    SetTag(&op, slide_tag::kChart);
    page->ops.push_back(std::move(op));
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
  if (cut) page->fit_notes.push_back(CliWords()("cli.render.fit.title_shortened"));
  TagFrom(&p.ops, 0, slide_tag::kTitle);
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
    if (has_text) {
      Piece items =
          FittedTextItems(slide, panel, y - bottom, kBodySize, false, theme, measure, page);
      Place(items, kLeft, y, &page->ops);
    }
    double cx = panel > 0 ? kLeft + panel + kColumnGap : kLeft;
    AddChart(slide.chart, cx, bottom, kRight - cx, top - bottom, theme, measure, page);
    return;
  }
  if (has_figure) {
    // Alone, the figure is centred a little above the middle. With bullets
    // or quotes, the two columns share a top line and are centred as a pair,
    // so that neither floats beside the other.
    double width = has_text ? kWidth * 0.42 : kWidth * 0.66;
    Piece fig = FigurePiece(slide, width, kFigureAloneMax, measure, page);
    Piece items;
    double x = kLeft + width + kColumnGap;
    if (has_text) {
      items = FittedTextItems(slide, kRight - x, top - bottom, kTextSlideMax - 2, false, theme,
                              measure, page);
    }
    double height = std::max(fig.height, items.height);
    double line = top - std::max(0.0, (top - bottom - height) * 0.4);
    Place(fig, kLeft, line, &page->ops);
    Place(items, x, line, &page->ops);
    return;
  }
  Piece items =
      FittedTextItems(slide, kWidth, top - bottom, kTextSlideMax, true, theme, measure, page);
  Place(items, kLeft, top, &page->ops);
}

// The opening slide: a band in the primary colour with kicker and title,
// subtitle and facts (the slide's bullets) below, the logo at the bottom right.
void AddTitleSlide(const Slide& slide, const Theme& theme, const MeasureFn& measure,
                   PageLayout* page) {
  constexpr double kLogoWidth = 200, kLogoHeight = 80;
  Rgb on_band = chart::TextOn(theme.brand);
  Piece band;
  bool cut = false;
  AddLines(slide.kicker, 0, kWidth, FontStyle::kRegular, 22, 28, on_band, 2, measure, &band, &cut);
  TagFrom(&band.ops, 0, slide_tag::kKicker);
  size_t title_from = band.ops.size();
  if (!slide.kicker.empty()) band.height += 8;
  double size = 44;
  if (WrapText(slide.title, kWidth, chart::Width(measure, FontStyle::kBold, size)).size() > 2)
    size = 34;
  AddLines(slide.title, 0, kWidth, FontStyle::kBold, size, size * 1.18, on_band, 3, measure, &band,
           &cut);
  TagFrom(&band.ops, title_from, slide_tag::kTitle);
  // The band reaches from the top to 36 pt below the title, at least 45 %.
  double band_bottom = std::min(kSlideHeight * 0.55, kTop - 20 - band.height - 36);
  page->ops.push_back(
      RectOp{0, band_bottom, kSlideWidth, kSlideHeight - band_bottom, theme.brand, {}, 0});
  Place(band, kLeft, band_bottom + 36 + band.height, &page->ops);
  Piece below;
  AddLines(slide.subtitle, 0, kWidth, FontStyle::kBold, 26, 32, palette::kText, 2, measure, &below,
           &cut);
  TagFrom(&below.ops, 0, slide_tag::kSubtitle);
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
    TagFrom(&f.ops, 0, slide_tag::kFact + static_cast<int>(std::min<size_t>(shown, 99)));
    Place(f, kLeft, y, &page->ops);
    y -= f.height + 4;
    ++shown;
  }
  if (shown < slide.bullets.size()) {
    page->fit_notes.push_back(CliWords().Format(
        "cli.render.fit.facts_left_out", {{"n", std::to_string(slide.bullets.size() - shown)}}));
  }
  if (cut) page->fit_notes.push_back(CliWords()("cli.render.fit.title_slide_shortened"));
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
  if (cut) page->fit_notes.push_back(CliWords()("cli.render.fit.source_shortened"));
  double baseline = lines.size() > 1 ? 24 + kFooterLeading / 2 : 24;
  for (std::string& line : lines) {
    if (!line.empty()) {
      page->ops.push_back(MakeText(kLeft, baseline, std::move(line), FontStyle::kRegular,
                                   kFooterSize, palette::kMuted, measure));
      SetTag(&page->ops.back(), slide_tag::kSource);
    }
    baseline -= kFooterLeading;
  }
}

}  // namespace

std::vector<PageLayout> LayoutSlides(const Document& doc, const MeasureFn& measure) {
  return LayoutSlides(doc, measure, nullptr);
}

std::vector<PageLayout> LayoutSlides(const Document& doc, const MeasureFn& measure,
                                     StructTree* tree) {
  const BoundWords words = BoundWordsOf(doc.info);
  BoundWordsScope bound(words);
  StructTree unused;
  if (!tree) tree = &unused;
  *tree = StructTree();
  Theme theme = ThemeFor(doc.info);
  std::vector<const Slide*> slides;
  for (const Block& block : doc.blocks) {
    if (auto* s = std::get_if<Slide>(&block)) slides.push_back(s);
  }
  const std::string& word = doc.info.slide_label;
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
    TagSlidePage(slide, doc.info.language, tree, &page);
    AddEditionMarker(doc.info.marker, page.width, page.height, measure, &page.ops);
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
