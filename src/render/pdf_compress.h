// Compression of a PDF's large streams on all processor cores. libharu
// deflates every stream one after another while it writes the file; for a
// report of 17 pages that is about 700 KB of page content and font data and a
// sixth of the time the whole report takes. Only the PDF writer
// (pdf_writer.cc) uses this.
#ifndef ANKERBERICHT_RENDER_PDF_COMPRESS_H_
#define ANKERBERICHT_RENDER_PDF_COMPRESS_H_

#include <hpdf.h>

#include <string>
#include <vector>

namespace ankerbericht {

// Deflates the content stream of every page of |pdf| and the streams
// |more| (the font programs: pdf_fonts.h, MakeFontProgram) now, side by
// side on as many threads as the machine has cores, with the settings
// libharu uses (zlib's default level): a stream gets the bytes libharu would
// have written. Call it right before saving, after the last drawing: a
// stream changed afterwards would be written half compressed. Streams
// libharu has not marked for compression, pages left inside a text or path
// object or a saved graphics state (libharu closes them while writing),
// small streams and a stream zlib could not deflate are left to libharu.
// Returns HPDF_OK, or libharu's error code when a stream could not be
// rewritten (the save then fails with it).
HPDF_STATUS CompressLargeStreams(HPDF_Doc pdf, const std::vector<HPDF_Dict>& more);

// The bytes of the memory stream |stream| (empty for any other stream),
// read without moving its reading position.
std::string MemoryStreamBytes(HPDF_Stream stream);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_COMPRESS_H_
