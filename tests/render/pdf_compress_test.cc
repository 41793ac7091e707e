// The renderer deflates the large streams itself, on a second core while it
// still draws (render/pdf_compress.h): the file must have the same bytes as
// when libharu deflates them one after another while it writes.
#include "render/pdf_compress.h"

#include <gtest/gtest.h>
#include <hpdf.h>

#include <string>
#include <vector>

#include "render/pdf_fonts.h"
#include "render/pdf_renderer.h"

namespace ankerbericht {
namespace {

// A document of |pages| pages, each with enough text for a stream worth a
// thread; |open_text| leaves the last page inside a text object.
class Doc {
 public:
  Doc(int pages, bool open_text, bool compress = true) : pdf_(HPDF_New(nullptr, nullptr)) {
    HPDF_SetCompressionMode(pdf_, compress ? HPDF_COMP_ALL : HPDF_COMP_NONE);
    HPDF_UseUTFEncodings(pdf_);
    font_ = LoadUtf8TrueType(pdf_, PdfOptions().regular_font.c_str());
    for (int p = 0; p < pages; ++p) {
      HPDF_Page page = HPDF_AddPage(pdf_);
      pages_.push_back(page);
      HPDF_Page_SetFontAndSize(page, font_, 9);
      for (int line = 0; line < 300; ++line) {
        HPDF_Page_BeginText(page);
        HPDF_Page_TextOut(
            page, 40, 800 - 2.5f * line,
            ("Zeile " + std::to_string(line) + " – Größe, Seite " + std::to_string(p + 1)).c_str());
        if (!(open_text && p == pages - 1 && line == 299)) HPDF_Page_EndText(page);
      }
    }
  }
  ~Doc() { HPDF_Free(pdf_); }

  HPDF_Doc pdf() const { return pdf_; }
  HPDF_Font font() const { return font_; }
  const std::vector<HPDF_Page>& pages() const { return pages_; }

  // One more line on page |p|.
  void DrawMore(size_t p) {
    HPDF_Page_BeginText(pages_[p]);
    HPDF_Page_TextOut(pages_[p], 40, 20, "Nachtrag");
    HPDF_Page_EndText(pages_[p]);
  }

  std::string Save() {
    if (HPDF_SaveToStream(pdf_) != HPDF_OK) return "";
    std::string bytes(HPDF_GetStreamSize(pdf_), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    HPDF_ReadFromStream(pdf_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
    bytes.resize(size);
    return bytes;
  }

 private:
  HPDF_Doc pdf_;
  HPDF_Font font_ = nullptr;
  std::vector<HPDF_Page> pages_;
};

TEST(PdfCompressTest, TheFileHasTheBytesLibharuWrites) {
  Doc ours(5, false), theirs(5, false);
  StreamDeflater deflater;
  for (HPDF_Page page : ours.pages()) deflater.AddPage(page);
  HPDF_Dict program = MakeFontProgram(ours.font());
  ASSERT_NE(program, nullptr);
  ASSERT_NE(MakeFontProgram(theirs.font()), nullptr);
  deflater.Add(program);
  ASSERT_EQ(deflater.Finish(), HPDF_OK);
  // The pages' content and the font program are deflated already.
  EXPECT_EQ(program->filter, static_cast<HPDF_UINT>(HPDF_STREAM_FILTER_NONE));
  const std::string bytes = ours.Save();
  ASSERT_GT(bytes.size(), 10000u);
  EXPECT_EQ(bytes, theirs.Save());
  EXPECT_NE(bytes.find("/Filter [ /FlateDecode ]"), std::string::npos);
}

TEST(PdfCompressTest, APageLibharuStillWritesToIsLeftToLibharu) {
  Doc ours(2, true), theirs(2, true);
  StreamDeflater deflater;
  for (HPDF_Page page : ours.pages()) deflater.AddPage(page);
  ASSERT_EQ(deflater.Finish(), HPDF_OK);
  const std::string bytes = ours.Save();
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes, theirs.Save());
}

TEST(PdfCompressTest, AStreamDrawnIntoAfterItWasAddedIsLeftToLibharu) {
  Doc ours(3, false), theirs(3, false);
  StreamDeflater deflater;
  for (HPDF_Page page : ours.pages()) deflater.AddPage(page);
  ours.DrawMore(1);
  theirs.DrawMore(1);
  ASSERT_EQ(deflater.Finish(), HPDF_OK);
  const std::string bytes = ours.Save();
  EXPECT_EQ(bytes, theirs.Save());
  EXPECT_NE(bytes.find("/Filter [ /FlateDecode ]"), std::string::npos);  // pages 1 and 3
}

TEST(PdfCompressTest, NothingToDoWithoutCompression) {
  Doc doc(1, false, false);
  StreamDeflater deflater;
  deflater.AddPage(doc.pages()[0]);
  EXPECT_EQ(deflater.Finish(), HPDF_OK);
  EXPECT_NE(doc.Save().find("Tj"), std::string::npos);  // the content as it was drawn
}

TEST(PdfCompressTest, ADeflaterLeftUnfinishedChangesNothing) {
  Doc ours(2, false), theirs(2, false);
  {
    StreamDeflater deflater;
    for (HPDF_Page page : ours.pages()) deflater.AddPage(page);
  }  // an error before saving: the deflater goes, the document stays as drawn
  EXPECT_EQ(ours.Save(), theirs.Save());
}

}  // namespace
}  // namespace ankerbericht
