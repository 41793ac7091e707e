// The renderer makes its fonts without libharu's search per code
// (render/pdf_fonts.h) and keeps only the drawn characters in their tables.
// Both must give every drawn character the glyph and width libharu gives it.
#include "render/pdf_fonts.h"

#include <gtest/gtest.h>
#include <hpdf.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "render/pdf_renderer.h"
#include "render/tounicode.h"

namespace ankerbericht {
namespace {

// A UTF-8 document with one font of |file|, made by |load|.
class FontDoc {
 public:
  template <typename Load>
  FontDoc(const std::string& file, Load load) : pdf_(HPDF_New(nullptr, nullptr)) {
    HPDF_UseUTFEncodings(pdf_);
    font_ = load(pdf_, file.c_str());
  }
  ~FontDoc() { HPDF_Free(pdf_); }
  HPDF_Doc pdf() const { return pdf_; }
  HPDF_Font font() const { return font_; }
  HPDF_Dict cid_font() const { return static_cast<HPDF_FontAttr>(font_->attr)->descendant_font; }

  // The W array as code -> width (codes not in it have the default width).
  std::map<uint32_t, int> Widths() const {
    std::map<uint32_t, int> widths;
    auto w = static_cast<HPDF_Array>(HPDF_Dict_GetItem(cid_font(), "W", HPDF_OCLASS_ARRAY));
    for (HPDF_UINT i = 0; w != nullptr && i + 1 < HPDF_Array_Items(w); i += 2) {
      auto first = static_cast<HPDF_Number>(HPDF_Array_GetItem(w, i, HPDF_OCLASS_NUMBER));
      auto run = static_cast<HPDF_Array>(HPDF_Array_GetItem(w, i + 1, HPDF_OCLASS_ARRAY));
      for (HPDF_UINT k = 0; first != nullptr && run != nullptr && k < HPDF_Array_Items(run); ++k) {
        auto n = static_cast<HPDF_Number>(HPDF_Array_GetItem(run, k, HPDF_OCLASS_NUMBER));
        widths[first->value + k] = n->value;
      }
    }
    return widths;
  }

  // The CIDToGIDMap: two bytes per code.
  std::vector<uint8_t> GlyphMap() const {
    HPDF_Stream stream = static_cast<HPDF_FontAttr>(font_->attr)->map_stream->stream;
    std::vector<uint8_t> bytes(stream->size);
    HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET);
    HPDF_UINT size = static_cast<HPDF_UINT>(bytes.size());
    HPDF_Stream_Read(stream, bytes.data(), &size);
    bytes.resize(size);
    return bytes;
  }

 private:
  HPDF_Doc pdf_;
  HPDF_Font font_ = nullptr;
};

HPDF_Font LibharuFont(HPDF_Doc pdf, const char* file) {
  const char* name = HPDF_LoadTTFontFromFile(pdf, file, HPDF_TRUE);
  return name ? HPDF_GetFont(pdf, name, "UTF-8") : nullptr;
}

std::vector<std::string> FontFiles() {
  PdfOptions options;
  return {options.regular_font, options.bold_font};
}

TEST(PdfFontsTest, TablesForEveryCodeAreLibharusOwn) {
  for (const std::string& file : FontFiles()) {
    FontDoc libharu(file, LibharuFont);
    FontDoc fast(file, LoadUtf8TrueType);
    ASSERT_NE(libharu.font(), nullptr) << file;
    ASSERT_NE(fast.font(), nullptr) << file;
    EXPECT_EQ(libharu.GlyphMap(), fast.GlyphMap()) << file;
    EXPECT_EQ(libharu.Widths(), fast.Widths()) << file;
    EXPECT_GT(fast.Widths().size(), 1000u) << file;  // DejaVu has thousands of characters
  }
}

TEST(PdfFontsTest, DrawnCharactersKeepTheirGlyphsAndWidthsAndNothingElseStays) {
  std::set<uint32_t> drawn;
  AddCharacters("Größe „Jugendtreff“ – 1.234 € (±5 %) 協力 \xF0\x9F\x99\x82", &drawn);
  for (const std::string& file : FontFiles()) {
    FontDoc libharu(file, LibharuFont);
    FontDoc trimmed(file, LoadUtf8TrueType);
    ASSERT_EQ(KeepOnlyDrawnCharacters(trimmed.pdf(), trimmed.font(), drawn), HPDF_OK) << file;
    const std::vector<uint8_t> all = libharu.GlyphMap(), kept = trimmed.GlyphMap();
    const std::map<uint32_t, int> all_widths = libharu.Widths(), kept_widths = trimmed.Widths();
    ASSERT_EQ(kept.size(), 2u * (0x5354 + 1)) << file;  // up to 協 (U+5354)
    for (uint32_t code = 0; code < kept.size() / 2; ++code) {
      const bool is_drawn = drawn.count(code) > 0 || code == ' ';
      const uint32_t glyph = kept[2 * code] << 8 | kept[2 * code + 1];
      if (!is_drawn) {
        EXPECT_EQ(glyph, 0u) << file << " U+" << std::hex << code;
        EXPECT_EQ(kept_widths.count(code), 0u) << file << " U+" << std::hex << code;
        continue;
      }
      EXPECT_EQ(glyph, uint32_t{all[2 * code]} << 8 | all[2 * code + 1])
          << file << " U+" << std::hex << code;
      auto was = all_widths.find(code);
      auto is = kept_widths.find(code);
      ASSERT_EQ(was == all_widths.end(), is == kept_widths.end())
          << file << " U+" << std::hex << code;
      if (is != kept_widths.end()) EXPECT_EQ(was->second, is->second) << file;
    }
    EXPECT_NE(kept_widths.count(0xF6), 0u) << file;  // ö has its own width
  }
}

}  // namespace
}  // namespace ankerbericht
