// A structural PDF/UA-1 and PDF/A-2b checker of our own, for the tests: no
// validator for either standard is packaged for Debian. It reads the file
// through `qpdf --json` (qpdf_json.h: streams decoded, parsed with Poco JSON), walks the
// structure tree and tokenises every page's content stream. Each finding is
// named after the Matterhorn Protocol 1.1 checkpoint it stands for (or the
// clause of PDF/UA-1 or PDF/A-2 where Matterhorn has no machine check):
//
//   01-003 / 01-004  artifact inside tagged content, or tagged inside artifact
//   01-005           text or graphics neither tagged nor marked as artifact
//   01-007           /MarkInfo /Suspects true (or Marked missing: UA1 7.1)
//   02-001           a structure type that is not standard and not role-mapped
//   06-001..06-003   XMP metadata stream present, parses, pdfuaid:part 1, dc:title
//   07-001 / 07-002  /ViewerPreferences /DisplayDocTitle true
//   09-004..09-006   table, list and TOC elements in their places
//   11-001           /Lang on the catalogue
//   13-004           every Figure has a non-empty /Alt
//   14-002 / 14-003  headings start at H1 and skip no level
//   15-003           every TH has a /Scope; (UA1 7.5) every Table has TH cells
//   UA1 7.1 (ParentTree) every MCID on a page is reachable from the ParentTree
//                    and its element refers back to it; every MCID of the tree exists
//   28-002 / 28-011  every annotation has a /StructParent; a link annotation
//                    belongs to a Link element whose kids name it (OBJR)
//   PDF/A-2 6.3.2    annotations are printable and not hidden
//   UA1 7.21.7       every font has a ToUnicode map without "cidrange" operators
//   PDF/A-2 6.6.2/6.6.3  pdfaid:part 2, conformance B; XMP agrees with /Info
//   PDF/A-2 6.2.3    an OutputIntent with an RGB ICC DestOutputProfile
//   PDF 1.7 header
// What it cannot see is listed in docs/accessibility.md.
#ifndef ANKERBERICHT_TESTS_E2E_PDF_UA_CHECK_H_
#define ANKERBERICHT_TESTS_E2E_PDF_UA_CHECK_H_

#include <Poco/AutoPtr.h>
#include <Poco/DOM/DOMParser.h>
#include <Poco/DOM/Document.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/SAX/InputSource.h>

#include <cctype>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "e2e/qpdf_json.h"
#include "test_util.h"

namespace ankerbericht::testing {

struct PdfUaReport {
  std::vector<std::string> findings;  // "13-004: Figure without /Alt (object 12)"
  int pages = 0, mcids = 0, elements = 0, figures = 0, tables = 0, headings = 0, artifacts = 0,
      annotations = 0;
  // Every structure element's type in reading order, with its /Lang if it
  // has one: "Figure", "Table", "Caption", …, "P[en]".
  std::vector<std::string> structure;
};

namespace pdfua_detail {

inline bool IsStandardType(const std::string& s) {
  static const std::set<std::string> kTypes = {
      "Document", "Part",    "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
      "TOC",      "TOCI",    "Index", "NonStruct", "Private", "P",          "H",
      "H1",       "H2",      "H3",    "H4",        "H5",      "H6",         "L",
      "LI",       "Lbl",     "LBody", "Table",     "TR",      "TH",         "TD",
      "THead",    "TBody",   "TFoot", "Span",      "Quote",   "Note",       "Reference",
      "BibEntry", "Code",    "Link",  "Annot",     "Ruby",    "RB",         "RT",
      "RP",       "Warichu", "WT",    "WP",        "Figure",  "Formula",    "Form"};
  return kTypes.count(s) > 0;
}

}  // namespace pdfua_detail

// Checks |pdf| as described at the top of this file.
inline PdfUaReport CheckPdfUa(const std::filesystem::path& pdf) {
  using namespace pdfua_detail;
  using namespace qpdf_json;
  PdfUaReport r;
  auto find = [&](const std::string& what) { r.findings.push_back(what); };
  std::string head = ReadFileToString(pdf.string()).substr(0, 8);
  if (head != "%PDF-1.7") find("PDF 1.7: header is " + head);
  CommandResult q = RunCommand(
      "qpdf --json --json-stream-data=inline --decode-level=generalized '" + pdf.string() + "'");
  if (q.exit_code != 0 && q.exit_code != 3) {
    find("qpdf --json failed: " + q.err);
    return r;
  }
  QpdfObjects objs(q.out);
  Object::Ptr trailer = objs.Trailer();
  Object::Ptr catalog = objs.Dict(trailer->get("/Root"));
  Object::Ptr info = objs.Dict(trailer->get("/Info"));
  if (!catalog) {
    find("no catalogue");
    return r;
  }
  // Catalogue entries.
  Object::Ptr mark = objs.Dict(catalog->get("/MarkInfo"));
  if (!mark || !mark->has("/Marked") || !mark->getValue<bool>("/Marked"))
    find("UA1 7.1: /MarkInfo /Marked is not true");
  if (mark && mark->has("/Suspects") && mark->getValue<bool>("/Suspects"))
    find("01-007: /Suspects is true");
  if (Str(catalog, "/Lang").empty()) find("11-001: no /Lang on the catalogue");
  Object::Ptr prefs = objs.Dict(catalog->get("/ViewerPreferences"));
  if (!prefs || !prefs->has("/DisplayDocTitle")) {
    find("07-001: no /DisplayDocTitle in /ViewerPreferences");
  } else if (!prefs->getValue<bool>("/DisplayDocTitle")) {
    find("07-002: /DisplayDocTitle is false");
  }
  // XMP against Info.
  std::string xmp = catalog->has("/Metadata") ? objs.StreamData(catalog->get("/Metadata")) : "";
  if (xmp.empty()) {
    find("06-001: no XMP metadata stream");
  } else {
    try {
      Poco::XML::DOMParser parser;
      parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
      Poco::AutoPtr<Poco::XML::Document> doc = parser.parseString(xmp);
      const std::string dc = "http://purl.org/dc/elements/1.1/",
                        pdfns = "http://ns.adobe.com/pdf/1.3/",
                        xmpns = "http://ns.adobe.com/xap/1.0/";
      if (XmpValue(doc, "http://www.aiim.org/pdfua/ns/id/", "part") != "1")
        find("06-002: no pdfuaid:part 1 in the XMP");
      std::string title = XmpValue(doc, dc, "title");
      if (title.empty()) find("06-003: no dc:title in the XMP");
      if (XmpValue(doc, "http://www.aiim.org/pdfa/ns/id/", "part") != "2" ||
          XmpValue(doc, "http://www.aiim.org/pdfa/ns/id/", "conformance") != "B") {
        find("PDF/A-2 6.6.4: no pdfaid:part 2 / conformance B in the XMP");
      }
      auto agree = [&](const std::string& key, const std::string& value, const std::string& name) {
        if (Str(info, key) != value)
          find("PDF/A-2 6.6.3: Info " + key + " \"" + Str(info, key) + "\" but XMP " + name +
               " \"" + value + "\"");
      };
      agree("/Title", title, "dc:title");
      agree("/Author", XmpValue(doc, dc, "creator"), "dc:creator");
      agree("/Subject", XmpValue(doc, dc, "description"), "dc:description");
      agree("/Keywords", XmpValue(doc, pdfns, "Keywords"), "pdf:Keywords");
      agree("/Producer", XmpValue(doc, pdfns, "Producer"), "pdf:Producer");
      agree("/Creator", XmpValue(doc, xmpns, "CreatorTool"), "xmp:CreatorTool");
      // D:20261121000000Z… against 2026-11-21T00:00:00Z: the digits must agree.
      std::string info_date = Str(info, "/CreationDate"),
                  xmp_date = XmpValue(doc, xmpns, "CreateDate");
      std::string a, b;
      for (char c : info_date.substr(0, 16))
        if (std::isdigit(static_cast<unsigned char>(c))) a += c;
      for (char c : xmp_date.substr(0, 19))
        if (std::isdigit(static_cast<unsigned char>(c))) b += c;
      if (a.empty() || a != b)
        find("PDF/A-2 6.6.3: Info /CreationDate " + info_date + " but xmp:CreateDate " + xmp_date);
      if (XmpValue(doc, dc, "language").empty()) find("11-006: no dc:language in the XMP");
    } catch (const Poco::Exception& e) {
      find("06-001: the XMP does not parse: " + e.displayText());
    }
  }
  // Output intent.
  bool intent = false;
  if (Array::Ptr intents = objs.List(catalog->get("/OutputIntents"))) {
    for (size_t i = 0; i < intents->size(); ++i) {
      Object::Ptr oi = objs.Dict(intents->get(i));
      if (oi && Str(oi, "/S") == "/GTS_PDFA1" && oi->has("/DestOutputProfile")) {
        Object::Ptr prof = objs.Dict(oi->get("/DestOutputProfile"));
        std::string icc = objs.StreamData(oi->get("/DestOutputProfile"));
        intent = prof && icc.size() > 128 && icc.compare(16, 4, "RGB ") == 0;
      }
    }
  }
  if (!intent) find("PDF/A-2 6.2.3: no GTS_PDFA1 OutputIntent with an RGB ICC profile");
  // Fonts: every font of every page has a ToUnicode map without cidrange.
  // Pages: content stream and ParentTree key.
  std::vector<Object::Ptr> pages;
  std::vector<std::string> page_refs;
  std::function<void(const Var&)> walk_pages = [&](const Var& ref) {
    Object::Ptr node = objs.Dict(ref);
    if (!node) return;
    if (Str(node, "/Type") == "/Page") {
      pages.push_back(node);
      page_refs.push_back(ref.toString());
      return;
    }
    if (Array::Ptr kids = objs.List(node->get("/Kids"))) {
      for (size_t i = 0; i < kids->size(); ++i) walk_pages(kids->get(i));
    }
  };
  walk_pages(catalog->get("/Pages"));
  r.pages = static_cast<int>(pages.size());
  std::set<std::string> fonts_seen;
  std::map<std::string, std::set<std::string>> linked_annots, objr_seen;  // element -> annotations
  // (page ref, mcid) of the content and of the tree.
  std::set<std::pair<std::string, int>> content_mcids, tree_mcids;
  std::map<std::pair<std::string, int>, std::string> mcid_owner;  // from the ParentTree
  Object::Ptr root = objs.Dict(catalog->get("/StructTreeRoot"));
  std::map<int, Array::Ptr> parent_tree;
  std::map<int, Var> parent_tree_values;  // also the single elements of annotations
  if (root && root->has("/ParentTree")) {
    Object::Ptr pt = objs.Dict(root->get("/ParentTree"));
    std::function<void(const Object::Ptr&)> read_tree = [&](const Object::Ptr& node) {
      if (!node) return;
      if (Array::Ptr nums = objs.List(node->get("/Nums"))) {
        for (size_t i = 0; i + 1 < nums->size(); i += 2) {
          parent_tree[nums->getElement<int>(i)] = objs.List(nums->get(i + 1));
          parent_tree_values[nums->getElement<int>(i)] = nums->get(i + 1);
        }
      }
      if (Array::Ptr kids = objs.List(node->get("/Kids"))) {
        for (size_t i = 0; i < kids->size(); ++i) read_tree(objs.Dict(kids->get(i)));
      }
    };
    read_tree(pt);
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    const Object::Ptr& page = pages[p];
    std::string where = "page " + std::to_string(p + 1);
    if (Str(page, "/Tabs") != "/S") find("UA1 7.18.3: " + where + " has no /Tabs /S");
    if (Object::Ptr res = objs.Dict(page->get("/Resources"))) {
      if (Object::Ptr fonts = objs.Dict(res->get("/Font"))) {
        for (const std::string& name : fonts->getNames()) {
          std::string ref = fonts->get(name).toString();
          if (!fonts_seen.insert(ref).second) continue;
          Object::Ptr font = objs.Dict(fonts->get(name));
          std::string cmap =
              font && font->has("/ToUnicode") ? objs.StreamData(font->get("/ToUnicode")) : "";
          if (cmap.empty()) find("UA1 7.21.7: font " + ref + " has no ToUnicode map");
          if (cmap.find("cidrange") != std::string::npos)
            find("UA1 7.21.7: ToUnicode of font " + ref + " uses cidrange");
        }
      }
    }
    if (Array::Ptr annots = objs.List(page->get("/Annots"))) {
      for (size_t i = 0; i < annots->size(); ++i) {
        Object::Ptr annot = objs.Dict(annots->get(i));
        if (!annot) continue;
        ++r.annotations;
        std::string what = where + ": annotation " + annots->get(i).toString();
        if (!annot->has("/F") || (annot->getValue<int>("/F") & 4) == 0 ||
            (annot->getValue<int>("/F") & 0x23) != 0) {
          find("PDF/A-2 6.3.2: " + what + " is not printable or is hidden");
        }
        if (!annot->has("/StructParent")) {
          find("28-002: " + what + " is not tagged (no /StructParent)");
          continue;
        }
        auto it = parent_tree_values.find(annot->getValue<int>("/StructParent"));
        Object::Ptr elem = it == parent_tree_values.end() ? nullptr : objs.Dict(it->second);
        if (Str(annot, "/Subtype") == "/Link" && (!elem || Str(elem, "/S") != "/Link")) {
          find("28-011: " + what + " is not nested in a Link element");
        }
        if (elem) linked_annots[it->second.toString()].insert(annots->get(i).toString());
      }
    }
    std::string content;
    Var contents = page->get("/Contents");
    if (Array::Ptr parts = objs.List(contents)) {
      for (size_t i = 0; i < parts->size(); ++i) content += objs.StreamData(parts->get(i)) + "\n";
    } else {
      content = objs.StreamData(contents);
    }
    // The stack of open marked content: tag, and whether it is an artifact.
    std::vector<std::pair<std::string, bool>> open;
    std::vector<Token> tokens = Tokenize(content);
    int text_outside = 0, paint_outside = 0;
    Array::Ptr owners;
    bool has_key = page->has("/StructParents");
    if (has_key) {
      auto it = parent_tree.find(page->getValue<int>("/StructParents"));
      if (it != parent_tree.end()) owners = it->second;
    }
    static const std::set<std::string> kText = {"Tj", "TJ", "'", "\""};
    static const std::set<std::string> kPaint = {"f",  "F", "f*", "B",  "B*", "b",
                                                 "b*", "S", "s",  "sh", "Do"};
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (!t.op) continue;
      if (t.text == "BMC" || t.text == "BDC") {
        // The tag is the first name before the operator's operands.
        size_t k = i;
        while (k > 0 && tokens[k - 1].text != "EMC" && !(tokens[k - 1].op)) --k;
        std::string tag = k < i ? tokens[k].text : "";
        bool artifact = tag == "/Artifact";
        bool inside_artifact = false, inside_tagged = false;
        for (auto& [otag, oart] : open) (oart ? inside_artifact : inside_tagged) = true;
        if (artifact && inside_tagged)
          find("01-003: " + where + ": artifact inside tagged content");
        if (!artifact && inside_artifact)
          find("01-004: " + where + ": tagged content inside an artifact");
        if (artifact) ++r.artifacts;
        for (size_t m = k; m + 1 < i; ++m) {
          if (tokens[m].text == "/MCID") {
            int mcid = std::stoi(tokens[m + 1].text);
            ++r.mcids;
            if (!content_mcids.insert({page_refs[p], mcid}).second)
              find("UA1 7.1: " + where + ": MCID " + std::to_string(mcid) + " used twice");
            if (!owners || mcid >= static_cast<int>(owners->size())) {
              find("UA1 7.1 (ParentTree): " + where + ": MCID " + std::to_string(mcid) +
                   " is not in the ParentTree");
            } else {
              mcid_owner[{page_refs[p], mcid}] = owners->get(mcid).toString();
            }
          }
        }
        open.push_back({tag, artifact});
      } else if (t.text == "EMC") {
        if (open.empty())
          find("UA1 7.1: " + where + ": EMC without BMC/BDC");
        else
          open.pop_back();
      } else if (kText.count(t.text) && open.empty()) {
        ++text_outside;
      } else if (kPaint.count(t.text) && open.empty()) {
        ++paint_outside;
      }
    }
    if (!open.empty()) find("UA1 7.1: " + where + ": marked content not closed");
    if (text_outside)
      find("01-005: " + where + ": " + std::to_string(text_outside) +
           " text operators outside marked content");
    if (paint_outside)
      find("01-005: " + where + ": " + std::to_string(paint_outside) +
           " painting operators outside marked content");
  }
  // The structure tree.
  if (!root) {
    find("UA1 7.1: no StructTreeRoot");
    return r;
  }
  Object::Ptr role_map = objs.Dict(root->get("/RoleMap"));
  std::vector<int> levels;  // heading levels in reading order
  std::function<void(const Var&, const std::string&, const std::string&)> walk =
      [&](const Var& ref, const std::string& parent_role, const std::string& page) {
        Object::Ptr e = objs.Dict(ref);
        if (!e) return;
        std::string self = ref.toString();
        std::string role = Str(e, "/S");
        role = role.empty() ? "" : role.substr(1);
        ++r.elements;
        std::string lang = Str(e, "/Lang");
        r.structure.push_back(lang.empty() ? role : role + "[" + lang + "]");
        if (!IsStandardType(role) && !(role_map && role_map->has("/" + role)))
          find("02-001: structure type " + role + " is not standard and not role-mapped");
        if (role == "Figure") {
          ++r.figures;
          if (Str(e, "/Alt").empty()) find("13-004: Figure " + self + " without /Alt");
        }
        if (role.size() == 2 && role[0] == 'H' &&
            std::isdigit(static_cast<unsigned char>(role[1]))) {
          levels.push_back(role[1] - '0');
          ++r.headings;
        }
        auto needs = [&](const std::set<std::string>& parents, const char* checkpoint) {
          if (!parents.count(parent_role))
            find(std::string(checkpoint) + ": " + role + " " + self + " inside " + parent_role);
        };
        if (role == "TR") needs({"Table", "THead", "TBody", "TFoot"}, "09-004");
        if (role == "TH" || role == "TD") needs({"TR"}, "09-004");
        if (role == "THead" || role == "TBody" || role == "TFoot") needs({"Table"}, "09-004");
        if (role == "LI") needs({"L"}, "09-005");
        if (role == "Lbl" || role == "LBody") needs({"LI"}, "09-005");
        if (role == "TOCI") needs({"TOC"}, "09-006");
        if (role == "TH") {
          Object::Ptr a = objs.Dict(e->get("/A"));
          if (!a || Str(a, "/Scope").empty()) find("15-003: TH " + self + " without /Scope");
        }
        if (role == "Table") {
          ++r.tables;
          int th = 0;
          std::function<void(const Var&)> count = [&](const Var& k) {
            Object::Ptr d = objs.Dict(k);
            if (!d || !d->has("/S")) return;
            if (Str(d, "/S") == "/TH") ++th;
            Var kk = d->get("/K");
            if (Array::Ptr arr = objs.List(kk)) {
              for (size_t i = 0; i < arr->size(); ++i) count(arr->get(i));
            } else {
              count(kk);
            }
          };
          count(ref);
          if (th == 0) find("UA1 7.5: Table " + self + " has no TH cells");
        }
        std::string pg = e->has("/Pg") ? e->get("/Pg").toString() : page;
        auto kid = [&](const Var& k) {
          if (k.isInteger()) {
            int mcid = k.convert<int>();
            tree_mcids.insert({pg, mcid});
            auto it = mcid_owner.find({pg, mcid});
            if (it != mcid_owner.end() && it->second != self)
              find("UA1 7.1 (ParentTree): MCID " + std::to_string(mcid) + " of " + self +
                   " is owned by " + it->second);
            return;
          }
          Object::Ptr d = objs.Dict(k);
          if (d && Str(d, "/Type") == "/OBJR") {
            objr_seen[self].insert(d->get("/Obj").toString());
            return;
          }
          if (d && Str(d, "/Type") == "/MCR") {
            std::string mpg = d->has("/Pg") ? d->get("/Pg").toString() : pg;
            int mcid = d->getValue<int>("/MCID");
            tree_mcids.insert({mpg, mcid});
            auto it = mcid_owner.find({mpg, mcid});
            if (it != mcid_owner.end() && it->second != self)
              find("UA1 7.1 (ParentTree): MCID " + std::to_string(mcid) + " of " + self +
                   " is owned by " + it->second);
          } else if (d && d->has("/S")) {
            walk(k, role, pg);
          }
        };
        Var k = e->get("/K");
        if (Array::Ptr arr = objs.List(k)) {
          for (size_t i = 0; i < arr->size(); ++i) kid(arr->get(i));
        } else if (!k.isEmpty()) {
          kid(k);
        }
      };
  Var top = root->get("/K");
  if (Array::Ptr arr = objs.List(top)) {
    for (size_t i = 0; i < arr->size(); ++i) walk(arr->get(i), "StructTreeRoot", "");
  } else {
    walk(top, "StructTreeRoot", "");
  }
  for (const auto& m : content_mcids) {
    if (!tree_mcids.count(m))
      find("UA1 7.1 (ParentTree): MCID " + std::to_string(m.second) + " on " + m.first +
           " belongs to no element");
  }
  for (const auto& m : tree_mcids) {
    if (!content_mcids.count(m))
      find("UA1 7.1: the tree names MCID " + std::to_string(m.second) + " on " + m.first +
           ", which the page lacks");
  }
  for (const auto& [elem, annots] : linked_annots) {
    for (const std::string& a : annots) {
      if (!objr_seen[elem].count(a))
        find("UA1 7.18.2 (ParentTree): annotation " + a + " is not among the kids of " + elem);
    }
  }
  if (!levels.empty() && levels.front() != 1)
    find("14-002: the first heading is H" + std::to_string(levels.front()));
  for (size_t i = 1; i < levels.size(); ++i) {
    if (levels[i] > levels[i - 1] + 1) {
      find("14-003: H" + std::to_string(levels[i]) + " follows H" + std::to_string(levels[i - 1]));
    }
  }
  return r;
}

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_E2E_PDF_UA_CHECK_H_
