// The embedded TrueType fonts of a PDF, made by libharu but without the
// work that grows with the size of the font file instead of the text drawn.
// libharu builds a UTF-8 font's glyph map and width table for all 65,536
// codes of the Basic Multilingual Plane, finding each code's glyph by a
// linear search through the font's character map (DejaVu: 193 segments),
// and writes both tables whole into every PDF (about 150 KB per font before
// compression). Only the PDF writer (pdf_writer.cc) uses this.
#ifndef ANKERBERICHT_RENDER_PDF_FONTS_H_
#define ANKERBERICHT_RENDER_PDF_FONTS_H_

#include <hpdf.h>

#include <cstdint>
#include <set>
#include <string>

namespace ankerbericht {

// Loads the TrueType file |path| for embedding (as a subset) and returns it
// as a font in libharu's UTF-8 encoding (HPDF_UseUTFEncodings must have been
// called), the same font HPDF_LoadTTFontFromFile and HPDF_GetFont give.
// Returns nullptr when libharu fails; its error handler then has the reason.
HPDF_Font LoadUtf8TrueType(HPDF_Doc pdf, const char* path);

// Cuts |font|'s width table (W) and glyph map (CIDToGIDMap) down to the
// characters |drawn| (Unicode values; those outside the Basic Multilingual
// Plane are ignored, as libharu draws them as spaces): each drawn character
// keeps the width and glyph libharu gave it, every other code is left out.
// Call it once, after the last page is painted and before saving. Returns
// HPDF_OK, or libharu's error code (the font is then unchanged or only its
// width table replaced; both are valid PDF).
HPDF_STATUS KeepOnlyDrawnCharacters(HPDF_Doc pdf, HPDF_Font font, const std::set<uint32_t>& drawn);

// Makes |font|'s embedded font program now, with the glyphs drawn so far,
// and returns its stream (the FontFile2 dictionary), or nullptr when |font|
// is no embedded TrueType font or libharu fails. libharu makes the program
// (and the font descriptor holding it) when it writes the font and then
// keeps both; call this after the last text is drawn. Unlike libharu's, the
// program leaves out the font's glyph names (a "post" table of format 3, as
// font subsetters write it): a PDF names its glyphs by number, and DejaVu's
// 6,000 names were 62 KB of every font program.
HPDF_Dict MakeFontProgram(HPDF_Font font);

// |ttf|, a TrueType font file, with its glyph names left out: a "post" table
// of format 2 (or 2.5) becomes its 32-byte header marked as format 3 (the
// bytes after it are left as they are, but no longer counted), the table's
// checksum and the font's checkSumAdjustment recomputed. Any other font, or
// one this cannot read, comes back unchanged. Pure.
std::string WithoutGlyphNames(std::string ttf);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_FONTS_H_
