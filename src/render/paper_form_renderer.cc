#include "render/paper_form_renderer.h"

#include <algorithm>
#include <cmath>

#include "render/struct_tree.h"

namespace ankerbericht {

namespace {

constexpr double kMarginForm = 42.52;  // 15 mm: a form needs its room for answers
constexpr double kBody = 10;
constexpr double kSmall = 8.5;
constexpr double kBox = 9;  // a tick box's side

// Places blocks top to bottom on pages of one size; starts a page when a
// block does not fit.
class FormPager {
 public:
  FormPager(const PaperForm& form, const MeasureFn& measure, StructTree* tree)
      : measure_(measure), tree_(tree) {
    width_ = form.landscape ? kPageHeight : kPageWidth;
    height_ = form.landscape ? kPageWidth : kPageHeight;
    theme_ = ThemeFor(form.info);
    NewPage();
  }

  double left() const { return kMarginForm; }
  double right() const { return width_ - kMarginForm; }
  double content_width() const { return right() - left(); }
  const Theme& theme() const { return theme_; }

  // Makes room for |height| points; a new page when the current one is too full.
  double Take(double height) {
    if (y_ - height < kMarginForm && y_ < top() - 1) NewPage();
    double at = y_;
    y_ -= height;
    return at;
  }
  void Skip(double gap) { y_ -= gap; }
  // The room left on the current page.
  double Remaining() const { return y_ - kMarginForm; }

  int Node(int parent, const std::string& role) { return tree_ ? tree_->Add(parent, role) : -1; }
  StructTree* tree() { return tree_; }

  void Text(double x, double y, const std::string& text, FontStyle font, double size, Rgb color,
            int tag) {
    TextOp op = MakeText(x, y, SanitizeUtf8(text), font, size, color, measure_);
    op.tag = tag;
    pages_.back().ops.push_back(std::move(op));
  }
  void Rect(double x, double y, double w, double h, double line, int tag = -1,
            std::optional<Rgb> fill = std::nullopt) {
    RectOp op{x, y, w, h, fill, palette::kText, line, tag};
    if (!fill) op.stroke = palette::kText;
    pages_.back().ops.emplace_back(op);
  }
  void Line(double x1, double y1, double x2, double y2, Rgb color, double width) {
    pages_.back().ops.emplace_back(LineOp{x1, y1, x2, y2, color, width, 0, -1});
  }
  void Path(PathOp op) { pages_.back().ops.push_back(std::move(op)); }
  // |text| wrapped to |width|.
  std::vector<std::string> Wrap(const std::string& text, FontStyle font, double size,
                                double width) const {
    return WrapText(text, width, [&](std::string_view t) { return measure_(t, font, size); });
  }
  double Measure(const std::string& text, FontStyle font, double size) const {
    return measure_(text, font, size);
  }
  std::vector<PageLayout> Finish() { return std::move(pages_); }

 private:
  double top() const { return height_ - kMarginForm; }
  void NewPage() {
    PageLayout page;
    page.width = width_;
    page.height = height_;
    page.cover = true;  // no running header and footer on a form
    pages_.push_back(std::move(page));
    y_ = top();
  }

  const MeasureFn& measure_;
  StructTree* tree_;
  Theme theme_;
  double width_ = kPageWidth, height_ = kPageHeight;
  double y_ = 0;
  std::vector<PageLayout> pages_;
};

// Draws |lines| of text from the top edge |top|; returns the height used.
double Lines(FormPager* p, const std::vector<std::string>& lines, double x, double top,
             FontStyle font, double size, Rgb color, int tag) {
  double leading = size * 1.3;
  for (size_t i = 0; i < lines.size(); ++i)
    p->Text(x, top - i * leading - size, lines[i], font, size, color, tag);
  return lines.size() * leading;
}

void LayTitle(FormPager* p, const FormTitle& t) {
  std::vector<std::string> title = p->Wrap(t.title, FontStyle::kBold, 18, p->content_width());
  double height = 14 + title.size() * 23.4 + (t.subtitle.empty() ? 0 : 14) + 6;
  double top = p->Take(height);
  int kicker = p->Node(0, "P");
  p->Text(p->left(), top - kSmall, t.kicker, FontStyle::kBold, kSmall + 1, p->theme().primary,
          kicker);
  int h1 = p->Node(0, "H1");
  double y = top - 14;
  y -= Lines(p, title, p->left(), y, FontStyle::kBold, 18, palette::kText, h1);
  if (!t.subtitle.empty()) {
    p->Text(p->left(), y - kSmall - 2, t.subtitle, FontStyle::kRegular, kSmall + 0.5,
            palette::kMuted, p->Node(0, "P"));
  }
  p->Line(p->left(), top - height + 2, p->right(), top - height + 2, p->theme().primary, 1.5);
  p->Skip(8);
}

void LayBlanks(FormPager* p, const FormBlanks& b) {
  if (b.labels.empty()) return;
  double height = 22 + (b.hint.empty() ? 0 : 12);
  double top = p->Take(height);
  double cell = p->content_width() / b.labels.size();
  int tag = p->Node(0, "P");
  for (size_t i = 0; i < b.labels.size(); ++i) {
    double x = p->left() + i * cell;
    std::string label = b.labels[i] + ":";
    p->Text(x, top - 16, label, FontStyle::kRegular, kBody, palette::kText, tag);
    double from = x + p->Measure(label, FontStyle::kRegular, kBody) + 6;
    p->Line(from, top - 18, x + cell - 14, top - 18, palette::kMuted, 0.6);
  }
  if (!b.hint.empty()) {
    p->Text(p->left(), top - 30, b.hint, FontStyle::kRegular, kSmall - 0.5, palette::kMuted, tag);
  }
  p->Skip(8);
}

void LayText(FormPager* p, const FormText& t) {
  double size = t.small ? kSmall : kBody;
  std::vector<std::string> lines = p->Wrap(t.text, FontStyle::kRegular, size, p->content_width());
  double top = p->Take(lines.size() * size * 1.3);
  Lines(p, lines, p->left(), top, FontStyle::kRegular, size,
        t.small ? palette::kMuted : palette::kText, p->Node(0, "P"));
  p->Skip(t.small ? 6 : 10);
}

// A question: its text, then the tick boxes in equal columns (a label wraps
// inside its column), or a box with lines to write on.
void LayQuestion(FormPager* p, const FormQuestion& q) {
  const double indent = 16;
  const double width = p->content_width() - indent;
  std::string text = q.text + (q.hint.empty() ? "" : "  (" + q.hint + ")");
  std::vector<std::string> lines = p->Wrap(text, FontStyle::kBold, kBody, width);
  const double text_height = lines.size() * kBody * 1.3 + 4;

  size_t n = q.choices.size();
  bool short_labels = std::all_of(q.choices.begin(), q.choices.end(),
                                  [](const std::string& c) { return c.size() <= 3; });
  // Up to five answers in one row (a scale reads left to right); more, as a
  // list of options, in rows of three so that no word has to break.
  size_t per_row = n == 0 ? 1 : (n <= 5 || short_labels) ? n : 3;
  // Few answers stay together instead of spreading over the whole line.
  double column = std::min(width / per_row, n <= 4 ? 120.0 : width);
  std::vector<std::vector<std::string>> labels;
  size_t most_lines = 1;
  for (const std::string& c : q.choices) {
    labels.push_back(p->Wrap(c, FontStyle::kRegular, kBody - 0.5, column - kBox - 10));
    most_lines = std::max(most_lines, labels.back().size());
  }
  const double choice_row = std::max(kBox + 4, most_lines * (kBody - 0.5) * 1.3 + 4);
  const size_t rows = n == 0 ? 0 : (n + per_row - 1) / per_row;
  const double answer_height = q.lines > 0 ? q.lines * 20 + 6 : rows * choice_row;

  double top = p->Take(text_height + answer_height + 9);
  int sect = p->Node(0, "Sect");
  int ptag = p->Node(sect, "P");
  p->Text(p->left(), top - kBody, q.number, FontStyle::kBold, kBody, p->theme().primary, ptag);
  Lines(p, lines, p->left() + indent, top, FontStyle::kBold, kBody, palette::kText, ptag);
  double y = top - text_height;
  if (q.lines > 0) {
    double box_top = y - 2;
    p->Rect(p->left() + indent, box_top - q.lines * 20, width, q.lines * 20, 0.6);
    for (int i = 1; i < q.lines; ++i) {
      double ly = box_top - i * 20;
      p->Line(p->left() + indent + 6, ly, p->right() - 6, ly, palette::kRule, 0.5);
    }
    p->Skip(9);
    return;
  }
  int list = p->Node(sect, "L");
  for (size_t i = 0; i < n; ++i) {
    double x = p->left() + indent + (i % per_row) * column;
    double row_top = y - (i / per_row) * choice_row;
    // A round box for one answer, a square one where several may be ticked:
    // the convention of printed questionnaires.
    double bx = x, by = row_top - 2 - kBox;
    if (q.multiple) {
      p->Rect(bx, by, kBox, kBox, 0.8);
    } else {
      PathOp circle;
      for (int k = 0; k < 24; ++k) {
        double a = k * 2 * M_PI / 24;
        circle.points.push_back(
            {bx + kBox / 2 + kBox / 2 * std::cos(a), by + kBox / 2 + kBox / 2 * std::sin(a)});
      }
      circle.closed = true;
      circle.stroke = palette::kText;
      circle.line_width = 0.8;
      p->Path(std::move(circle));
    }
    int item = p->Node(list, "LI");
    int body = p->Node(item, "LBody");
    Lines(p, labels[i], x + kBox + 5, row_top - 1.5, FontStyle::kRegular, kBody - 0.5,
          palette::kText, body);
  }
  p->Skip(9);
}

// The tally grid: a header row, one row per time slot with room for tally
// marks, and a totals row; the first column is narrow, the others share the
// rest (the visitors' column twice as wide: every visitor is counted there).
void LayGrid(FormPager* p, const FormGrid& g) {
  if (g.columns.size() < 2) return;
  const double first = 62;
  const double unit = (p->content_width() - first) / (g.columns.size());
  auto column_x = [&](size_t c) {
    return c == 0 ? p->left() : p->left() + first + (c == 1 ? 0 : (c)*unit);
  };
  auto column_w = [&](size_t c) { return c == 0 ? first : c == 1 ? 2 * unit : unit; };
  std::vector<std::vector<std::string>> heads;
  size_t head_lines = 1;
  for (size_t c = 0; c < g.columns.size(); ++c) {
    heads.push_back(p->Wrap(g.columns[c], FontStyle::kBold, kSmall + 0.5, column_w(c) - 8));
    head_lines = std::max(head_lines, heads.back().size());
  }
  const double head_height = head_lines * (kSmall + 0.5) * 1.3 + 8;
  const size_t rows = g.rows.size() + 1;
  // As tall as the rest of the page allows (room kept for the note below
  // the grid), between 20 and 40 points a row.
  double row_height = std::clamp((p->Remaining() - head_height - 40) / rows, 20.0, 40.0);
  int table = p->Node(0, "Table");
  double top = p->Take(head_height);
  int head_row = p->Node(table, "TR");
  for (size_t c = 0; c < g.columns.size(); ++c) {
    p->Rect(column_x(c), top - head_height, column_w(c), head_height, 0.6, -1, palette::kShade);
    p->Rect(column_x(c), top - head_height, column_w(c), head_height, 0.6);
    int th = p->Node(head_row, "TH");
    if (p->tree()) p->tree()->nodes[th].scope = "Column";
    Lines(p, heads[c], column_x(c) + 4, top - 4, FontStyle::kBold, kSmall + 0.5, palette::kText,
          th);
  }
  for (size_t r = 0; r < rows; ++r) {
    bool total = r + 1 == rows;
    double rt = p->Take(row_height);
    int tr = p->Node(table, "TR");
    for (size_t c = 0; c < g.columns.size(); ++c) {
      p->Rect(column_x(c), rt - row_height, column_w(c), row_height, total ? 1.2 : 0.6);
      int cell = p->Node(tr, c == 0 ? "TH" : "TD");
      if (c == 0) {
        if (p->tree()) p->tree()->nodes[cell].scope = "Row";
        p->Text(column_x(c) + 4, rt - row_height / 2 - 3, total ? g.total : g.rows[r],
                total ? FontStyle::kBold : FontStyle::kRegular, kBody, palette::kText, cell);
      }
    }
  }
  p->Skip(10);
}

}  // namespace

std::vector<PageLayout> LayoutPaperForm(const PaperForm& form, const MeasureFn& measure,
                                        StructTree* tree) {
  FormPager pager(form, measure, tree);
  for (const FormBlock& block : form.blocks) {
    if (auto* t = std::get_if<FormTitle>(&block)) LayTitle(&pager, *t);
    if (auto* b = std::get_if<FormBlanks>(&block)) LayBlanks(&pager, *b);
    if (auto* x = std::get_if<FormText>(&block)) LayText(&pager, *x);
    if (auto* q = std::get_if<FormQuestion>(&block)) LayQuestion(&pager, *q);
    if (auto* g = std::get_if<FormGrid>(&block)) LayGrid(&pager, *g);
  }
  return pager.Finish();
}

Status RenderPaperFormPdf(const PaperForm& form, const PdfOptions& options, const std::string& path,
                          std::vector<Status>* warnings) {
  return RenderLaidOutPdf(
      form.info, options, path,
      [&form](const MeasureFn& measure, StructTree* tree) {
        return LayoutPaperForm(form, measure, tree);
      },
      warnings);
}

}  // namespace ankerbericht
