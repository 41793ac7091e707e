// The libharu half of the ToUnicode maps (tounicode.h) and the PDF/A
// identification (pdfa_metadata.h): what is written into the document
// through libharu's internal headers. Only the PDF writer (pdf_writer.h) uses this.
#ifndef ANKERBERICHT_RENDER_PDF_ARCHIVAL_H_
#define ANKERBERICHT_RENDER_PDF_ARCHIVAL_H_

#include <hpdf.h>

#include <string>

#include "render/pdfa_metadata.h"
#include "util/status.h"

namespace ankerbericht {

// Replaces the content of |font|'s ToUnicode stream with |cmap|, keeping the
// object (and its compression). Returns HPDF_OK, or an error code when the
// font has no ToUnicode stream or the stream cannot be written.
HPDF_STATUS ReplaceToUnicode(HPDF_Doc pdf, HPDF_Font font, const std::string& cmap);

// Attaches the XMP packet (uncompressed, /Type /Metadata /Subtype /XML) to
// the catalogue, sets the PDF version to 1.7 and adds a trailer /ID. Returns
// libharu's status.
HPDF_STATUS AddXmpMetadata(HPDF_Doc pdf, const DocumentMetadata& meta);

// Adds a /GTS_PDFA1 OutputIntent whose DestOutputProfile is the ICC profile
// read from |icc_path| (sRGB: three components). Fails with kRender when
// the file cannot be read ("cannot read the colour profile <path>") or is not
// an RGB ICC profile ("not an RGB ICC profile: <path>"), leaving the document
// without output intent.
Status AddSrgbOutputIntent(HPDF_Doc pdf, const std::string& icc_path);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_ARCHIVAL_H_
