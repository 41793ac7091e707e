// The report document model: what a report says, independent of how it is
// drawn. The document stage builds it from a template and the figures; the
// render stage turns it into a PDF (render/pdf_renderer.h) or a plain-text
// dump for golden tests (render/text_dump.h).
//
// All text is UTF-8 and already formatted for the reader (German numbers,
// dates): renderers never format figures themselves.
#ifndef ANKERBERICHT_DOCUMENT_DOCUMENT_H_
#define ANKERBERICHT_DOCUMENT_DOCUMENT_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "util/locale.h"

namespace ankerbericht {

// The cover page.
struct TitleBlock {
  std::string kicker;              // "Halbjahresbericht"
  std::string title;               // site name
  std::string subtitle;            // municipality
  std::string period;              // "1. Januar 2026 – 30. Juni 2026"
  std::vector<std::string> facts;  // "Stand der Daten: 21. November 2026", ...
};

struct Heading {
  int level = 1;  // 1 = chapter, 2 = section
  std::string text;
  // The text's language when it differs from the document's (a team text
  // written in English inside a German report): "en"; empty = the document's.
  std::string lang = {};
};

struct Paragraph {
  std::string text;
  // The text's language when it differs from the document's (a team text
  // written in English inside a German report): "en"; empty = the document's.
  std::string lang = {};
};

struct BulletList {
  std::vector<std::string> items;
  // The text's language when it differs from the document's (a team text
  // written in English inside a German report): "en"; empty = the document's.
  std::string lang = {};
};

struct TableColumn {
  std::string title;
  bool numeric = false;  // numeric columns are right-aligned
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<std::string>> rows;  // each row has columns.size() cells
  std::string caption;                         // may be empty
};

struct ChartSeries {
  std::string name;
  std::vector<std::optional<double>> values;  // one per category; nullopt = no data
};

// Vertical bar chart; several series are drawn as grouped bars.
struct BarChart {
  std::string title;
  std::string unit;                     // axis label, e.g. "Besuche"
  std::vector<std::string> categories;  // x axis labels
  std::vector<ChartSeries> series;
  std::string empty_message;  // shown instead of the chart when there is no data
  bool horizontal = false;    // bars grow to the right; categories are rows (long names wrap)
  bool stacked = false;       // series are stacked into one bar per category
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// Direction of a change against the previous period (drawn as ▲, ▼ or ►).
enum class Trend { kNone, kUp, kDown, kFlat };
// How an indicator stands against its target (colour of the tile's stripe).
enum class TargetStatus { kNone, kMet, kNear, kMissed };

// One key figure. All texts are pre-formatted.
struct KpiTile {
  std::string value;   // "1.234" or "87,5 %"
  std::string label;   // "Besuche im Halbjahr"
  std::string change;  // "+12,3 % ggü. 2. Halbjahr 2025"; empty = no comparison
  Trend trend = Trend::kNone;
  TargetStatus status = TargetStatus::kNone;
  std::string status_text;  // optional words for the status, e.g. "Ziel erreicht"
};

// A row of key figures: 2-4 tiles side by side (more wrap into further rows).
struct KpiTiles {
  std::vector<KpiTile> tiles;
};

// Diverging stacked bars for scale items: answers left of zero are negative,
// right of it positive, the neutral answer is centred on zero. Each item's
// values are counts; they are shown as percent of the item's n, which is
// the shown answers plus the withheld ones. Withheld answers (hidden for
// privacy) are never spread over the others, nor drawn as a segment that
// would read as an answer: their share stands in a grey column of its own,
// right of the bars, so that the bar and that share make up the item's n.
struct DivergingChart {
  std::string title;
  std::vector<std::string> answers;  // scale labels, most negative first
  std::optional<size_t> neutral;     // index into answers of the neutral answer, if any
  std::vector<std::string> items;    // one bar per item (statement)
  std::vector<std::vector<std::optional<double>>> values;  // [item][answer]; nullopt = suppressed
  std::string empty_message;
  std::vector<double> withheld;  // [item]: answers not shown; missing = 0
  std::string withheld_label;    // legend text, e.g. "nicht ausgewiesen"
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// Lines over categories (e.g. months). series[0] is the current period (solid,
// primary colour); series[1] the previous period (dashed, grey); further
// series get palette colours.
struct LineChart {
  std::string title;
  std::string unit;
  std::vector<std::string> categories;
  std::vector<ChartSeries> series;
  std::string empty_message;
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// Weekday x hour grid, e.g. rows "Mo".."So" and columns "8".."20".
struct HeatmapChart {
  std::string title;
  std::string unit;                     // legend caption, e.g. "Besuche je geöffneter Stunde (Ø)"
  std::vector<std::string> row_labels;  // weekdays
  std::vector<std::string> column_labels;                  // hours
  std::vector<std::vector<std::optional<double>>> values;  // [row][column]; nullopt = no data
  std::string empty_message;
  std::string missing_label;  // legend text for cells without data; default "keine Daten"
  // [row][column]: true where the place is closed (outside its opening hours
  // and nothing counted); drawn plain light grey, not as "0" or "no data".
  // May be shorter than values (missing entries are open).
  std::vector<std::vector<bool>> closed;
  std::string closed_label;  // legend text for closed cells, e.g. "geschlossen"
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// Radar (spider) chart, e.g. the goal profile with 7 goal areas.
struct RadarChart {
  std::string title;
  std::vector<std::string> axes;    // axis labels, clockwise from the top
  std::vector<ChartSeries> series;  // one or two; values per axis, nullopt = no data
  double scale_min = 1;             // centre of the chart
  double scale_max = 7;             // outer ring
  std::string empty_message;
  // When set, the rings are drawn at these values with these labels instead
  // of at numeric ticks, e.g. {7, "Priorität 1"}, {6, "2"}, ...: the reader
  // sees what a ring means without a legend.
  std::vector<std::pair<double, std::string>> ring_labels;
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// A quotation, e.g. from a feedback form.
struct Quote {
  std::string text;
  std::string source;  // "Teilnehmerin, Feedbackbogen März 2026"; may be empty
  // The quote's language when it differs from the document's (the source
  // line is always in the document's language); empty = the document's.
  std::string lang = {};
};

// Placeholder for the table of contents; the renderer fills in the entries
// (headings up to |max_level|) with page numbers after the layout.
struct TocBlock {
  std::string title;
  int max_level = 2;
};

// A small print note, e.g. for suppressed values or data sources.
struct Remark {
  std::string text;
};

// A dated schedule on one horizontal axis, e.g. the consolidation timeline:
// today, the planning deadline, committee meetings, the budget deadline and
// the funding end. Positions are days after |start|; labels are pre-formatted.
enum class TimelineMarkKind {
  kToday,     // drawn as a strong vertical line
  kMeeting,   // a small circle on the axis
  kDeadline,  // a diamond in the highlight colour
  kMilestone  // a square in the primary colour (funding end, planning start)
};
struct TimelineMark {
  int day = 0;            // days after TimelineChart::start_day (0 .. span_days)
  std::string date_text;  // "31.03.2027"
  std::string label;      // "Haushaltsfrist"; may be empty for meetings
  TimelineMarkKind kind = TimelineMarkKind::kMilestone;
  bool emphasis = false;  // e.g. the last meeting that can still decide
};
struct TimelineChart {
  std::string title;
  int span_days = 0;                               // length of the axis in days (> 0)
  std::vector<std::pair<int, std::string>> ticks;  // (day, "2027") axis labels
  // A shaded range on the axis, e.g. the 18 months before the funding end;
  // from > to means none.
  int range_from = 1, range_to = 0;
  std::string range_label;          // legend text for the shaded range
  std::vector<TimelineMark> marks;  // in date order
  std::string empty_message;        // shown when span_days <= 0
  // Text alternative for readers who cannot see the chart: kind, title and
  // every shown value in words (document/chart_alt_text.h fills it).
  std::string alt;
};

// A table in a slide's chart box (the deck's finance table, the same Table
// the paper prints): drawn as in the A4 report and scaled into the box.
// |alt| is its text alternative, all rows in words (the PDF tags it as a
// figure of the slide).
struct SlideTable {
  Table table;
  std::string alt;
};

// The charts a slide can carry.
using SlideChart =
    std::variant<std::monostate, BarChart, LineChart, RadarChart, TimelineChart, SlideTable>;

// One slide of a committee deck (Document with PageFormat::kSlides). A slide
// carries one message: its title is a sentence; a large figure and/or one
// chart support it; bullets and quotes are for the text-only slides. Body
// text is set at 20 pt or more.
struct Slide {
  bool title_slide = false;  // the opening slide: kicker, title, subtitle, facts
  std::string kicker;        // title slide: "Ausschussvorlage"
  std::string title;         // the message ("Mehr Besuche als je zuvor")
  std::string subtitle;      // title slide: municipality and period
  std::string figure;        // large figure, "11.011"; may be empty
  std::string figure_label;  // "Besuche im 1. Halbjahr 2026"
  std::string figure_note;   // "1. Halbjahr 2025: 8.470"; may be empty
  std::string indicator;     // id of |figure| in `figures --json`; for checks and the dump
  std::vector<std::string> bullets;
  std::vector<Quote> quotes;
  SlideChart chart;
  // Footer: the data source and the period ("Quelle: Zählanlage · 1. Halbjahr 2026").
  std::string source;
};

using Block = std::variant<TitleBlock, Heading, Paragraph, BulletList, Table, BarChart, Remark,
                           KpiTiles, DivergingChart, LineChart, HeatmapChart, RadarChart, Quote,
                           TocBlock, TimelineChart, Slide>;

// A4 portrait pages with running header and footer, or 16:9 landscape slides
// (960 x 540 pt) where every block is a Slide and each Slide is one page.
enum class PageFormat { kA4, kSlides };

struct DocumentInfo {
  PageFormat format = PageFormat::kA4;
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  // The PDF's Creator: who made the document (the place in a public
  // edition; the program only in the internal one). Empty: none.
  std::string creator;
  std::string language = "de";
  // How numbers are written in charts (axis ticks, bar and cell labels),
  // from the strings table of |language|: the renderer formats with it and
  // chooses no separator itself.
  Locale locale;
  std::string header_text;  // running header, e.g. "Stadtlabor Musterstadt · 2026-H1"
  std::string footer_text;  // running footer left part; "Seite x von y" is added on the right
  std::string page_label;   // "Seite" / "Page"
  std::string page_of;      // "von" / "of"
  // The other words the renderer draws beside the document's own text, in
  // the document's language; the builders fill them from the strings table
  // (the renderer picks no word itself).
  std::string slide_label;     // "Folie": the slide footer's "Folie n / N"
  std::string shortened_note;  // "Gekürzt:": note under charts with shortened labels
  std::string no_data;         // heatmap legend for cells without data
  std::string closed;          // heatmap legend for closed hours
  std::string untitled;        // the PDF's title when the document has no heading
  // Unit words a line keeps with the number before them ("Pp.", "Uhr") and
  // abbreviations it never breaks inside ("z. B."), for the line breaker.
  std::vector<std::string> bound_units;
  std::vector<std::string> bound_abbreviations;
  // The edition's marker, e.g. "Nur für den internen Gebrauch": drawn at the
  // top of every page (cover and slides included); empty for the public edition.
  std::string marker;
  // Look: all optional. The primary colour ("#0072B2") is used for the title
  // band, chapter headings and the first chart series; empty = Okabe-Ito blue.
  std::string primary_color;
  std::string logo_path;  // PNG or JPEG shown on the title page; empty = none
  // A corporate TrueType font pair; empty = the PdfOptions fonts (DejaVu).
  // A missing or non-TrueType file falls back to DejaVu with a warning.
  std::string font_regular;
  std::string font_bold;
};

struct Document {
  DocumentInfo info;
  std::vector<Block> blocks;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_DOCUMENT_H_
