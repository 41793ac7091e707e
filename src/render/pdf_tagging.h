// Tagged PDF on libharu, which has no API for it: marked content written
// straight into a page's content stream and a structure tree built from plain
// dictionaries, both through libharu's installed internal headers. Only the
// PDF writer (pdf_writer.h, pdf_paint.cc) uses this.
#ifndef ANKERBERICHT_RENDER_PDF_TAGGING_H_
#define ANKERBERICHT_RENDER_PDF_TAGGING_H_

#include <hpdf.h>

#include <map>
#include <utility>
#include <vector>

#include "render/struct_tree.h"

namespace ankerbericht {

// Brackets the drawing of a document's pages in marked content and, at the
// end, writes the structure tree that refers to it.
//
//   PdfTagger tagger(pdf, tree);  // |tree| as the layout filled it; must outlive the tagger
//   for each page: tagger.BeginPage(page); for each op { tagger.Mark(op.tag); paint op; }
//                  tagger.EndPage();
//   tagger.Finish();
class PdfTagger {
 public:
  PdfTagger(HPDF_Doc pdf, const StructTree& tree) : pdf_(pdf), tree_(tree) {}

  // Starts |page|: its tab order follows the structure (/Tabs /S).
  void BeginPage(HPDF_Page page);
  // Before an operation of |tag| is painted: ends the open marked-content
  // sequence if its tag differs and opens "/Artifact BMC" (tag -1) or
  // "/Role <</MCID n>> BDC" (element |tag| of the tree). Must be
  // called between text objects (not inside BT … ET), as the painter does.
  void Mark(int tag);
  // Closes the open sequence of the current page.
  void EndPage();

  // Makes |annot|, a link annotation on page |page_index| (as counted by
  // BeginPage), part of element |tag|: an OBJR among its kids and the
  // annotation's /StructParent key in the ParentTree (written by Finish).
  void AddAnnotation(HPDF_Dict annot, size_t page_index, int tag);

  // Writes the StructTreeRoot for the tree,
  // its ParentTree, /StructParents on the pages, /MarkInfo <</Marked true>>
  // and /ViewerPreferences <</DisplayDocTitle true>> on the catalogue.
  // Elements without content or kids are left out (empty table cells are
  // kept). Returns libharu's status (HPDF_OK on success).
  HPDF_STATUS Finish();

 private:
  void Write(const char* text);
  // Ends the open marked-content sequence, if any.
  void Close();

  HPDF_Doc pdf_;
  const StructTree& tree_;
  HPDF_Page page_ = nullptr;
  static constexpr int kClosed = -2;
  int open_ = kClosed;
  std::vector<HPDF_Page> pages_;
  // Per page, the element of every MCID on it (the ParentTree's arrays).
  std::vector<std::vector<int>> mcid_owner_;
  // Per element, its content as (page index, MCID) in drawing order.
  std::map<int, std::vector<std::pair<size_t, int>>> content_;
  struct Annotation {
    HPDF_Dict annot;
    size_t page;
    int tag;
  };
  std::vector<Annotation> annotations_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_TAGGING_H_
