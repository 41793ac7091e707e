#include "render/pdf_fonts.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "render/pdf_compress.h"

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

constexpr uint32_t kPostHeader = 32;  // a "post" table without glyph names

uint32_t ReadU32(const std::string& b, size_t at) {
  return (static_cast<uint32_t>(static_cast<uint8_t>(b[at])) << 24) |
         (static_cast<uint32_t>(static_cast<uint8_t>(b[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<uint8_t>(b[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<uint8_t>(b[at + 3]));
}

void WriteU32(std::string* b, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) (*b)[at + i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
}

// The TrueType checksum: the sum of big-endian 32-bit words, the last one
// padded with zeros.
uint32_t CheckSum(const std::string& b, size_t from, size_t length) {
  uint32_t sum = 0;
  for (size_t at = from; at < from + length; at += 4) {
    uint32_t word = 0;
    for (size_t i = 0; i < 4; ++i)
      word = (word << 8) | (at + i < from + length ? static_cast<uint8_t>(b[at + i]) : 0u);
    sum += word;
  }
  return sum;
}

// The table directory entry of |tag| in |font| (libharu's parsed copy).
HPDF_TTFTable* FindTable(HPDF_TTFontDefAttr font, const char* tag) {
  for (HPDF_UINT16 i = 0; i < font->offset_tbl.num_tables; ++i) {
    if (std::memcmp(font->offset_tbl.table[i].tag, tag, 4) == 0) return &font->offset_tbl.table[i];
  }
  return nullptr;
}

}  // namespace

std::string WithoutGlyphNames(std::string ttf) {
  if (ttf.size() < 12) return ttf;
  const uint32_t tables = (static_cast<uint8_t>(ttf[4]) << 8) | static_cast<uint8_t>(ttf[5]);
  if (ttf.size() < 12 + 16 * static_cast<size_t>(tables)) return ttf;
  size_t post = 0, head = 0;
  for (uint32_t i = 0; i < tables; ++i) {
    const size_t entry = 12 + 16 * i;
    const uint32_t offset = ReadU32(ttf, entry + 8), length = ReadU32(ttf, entry + 12);
    if (offset > ttf.size() || length > ttf.size() - offset) return ttf;
    if (ttf.compare(entry, 4, "post") == 0 && length >= kPostHeader) post = entry;
    if (ttf.compare(entry, 4, "head") == 0 && length >= 12) head = entry;
  }
  if (post == 0 || head == 0) return ttf;
  const uint32_t at = ReadU32(ttf, post + 8);
  const uint32_t version = ReadU32(ttf, at);
  if (version != 0x00020000 && version != 0x00025000) return ttf;
  WriteU32(&ttf, at, 0x00030000);
  WriteU32(&ttf, post + 12, kPostHeader);
  WriteU32(&ttf, post + 4, CheckSum(ttf, at, kPostHeader));
  // checkSumAdjustment: the whole font then sums to 0xB1B0AFBA.
  const uint32_t adjustment = ReadU32(ttf, head + 8) + 8;
  WriteU32(&ttf, adjustment, 0);
  WriteU32(&ttf, adjustment, 0xB1B0AFBA - CheckSum(ttf, 0, ttf.size()));
  return ttf;
}

HPDF_Dict MakeFontProgram(HPDF_Font font) {
  if (font == nullptr || font->before_write_fn == nullptr) return nullptr;
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (attr == nullptr || attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef == nullptr ||
      attr->fontdef->type != HPDF_FONTDEF_TYPE_TRUETYPE) {
    return nullptr;
  }
  auto* def = static_cast<HPDF_TTFontDefAttr>(attr->fontdef->attr);
  if (def == nullptr || !def->embedding) return nullptr;
  const bool made_before = attr->fontdef->descriptor != nullptr;
  // libharu copies the glyph names with the rest of the table, four bytes
  // at a time from the font file: it is told the table is its header only.
  HPDF_TTFTable* post = made_before ? nullptr : FindTable(def, "post");
  const uint32_t post_length = post ? post->length : 0;
  if (post && post_length > kPostHeader) post->length = kPostHeader;
  const HPDF_STATUS rc = font->before_write_fn(font);
  if (post) post->length = post_length;
  if (rc != HPDF_OK || attr->fontdef->descriptor == nullptr) return nullptr;
  auto* program = static_cast<HPDF_Dict>(
      HPDF_Dict_GetItem(attr->fontdef->descriptor, "FontFile2", HPDF_OCLASS_DICT));
  if (program == nullptr || program->stream == nullptr || made_before || post == nullptr ||
      post_length <= kPostHeader) {
    return program;
  }
  // The header copied still says format 2: it becomes format 3.
  const std::string bytes = MemoryStreamBytes(program->stream);
  const std::string slim = WithoutGlyphNames(bytes);
  if (slim == bytes) return program;
  HPDF_MemStream_FreeData(program->stream);
  if (HPDF_Stream_Write(program->stream, reinterpret_cast<const HPDF_BYTE*>(slim.data()),
                        static_cast<HPDF_UINT>(slim.size())) != HPDF_OK) {
    return nullptr;
  }
  return program;
}

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
