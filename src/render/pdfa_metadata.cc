// The XMP packet is written by hand: it is a fixed shape with a handful of
// values, and a library would add a dependency for twenty lines of text.
// It stays uncompressed so that archive tools can find it without a PDF
// parser (PDF/A recommends it).
#include "render/pdfa_metadata.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <cstdint>
#include <iterator>
#include <vector>

#include "render/pdf_archival.h"
#include "util/file.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

std::string XmlEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A language alternative (dc:title, dc:description) with only x-default.
std::string LangAlt(const char* name, const std::string& value) {
  if (value.empty()) return "";
  return std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         XmlEscape(value) + "</rdf:li></rdf:Alt></" + name + ">\n";
}

std::string Simple(const char* name, const std::string& value) {
  if (value.empty()) return "";
  return std::string("   <") + name + ">" + XmlEscape(value) + "</" + name + ">\n";
}

// Two 64-bit FNV-1a hashes of the metadata: a file identifier that is the
// same for the same report (output stays reproducible).
std::vector<HPDF_BYTE> FileId(const DocumentMetadata& m) {
  std::string all =
      m.title + '\n' + m.author + '\n' + m.subject + '\n' + m.create_date + '\n' + m.keywords;
  std::vector<HPDF_BYTE> id;
  for (uint64_t seed : {0xcbf29ce484222325ull, 0x84222325cbf29ce4ull}) {
    uint64_t h = seed;
    for (unsigned char c : all) h = (h ^ c) * 0x100000001b3ull;
    for (int k = 0; k < 8; ++k) id.push_back(static_cast<HPDF_BYTE>(h >> (8 * k)));
  }
  return id;
}

}  // namespace

std::string XmpPacket(const DocumentMetadata& m) {
  std::string out =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  out += LangAlt("dc:title", m.title);
  if (!m.author.empty()) {
    out += "   <dc:creator><rdf:Seq><rdf:li>" + XmlEscape(m.author) +
           "</rdf:li></rdf:Seq></dc:creator>\n";
  }
  out += LangAlt("dc:description", m.subject);
  if (!m.language.empty()) {
    out += "   <dc:language><rdf:Bag><rdf:li>" + XmlEscape(m.language) +
           "</rdf:li></rdf:Bag></dc:language>\n";
  }
  out += Simple("pdf:Keywords", m.keywords);
  out += Simple("pdf:Producer", m.producer);
  out += Simple("xmp:CreatorTool", m.creator);
  out += Simple("xmp:CreateDate", m.create_date);
  out +=
      "   <pdfaid:part>2</pdfaid:part>\n"
      "   <pdfaid:conformance>B</pdfaid:conformance>\n"
      "   <pdfuaid:part>1</pdfuaid:part>\n"
      "  </rdf:Description>\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
      "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
      "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
      "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
      "    <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\n"
      "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
      "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
      "     <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\n"
      "     <pdfaProperty:name>part</pdfaProperty:name>\n"
      "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
      "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
      "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
      "  </rdf:Description>\n"
      " </rdf:RDF>\n"
      "</x:xmpmeta>\n"
      "<?xpacket end=\"w\"?>\n";
  return out;
}

HPDF_STATUS AddXmpMetadata(HPDF_Doc pdf, const DocumentMetadata& meta) {
  pdf->pdf_version = HPDF_VER_17;
  HPDF_Dict xmp = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (xmp == nullptr) return HPDF_FAILD_TO_ALLOC_MEM;
  xmp->filter = HPDF_STREAM_FILTER_NONE;
  HPDF_Dict_AddName(xmp, "Type", "Metadata");
  HPDF_Dict_AddName(xmp, "Subtype", "XML");
  std::string packet = XmpPacket(meta);
  HPDF_STATUS rc = HPDF_Stream_Write(xmp->stream, reinterpret_cast<const HPDF_BYTE*>(packet.data()),
                                     static_cast<HPDF_UINT>(packet.size()));
  if (rc != HPDF_OK) return rc;
  HPDF_Dict_Add(pdf->catalog, "Metadata", xmp);
  // PDF/A wants a file identifier in the trailer; libharu writes one only
  // for encrypted files.
  std::vector<HPDF_BYTE> id = FileId(meta);
  HPDF_Array ids = HPDF_Array_New(pdf->mmgr);
  HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, id.data(), static_cast<HPDF_UINT>(id.size())));
  HPDF_Array_Add(ids, HPDF_Binary_New(pdf->mmgr, id.data(), static_cast<HPDF_UINT>(id.size())));
  return HPDF_Dict_Add(pdf->trailer, "ID", ids);
}

bool IsRgbIccProfile(const std::string& bytes) {
  // An ICC header is 128 bytes: bytes 16-19 name the colour space, 36-39
  // hold the signature "acsp".
  return bytes.size() >= 128 && bytes.compare(16, 4, "RGB ") == 0 &&
         bytes.compare(36, 4, "acsp") == 0;
}

Status AddSrgbOutputIntent(HPDF_Doc pdf, const std::string& icc_path) {
  Result<std::string> bytes = ReadFile(icc_path);
  if (!bytes.ok())
    return Status::Render(CliWords().Format("cli.render.icc.read", {{"path", icc_path}}));
  const std::string& icc = *bytes;
  if (!IsRgbIccProfile(icc)) {
    return Status::Render(CliWords().Format("cli.render.icc.not_rgb", {{"path", icc_path}}));
  }
  HPDF_Dict profile = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
  if (profile == nullptr) return Status::Render(CliWords()("cli.render.icc.memory"));
  profile->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Dict_AddNumber(profile, "N", 3);
  HPDF_Stream_Write(profile->stream, reinterpret_cast<const HPDF_BYTE*>(icc.data()),
                    static_cast<HPDF_UINT>(icc.size()));
  HPDF_Dict intent = HPDF_Dict_New(pdf->mmgr);
  HPDF_Dict_AddName(intent, "Type", "OutputIntent");
  HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add(intent, "OutputConditionIdentifier",
                HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
  HPDF_Dict_Add(intent, "RegistryName",
                HPDF_String_New(pdf->mmgr, "http://www.color.org", nullptr));
  HPDF_Dict_Add(intent, "DestOutputProfile", profile);
  HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
  HPDF_Array_Add(intents, intent);
  HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
  return Status::Ok();
}

}  // namespace ankerbericht
