// The HTML edition walks the blocks once, in order: cover and table of
// contents stay outside <main> (the skip link jumps past them), everything
// else goes inside. Charts are laid out by the PDF's chart code and written
// as SVG (svg_chart.h); their words come from html_chart_text.h.
#include "render/html_renderer.h"

#include <Poco/Base64Encoder.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "render/file_kinds.h"
#include "render/html_chart_text.h"
#include "render/html_escape.h"
#include "render/html_style.h"
#include "render/svg_chart.h"
#include "util/file.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

// DejaVu Sans averages a little over half an em per character; a slightly
// generous estimate keeps chart labels from touching when no font is at hand.
double EstimateWidth(std::string_view text, FontStyle font, double size) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n * size * (font == FontStyle::kBold ? 0.63 : 0.58);
}

// Escaped text with German line-breaking rules ("2. Halbjahr" stays
// together) and the model's hard line breaks as <br>.
std::string Text(const std::string& text) {
  std::string escaped = HtmlEscape(BindNonBreakingSpaces(text));
  std::string out;
  for (char c : escaped) {
    if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

// ' lang="en"' on an element whose text is in another language than the
// page's (a team text); nothing for the page's own language.
std::string LangAttr(const std::string& lang) {
  return lang.empty() ? "" : " lang=\"" + HtmlEscape(lang) + "\"";
}

const char* StatusClass(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMet:
      return " met";
    case TargetStatus::kNear:
      return " near";
    case TargetStatus::kMissed:
      return " missed";
    case TargetStatus::kNone:
      break;
  }
  return "";
}

const char* TrendArrow(Trend t) {
  switch (t) {
    case Trend::kUp:
      return "\u25B2";
    case Trend::kDown:
      return "\u25BC";
    case Trend::kFlat:
      return "\u25BA";
    case Trend::kNone:
      break;
  }
  return "";
}

class HtmlWriter {
 public:
  HtmlWriter(const Document& doc, const HtmlOptions& options, std::vector<Status>* warnings)
      : doc_(doc), options_(options), warnings_(warnings), theme_(ThemeFor(doc.info)) {
    measure_ = options.measure ? options.measure : MeasureFn(EstimateWidth);
    theme_.font_scale = options.chart_font_scale;
    const std::string& lang = doc.info.language;
    lang_ = lang.empty() ? "de" : lang;
  }

  std::string Page();

 private:
  std::string NextId(const char* prefix) {
    return std::string(prefix) + "-" + std::to_string(++ids_);
  }
  void OpenMain();
  void Cover(const std::string& kicker, const std::string& title,
             const std::vector<std::string>& lines, const std::vector<std::string>& facts);
  void Toc(const TocBlock& toc);
  void HeadingBlock(const Heading& h);
  void TableBlock(const Table& t);
  void Tiles(const KpiTiles& k);
  void QuoteBlock(const Quote& q);
  void Chart(const Block& chart);
  void SlideBlock(const Slide& s);
  void Write(const Block& block);
  std::string LogoImage();

  const Document& doc_;
  const HtmlOptions& options_;
  std::vector<Status>* warnings_;
  Theme theme_;
  MeasureFn measure_;
  std::string lang_;
  std::string out_;
  int ids_ = 0;
  int heading_ = 0;  // headings written so far: their ids are "h-1", "h-2", ...
  bool main_open_ = false;
  bool header_written_ = false;
};

std::string HtmlWriter::LogoImage() {
  const std::string& path = doc_.info.logo_path;
  if (path.empty()) return "";
  std::string kind = ImageKind(path);
  if (kind.empty()) {
    if (warnings_)
      warnings_->push_back(
          Status::IOError(path + ": the logo is missing or neither PNG nor JPEG; left out"));
    return "";
  }
  Result<std::string> bytes = ReadFile(path);
  std::ostringstream data;
  Poco::Base64Encoder encoder(data);
  encoder.rdbuf()->setLineLength(0);
  if (bytes.ok()) encoder << *bytes;
  encoder.close();
  // The cover names the city in words beside the logo: the image adds
  // nothing a screen reader should repeat.
  return "<img class=\"logo\" alt=\"\" src=\"data:image/" + kind + ";base64," + data.str() +
         "\">\n";
}

void HtmlWriter::OpenMain() {
  if (main_open_) return;
  if (!header_written_) {
    // A document without a cover still needs its one <h1>.
    out_ += "<header class=\"cover\">\n";
    if (!doc_.info.marker.empty())
      out_ += "<p class=\"marker\">" + Text(doc_.info.marker) + "</p>\n";
    out_ += "<h1>" + Text(doc_.info.title) + "</h1>\n</header>\n";
    header_written_ = true;
  }
  out_ += "<main id=\"inhalt\" tabindex=\"-1\">\n";
  main_open_ = true;
}

void HtmlWriter::Cover(const std::string& kicker, const std::string& title,
                       const std::vector<std::string>& lines,
                       const std::vector<std::string>& facts) {
  if (header_written_) {
    // A second cover (unusual) is a chapter start inside the content.
    OpenMain();
    out_ += "<h2 id=\"h-x" + std::to_string(++ids_) + "\">" + Text(title) + "</h2>\n";
    return;
  }
  header_written_ = true;
  out_ += "<header class=\"cover\">\n";
  if (!doc_.info.marker.empty()) out_ += "<p class=\"marker\">" + Text(doc_.info.marker) + "</p>\n";
  out_ += LogoImage();
  if (!kicker.empty()) out_ += "<p class=\"kicker\">" + Text(kicker) + "</p>\n";
  out_ += "<h1>" + Text(title) + "</h1>\n";
  for (const std::string& line : lines) {
    if (!line.empty()) out_ += "<p>" + Text(line) + "</p>\n";
  }
  if (!facts.empty()) {
    out_ += "<ul class=\"facts\">\n";
    for (const std::string& f : facts) out_ += "<li>" + Text(f) + "</li>\n";
    out_ += "</ul>\n";
  }
  out_ += "</header>\n";
}

void HtmlWriter::Toc(const TocBlock& toc) {
  std::string id = NextId("toc");
  out_ +=
      "<nav aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" + Text(toc.title) + "</h2>\n";
  // Sections are nested in their chapter's list item, so a list is always
  // a list of equals (and the numbering counts chapters only).
  int open = 0;  // lists open, one per level
  bool item_open = false;
  int n = 0;
  for (const Block& b : doc_.blocks) {
    const Heading* h = std::get_if<Heading>(&b);
    if (h == nullptr) continue;
    ++n;
    int level = std::max(h->level, 1);
    if (level > toc.max_level) continue;
    level = std::min(level, open + 1);  // a skipped level opens one list, not two
    while (open > level) {
      out_ += "</li>\n</ol>\n";
      --open;
    }
    if (open == level && item_open) out_ += "</li>\n";
    while (open < level) {
      out_ += "<ol>\n";
      ++open;
    }
    out_ += "<li><a href=\"#h-" + std::to_string(n) + "\">" + Text(h->text) + "</a>";
    item_open = true;
  }
  while (open > 0) {
    out_ += "</li>\n</ol>\n";
    --open;
  }
  out_ += "</nav>\n";
}

void HtmlWriter::HeadingBlock(const Heading& h) {
  // The cover holds the page's <h1>; a chapter (level 1) is an <h2>.
  int level = std::clamp(h.level + 1, 2, 6);
  std::string tag = "h" + std::to_string(level);
  out_ += "<" + tag + " id=\"h-" + std::to_string(++heading_) + "\"" + LangAttr(h.lang) + ">" +
          Text(h.text) + "</" + tag + ">\n";
}

void HtmlWriter::TableBlock(const Table& t) {
  std::string id = NextId("table");
  // The box scrolls sideways on a narrow screen; it can be focused so that
  // it can be scrolled with the keyboard, and is named by the caption.
  out_ += "<div class=\"scroll\" tabindex=\"0\"";
  if (!t.caption.empty()) out_ += " role=\"region\" aria-labelledby=\"" + id + "\"";
  out_ += ">\n<table>\n";
  if (!t.caption.empty()) out_ += "<caption id=\"" + id + "\">" + Text(t.caption) + "</caption>\n";
  out_ += "<thead><tr>";
  for (const TableColumn& c : t.columns) {
    out_ += std::string("<th scope=\"col\"") + (c.numeric ? " class=\"num\"" : "") + ">" +
            Text(c.title) + "</th>";
  }
  out_ += "</tr></thead>\n<tbody>\n";
  // A first column of words names its row (an indicator, a month): a row header.
  bool row_headers = !t.columns.empty() && !t.columns[0].numeric;
  for (const std::vector<std::string>& row : t.rows) {
    out_ += "<tr>";
    for (size_t i = 0; i < t.columns.size(); ++i) {
      const std::string cell = i < row.size() ? Text(row[i]) : "";
      const char* num = t.columns[i].numeric ? " class=\"num\"" : "";
      if (i == 0 && row_headers) {
        out_ += std::string("<th scope=\"row\"") + num + ">" + cell + "</th>";
      } else {
        out_ += std::string("<td") + num + ">" + cell + "</td>";
      }
    }
    out_ += "</tr>\n";
  }
  out_ += "</tbody>\n</table>\n</div>\n";
}

void HtmlWriter::Tiles(const KpiTiles& k) {
  // One list item per figure, read in the order value, label, change,
  // target: a screen reader never attaches a change to the wrong figure.
  out_ += "<ul class=\"tiles\">\n";
  for (const KpiTile& t : k.tiles) {
    out_ += std::string("<li class=\"tile") + StatusClass(t.status) + "\"><span class=\"value\">" +
            Text(t.value) + "</span> <span class=\"label\">" + Text(t.label) + "</span>";
    if (!t.change.empty()) {
      // The arrow repeats the sign of the change: shown, not read.
      std::string arrow = TrendArrow(t.trend);
      out_ += " <span class=\"change\">";
      if (!arrow.empty()) out_ += "<span aria-hidden=\"true\">" + arrow + " </span>";
      out_ += Text(t.change) + "</span>";
    }
    if (!t.status_text.empty())
      out_ += " <span class=\"status\">" + Text(t.status_text) + "</span>";
    out_ += "</li>\n";
  }
  out_ += "</ul>\n";
}

void HtmlWriter::QuoteBlock(const Quote& q) {
  out_ += "<figure class=\"quote\"><blockquote><p" + LangAttr(q.lang) + ">" + Text(q.text) +
          "</p></blockquote>";
  if (!q.source.empty()) out_ += "<figcaption>\u2014 " + Text(q.source) + "</figcaption>";
  out_ += "</figure>\n";
}

void HtmlWriter::Chart(const Block& chart) {
  std::string id = NextId("chart");
  ChartText text = DescribeChart(chart, options_.words, doc_.info.locale);
  out_ +=
      "<div class=\"chart\">\n<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" +
      HtmlEscape(text.title) + "\">\n";
  out_ += ChartSvg(chart, theme_, measure_, text, id);
  out_ += "\n</div>\n";
  Table values = ChartValues(chart, options_.words, doc_.info.locale);
  if (!values.rows.empty()) {
    out_ += "<details>\n<summary>" + Text(options_.words.chart_data) + "</summary>\n";
    TableBlock(values);
    out_ += "</details>\n";
  }
  out_ += "</div>\n";
}

void HtmlWriter::SlideBlock(const Slide& s) {
  if (s.title_slide) {
    Cover(s.kicker, s.title, {s.subtitle}, s.bullets);
    return;
  }
  OpenMain();
  std::string id = NextId("slide");
  out_ += "<section class=\"slide\" aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" +
          Text(s.title) + "</h2>\n";
  if (!s.figure.empty()) {
    out_ += "<p class=\"figure\"><strong>" + Text(s.figure) + "</strong> " + Text(s.figure_label) +
            "</p>\n";
  } else if (!s.figure_label.empty()) {
    out_ += "<p>" + Text(s.figure_label) + "</p>\n";
  }
  if (!s.figure_note.empty()) out_ += "<p>" + Text(s.figure_note) + "</p>\n";
  if (!s.bullets.empty()) {
    out_ += "<ul>\n";
    for (const std::string& b : s.bullets) out_ += "<li>" + Text(b) + "</li>\n";
    out_ += "</ul>\n";
  }
  for (const Quote& q : s.quotes) QuoteBlock(q);
  std::visit(
      [&](const auto& c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, SlideTable>) {
          TableBlock(c.table);
        } else if constexpr (!std::is_same_v<T, std::monostate>) {
          Chart(Block(c));
        }
      },
      s.chart);
  if (!s.source.empty()) out_ += "<p class=\"source\">" + Text(s.source) + "</p>\n";
  out_ += "</section>\n";
}

void HtmlWriter::Write(const Block& block) {
  if (auto* t = std::get_if<TitleBlock>(&block)) {
    Cover(t->kicker, t->title, {t->subtitle, t->period}, t->facts);
    return;
  }
  if (auto* toc = std::get_if<TocBlock>(&block)) {
    if (!main_open_ && !header_written_) OpenMain();
    Toc(*toc);
    return;
  }
  if (auto* s = std::get_if<Slide>(&block)) {
    SlideBlock(*s);
    return;
  }
  OpenMain();
  if (auto* h = std::get_if<Heading>(&block)) {
    HeadingBlock(*h);
  } else if (auto* p = std::get_if<Paragraph>(&block)) {
    out_ += "<p" + LangAttr(p->lang) + ">" + Text(p->text) + "</p>\n";
  } else if (auto* l = std::get_if<BulletList>(&block)) {
    out_ += "<ul" + LangAttr(l->lang) + ">\n";
    for (const std::string& item : l->items) out_ += "<li>" + Text(item) + "</li>\n";
    out_ += "</ul>\n";
  } else if (auto* tab = std::get_if<Table>(&block)) {
    TableBlock(*tab);
  } else if (auto* r = std::get_if<Remark>(&block)) {
    out_ += "<p class=\"remark\">" + Text(r->text) + "</p>\n";
  } else if (auto* k = std::get_if<KpiTiles>(&block)) {
    Tiles(*k);
  } else if (auto* q = std::get_if<Quote>(&block)) {
    QuoteBlock(*q);
  } else if (IsChart(block)) {
    Chart(block);
  }
}

std::string HtmlWriter::Page() {
  const DocumentInfo& info = doc_.info;
  out_ = "<!DOCTYPE html>\n<html lang=\"" + HtmlEscape(lang_) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out_ += "<title>" + Text(info.title) + "</title>\n";
  if (!info.author.empty())
    out_ += "<meta name=\"author\" content=\"" + HtmlEscape(info.author) + "\">\n";
  if (!info.subject.empty())
    out_ += "<meta name=\"description\" content=\"" + HtmlEscape(info.subject) + "\">\n";
  out_ += HtmlStyle(doc_, theme_);
  out_ += "</head>\n<body>\n<a class=\"skip\" href=\"#inhalt\">" + Text(options_.words.skip_link) +
          "</a>\n";
  out_ += "<div class=\"page\">\n";
  for (const Block& block : doc_.blocks) Write(block);
  OpenMain();
  out_ += "</main>\n</div>\n</body>\n</html>\n";
  return std::move(out_);
}

}  // namespace

std::string RenderHtml(const Document& doc, const HtmlOptions& options,
                       std::vector<Status>* warnings) {
  const BoundWords words = BoundWordsOf(doc.info);
  BoundWordsScope bound(words);
  return HtmlWriter(doc, options, warnings).Page();
}

Status WriteHtml(const Document& doc, const HtmlOptions& options, const std::string& path,
                 std::vector<Status>* warnings) {
  std::string page = RenderHtml(doc, options, warnings);
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << page;
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      return Status::IOError(CliWords().Format("cli.render.write_plain", {{"path", path}}));
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Status::IOError(
        CliWords().Format("cli.render.write", {{"path", path}, {"why", ec.message()}}));
  }
  return Status::Ok();
}

}  // namespace ankerbericht
