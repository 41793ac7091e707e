// The structure tree is written after all pages are painted because an
// element's content (its MCIDs) is only known then, and elements span pages.
// Elements are indirect objects so that the ParentTree and their kids can
// refer to them; marked-content references to another page than the
// element's /Pg are written as MCR dictionaries.
#include "render/pdf_tagging.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace ankerbericht {
namespace {

// |utf8| as a PDF text string in UTF-16BE with byte order mark, written as
// hex: <FEFF0031…>. Characters beyond the BMP become surrogate pairs.
std::string Utf16Hex(const std::string& utf8) {
  std::string out = "<FEFF";
  char hex[8];
  auto unit = [&](uint32_t u) {
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(u));
    out += hex;
  };
  for (size_t i = 0; i < utf8.size();) {
    unsigned char lead = static_cast<unsigned char>(utf8[i]);
    size_t len = lead < 0x80           ? 1
                 : (lead >> 5) == 0x6  ? 2
                 : (lead >> 4) == 0xE  ? 3
                 : (lead >> 3) == 0x1E ? 4
                                       : 1;
    uint32_t code = len == 1   ? lead
                    : len == 2 ? (lead & 0x1Fu)
                    : len == 3 ? (lead & 0x0Fu)
                               : (lead & 0x07u);
    for (size_t k = 1; k < len && i + k < utf8.size(); ++k)
      code = (code << 6) | (utf8[i + k] & 0x3Fu);
    i += len;
    if (code >= 0x10000) {
      code -= 0x10000;
      unit(0xD800 + (code >> 10));
      unit(0xDC00 + (code & 0x3FF));
    } else {
      unit(code);
    }
  }
  return out + ">";
}

}  // namespace

void PdfTagger::Write(const char* text) {
  HPDF_Stream_WriteStr(static_cast<HPDF_PageAttr>(page_->attr)->stream, text);
}

void PdfTagger::BeginPage(HPDF_Page page) {
  page_ = page;
  open_ = kClosed;
  pages_.push_back(page);
  mcid_owner_.emplace_back();
  HPDF_Dict_AddName(page, "Tabs", "S");
}

void PdfTagger::Mark(int tag) {
  if (tag < 0) tag = -1;
  if (tag >= static_cast<int>(tree_.nodes.size())) tag = -1;  // never a dangling MCID
  if (open_ == tag) return;
  Close();
  open_ = tag;
  if (tag == -1) {
    Write("/Artifact BMC\n");
    return;
  }
  std::vector<int>& owners = mcid_owner_.back();
  int mcid = static_cast<int>(owners.size());
  owners.push_back(tag);
  content_[tag].push_back({pages_.size() - 1, mcid});
  std::string bdc = "/" + tree_.nodes[tag].role + " <</MCID " + std::to_string(mcid) + ">> BDC\n";
  // The actual text goes on a Span inside the sequence: that is where text
  // extractors such as poppler look for it (the element carries it as well).
  if (!tree_.nodes[tag].actual_text.empty()) {
    bdc += "/Span <</ActualText " + Utf16Hex(tree_.nodes[tag].actual_text) + ">> BDC\n";
  }
  Write(bdc.c_str());
}

void PdfTagger::Close() {
  if (open_ == kClosed) return;
  Write(open_ >= 0 && !tree_.nodes[open_].actual_text.empty() ? "EMC\nEMC\n" : "EMC\n");
  open_ = kClosed;
}

void PdfTagger::AddAnnotation(HPDF_Dict annot, size_t page_index, int tag) {
  if (tag < 0 || tag >= static_cast<int>(tree_.nodes.size()) || page_index >= pages_.size()) return;
  annotations_.push_back({annot, page_index, tag});
}

void PdfTagger::EndPage() {
  if (page_) Close();
  page_ = nullptr;
}

HPDF_STATUS PdfTagger::Finish() {
  HPDF_MMgr mmgr = pdf_->mmgr;
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
  const std::vector<StructNode>& nodes = tree_.nodes;
  // Which elements are written: those with content, table cells (a table
  // keeps its grid), and those with a written kid. Kids come after parents.
  std::vector<bool> keep(nodes.size(), false);
  for (size_t i = nodes.size(); i-- > 0;) {
    keep[i] = keep[i] || content_.count(static_cast<int>(i)) > 0 || nodes[i].role == "TD" ||
              nodes[i].role == "TH";
    for (const Annotation& a : annotations_) keep[i] = keep[i] || a.tag == static_cast<int>(i);
    if (keep[i] && nodes[i].parent >= 0) keep[nodes[i].parent] = true;
  }
  keep[0] = true;
  HPDF_Dict root = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(pdf_->xref, root);
  HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
  std::vector<HPDF_Dict> elems(nodes.size(), nullptr);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!keep[i]) continue;
    HPDF_Dict e = HPDF_Dict_New(mmgr);
    HPDF_Xref_Add(pdf_->xref, e);
    HPDF_Dict_AddName(e, "Type", "StructElem");
    HPDF_Dict_AddName(e, "S", nodes[i].role.c_str());
    HPDF_Dict_Add(e, "P", nodes[i].parent >= 0 ? elems[nodes[i].parent] : root);
    if (!nodes[i].alt.empty())
      HPDF_Dict_Add(e, "Alt", HPDF_String_New(mmgr, nodes[i].alt.c_str(), utf8));
    // A text in another language than the catalogue's /Lang (PDF/UA 7.2).
    if (!nodes[i].lang.empty())
      HPDF_Dict_Add(e, "Lang", HPDF_String_New(mmgr, nodes[i].lang.c_str(), nullptr));
    if (!nodes[i].actual_text.empty()) {
      HPDF_Dict_Add(e, "ActualText", HPDF_String_New(mmgr, nodes[i].actual_text.c_str(), utf8));
    }
    if (!nodes[i].scope.empty()) {
      HPDF_Dict a = HPDF_Dict_New(mmgr);
      HPDF_Dict_AddName(a, "O", "Table");
      HPDF_Dict_AddName(a, "Scope", nodes[i].scope.c_str());
      HPDF_Dict_Add(e, "A", a);
    }
    elems[i] = e;
  }
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!elems[i]) continue;
    HPDF_Array k = HPDF_Array_New(mmgr);
    auto it = content_.find(static_cast<int>(i));
    if (it != content_.end()) {
      size_t first_page = it->second.front().first;
      HPDF_Dict_Add(elems[i], "Pg", pages_[first_page]);
      for (const auto& [page, mcid] : it->second) {
        if (page == first_page) {
          HPDF_Array_AddNumber(k, mcid);
          continue;
        }
        HPDF_Dict mcr = HPDF_Dict_New(mmgr);
        HPDF_Dict_AddName(mcr, "Type", "MCR");
        HPDF_Dict_Add(mcr, "Pg", pages_[page]);
        HPDF_Dict_AddNumber(mcr, "MCID", mcid);
        HPDF_Array_Add(k, mcr);
      }
    }
    for (size_t a = 0; a < annotations_.size(); ++a) {
      if (annotations_[a].tag != static_cast<int>(i)) continue;
      HPDF_Dict objr = HPDF_Dict_New(mmgr);
      HPDF_Dict_AddName(objr, "Type", "OBJR");
      HPDF_Dict_Add(objr, "Obj", annotations_[a].annot);
      HPDF_Dict_Add(objr, "Pg", pages_[annotations_[a].page]);
      HPDF_Array_Add(k, objr);
      HPDF_Dict_AddNumber(annotations_[a].annot, "StructParent",
                          static_cast<HPDF_INT32>(pages_.size() + a));
    }
    for (int kid : nodes[i].kids) {
      if (elems[kid]) HPDF_Array_Add(k, elems[kid]);
    }
    HPDF_Dict_Add(elems[i], "K", k);
  }
  HPDF_Dict_Add(root, "K", elems[0]);
  // The ParentTree: for each page with marked content, the element of each MCID.
  HPDF_Dict parent_tree = HPDF_Dict_New(mmgr);
  HPDF_Xref_Add(pdf_->xref, parent_tree);
  HPDF_Array nums = HPDF_Array_New(mmgr);
  for (size_t p = 0; p < pages_.size(); ++p) {
    if (mcid_owner_[p].empty()) continue;
    HPDF_Array owners = HPDF_Array_New(mmgr);
    for (int node : mcid_owner_[p]) HPDF_Array_Add(owners, elems[node]);
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(p));
    HPDF_Array_Add(nums, owners);
    HPDF_Dict_AddNumber(pages_[p], "StructParents", static_cast<HPDF_INT32>(p));
  }
  // Annotations follow the pages: key page count + index, the element itself.
  for (size_t a = 0; a < annotations_.size(); ++a) {
    HPDF_Array_AddNumber(nums, static_cast<HPDF_INT32>(pages_.size() + a));
    HPDF_Array_Add(nums, elems[annotations_[a].tag]);
  }
  HPDF_Dict_Add(parent_tree, "Nums", nums);
  HPDF_Dict_Add(root, "ParentTree", parent_tree);
  HPDF_Dict_AddNumber(root, "ParentTreeNextKey",
                      static_cast<HPDF_INT32>(pages_.size() + annotations_.size()));
  HPDF_Dict_Add(pdf_->catalog, "StructTreeRoot", root);
  HPDF_Dict mark_info = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
  HPDF_Dict_Add(pdf_->catalog, "MarkInfo", mark_info);
  // Viewers show the title, not the file name (PDF/UA 7.1).
  HPDF_Dict prefs = HPDF_Dict_New(mmgr);
  HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE);
  return HPDF_Dict_Add(pdf_->catalog, "ViewerPreferences", prefs);
}

}  // namespace ankerbericht
