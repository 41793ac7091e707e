#include "render/pdf_fonts.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <vector>

namespace ankerbericht {
namespace {

constexpr uint32_t kCodes = 0x10000;  // two-byte codes: the Basic Multilingual Plane

// The glyph of every two-byte code, as HPDF_TTFontDef_GetGlyphid finds it
// (the first segment whose end is not below the code; none before its
// start), or empty when the character map is not one this can read the same
// way (then libharu searches as it always did). One pass over the segments
// instead of one search per code: 65,536 searches were most of a font's cost.
std::vector<HPDF_UINT16> GlyphOfEveryCode(HPDF_FontDef def) {
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  const HPDF_TTF_CmapRange& cmap = attr->cmap;
  const uint32_t segments = cmap.seg_count_x2 / 2u;
  if (cmap.format != 4 || segments == 0 || cmap.end_count[segments - 1] != 0xFFFF) return {};
  std::vector<HPDF_UINT16> glyphs(kCodes, 0);
  uint32_t next = 0;  // codes below belong to an earlier segment
  for (uint32_t i = 0; i < segments; ++i) {
    const uint32_t end = cmap.end_count[i];
    if (end < next) continue;
    for (uint32_t code = std::max<uint32_t>(next, cmap.start_count[i]); code <= end; ++code) {
      // Segments that go through the glyph id array are few and short; for
      // them libharu's own lookup is exact (bounds and all) and cheap enough.
      glyphs[code] = cmap.id_range_offset[i] == 0
                         ? static_cast<HPDF_UINT16>(code + cmap.id_delta[i])
                         : HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(code));
    }
    next = end + 1;
  }
  return glyphs;
}

}  // namespace

HPDF_Font LoadUtf8TrueType(HPDF_Doc pdf, const char* path) {
  const char* name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
  if (name == nullptr || HPDF_GetError(pdf) != HPDF_OK) return nullptr;
  HPDF_FontDef def = HPDF_Doc_FindFontDef(pdf, name);
  std::vector<HPDF_UINT16> glyphs;
  if (def != nullptr && def->type == HPDF_FONTDEF_TYPE_TRUETYPE) glyphs = GlyphOfEveryCode(def);
  if (glyphs.empty()) return HPDF_GetFont(pdf, name, "UTF-8");
  // While libharu makes the font, the character map is one segment over all
  // codes that reads |glyphs| (the offset leads from the segment's entry to
  // the first element of the glyph id array): each code's glyph is found at
  // once, and the same as before. The font's own map is back right after.
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  const HPDF_TTF_CmapRange original = attr->cmap;
  HPDF_UINT16 end = 0xFFFF, start = 0, range_offset = 2;
  HPDF_INT16 delta = 0;
  attr->cmap.seg_count_x2 = 2;
  attr->cmap.end_count = &end;
  attr->cmap.start_count = &start;
  attr->cmap.id_delta = &delta;
  attr->cmap.id_range_offset = &range_offset;
  attr->cmap.glyph_id_array = glyphs.data();
  attr->cmap.glyph_id_array_count = kCodes;
  HPDF_Font font = HPDF_GetFont(pdf, name, "UTF-8");
  attr->cmap = original;
  return font;
}

HPDF_STATUS KeepOnlyDrawnCharacters(HPDF_Doc pdf, HPDF_Font font, const std::set<uint32_t>& drawn) {
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (attr == nullptr || attr->type != HPDF_FONT_TYPE0_TT || attr->descendant_font == nullptr ||
      attr->map_stream == nullptr || attr->map_stream->stream == nullptr) {
    return HPDF_INVALID_OBJECT;
  }
  HPDF_FontDef def = attr->fontdef;
  std::vector<HPDF_UINT16> codes;
  // libharu draws a character beyond two bytes as a space.
  codes.push_back(0x20);
  for (uint32_t c : drawn) {
    if (c < kCodes && c != 0x20) codes.push_back(static_cast<HPDF_UINT16>(c));
  }
  std::sort(codes.begin(), codes.end());

  // W: [first [w w ...] first [w ...]] over runs of consecutive codes whose
  // width is not the default (DW), as libharu writes it for all codes.
  HPDF_Array widths = HPDF_Array_New(pdf->mmgr);
  if (widths == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  std::vector<HPDF_BYTE> map(2 * (static_cast<size_t>(codes.back()) + 1), 0);
  HPDF_Array run = nullptr;
  uint32_t previous = 0;
  HPDF_STATUS rc = HPDF_OK;
  for (HPDF_UINT16 code : codes) {
    const HPDF_UINT16 glyph = HPDF_TTFontDef_GetGlyphid(def, code);
    map[2 * code] = static_cast<HPDF_BYTE>(glyph >> 8);
    map[2 * code + 1] = static_cast<HPDF_BYTE>(glyph & 0xFF);
    const HPDF_INT16 width = HPDF_TTFontDef_GetGidWidth(def, glyph);
    if (width == def->missing_width) {
      run = nullptr;
      continue;
    }
    if (run == nullptr || code != previous + 1) {
      run = HPDF_Array_New(pdf->mmgr);
      if (run == nullptr) rc = HPDF_FAILD_TO_ALLOC_MEM;
      if (rc == HPDF_OK) rc = HPDF_Array_AddNumber(widths, code);
      if (rc == HPDF_OK) rc = HPDF_Array_Add(widths, run);
    }
    if (rc == HPDF_OK) rc = HPDF_Array_AddNumber(run, width);
    if (rc != HPDF_OK) {
      HPDF_Array_Free(widths);
      return rc;
    }
    previous = code;
  }
  HPDF_Dict_RemoveElement(attr->descendant_font, "W");
  rc = HPDF_Dict_Add(attr->descendant_font, "W", widths);  // frees |widths| if it fails
  if (rc != HPDF_OK) return rc;

  // CIDToGIDMap: two bytes per code up to the highest drawn, zero (the
  // missing glyph) for codes no text uses.
  HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, HPDF_STREAM_BUF_SIZ);
  if (stream == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  rc = HPDF_Stream_Write(stream, map.data(), static_cast<HPDF_UINT>(map.size()));
  if (rc != HPDF_OK) {
    HPDF_Stream_Free(stream);
    return rc;
  }
  HPDF_Stream_Free(attr->map_stream->stream);
  attr->map_stream->stream = stream;
  return HPDF_OK;
}

}  // namespace ankerbericht
