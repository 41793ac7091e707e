// Paints the pages from pdf_layout.h with libharu. Layout happens first and
// completely (so "Seite x von y" knows y); this file only talks to libharu:
// loading fonts, measuring text, drawing operations, saving.
#include "render/pdf_renderer.h"

#include <fcntl.h>
#include <hpdf.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <system_error>
#include <unordered_map>
#include <vector>

#include "render/file_kinds.h"
#include "render/pdf_archival.h"
#include "render/pdf_fonts.h"
#include "render/pdf_layout.h"
#include "render/pdf_tagging.h"
#include "render/struct_tree.h"
#include "render/tounicode.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

constexpr double kPi = 3.14159265358979323846;
constexpr size_t kMaxInfoBytes = 2000;

// libharu reports errors through a callback. We only record the first one and
// check it after every step: throwing or longjmp-ing through C code is not
// safe, and later errors are usually consequences of the first.
struct ErrorLog {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void RecordError(HPDF_STATUS code, HPDF_STATUS detail, void* user_data) noexcept {
  auto* log = static_cast<ErrorLog*>(user_data);
  if (log->code == HPDF_OK) {
    log->code = code;
    log->detail = detail;
  }
}

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

std::string Describe(const ErrorLog& log) {
  char code[32];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(log.code));
  return CliWords().Format("cli.render.libharu.error",
                           {{"what", CliWords().Get(ErrorKey(log.code))},
                            {"code", code},
                            {"detail", std::to_string(log.detail)}});
}

// Owns the libharu document, the two fonts and the error log.
class PdfWriter {
 public:
  PdfWriter() : pdf_(HPDF_New(RecordError, &errors_)) {}
  ~PdfWriter() {
    if (pdf_) HPDF_Free(pdf_);
  }
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  // Loads the fonts: the document's own pair if given and usable (otherwise
  // a warning in |warnings| and the options' fonts), else the options' fonts.
  Status Setup(const PdfOptions& options, const DocumentInfo& info, std::vector<Status>* warnings);
  Status SetInfo(const DocumentInfo& info, const Date& created);
  double Measure(std::string_view text, FontStyle style, double size) const;
  // From now on Paint puts each operation into the marked content of its
  // tag, an element of |structure| (which must outlive the writer).
  void StartTagging(const StructTree& structure) {
    tagger_ = std::make_unique<PdfTagger>(pdf_, structure);
  }
  Status Paint(const PageLayout& layout);
  // The tagged-PDF and PDF/A parts that need the whole document: structure
  // tree (if tagging was started), ToUnicode maps
  // of the characters drawn, XMP metadata, and the sRGB output intent from
  // |icc_profile| (a warning, not an error, when it cannot be read).
  Status FinishArchival(const std::string& icc_profile, std::vector<Status>* warnings);
  // One outline entry per bookmark of the pages painted, nested by level.
  Status AddOutlines(const std::vector<PageLayout>& layouts);
  // A link annotation (invisible, tagged as its Link element) for every
  // LinkArea of the pages painted: the table of contents can be followed.
  Status AddLinks(const std::vector<PageLayout>& layouts);
  std::vector<Status> TakeImageWarnings() { return std::move(image_warnings_); }
  // Writes to |file|; errors name |target|, the file the user asked for.
  Status Save(const std::string& file, const std::string& target);

 private:
  Status Check(const std::string& what) const {
    if (errors_.code == HPDF_OK) return Status::Ok();
    return Status::Render(what + ": " + Describe(errors_));
  }
  HPDF_Font LoadFont(const std::string& path);
  void PaintText(HPDF_Page page, const TextOp& op);
  void PaintRect(HPDF_Page page, const RectOp& op);
  void PaintLine(HPDF_Page page, const LineOp& op);
  void PaintPath(HPDF_Page page, const PathOp& op);
  void PaintImage(HPDF_Page page, const ImageOp& op);
  HPDF_Image LoadImage(const std::string& path);
  Status LoadFontPair(const std::string& regular, const std::string& bold);
  HPDF_Font FontFor(FontStyle style) const { return style == FontStyle::kBold ? bold_ : regular_; }
  static uint32_t LibharuWidth(HPDF_Font font, std::string_view text);

  // Character widths (1/1000 em) of one font as libharu reports them, filled
  // as characters are first measured: an array for the alphabets of Europe,
  // a hash map for the rest.
  struct GlyphWidths {
    static constexpr uint32_t kUnknown = UINT32_MAX;
    std::vector<uint32_t> small = std::vector<uint32_t>(0x800, kUnknown);
    std::unordered_map<uint32_t, uint32_t> other;
  };

  ErrorLog errors_;  // declared before pdf_: HPDF_New already gets its address
  HPDF_Doc pdf_ = nullptr;
  HPDF_Font regular_ = nullptr;
  HPDF_Font bold_ = nullptr;
  std::vector<HPDF_Page> pages_;
  std::map<std::string, HPDF_Image> images_;  // nullptr: could not be loaded
  std::vector<Status> image_warnings_;
  mutable GlyphWidths glyph_widths_[2];  // regular, bold; Measure is logically const
  std::set<uint32_t> drawn_[2];          // characters painted: regular, bold (ToUnicode)
  DocumentMetadata meta_;                // as written into the Info dictionary (XMP)
  std::unique_ptr<PdfTagger> tagger_;    // null: untagged (FontMeasure)
};

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

void PdfWriter::PaintText(HPDF_Page page, const TextOp& op) {
  if (op.text.empty()) return;
  AddCharacters(op.text, &drawn_[op.font == FontStyle::kBold ? 1 : 0]);
  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, FontFor(op.font), static_cast<HPDF_REAL>(op.size));
  HPDF_Page_SetRGBFill(page, op.color.r, op.color.g, op.color.b);
  if (op.angle_deg != 0) {
    double a = op.angle_deg * kPi / 180;
    HPDF_Page_SetTextMatrix(page, std::cos(a), std::sin(a), -std::sin(a), std::cos(a), op.x, op.y);
    HPDF_Page_ShowText(page, op.text.c_str());
  } else {
    HPDF_Page_TextOut(page, op.x, op.y, op.text.c_str());
  }
  HPDF_Page_EndText(page);
}

void PdfWriter::PaintRect(HPDF_Page page, const RectOp& op) {
  if (!op.fill && !op.stroke) return;
  if (op.fill) HPDF_Page_SetRGBFill(page, op.fill->r, op.fill->g, op.fill->b);
  if (op.stroke) {
    HPDF_Page_SetRGBStroke(page, op.stroke->r, op.stroke->g, op.stroke->b);
    HPDF_Page_SetLineWidth(page, op.line_width);
  }
  HPDF_Page_Rectangle(page, op.x, op.y, op.w, op.h);
  if (op.fill && op.stroke) {
    HPDF_Page_FillStroke(page);
  } else if (op.fill) {
    HPDF_Page_Fill(page);
  } else {
    HPDF_Page_Stroke(page);
  }
}

// Dash patterns are whole points in libharu; 0 means solid.
void SetDash(HPDF_Page page, double dash) {
  if (dash <= 0) {
    HPDF_Page_SetDash(page, nullptr, 0, 0);
    return;
  }
  HPDF_UINT16 pattern[2];
  pattern[0] = pattern[1] = static_cast<HPDF_UINT16>(std::clamp(std::lround(dash), 1L, 100L));
  HPDF_Page_SetDash(page, pattern, 2, 0);
}

void PdfWriter::PaintLine(HPDF_Page page, const LineOp& op) {
  HPDF_Page_SetRGBStroke(page, op.color.r, op.color.g, op.color.b);
  HPDF_Page_SetLineWidth(page, op.width);
  if (op.dash > 0) SetDash(page, op.dash);
  HPDF_Page_MoveTo(page, op.x1, op.y1);
  HPDF_Page_LineTo(page, op.x2, op.y2);
  HPDF_Page_Stroke(page);
  if (op.dash > 0) SetDash(page, 0);
}

void PdfWriter::PaintPath(HPDF_Page page, const PathOp& op) {
  bool fill = op.closed && op.fill;
  if (op.points.size() < 2 || (!fill && !op.stroke)) return;
  if (fill) HPDF_Page_SetRGBFill(page, op.fill->r, op.fill->g, op.fill->b);
  if (op.stroke) {
    HPDF_Page_SetRGBStroke(page, op.stroke->r, op.stroke->g, op.stroke->b);
    HPDF_Page_SetLineWidth(page, op.line_width);
    HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
    if (op.dash > 0) SetDash(page, op.dash);
  }
  HPDF_Page_MoveTo(page, op.points[0].x, op.points[0].y);
  for (size_t i = 1; i < op.points.size(); ++i)
    HPDF_Page_LineTo(page, op.points[i].x, op.points[i].y);
  if (op.closed) HPDF_Page_ClosePath(page);
  if (fill && op.stroke) {
    HPDF_Page_FillStroke(page);
  } else if (fill) {
    HPDF_Page_Fill(page);
  } else {
    HPDF_Page_Stroke(page);
  }
  if (op.stroke) {
    if (op.dash > 0) SetDash(page, 0);
    HPDF_Page_SetLineJoin(page, HPDF_MITER_JOIN);
  }
}

HPDF_Image PdfWriter::LoadImage(const std::string& path) {
  auto it = images_.find(path);
  if (it != images_.end()) return it->second;
  HPDF_Image image = nullptr;
  std::error_code ec;
  std::string kind = fs::is_regular_file(path, ec) ? ImageKind(path) : "";
  if (!fs::is_regular_file(path, ec)) {
    image_warnings_.push_back(
        Status::Render(CliWords().Format("cli.render.logo_missing", {{"path", path}})));
  } else if (kind.empty()) {
    image_warnings_.push_back(
        Status::Render(CliWords().Format("cli.render.logo_kind", {{"path", path}})));
  } else {
    image = kind == "png" ? HPDF_LoadPngImageFromFile(pdf_, path.c_str())
                          : HPDF_LoadJpegImageFromFile(pdf_, path.c_str());
    if (image == nullptr || errors_.code != HPDF_OK) {
      image_warnings_.push_back(Status::Render(
          CliWords().Format("cli.render.logo_load", {{"path", path}, {"why", Describe(errors_)}})));
      HPDF_ResetError(pdf_);
      errors_ = ErrorLog{};
      image = nullptr;
    }
  }
  images_[path] = image;
  return image;
}

void PdfWriter::PaintImage(HPDF_Page page, const ImageOp& op) {
  HPDF_Image image = LoadImage(op.path);
  if (image == nullptr) return;
  double iw = HPDF_Image_GetWidth(image), ih = HPDF_Image_GetHeight(image);
  if (iw <= 0 || ih <= 0 || op.w <= 0 || op.h <= 0) return;
  double scale = std::min(op.w / iw, op.h / ih);
  double w = iw * scale, h = ih * scale;
  double x = op.x + (op.w - w) * op.align_x, y = op.y + (op.h - h) * op.align_y;
  HPDF_Page_DrawImage(page, image, x, y, w, h);
}

Status PdfWriter::Paint(const PageLayout& layout) {
  HPDF_Page page = HPDF_AddPage(pdf_);
  if (page == nullptr) return Check(CliWords()("cli.render.add_page"));
  // Every page has its own size: A4 portrait, or 16:9 for slides.
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(layout.width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(layout.height));
  if (tagger_) tagger_->BeginPage(page);
  for (const DrawOp& op : layout.ops) {
    if (tagger_) tagger_->Mark(TagOf(op));
    if (auto* t = std::get_if<TextOp>(&op)) {
      PaintText(page, *t);
    } else if (auto* r = std::get_if<RectOp>(&op)) {
      PaintRect(page, *r);
    } else if (auto* l = std::get_if<LineOp>(&op)) {
      PaintLine(page, *l);
    } else if (auto* p = std::get_if<PathOp>(&op)) {
      PaintPath(page, *p);
    } else if (auto* i = std::get_if<ImageOp>(&op)) {
      PaintImage(page, *i);
    }
  }
  if (tagger_) tagger_->EndPage();
  pages_.push_back(page);
  return Check(CliWords()("cli.render.draw_page"));
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
  HPDF_STATUS rc = HPDF_SaveToStream(pdf_);
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

// Removes the temporary file unless the rename to the target succeeded.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  ~TempFile() {
    std::error_code ec;
    if (!committed_) fs::remove(path_, ec);
  }
  const std::string& path() const { return path_; }
  Status MoveTo(const std::string& target) {
    std::error_code ec;
    fs::rename(path_, target, ec);
    if (ec)
      return Status::IOError(
          CliWords().Format("cli.render.write", {{"path", target}, {"why", ec.message()}}));
    committed_ = true;
    return Status::Ok();
  }

 private:
  std::string path_;
  bool committed_ = false;
};

// PDF/UA wants a title in every file (viewers show it instead of the file
// name): the cover's or first slide's title, else the first heading, else
// the document's word for a report.
std::string FallbackTitle(const Document& doc) {
  for (const Block& block : doc.blocks) {
    if (auto* t = std::get_if<TitleBlock>(&block); t && !t->title.empty()) return t->title;
    if (auto* s = std::get_if<Slide>(&block); s && !s->title.empty()) return s->title;
    if (auto* h = std::get_if<Heading>(&block); h && !h->text.empty()) return h->text;
  }
  return doc.info.untitled;
}

Status RenderToFile(const DocumentInfo& doc_info, const PdfOptions& options,
                    const std::string& path, const PageLayoutFn& layout,
                    std::vector<Status>* warnings) {
  const BoundWords words = BoundWordsOf(doc_info);
  BoundWordsScope bound(words);
  fs::path target(path);
  std::error_code ec;
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec)) {
    std::string why = CliWords().Format("cli.render.no_folder", {{"folder", folder.string()}});
    return Status::IOError(CliWords().Format("cli.render.write", {{"path", path}, {"why", why}}));
  }
  PdfWriter writer;
  ANKER_RETURN_IF_ERROR(writer.Setup(options, doc_info, warnings));
  ANKER_RETURN_IF_ERROR(writer.SetInfo(doc_info, options.creation_date));
  StructTree structure;
  std::vector<PageLayout> pages =
      layout([&](std::string_view t, FontStyle f, double s) { return writer.Measure(t, f, s); },
             &structure);
  writer.StartTagging(structure);
  for (size_t i = 0; i < pages.size(); ++i) {
    ANKER_RETURN_IF_ERROR(writer.Paint(pages[i]).WithContext(
        CliWords().Format("cli.render.page", {{"page", std::to_string(i + 1)}})));
  }
  ANKER_RETURN_IF_ERROR(writer.AddOutlines(pages));
  ANKER_RETURN_IF_ERROR(writer.AddLinks(pages));
  ANKER_RETURN_IF_ERROR(writer.FinishArchival(options.icc_profile, warnings));
  if (warnings) {
    if (std::optional<std::string> w = BrandingColourWarning(doc_info)) {
      warnings->push_back(Status::Render(*w));
    }
    for (Status& w : writer.TakeImageWarnings()) warnings->push_back(std::move(w));
    for (size_t i = 0; i < pages.size(); ++i) {
      for (const std::string& note : pages[i].fit_notes) {
        warnings->push_back(Status::Render(CliWords().Format(
            "cli.render.page_note", {{"page", std::to_string(i + 1)}, {"note", note}})));
      }
    }
  }
  // Written next to the target and renamed, so readers never see half a file.
  TempFile temp(path + ".tmp" + std::to_string(::getpid()));
  ANKER_RETURN_IF_ERROR(writer.Save(temp.path(), path));
  return temp.MoveTo(path);
}

}  // namespace

Status WritePdfBytes(const std::string& file, std::string_view bytes, const std::string& target) {
  auto failed = [&](int err) {
    const Strings& words = CliWords();
    std::string why = err == ENOSPC                   ? words("cli.render.disk_full")
                      : err == EDQUOT                 ? words("cli.render.quota")
                      : err == EACCES || err == EPERM ? words("cli.render.permission")
                      : err == EROFS                  ? words("cli.render.read_only")
                                                      : std::strerror(err);
    return Status::IOError(words.Format("cli.render.write", {{"path", target}, {"why", why}}));
  };
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed(errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = n < 0 ? errno : ENOSPC;
      ::close(fd);
      return failed(err);
    }
    done += static_cast<size_t>(n);
  }
  // A full disk may show only now (delayed allocation, network folders).
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
    int err = errno;
    ::close(fd);
    return failed(err);
  }
  if (::close(fd) != 0) return failed(errno);
  return Status::Ok();
}

Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path) {
  return RenderPdf(doc, options, path, nullptr);
}

Result<MeasureFn> FontMeasure(const PdfOptions& options) {
  auto writer = std::make_shared<PdfWriter>();
  ANKER_RETURN_IF_ERROR(writer->Setup(options, DocumentInfo{}, nullptr));
  return MeasureFn(
      [writer](std::string_view t, FontStyle f, double s) { return writer->Measure(t, f, s); });
}

Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path,
                 std::vector<Status>* warnings) {
  // Nothing may escape: a bad_alloc deep in the layout becomes a Status.
  try {
    DocumentInfo info = doc.info;
    if (info.title.empty()) info.title = FallbackTitle(doc);
    return RenderToFile(
        info, options, path,
        [&doc](const MeasureFn& measure, StructTree* structure) {
          return LayoutDocument(doc, measure, structure);
        },
        warnings);
  } catch (const std::exception& e) {
    return Status::Render(CliWords().Format("cli.render.failed", {{"what", e.what()}}));
  } catch (...) {
    return Status::Render(CliWords()("cli.render.failed_unknown"));
  }
}

Status RenderLaidOutPdf(const DocumentInfo& info, const PdfOptions& options,
                        const std::string& path, const PageLayoutFn& layout,
                        std::vector<Status>* warnings) {
  try {
    return RenderToFile(info, options, path, layout, warnings);
  } catch (const std::exception& e) {
    return Status::Render(CliWords().Format("cli.render.failed", {{"what", e.what()}}));
  } catch (...) {
    return Status::Render(CliWords()("cli.render.failed_unknown"));
  }
}

}  // namespace ankerbericht
