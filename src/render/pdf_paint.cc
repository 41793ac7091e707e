// Painting one laid-out page with libharu (PdfWriter::Paint, pdf_writer.h):
// text, rectangles, lines, paths and images, each in the marked content of its
// tag when the document is tagged.
#include <hpdf.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <system_error>
#include <variant>

#include "render/file_kinds.h"
#include "render/pdf_writer.h"
#include "render/tounicode.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

constexpr double kPi = 3.14159265358979323846;

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

// libharu writes an operator for every call, also for the colour, line
// width or font already set: a table cell repeated its "/F2 8.5 Tf" and its
// colour, a fifth of a page's content. These set only what changes (libharu
// keeps the current values, saved and restored with the graphics state).
// Sets the colour |c| with |set| unless |get| and |space| say it is the
// current one (in DeviceRGB).
void SetColour(HPDF_Page page, const Rgb& c, HPDF_RGBColor (*get)(HPDF_Page),
               HPDF_ColorSpace (*space)(HPDF_Page),
               HPDF_STATUS (*set)(HPDF_Page, HPDF_REAL, HPDF_REAL, HPDF_REAL)) {
  const HPDF_RGBColor now = get(page);
  const HPDF_REAL r = static_cast<HPDF_REAL>(c.r), g = static_cast<HPDF_REAL>(c.g),
                  b = static_cast<HPDF_REAL>(c.b);
  if (space(page) == HPDF_CS_DEVICE_RGB && now.r == r && now.g == g && now.b == b) return;
  set(page, r, g, b);
}

void SetFill(HPDF_Page page, const Rgb& c) {
  SetColour(page, c, HPDF_Page_GetRGBFill, HPDF_Page_GetFillingColorSpace, HPDF_Page_SetRGBFill);
}

void SetStroke(HPDF_Page page, const Rgb& c) {
  SetColour(page, c, HPDF_Page_GetRGBStroke, HPDF_Page_GetStrokingColorSpace,
            HPDF_Page_SetRGBStroke);
}

void SetLineWidth(HPDF_Page page, double width) {
  const HPDF_REAL w = static_cast<HPDF_REAL>(width);
  if (HPDF_Page_GetLineWidth(page) != w) HPDF_Page_SetLineWidth(page, w);
}

void SetFont(HPDF_Page page, HPDF_Font font, double size) {
  const HPDF_REAL s = static_cast<HPDF_REAL>(size);
  if (HPDF_Page_GetCurrentFont(page) != font || HPDF_Page_GetCurrentFontSize(page) != s)
    HPDF_Page_SetFontAndSize(page, font, s);
}

}  // namespace

void PdfWriter::PaintText(HPDF_Page page, const TextOp& op) {
  if (op.text.empty()) return;
  AddCharacters(op.text, &drawn_[op.font == FontStyle::kBold ? 1 : 0]);
  HPDF_Page_BeginText(page);
  SetFont(page, FontFor(op.font), op.size);
  SetFill(page, op.color);
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
  if (op.fill) SetFill(page, *op.fill);
  if (op.stroke) {
    SetStroke(page, *op.stroke);
    SetLineWidth(page, op.line_width);
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

void PdfWriter::PaintLine(HPDF_Page page, const LineOp& op) {
  SetStroke(page, op.color);
  SetLineWidth(page, op.width);
  if (op.dash > 0) SetDash(page, op.dash);
  HPDF_Page_MoveTo(page, op.x1, op.y1);
  HPDF_Page_LineTo(page, op.x2, op.y2);
  HPDF_Page_Stroke(page);
  if (op.dash > 0) SetDash(page, 0);
}

void PdfWriter::PaintPath(HPDF_Page page, const PathOp& op) {
  bool fill = op.closed && op.fill;
  if (op.points.size() < 2 || (!fill && !op.stroke)) return;
  if (fill) SetFill(page, *op.fill);
  if (op.stroke) {
    SetStroke(page, *op.stroke);
    SetLineWidth(page, op.line_width);
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
  deflater_.AddPage(page);  // finished: its content is deflated on another core meanwhile
  pages_.push_back(page);
  return Check(CliWords()("cli.render.draw_page"));
}

}  // namespace ankerbericht
