// The logical structure of a laid-out document, for tagged PDF (PDF/UA):
// a tree of structure elements (Document › Sect › H1, P, L, Table, Figure …)
// and, on every drawing operation, the element whose content it is. The
// layout fills both (struct_tree.cc infers the element of each operation
// from the block it was laid out for); pdf_tagging.cc writes them to the PDF
// as marked content and a StructTreeRoot. Knows nothing about libharu.
#ifndef ANKERBERICHT_RENDER_STRUCT_TREE_H_
#define ANKERBERICHT_RENDER_STRUCT_TREE_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// One structure element. Its content is every DrawOp whose tag is its index;
// an element has content or kids (or, for empty table cells, neither).
struct StructNode {
  std::string role;  // standard structure type: "Document", "Sect", "H1", "P", "TD", …
  int parent = -1;
  std::vector<int> kids;  // in reading order
  std::string alt;        // Figure: the text alternative
  std::string scope;      // TH: "Column" or "Row"
  // Replacement text of the element's content (/ActualText), for content
  // whose drawing order is not its reading order, e.g. a KPI tile whose
  // lines sit level with the neighbouring tiles' lines.
  std::string actual_text;
  // The element's language (/Lang) when it differs from the document's.
  std::string lang = {};
};

// The tree; node 0 is the Document element.
struct StructTree {
  StructTree();
  // Appends a |role| element as the last kid of |parent|; returns its index.
  int Add(int parent, std::string role);
  std::vector<StructNode> nodes;
  // Where the blocks go: the Document, or the Sect of the current chapter.
  int section = 0;
  // The Link element of every table of contents entry, in order.
  std::vector<int> toc_links;
};

// Sets the tag of |op| (see TextOp::tag).
void SetTag(DrawOp* op, int tag);
int TagOf(const DrawOp& op);

// Adds the elements of |block| to |tree| and tags the operations of its
// |rows| (as BlockRows laid them out): text with the element it belongs to,
// decoration (rules, fills, table shading, tile backgrounds, bullets' bars)
// as artifacts, and everything a chart draws with its Figure, which carries
// the chart's alt text. A level-1 heading opens a new Sect. Headings,
// paragraphs, remarks, lists (L › LI › Lbl + LBody), tables (Table › Caption,
// THead/TBody › TR › TH/TD, one TR per table row), KPI tiles (one P per tile
// with the trend arrow, whose actual text is value, label, change and status
// in one sentence, so they are read together), quotes (BlockQuote › P),
// the table of contents (H1, TOC › TOCI › Reference › Link, each Link noted
// in tree->toc_links) and the cover (H1 for the site
// name, P for the rest). Reorders operations of a row only where that changes
// nothing on the page (a bullet is drawn before its text). |lang| picks the
// language of alt texts that the document left empty. A heading, paragraph,
// list or quote in another language (its |lang|) carries it on its element.
void TagBlockRows(const Block& block, const std::string& lang, const MeasureFn& measure,
                  StructTree* tree, std::vector<Row>* rows);

// Local tags that slide_layout.cc puts on a slide's operations while it lays
// them out; TagSlidePage turns them into elements. Bullet and quote items
// add kSlideItemStride * their index.
namespace slide_tag {
inline constexpr int kTitle = 1000, kFigure = 1001, kFigureNote = 1002, kChart = 1003,
                     kSource = 1004, kKicker = 1005, kSubtitle = 1006, kFact = 1100,
                     kBulletMark = 2000, kBulletText = 2001, kQuoteText = 2002, kQuoteSource = 2003,
                     kSlideItemStride = 10;
}  // namespace slide_tag

// Turns the local slide tags on |page| into elements of a Sect for |slide|
// (H1 title, P, L › LI, BlockQuote, Figure with the chart's alt text) and
// marks everything untagged (footer rule and counter, bands, bars) as an
// artifact.
// Adds to |pages| a LinkArea for every table of contents entry drawn: around
// the operations of tree.toc_links[k], to the heading of the k-th entry of
// |toc|. |headings| are the document's headings in order, each with the page
// index and top edge it was placed at.
struct PlacedHeading {
  int level = 1;
  std::string text;
  size_t page = 0;
  double top = 0;
};
void AddTocLinks(const TocBlock& toc, const StructTree& tree,
                 const std::vector<PlacedHeading>& headings, std::vector<PageLayout>* pages);

void TagSlidePage(const Slide& slide, const std::string& lang, StructTree* tree, PageLayout* page);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_STRUCT_TREE_H_
