// The document-level work of the PDF writer (pdf_writer.h): libharu's error
// log, loading the fonts, the document info, measuring text, bookmarks, links,
// the tagged-PDF and PDF/A parts, and saving. Painting the pages is in
// pdf_paint.cc.
#include "render/pdf_writer.h"

#include <hpdf.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "render/file_kinds.h"
#include "render/pdf_archival.h"
#include "render/pdf_fonts.h"
#include "render/tounicode.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

constexpr size_t kMaxInfoBytes = 2000;

// The strings-table keys of short names for the errors a report can
// realistically hit.
const char* ErrorKey(HPDF_STATUS code) {
  switch (code) {
    case HPDF_FAILD_TO_ALLOC_MEM:
      return "cli.render.libharu.out_of_memory";
    case HPDF_FILE_IO_ERROR:
      return "cli.render.libharu.file_io";
    case HPDF_FILE_OPEN_ERROR:
      return "cli.render.libharu.open_file";
    case HPDF_INVALID_FONTDEF_DATA:
      return "cli.render.libharu.font_data";
    case HPDF_INVALID_FONT_NAME:
      return "cli.render.libharu.font_name";
    case HPDF_INVALID_ENCODING_NAME:
      return "cli.render.libharu.encoding_name";
    case HPDF_TTF_CANNOT_EMBEDDING_FONT:
      return "cli.render.libharu.font_embedding";
    case HPDF_TTF_INVALID_CMAP:
      return "cli.render.libharu.font_cmap";
    case HPDF_TTF_INVALID_FOMAT:
      return "cli.render.libharu.not_truetype";
    case HPDF_TTF_MISSING_TABLE:
      return "cli.render.libharu.font_table";
    case HPDF_UNSUPPORTED_FONT_TYPE:
      return "cli.render.libharu.font_type";
    case HPDF_PAGE_INVALID_FONT:
      return "cli.render.libharu.page_font";
    case HPDF_PAGE_INVALID_GMODE:
      return "cli.render.libharu.graphics_mode";
    case HPDF_INVALID_DATE_TIME:
      return "cli.render.libharu.date";
    case HPDF_REAL_OUT_OF_RANGE:
      return "cli.render.libharu.number_range";
    case HPDF_STRING_OUT_OF_RANGE:
      return "cli.render.libharu.text_long";
    case HPDF_ZLIB_ERROR:
      return "cli.render.libharu.compression";
    default:
      return "cli.render.libharu.other";
  }
}

}  // namespace

void RecordError(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) noexcept {
  auto* log = static_cast<ErrorLog*>(user_data);
  if (log->code == HPDF_OK) {
    log->code = code;
    log->detail = detail;
  }
}

std::string Describe(const ErrorLog& log) {
  char code[32];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(log.code));
  return CliWords().Format("cli.render.libharu.error",
                           {{"what", CliWords().Get(ErrorKey(log.code))},
                            {"code", code},
                            {"detail", std::to_string(log.detail)}});
}

HPDF_Font PdfWriter::LoadFont(const std::string& path) {
  // Embedding is what makes the PDF look the same everywhere (and PDF/A-able).
  HPDF_Font font = LoadUtf8TrueType(pdf_, path.c_str());
  return errors_.code == HPDF_OK ? font : nullptr;
}

Status PdfWriter::LoadFontPair(const std::string& regular, const std::string& bold) {
  for (const std::string* path : {&regular, &bold}) {
    std::string problem = FontProblem(*path);
    if (!problem.empty()) return Status::Render(problem);
  }
  for (GlyphWidths& widths : glyph_widths_) widths = GlyphWidths();  // they were another font's
  regular_ = LoadFont(regular);
  ANKER_RETURN_IF_ERROR(Check(CliWords().Format("cli.render.load_font", {{"path", regular}})));
  bold_ = LoadFont(bold);
  ANKER_RETURN_IF_ERROR(Check(CliWords().Format("cli.render.load_font", {{"path", bold}})));
  if (regular_ == nullptr || bold_ == nullptr)
    return Status::Render(CliWords()("cli.render.load_fonts"));
  return Status::Ok();
}

Status PdfWriter::Setup(const PdfOptions& options, const DocumentInfo& info,
                        std::vector<Status>* warnings) {
  if (pdf_ == nullptr) return Status::Render(CliWords()("cli.render.create_document"));
  HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf_);
  // With UTF-8 as the current encoder the info strings are written as
  // Unicode, so "Größe" in the title survives.
  HPDF_SetCurrentEncoder(pdf_, "UTF-8");
  ANKER_RETURN_IF_ERROR(Check(CliWords()("cli.render.set_up")));
  if (!info.font_regular.empty() || !info.font_bold.empty()) {
    // A corporate font; a missing half is taken from the options.
    std::string regular = info.font_regular.empty() ? options.regular_font : info.font_regular;
    std::string bold = info.font_bold.empty() ? options.bold_font : info.font_bold;
    Status s = LoadFontPair(regular, bold);
    if (s.ok()) return s;
    if (warnings) {
      warnings->push_back(Status::Render(
          CliWords().Format("cli.render.font_fallback", {{"problem", s.message()},
                                                         {"regular", options.regular_font},
                                                         {"bold", options.bold_font}})));
    }
    // Fonts that failed inside libharu leave the error set: start clean.
    HPDF_ResetError(pdf_);
    errors_ = ErrorLog{};
    regular_ = bold_ = nullptr;
  }
  return LoadFontPair(options.regular_font, options.bold_font);
}

Status PdfWriter::SetInfo(const DocumentInfo& info, const Date& created) {
  auto set = [&](HPDF_InfoType type, const std::string& value) -> std::string {
    if (value.empty()) return "";
    // libharu rejects strings over 64 KB; nobody reads a title that long.
    // Cut before a character, not inside one.
    size_t cut = std::min(value.size(), kMaxInfoBytes);
    while (cut < value.size() && cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
      --cut;
    std::string text = SanitizeUtf8(std::string_view(value).substr(0, cut));
    HPDF_SetInfoAttr(pdf_, type, text.c_str());
    return text;
  };
  // The XMP packet repeats the Info values exactly (PDF/A 6.6.3).
  meta_.title = set(HPDF_INFO_TITLE, info.title);
  meta_.author = set(HPDF_INFO_AUTHOR, info.author);
  meta_.subject = set(HPDF_INFO_SUBJECT, info.subject);
  meta_.keywords = set(HPDF_INFO_KEYWORDS, info.keywords);
  meta_.creator = set(HPDF_INFO_CREATOR, info.creator);
  meta_.producer = set(HPDF_INFO_PRODUCER, "Haru Free PDF Library " HPDF_VERSION_TEXT);
  char iso[32];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT00:00:00Z", created.year(),
                static_cast<int>(created.month()), static_cast<int>(created.day()));
  meta_.create_date = iso;
  meta_.language = info.language;
  // The date comes from the options (not the clock) so output is reproducible.
  HPDF_Date date = {created.year(),
                    static_cast<HPDF_INT>(created.month()),
                    static_cast<HPDF_INT>(created.day()),
                    0,
                    0,
                    0,
                    'Z',
                    0,
                    0};
  HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, date);
  // The public API has no call for /Lang, but the catalog is a plain
  // dictionary; screen readers use the language to pick a voice.
  bool plain = !info.language.empty() && info.language.size() < 20;
  for (char c : info.language) {
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
  }
  if (plain) {
    HPDF_Dict_Add(pdf_->catalog, "Lang",
                  HPDF_String_New(pdf_->mmgr, info.language.c_str(), nullptr));
  }
  return Check(CliWords()("cli.render.set_info"));
}

// libharu finds a glyph's width by a linear search through the font's
// character map, for every character of every call, and the layout measures
// a lot of text. Each character is asked once per font and remembered: the
// width of a text is the sum of its characters' widths (libharu adds them up
// the same way; the fonts are set without kerning). Text that is not valid
// UTF-8 goes to libharu whole.
double PdfWriter::Measure(std::string_view text, FontStyle style, double size) const {
  if (text.empty()) return 0;
  HPDF_Font font = FontFor(style);
  GlyphWidths& widths = glyph_widths_[style == FontStyle::kBold ? 1 : 0];
  uint64_t total = 0;  // 1/1000 em
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t len = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
    uint32_t code = len == 1   ? lead
                    : len == 2 ? (lead & 0x1Fu)
                    : len == 3 ? (lead & 0x0Fu)
                               : (lead & 0x07u);
    bool valid = len != 0 && i + len <= text.size();
    for (size_t k = 1; valid && k < len; ++k) {
      const unsigned char c = static_cast<unsigned char>(text[i + k]);
      valid = (c & 0xC0) == 0x80;
      code = (code << 6) | (c & 0x3Fu);
    }
    if (!valid) return LibharuWidth(font, text) * size / 1000.0;
    uint32_t* known = nullptr;
    if (code < widths.small.size()) {
      known = &widths.small[code];
    } else {
      known = &widths.other.try_emplace(code, GlyphWidths::kUnknown).first->second;
    }
    if (*known == GlyphWidths::kUnknown) *known = LibharuWidth(font, text.substr(i, len));
    total += *known;
    i += len;
  }
  return static_cast<double>(total) * size / 1000.0;  // widths come in 1/1000 em
}

uint32_t PdfWriter::LibharuWidth(HPDF_Font font, std::string_view text) {
  HPDF_TextWidth tw = HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                          static_cast<HPDF_UINT>(text.size()));
  return tw.width;
}

Status PdfWriter::AddOutlines(const std::vector<PageLayout>& layouts) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
  // The chain of open outlines with their levels: a heading hangs below the
  // nearest shallower one (a level-3 heading right after a level 1 under that).
  std::vector<std::pair<int, HPDF_Outline>> open;
  bool any = false;
  for (size_t p = 0; p < layouts.size() && p < pages_.size(); ++p) {
    for (const Bookmark& b : layouts[p].bookmarks) {
      while (!open.empty() && open.back().first >= b.level) open.pop_back();
      HPDF_Outline parent = open.empty() ? nullptr : open.back().second;
      std::string title = SanitizeUtf8(b.text.substr(0, std::min(b.text.size(), kMaxInfoBytes)));
      HPDF_Outline outline = HPDF_CreateOutline(pdf_, parent, title.c_str(), utf8);
      if (outline == nullptr) return Check(CliWords()("cli.render.bookmarks"));
      HPDF_Destination dest = HPDF_Page_CreateDestination(pages_[p]);
      HPDF_Destination_SetFitH(dest, std::min(b.y + 8, layouts[p].height));
      HPDF_Outline_SetDestination(outline, dest);
      HPDF_Outline_SetOpened(outline, b.level <= 1 ? HPDF_TRUE : HPDF_FALSE);
      open.push_back({b.level, outline});
      any = true;
    }
  }
  if (any) HPDF_SetPageMode(pdf_, HPDF_PAGE_MODE_USE_OUTLINE);
  return Check(CliWords()("cli.render.bookmarks"));
}

Status PdfWriter::AddLinks(const std::vector<PageLayout>& layouts) {
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf_, "UTF-8");
  for (size_t p = 0; p < layouts.size() && p < pages_.size(); ++p) {
    for (const LinkArea& link : layouts[p].links) {
      if (link.target_page >= pages_.size()) continue;
      HPDF_Destination dest = HPDF_Page_CreateDestination(pages_[link.target_page]);
      HPDF_Destination_SetFitH(dest, std::min(link.target_y + 8, layouts[link.target_page].height));
      HPDF_Rect rect = {static_cast<HPDF_REAL>(link.x0), static_cast<HPDF_REAL>(link.y0),
                        static_cast<HPDF_REAL>(link.x1), static_cast<HPDF_REAL>(link.y1)};
      HPDF_Annotation annot = HPDF_Page_CreateLinkAnnot(pages_[p], rect, dest);
      if (annot == nullptr) return Check(CliWords()("cli.render.toc_links"));
      HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);  // the page looks as without the link
      // Printable (PDF/A 6.3.2) and described for screen readers (PDF/UA 7.18.1).
      HPDF_Dict_AddNumber(annot, "F", 4);
      std::string text =
          SanitizeUtf8(link.text.substr(0, std::min(link.text.size(), kMaxInfoBytes)));
      HPDF_Dict_Add(annot, "Contents", HPDF_String_New(pdf_->mmgr, text.c_str(), utf8));
      if (tagger_) tagger_->AddAnnotation(annot, p, link.tag);
    }
  }
  return Check(CliWords()("cli.render.toc_links"));
}

Status PdfWriter::FinishArchival(const std::string& icc_profile, std::vector<Status>* warnings) {
  if (tagger_ && tagger_->Finish() != HPDF_OK)
    return Check(CliWords()("cli.render.structure_tree"));
  ANKER_RETURN_IF_ERROR(Check(CliWords()("cli.render.structure_tree")));
  HPDF_Font fonts[2] = {regular_, bold_};
  for (int i = 0; i < 2; ++i) {
    // One font may serve both styles (a corporate pair of one file).
    std::set<uint32_t> chars = drawn_[i];
    if (fonts[0] == fonts[1]) chars.insert(drawn_[1 - i].begin(), drawn_[1 - i].end());
    if (ReplaceToUnicode(pdf_, fonts[i], ToUnicodeCMap(chars)) != HPDF_OK) {
      return Status::Render(CliWords()("cli.render.tounicode"));
    }
    // Widths and glyph map of the characters drawn only (libharu has them
    // for every code: about 150 KB per font to write and compress).
    if ((i == 0 || fonts[1] != fonts[0]) &&
        KeepOnlyDrawnCharacters(pdf_, fonts[i], chars) != HPDF_OK) {
      return Status::Render(CliWords()("cli.render.widths"));
    }
  }
  AddXmpMetadata(pdf_, meta_);
  ANKER_RETURN_IF_ERROR(Check(CliWords()("cli.render.xmp")));
  Status intent = AddSrgbOutputIntent(pdf_, icc_profile);
  if (!intent.ok() && warnings) {
    warnings->push_back(
        Status::Render(CliWords().Format("cli.render.not_pdfa", {{"problem", intent.message()}})));
  }
  return Check(CliWords()("cli.render.colour_profile"));
}

Status PdfWriter::Save(const std::string& file, const std::string& target) {
  // libharu writes into memory and we write the file: its own file writing
  // reports a full disk as "compression failed (libharu error 0x1066)", and
  // the errno behind a write is only known here.
  deflater_.Add(MakeFontProgram(regular_));
  if (bold_ != regular_) deflater_.Add(MakeFontProgram(bold_));
  HPDF_STATUS rc = deflater_.Finish();
  if (rc == HPDF_OK) rc = HPDF_SaveToStream(pdf_);
  ANKER_RETURN_IF_ERROR(Check(CliWords()("cli.render.save")));
  if (rc != HPDF_OK)
    return Status::Render(
        CliWords().Format("cli.render.save_status", {{"rc", std::to_string(rc)}}));
  std::string bytes(HPDF_GetStreamSize(pdf_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  rc = HPDF_ReadFromStream(pdf_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  // The whole stream in one read ends with HPDF_STREAM_EOF.
  if (rc != HPDF_OK && rc != HPDF_STREAM_EOF) {
    return Status::Render(
        CliWords().Format("cli.render.save_status", {{"rc", std::to_string(rc)}}));
  }
  errors_ = ErrorLog();  // the end of the stream is recorded as an error
  bytes.resize(size);
  return WritePdfBytes(file, bytes, target);
}

}  // namespace ankerbericht
