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

#include "render/pdf_compress.h"
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

  // Draws |text| on a new page, so that its glyphs go into the font program.
  void Draw(const std::string& text) {
    HPDF_Page page = HPDF_AddPage(pdf_);
    HPDF_Page_SetFontAndSize(page, font_, 10);
    HPDF_Page_BeginText(page);
    HPDF_Page_TextOut(page, 50, 700, text.c_str());
    HPDF_Page_EndText(page);
  }

  // The font program as libharu makes it when it writes the font.
  std::string LibharusProgram() {
    if (font_->before_write_fn(font_) != HPDF_OK) return "";
    HPDF_Dict descriptor = static_cast<HPDF_FontAttr>(font_->attr)->fontdef->descriptor;
    auto* program =
        static_cast<HPDF_Dict>(HPDF_Dict_GetItem(descriptor, "FontFile2", HPDF_OCLASS_DICT));
    return program ? MemoryStreamBytes(program->stream) : "";
  }

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

// The tables of a TrueType file: tag -> (checksum in the directory, bytes).
std::map<std::string, std::pair<uint32_t, std::string>> Tables(const std::string& ttf) {
  auto u32 = [&](size_t at) {
    return uint32_t{static_cast<uint8_t>(ttf[at])} << 24 |
           uint32_t{static_cast<uint8_t>(ttf[at + 1])} << 16 |
           uint32_t{static_cast<uint8_t>(ttf[at + 2])} << 8 | static_cast<uint8_t>(ttf[at + 3]);
  };
  std::map<std::string, std::pair<uint32_t, std::string>> tables;
  const size_t count = static_cast<uint8_t>(ttf[4]) << 8 | static_cast<uint8_t>(ttf[5]);
  for (size_t i = 0; i < count; ++i) {
    const size_t entry = 12 + 16 * i;
    tables[ttf.substr(entry, 4)] = {u32(entry + 4), ttf.substr(u32(entry + 8), u32(entry + 12))};
  }
  return tables;
}

// The TrueType checksum of |bytes| (big-endian words, the last one padded).
uint32_t CheckSum(std::string bytes) {
  bytes.resize((bytes.size() + 3) / 4 * 4, '\0');
  uint32_t sum = 0;
  for (size_t at = 0; at < bytes.size(); at += 4) {
    sum += uint32_t{static_cast<uint8_t>(bytes[at])} << 24 |
           uint32_t{static_cast<uint8_t>(bytes[at + 1])} << 16 |
           uint32_t{static_cast<uint8_t>(bytes[at + 2])} << 8 | static_cast<uint8_t>(bytes[at + 3]);
  }
  return sum;
}

TEST(PdfFontsTest, TheFontProgramIsLibharusWithoutTheGlyphNames) {
  const std::string text = "Größe „Jugendtreff“ – 1.234 € (±5 %)";
  for (const std::string& file : FontFiles()) {
    FontDoc libharu(file, LoadUtf8TrueType);
    FontDoc slim(file, LoadUtf8TrueType);
    libharu.Draw(text);
    slim.Draw(text);
    const std::string theirs = libharu.LibharusProgram();
    HPDF_Dict program = MakeFontProgram(slim.font());
    ASSERT_NE(program, nullptr) << file;
    const std::string ours = MemoryStreamBytes(program->stream);
    // Made once: asked again, libharu keeps the program it has.
    EXPECT_EQ(MakeFontProgram(slim.font()), program) << file;
    auto length1 =
        static_cast<HPDF_Number>(HPDF_Dict_GetItem(program, "Length1", HPDF_OCLASS_NUMBER));
    ASSERT_NE(length1, nullptr) << file;
    EXPECT_EQ(static_cast<size_t>(length1->value), ours.size()) << file;

    const auto their_tables = Tables(theirs), our_tables = Tables(ours);
    ASSERT_EQ(their_tables.size(), our_tables.size()) << file;
    for (const auto& [tag, table] : our_tables) {
      if (tag == "head") continue;  // its checkSumAdjustment differs
      EXPECT_EQ(CheckSum(table.second), table.first) << file << " " << tag;
      if (tag != "post") EXPECT_EQ(table.second, their_tables.at(tag).second) << file << " " << tag;
    }
    // "post": libharu's header (format 2, with DejaVu's 6,000 glyph names
    // after it) as format 3, nothing after it.
    const std::string& post = our_tables.at("post").second;
    const std::string& their_post = their_tables.at("post").second;
    ASSERT_EQ(post.size(), 32u) << file;
    EXPECT_EQ(post.substr(0, 4), std::string("\0\3\0\0", 4)) << file;
    EXPECT_EQ(their_post.substr(0, 4), std::string("\0\2\0\0", 4)) << file;
    EXPECT_EQ(post.substr(4), their_post.substr(4, 28)) << file;
    EXPECT_GT(theirs.size(), ours.size() + 40000) << file;
  }
}

TEST(PdfFontsTest, FontsWithoutGlyphNamesOrUnreadableStayAsTheyAre) {
  EXPECT_EQ(WithoutGlyphNames(""), "");
  EXPECT_EQ(WithoutGlyphNames("not a font at all"), "not a font at all");
  // A directory promising more tables than the file holds.
  std::string truncated("\0\1\0\0\0\x09\0\0\0\0\0\0post", 16);
  EXPECT_EQ(WithoutGlyphNames(truncated), truncated);
  // Glyph names gone already: a program made without them stays the same.
  FontDoc doc(FontFiles()[0], LoadUtf8TrueType);
  doc.Draw("Stadtlabor");
  HPDF_Dict program = MakeFontProgram(doc.font());
  ASSERT_NE(program, nullptr);
  const std::string slim = MemoryStreamBytes(program->stream);
  EXPECT_EQ(WithoutGlyphNames(slim), slim);
}

}  // namespace
}  // namespace ankerbericht
