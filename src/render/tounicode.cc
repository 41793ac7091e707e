#include "render/tounicode.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdio>
#include <vector>

#include "render/pdf_archival.h"

namespace ankerbericht {

void AddCharacters(std::string_view utf8, std::set<uint32_t>* chars) {
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char lead = static_cast<unsigned char>(utf8[i]);
    const size_t len = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
    if (len == 0 || i + len > utf8.size()) {
      ++i;
      continue;
    }
    uint32_t code = len == 1   ? lead
                    : len == 2 ? (lead & 0x1Fu)
                    : len == 3 ? (lead & 0x0Fu)
                               : (lead & 0x07u);
    bool valid = true;
    for (size_t k = 1; k < len; ++k) {
      const unsigned char c = static_cast<unsigned char>(utf8[i + k]);
      valid = valid && (c & 0xC0) == 0x80;
      code = (code << 6) | (c & 0x3Fu);
    }
    if (valid) chars->insert(code);
    i += valid ? len : 1;
  }
}

std::string ToUnicodeCMap(const std::set<uint32_t>& chars) {
  std::vector<uint32_t> codes;
  for (uint32_t c : chars) {
    if (c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF)) codes.push_back(c);
  }
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char entry[32];
  for (size_t i = 0; i < codes.size(); i += 100) {
    size_t n = std::min<size_t>(100, codes.size() - i);
    out += std::to_string(n) + " beginbfchar\n";
    for (size_t k = i; k < i + n; ++k) {
      std::snprintf(entry, sizeof entry, "<%04X> <%04X>\n", codes[k], codes[k]);
      out += entry;
    }
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

HPDF_STATUS ReplaceToUnicode(HPDF_Doc pdf, HPDF_Font font, const std::string& cmap) {
  HPDF_Dict map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  if (map == nullptr || map->stream == nullptr) return HPDF_INVALID_OBJECT;
  // libharu's map carries the keys of an encoding CMap; a ToUnicode stream
  // needs none of them (all four are there: libharu 2.3 always writes them).
  for (const char* key : {"CIDSystemInfo", "CMapName", "Type", "WMode"})
    HPDF_Dict_RemoveElement(map, key);
  HPDF_Stream stream = HPDF_MemStream_New(pdf->mmgr, HPDF_STREAM_BUF_SIZ);
  if (stream == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  HPDF_STATUS rc = HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                                     static_cast<HPDF_UINT>(cmap.size()));
  if (rc != HPDF_OK) {
    HPDF_Stream_Free(stream);
    return rc;
  }
  HPDF_Stream_Free(map->stream);
  map->stream = stream;
  return HPDF_OK;
}

}  // namespace ankerbericht
