// The layout code draws; this file says what each drawing is. It reads the
// operations of a block's rows in the order the layout made them (which is
// the reading order) and recognises the parts by what the layout functions
// are known to emit: a "•" starts a list item, a wide rectangle starts a KPI
// tile, the muted colour marks a quote's source. Keeping that knowledge here
// leaves the layout files free of tagging. Only text is content outside
// figures: rules, fills and bars are decoration and become artifacts.
#include "render/struct_tree.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <variant>

#include "document/chart_alt_text.h"
#include "render/table_layout.h"

namespace ankerbericht {
namespace {

bool SameColor(Rgb a, Rgb b) {
  return std::abs(a.r - b.r) < 1e-6 && std::abs(a.g - b.g) < 1e-6 && std::abs(a.b - b.b) < 1e-6;
}

// Text of |row| to |node|, everything else to the artifacts.
void TagText(Row* row, int node) {
  for (DrawOp& op : row->ops) SetTag(&op, std::holds_alternative<TextOp>(op) ? node : -1);
}

void TagAll(Row* row, int node) {
  for (DrawOp& op : row->ops) SetTag(&op, node);
}

int AddLeaf(StructTree* tree, const char* role, std::vector<Row>* rows) {
  int node = tree->Add(tree->section, role);
  for (Row& r : *rows) TagText(&r, node);
  return node;
}

void TagCover(const TitleBlock& t, StructTree* tree, Row* row) {
  // The cover's texts by their type: kicker 14 pt, site name bold 22/30 pt,
  // municipality bold 18 pt, period 13 pt, facts 9.5 pt (cover_layout.cc).
  int kicker = -1, title = -1, subtitle = -1, period = -1, fact = -1;
  size_t next_fact = 0;
  auto once = [&](int* node, const char* role) {
    if (*node < 0) *node = tree->Add(tree->section, role);
    return *node;
  };
  for (DrawOp& op : row->ops) {
    auto* text = std::get_if<TextOp>(&op);
    if (!text) {
      SetTag(&op, -1);
      continue;
    }
    bool bold = text->font == FontStyle::kBold;
    if (bold && text->size >= 20) {
      text->tag = once(&title, "H1");
    } else if (bold) {
      text->tag = once(&subtitle, "P");
    } else if (text->size >= 14) {
      text->tag = once(&kicker, "P");
    } else if (text->size >= 12) {
      text->tag = once(&period, "P");
    } else {
      // A fact starts where a line begins the next fact's text.
      std::string_view line = text->text;
      if (line.size() > 3 && line.substr(line.size() - 3) == "\u2026") line.remove_suffix(3);
      if (fact < 0 ||
          (next_fact < t.facts.size() && SanitizeUtf8(t.facts[next_fact]).rfind(line, 0) == 0)) {
        fact = tree->Add(tree->section, "P");
        ++next_fact;
      }
      text->tag = fact;
    }
  }
}

void TagList(StructTree* tree, std::vector<Row>* rows) {
  int list = tree->Add(tree->section, "L");
  int body = -1;
  for (Row& row : *rows) {
    auto mark = std::find_if(row.ops.begin(), row.ops.end(), [](const DrawOp& op) {
      auto* t = std::get_if<TextOp>(&op);
      return t && t->text == "\u2022";
    });
    if (mark != row.ops.end()) {
      int item = tree->Add(list, "LI");
      int label = tree->Add(item, "Lbl");
      body = tree->Add(item, "LBody");
      // The mark first, as it is read; the two never overlap on the page.
      std::rotate(row.ops.begin(), mark, mark + 1);
      TagText(&row, body);
      SetTag(&row.ops.front(), label);
    } else {
      if (body < 0) body = tree->Add(tree->Add(list, "LI"), "LBody");
      TagText(&row, body);
    }
  }
}

// One TR per table row, one cell per column (empty cells too, so every row
// has as many cells as the header); text goes to the column it starts in.
void TagTable(const Table& table, const MeasureFn& measure, StructTree* tree,
              std::vector<Row>* rows) {
  size_t i = 0;
  if (table.columns.empty()) {
    AddLeaf(tree, "P", rows);  // a caption without a table
    return;
  }
  int node = tree->Add(tree->section, "Table");
  if (!table.caption.empty() && i < rows->size())
    TagText(&(*rows)[i++], tree->Add(node, "Caption"));
  std::vector<double> widths = TableColumnWidths(table, kContentWidth, measure);
  std::vector<double> lefts;
  double x = kContentLeft;
  for (double w : widths) {
    lefts.push_back(x);
    x += w;
  }
  auto column_of = [&](double op_x) {
    size_t c = 0;
    while (c + 1 < lefts.size() && op_x >= lefts[c + 1] - 0.01) ++c;
    return c;
  };
  auto tag_cells = [&](Row* row, const std::vector<int>& cells) {
    for (DrawOp& op : row->ops) {
      auto* text = std::get_if<TextOp>(&op);
      SetTag(&op, text ? cells[std::min(column_of(text->x), cells.size() - 1)] : -1);
    }
  };
  auto new_row = [&](int group, const char* cell_role) {
    int tr = tree->Add(group, "TR");
    std::vector<int> cells;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      cells.push_back(tree->Add(tr, cell_role));
      if (std::string_view(cell_role) == "TH") tree->nodes[cells.back()].scope = "Column";
    }
    return cells;
  };
  if (i < rows->size()) tag_cells(&(*rows)[i++], new_row(tree->Add(node, "THead"), "TH"));
  if (i >= rows->size()) return;
  int body = tree->Add(node, "TBody");
  int item = -2;
  std::vector<int> cells;
  for (; i < rows->size(); ++i) {
    Row& row = (*rows)[i];
    // A tall table row is split into several slices; they share one TR.
    if (row.item < 0 || row.item != item) cells = new_row(body, "TD");
    item = row.item;
    tag_cells(&row, cells);
  }
}

// One P per tile: value, label, change and status read as one statement.
// Tiles stand side by side, so a text extractor going line by line would
// read all values, then all labels; the tile's actual text keeps each tile
// together. The trend arrow belongs to the tile (its change says the same in
// words). A tile starts with its background, the only wide rectangle it draws.
void TagTiles(StructTree* tree, std::vector<Row>* rows) {
  for (Row& row : *rows) {
    int tile = -1;
    for (DrawOp& op : row.ops) {
      auto* rect = std::get_if<RectOp>(&op);
      if (rect && rect->w > 20) tile = tree->Add(tree->section, "P");
      bool content = tile >= 0 && !rect;
      SetTag(&op, content ? tile : -1);
      auto* text = std::get_if<TextOp>(&op);
      if (content && text) {
        std::string& all = tree->nodes[tile].actual_text;
        // Wrapped lines join with a space; a line broken after a hyphen or
        // slash continues without one.
        bool glue = !all.empty() && (all.back() == '-' || all.back() == '/');
        all += (all.empty() || glue ? "" : " ") + text->text;
      }
    }
  }
}

// |lang|: the quote's language, for its text only (the source line is the report's).
void TagQuote(StructTree* tree, std::vector<Row>* rows, const std::string& lang) {
  int quote = tree->Add(tree->section, "BlockQuote");
  int text = -1, source = -1;
  for (Row& row : *rows) {
    for (DrawOp& op : row.ops) {
      auto* t = std::get_if<TextOp>(&op);
      if (!t) {
        SetTag(&op, -1);
      } else if (SameColor(t->color, palette::kMuted)) {
        t->tag = source >= 0 ? source : (source = tree->Add(quote, "P"));
      } else {
        if (text < 0) {
          text = tree->Add(quote, "P");
          tree->nodes[text].lang = lang;
        }
        t->tag = text;
      }
    }
  }
}

// The title rows (bold 17 pt, toc_layout.cc) as a heading, then one TOCI
// per entry; an entry's first row is the one with space before it.
void TagToc(StructTree* tree, std::vector<Row>* rows) {
  int title = -1, toc = -1, entry = -1;
  for (Row& row : *rows) {
    bool is_title = std::any_of(row.ops.begin(), row.ops.end(), [](const DrawOp& op) {
      auto* t = std::get_if<TextOp>(&op);
      return t && t->font == FontStyle::kBold && t->size >= 15;
    });
    if (is_title && toc < 0) {
      if (title < 0) title = tree->Add(tree->section, "H1");
      TagText(&row, title);
      continue;
    }
    if (toc < 0) toc = tree->Add(tree->section, "TOC");
    if (entry < 0 || row.space_before > 0) {
      // The entry is a link to its heading (AddTocLinks places it).
      entry = tree->Add(tree->Add(tree->Add(toc, "TOCI"), "Reference"), "Link");
      tree->toc_links.push_back(entry);
    }
    TagText(&row, entry);
  }
}

template <typename Chart>
void TagChart(const Chart& chart, const std::string& lang, StructTree* tree,
              std::vector<Row>* rows) {
  int figure = tree->Add(tree->section, "Figure");
  tree->nodes[figure].alt = chart.alt.empty() ? ChartAltText(chart, lang) : chart.alt;
  for (Row& r : *rows) TagAll(&r, figure);
}

void TagBlockElements(const Block& block, const std::string& lang, const MeasureFn& measure,
                      StructTree* tree, std::vector<Row>* rows) {
  if (rows->empty()) return;
  if (auto* t = std::get_if<TitleBlock>(&block)) {
    TagCover(*t, tree, &rows->front());
  } else if (auto* h = std::get_if<Heading>(&block)) {
    if (h->level <= 1) tree->section = tree->Add(0, "Sect");
    AddLeaf(tree, ("H" + std::to_string(std::clamp(h->level, 1, 6))).c_str(), rows);
  } else if (std::holds_alternative<Paragraph>(block) || std::holds_alternative<Remark>(block)) {
    AddLeaf(tree, "P", rows);
  } else if (std::holds_alternative<BulletList>(block)) {
    TagList(tree, rows);
  } else if (auto* table = std::get_if<Table>(&block)) {
    TagTable(*table, measure, tree, rows);
  } else if (std::holds_alternative<KpiTiles>(block)) {
    TagTiles(tree, rows);
  } else if (auto* q = std::get_if<Quote>(&block)) {
    TagQuote(tree, rows, q->lang);
  } else if (std::holds_alternative<TocBlock>(block)) {
    TagToc(tree, rows);
  } else {
    std::visit(
        [&](const auto& b) {
          using T = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<T, BarChart> || std::is_same_v<T, LineChart> ||
                        std::is_same_v<T, DivergingChart> || std::is_same_v<T, HeatmapChart> ||
                        std::is_same_v<T, RadarChart> || std::is_same_v<T, TimelineChart>) {
            TagChart(b, lang, tree, rows);
          }
        },
        block);
  }
}

// The language a text block declares, "" for the document's.
std::string BlockLang(const Block& block) {
  return std::visit(
      [](const auto& b) -> std::string {
        if constexpr (requires { b.lang; }) {
          return b.lang;
        } else {
          return "";
        }
      },
      block);
}

}  // namespace

StructTree::StructTree() { nodes.push_back(StructNode{"Document", -1, {}, "", "", "", {}}); }

int StructTree::Add(int parent, std::string role) {
  nodes.push_back(StructNode{std::move(role), parent, {}, "", "", "", {}});
  int id = static_cast<int>(nodes.size()) - 1;
  nodes[parent].kids.push_back(id);
  return id;
}

void SetTag(DrawOp* op, int tag) {
  std::visit([tag](auto& o) { o.tag = tag; }, *op);
}

int TagOf(const DrawOp& op) {
  return std::visit([](const auto& o) { return o.tag; }, op);
}

void TagBlockRows(const Block& block, const std::string& lang, const MeasureFn& measure,
                  StructTree* tree, std::vector<Row>* rows) {
  size_t first = tree->nodes.size();
  TagBlockElements(block, lang, measure, tree, rows);
  // /Lang on the block's outermost elements (not on a chapter's Sect, which
  // holds the report's text too); their kids inherit it.
  std::string block_lang = BlockLang(block);
  if (block_lang.empty() || std::holds_alternative<Quote>(block)) return;
  for (size_t i = first; i < tree->nodes.size(); ++i) {
    StructNode& n = tree->nodes[i];
    if (n.role == "Sect") continue;
    bool outermost = n.parent < static_cast<int>(first) || tree->nodes[n.parent].role == "Sect";
    if (outermost) n.lang = block_lang;
  }
}

void AddTocLinks(const TocBlock& toc, const StructTree& tree,
                 const std::vector<PlacedHeading>& headings, std::vector<PageLayout>* pages) {
  std::vector<const PlacedHeading*> listed;  // the headings the TOC shows, in order
  for (const PlacedHeading& h : headings) {
    if (h.level <= toc.max_level) listed.push_back(&h);
  }
  for (size_t k = 0; k < tree.toc_links.size() && k < listed.size(); ++k) {
    const PlacedHeading& target = *listed[k];
    for (PageLayout& page : *pages) {
      bool found = false;
      LinkArea area;
      for (const DrawOp& op : page.ops) {
        auto* text = std::get_if<TextOp>(&op);
        if (!text || text->tag != tree.toc_links[k]) continue;
        Box b = TextBounds(*text);
        if (!found) area.x0 = b.x0, area.y0 = b.y0, area.x1 = b.x1, area.y1 = b.y1;
        area.x0 = std::min(area.x0, b.x0);
        area.y0 = std::min(area.y0, b.y0);
        area.x1 = std::max(area.x1, b.x1);
        area.y1 = std::max(area.y1, b.y1);
        found = true;
      }
      if (!found || target.page >= pages->size()) continue;
      area.target_page = target.page;
      area.target_y = target.top;
      area.tag = tree.toc_links[k];
      area.text = target.text;
      page.links.push_back(std::move(area));
    }
  }
}

void TagSlidePage(const Slide& slide, const std::string& lang, StructTree* tree, PageLayout* page) {
  using namespace slide_tag;
  int sect = tree->Add(0, "Sect");
  std::vector<std::pair<int, int>> made;  // local tag -> element
  int list = -1;
  std::vector<std::pair<int, int>> items, quotes;  // item index -> LI / BlockQuote
  auto find = [](std::vector<std::pair<int, int>>& v, int key) {
    for (auto& [k, n] : v) {
      if (k == key) return n;
    }
    return -1;
  };
  for (DrawOp& op : page->ops) {
    int local = TagOf(op);
    if (local < kTitle) {
      SetTag(&op, -1);
      continue;
    }
    int node = find(made, local);
    if (node < 0) {
      if (local >= kBulletMark) {
        int item = (local - kBulletMark) / kSlideItemStride;
        int part = kBulletMark + (local - kBulletMark) % kSlideItemStride;
        if (part == kBulletMark || part == kBulletText) {
          if (list < 0) list = tree->Add(sect, "L");
          int li = find(items, item);
          if (li < 0) items.push_back({item, li = tree->Add(list, "LI")});
          node = tree->Add(li, part == kBulletMark ? "Lbl" : "LBody");
        } else {
          int q = find(quotes, item);
          if (q < 0) quotes.push_back({item, q = tree->Add(sect, "BlockQuote")});
          node = tree->Add(q, "P");
        }
      } else if (local == kTitle) {
        node = tree->Add(sect, "H1");
      } else if (local == kChart) {
        node = tree->Add(sect, "Figure");
        std::visit(
            [&](const auto& c) {
              if constexpr (!std::is_same_v<std::decay_t<decltype(c)>, std::monostate>) {
                tree->nodes[node].alt = c.alt.empty() ? ChartAltText(c, lang, slide.title) : c.alt;
              }
            },
            slide.chart);
      } else {
        node = tree->Add(sect, "P");
      }
      made.push_back({local, node});
    }
    SetTag(&op, node);
  }
}

}  // namespace ankerbericht
