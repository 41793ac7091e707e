#include "render/pdfa_metadata.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "render/pdf_renderer.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

DocumentMetadata Sample() {
  DocumentMetadata m;
  m.title = "Halbjahresbericht Stadtlabor – 1. Halbjahr 2026";
  m.author = "Stadt Musterstadt";
  m.subject = "Bericht <Entwurf> & Anhang";
  m.creator = "ankerbericht";
  m.producer = "Haru Free PDF Library 2.3.0";
  m.create_date = "2026-11-21T00:00:00Z";
  m.language = "de";
  return m;
}

TEST(PdfaMetadataTest, XmpNamesTheStandardsAndRepeatsTheInfoValues) {
  std::string xmp = XmpPacket(Sample());
  EXPECT_NE(xmp.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos);
  EXPECT_NE(xmp.find("<pdfaid:conformance>B</pdfaid:conformance>"), std::string::npos);
  EXPECT_NE(xmp.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
  EXPECT_NE(xmp.find("<rdf:li xml:lang=\"x-default\">Halbjahresbericht Stadtlabor – 1. Halbjahr "
                     "2026</rdf:li>"),
            std::string::npos);
  EXPECT_NE(xmp.find("<dc:creator><rdf:Seq><rdf:li>Stadt Musterstadt</rdf:li>"), std::string::npos);
  EXPECT_NE(xmp.find("<xmp:CreateDate>2026-11-21T00:00:00Z</xmp:CreateDate>"), std::string::npos);
  EXPECT_NE(xmp.find("<rdf:Bag><rdf:li>de</rdf:li></rdf:Bag>"), std::string::npos);
  // The pdfuaid namespace is declared as a PDF/A extension schema.
  EXPECT_NE(xmp.find("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"), std::string::npos);
}

TEST(PdfaMetadataTest, TextIsEscapedAndEmptyValuesAreLeftOut) {
  DocumentMetadata m = Sample();
  m.keywords.clear();
  std::string xmp = XmpPacket(m);
  EXPECT_NE(xmp.find("Bericht &lt;Entwurf&gt; &amp; Anhang"), std::string::npos) << xmp;
  EXPECT_EQ(xmp.find("pdf:Keywords"), std::string::npos);
}

TEST(PdfaMetadataTest, OnlyAnRgbIccProfileWillDo) {
  std::string header(128, '\0');
  header.replace(16, 4, "RGB ");
  header.replace(36, 4, "acsp");
  EXPECT_TRUE(IsRgbIccProfile(header));
  std::string cmyk = header;
  cmyk.replace(16, 4, "CMYK");
  EXPECT_FALSE(IsRgbIccProfile(cmyk));
  EXPECT_FALSE(IsRgbIccProfile(header.substr(0, 100)));
  EXPECT_FALSE(IsRgbIccProfile("%PDF-1.7"));
}

TEST(PdfaMetadataTest, WithoutTheColourProfileTheReportIsWrittenWithAWarning) {
  testing::ScopedTempDir tmp;
  PdfOptions options;
  options.icc_profile = (tmp.path() / "missing.icc").string();
  Document doc;
  doc.blocks = {Paragraph{"Text"}};
  std::vector<Status> warnings;
  std::string out = (tmp.path() / "r.pdf").string();
  ASSERT_TRUE(RenderPdf(doc, options, out, &warnings).ok());
  EXPECT_TRUE(std::filesystem::exists(out));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].message().find("kein PDF/A"), std::string::npos) << warnings[0].message();
}

}  // namespace
}  // namespace ankerbericht
