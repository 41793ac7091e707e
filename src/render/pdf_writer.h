// The PDF writer: owns one libharu document while it is made (fonts, text
// measuring, document info, painting of the laid-out pages, bookmarks, links,
// the tagged-PDF and PDF/A parts, saving). Only the files of the PDF renderer
// use this (pdf_writer.cc, pdf_paint.cc, pdf_renderer.cc).
#ifndef ANKERBERICHT_RENDER_PDF_WRITER_H_
#define ANKERBERICHT_RENDER_PDF_WRITER_H_

#include <hpdf.h>

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "render/pdf_archival.h"
#include "render/pdf_compress.h"
#include "render/pdf_layout.h"
#include "render/pdf_renderer.h"
#include "render/pdf_tagging.h"
#include "render/struct_tree.h"
#include "util/status.h"

namespace ankerbericht {

// libharu reports errors through a callback. We only record the first one and
// check it after every step: throwing or longjmp-ing through C code is not
// safe, and later errors are usually consequences of the first.
struct ErrorLog {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void RecordError(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) noexcept;

// The first error recorded, in words, with libharu's code and detail.
std::string Describe(const ErrorLog& log);

// Owns the libharu document, the two fonts and the error log.
class PdfWriter {
 public:
  PdfWriter() : pdf_(HPDF_New(RecordError, &errors_)) {}
  ~PdfWriter() {
    if (pdf_) HPDF_Free(pdf_);
  }
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  // Loads the fonts: the document's own pair if given and usable (otherwise
  // a warning in |warnings| and the options' fonts), else the options' fonts.
  Status Setup(const PdfOptions& options, const DocumentInfo& info, std::vector<Status>* warnings);
  Status SetInfo(const DocumentInfo& info, const Date& created);
  double Measure(std::string_view text, FontStyle style, double size) const;
  // From now on Paint puts each operation into the marked content of its
  // tag, an element of |structure| (which must outlive the writer).
  void StartTagging(const StructTree& structure) {
    tagger_ = std::make_unique<PdfTagger>(pdf_, structure);
  }
  Status Paint(const PageLayout& layout);
  // The tagged-PDF and PDF/A parts that need the whole document: structure
  // tree (if tagging was started), ToUnicode maps
  // of the characters drawn, XMP metadata, and the sRGB output intent from
  // |icc_profile| (a warning, not an error, when it cannot be read).
  Status FinishArchival(const std::string& icc_profile, std::vector<Status>* warnings);
  // One outline entry per bookmark of the pages painted, nested by level.
  Status AddOutlines(const std::vector<PageLayout>& layouts);
  // A link annotation (invisible, tagged as its Link element) for every
  // LinkArea of the pages painted: the table of contents can be followed.
  Status AddLinks(const std::vector<PageLayout>& layouts);
  std::vector<Status> TakeImageWarnings() { return std::move(image_warnings_); }
  // Writes to |file|; errors name |target|, the file the user asked for.
  Status Save(const std::string& file, const std::string& target);

 private:
  Status Check(const std::string& what) const {
    if (errors_.code == HPDF_OK) return Status::Ok();
    return Status::Render(what + ": " + Describe(errors_));
  }
  HPDF_Font LoadFont(const std::string& path);
  void PaintText(HPDF_Page page, const TextOp& op);
  void PaintRect(HPDF_Page page, const RectOp& op);
  void PaintLine(HPDF_Page page, const LineOp& op);
  void PaintPath(HPDF_Page page, const PathOp& op);
  void PaintImage(HPDF_Page page, const ImageOp& op);
  HPDF_Image LoadImage(const std::string& path);
  Status LoadFontPair(const std::string& regular, const std::string& bold);
  HPDF_Font FontFor(FontStyle style) const { return style == FontStyle::kBold ? bold_ : regular_; }
  static uint32_t LibharuWidth(HPDF_Font font, std::string_view text);

  // Character widths (1/1000 em) of one font as libharu reports them, filled
  // as characters are first measured: an array for the alphabets of Europe,
  // a hash map for the rest.
  struct GlyphWidths {
    static constexpr uint32_t kUnknown = UINT32_MAX;
    std::vector<uint32_t> small = std::vector<uint32_t>(0x800, kUnknown);
    std::unordered_map<uint32_t, uint32_t> other;
  };

  ErrorLog errors_;  // declared before pdf_: HPDF_New already gets its address
  HPDF_Doc pdf_ = nullptr;
  HPDF_Font regular_ = nullptr;
  HPDF_Font bold_ = nullptr;
  std::vector<HPDF_Page> pages_;
  std::map<std::string, HPDF_Image> images_;  // nullptr: could not be loaded
  std::vector<Status> image_warnings_;
  mutable GlyphWidths glyph_widths_[2];  // regular, bold; Measure is logically const
  std::set<uint32_t> drawn_[2];          // characters painted: regular, bold (ToUnicode)
  DocumentMetadata meta_;                // as written into the Info dictionary (XMP)
  std::unique_ptr<PdfTagger> tagger_;    // null: untagged (FontMeasure)
  StreamDeflater deflater_;              // drawn pages deflate while the next are drawn
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_WRITER_H_
