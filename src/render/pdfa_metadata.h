// PDF/A-2b and PDF/UA-1 identification: the XMP metadata stream (which must
// say what the Info dictionary says) and the sRGB output intent.
#ifndef ANKERBERICHT_RENDER_PDFA_METADATA_H_
#define ANKERBERICHT_RENDER_PDFA_METADATA_H_

#include <string>

namespace ankerbericht {

// The values written both into the Info dictionary and the XMP packet,
// exactly as written (already sanitized and shortened).
struct DocumentMetadata {
  std::string title;        // Info /Title = dc:title
  std::string author;       // Info /Author = dc:creator
  std::string subject;      // Info /Subject = dc:description
  std::string keywords;     // Info /Keywords = pdf:Keywords
  std::string creator;      // Info /Creator = xmp:CreatorTool
  std::string producer;     // Info /Producer = pdf:Producer
  std::string create_date;  // xmp:CreateDate, "2026-11-21T00:00:00Z" (Info: D:20261121000000Z)
  std::string language;     // dc:language, "de"
};

// The XMP packet: Dublin Core, XMP basic and PDF properties from |meta|
// (empty values left out, text XML-escaped), pdfaid:part 2 with
// conformance B, pdfuaid:part 1, and the PDF/A extension schema that
// declares the pdfuaid namespace (PDF/A-2 6.6.2.3 asks for it).
std::string XmpPacket(const DocumentMetadata& meta);

// True if |bytes| start with an ICC profile header for RGB data (what a
// PDF/A output intent with /N 3 needs).
bool IsRgbIccProfile(const std::string& bytes);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDFA_METADATA_H_
