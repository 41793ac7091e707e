// Draws a Document as a PDF (A4 pages or 16:9 slides) with libharu. This is the only part of
// ankerbericht that includes hpdf.h.
#ifndef ANKERBERICHT_RENDER_PDF_RENDERER_H_
#define ANKERBERICHT_RENDER_PDF_RENDERER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "document/document.h"
#include "render/pdf_layout.h"
#include "util/date.h"
#include "util/status.h"

namespace ankerbericht {

struct PdfOptions {
  // TrueType fonts to embed (as subsets). Defaults are Debian's DejaVu fonts.
  std::string regular_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::string bold_font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  // Written into the document info as creation date, so output is reproducible.
  Date creation_date;
  // The sRGB ICC profile of the PDF/A output intent (Debian icc-profiles-free),
  // read at run time like the fonts. Missing: a warning, and no PDF/A.
  std::string icc_profile = "/usr/share/color/icc/sRGB.icc";
};

// Renders |doc| into the PDF file |path|, replacing it. Fails with kRender
// (message names the libharu error) or kIOError when the file cannot be written;
// on failure no partial file is left at |path|.
Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path);

// The same; problems that do not stop the report are appended to |warnings|
// (may be null): a branding colour too light for charts on white paper (see
// BrandingColourWarning), a DocumentInfo font that is missing or not TrueType (the
// options' fonts, DejaVu by default, are used instead) and a logo that is
// missing or neither PNG nor JPEG (left out), and on slides what had to be
// left out or shortened to fit ("page 3: 2 bullets left out for lack of room").
Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path,
                 std::vector<Status>* warnings);

// Lays out the pages of a document that is not a Document (the paper forms
// of render/paper_form_renderer.h): given the renderer's text measure, it
// returns the pages and fills the structure tree for tagging.
struct StructTree;
using PageLayoutFn =
    std::function<std::vector<PageLayout>(const MeasureFn& measure, StructTree* structure)>;

// Renders the pages |layout| makes into |path| as RenderPdf does (fonts,
// tags, PDF/A, warnings); |info| gives title, language and fonts. Fails
// like RenderPdf.
Status RenderLaidOutPdf(const DocumentInfo& info, const PdfOptions& options,
                        const std::string& path, const PageLayoutFn& layout,
                        std::vector<Status>* warnings);

// Writes |bytes| to |file| (created or emptied, mode 0644): how a rendered PDF
// reaches the disk. Fails with kIOError naming |target| (the file the user
// asked for) and the reason in plain words: "cannot write report.pdf: disk
// full". Exposed so that tests can write to /dev/full.
Status WritePdfBytes(const std::string& file, std::string_view bytes, const std::string& target);

// Measures text with the options' fonts as the renderer does (the layout
// tests use it to check real text widths). Fails like RenderPdf on bad fonts.
Result<MeasureFn> FontMeasure(const PdfOptions& options);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_RENDERER_H_
