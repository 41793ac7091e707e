// Small layout helpers without a better home: text bounds for overlap
// checks, moving and scaling operations, and the document's theme (primary
// colour, fixed wording, logo).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "render/pdf_layout.h"
#include "util/strings.h"

namespace ankerbericht {

Box TextBounds(const TextOp& op) {
  // Glyphs reach from ~0.22 em below the baseline to ~0.9 em above it
  // (umlaut dots, capitals).
  double lo = -0.22 * op.size, hi = 0.9 * op.size;
  if (op.angle_deg == 0) return Box{op.x, op.y + lo, op.x + op.width, op.y + hi};
  double a = op.angle_deg * 3.14159265358979323846 / 180, c = std::cos(a), s = std::sin(a);
  Box b{1e300, 1e300, -1e300, -1e300};
  for (double u : {0.0, op.width}) {
    for (double v : {lo, hi}) {
      double x = op.x + u * c - v * s, y = op.y + u * s + v * c;
      b = Box{std::min(b.x0, x), std::min(b.y0, y), std::max(b.x1, x), std::max(b.y1, y)};
    }
  }
  return b;
}

bool Intersects(const Box& a, const Box& b, double tolerance) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > tolerance &&
         std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > tolerance;
}

void ShiftOp(DrawOp* op, double dy) {
  if (auto* t = std::get_if<TextOp>(op)) {
    t->y += dy;
  } else if (auto* r = std::get_if<RectOp>(op)) {
    r->y += dy;
  } else if (auto* l = std::get_if<LineOp>(op)) {
    l->y1 += dy;
    l->y2 += dy;
  } else if (auto* p = std::get_if<PathOp>(op)) {
    for (Point& pt : p->points) pt.y += dy;
  } else if (auto* i = std::get_if<ImageOp>(op)) {
    i->y += dy;
  }
}

void ScaleOp(DrawOp* op, double scale, double dx, double dy) {
  auto x = [&](double& v) { v = v * scale + dx; };
  auto y = [&](double& v) { v = v * scale + dy; };
  if (auto* t = std::get_if<TextOp>(op)) {
    x(t->x);
    y(t->y);
    t->size *= scale;
    t->width *= scale;
  } else if (auto* r = std::get_if<RectOp>(op)) {
    x(r->x);
    y(r->y);
    r->w *= scale;
    r->h *= scale;
    r->line_width *= scale;
  } else if (auto* l = std::get_if<LineOp>(op)) {
    x(l->x1);
    x(l->x2);
    y(l->y1);
    y(l->y2);
    l->width *= scale;
    l->dash *= scale;
  } else if (auto* p = std::get_if<PathOp>(op)) {
    for (Point& pt : p->points) {
      x(pt.x);
      y(pt.y);
    }
    p->line_width *= scale;
    p->dash *= scale;
  } else if (auto* i = std::get_if<ImageOp>(op)) {
    x(i->x);
    y(i->y);
    i->w *= scale;
    i->h *= scale;
  }
}

std::optional<Rgb> ParseHexColor(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  if (text.size() != 6) return std::nullopt;
  unsigned value = 0;
  for (char c : text) {
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 16 + (std::isdigit(static_cast<unsigned char>(c))
                              ? c - '0'
                              : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
  }
  return HexColor(value);
}

double RelativeLuminance(Rgb c) {
  auto linear = [](double v) {
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double ContrastRatio(Rgb a, Rgb b) {
  double la = RelativeLuminance(a), lb = RelativeLuminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb ForGraphics(Rgb c) {
  // The chart frame and tile fill (#F6F7F8) is the darkest background a
  // graphic sits on; reaching 3:1 there also reaches it on white.
  constexpr Rgb kBackground = HexColor(0xF6F7F8);
  for (int step = 0; step <= 100; ++step) {
    double k = 1 - step / 100.0;
    Rgb d{c.r * k, c.g * k, c.b * k};
    if (ContrastRatio(d, kBackground) >= kGraphicsContrast) return d;
  }
  return Rgb{0, 0, 0};
}

Theme ThemeFor(const DocumentInfo& info) {
  Theme theme;
  theme.locale = info.locale;
  if (std::optional<Rgb> c = ParseHexColor(info.primary_color)) {
    theme.brand = *c;
    theme.primary = ForGraphics(*c);
    theme.primary_darkened = ContrastRatio(theme.primary, *c) > 1.001;
    theme.custom_primary = true;
  }
  theme.shortened = info.shortened_note;
  theme.no_data = info.no_data;
  theme.closed = info.closed;
  theme.logo_path = info.logo_path;
  return theme;
}

namespace {

std::string HexText(Rgb c) {
  char buf[8];
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
  return buf;
}

// A contrast ratio as the command line writes numbers ("2,4:1" in German).
std::string Ratio(double r) {
  return CliWords().locale().FormatNumber(std::floor(r * 10) / 10, 1) + ":1";
}

}  // namespace

std::optional<std::string> BrandingColourWarning(const DocumentInfo& info) {
  Theme theme = ThemeFor(info);
  if (!theme.primary_darkened) return std::nullopt;
  return CliWords().Format("cli.render.brand_too_light",
                           {{"brand", HexText(theme.brand)},
                            {"ratio", Ratio(ContrastRatio(theme.brand, palette::kWhite))},
                            {"primary", HexText(theme.primary)}});
}

}  // namespace ankerbericht
