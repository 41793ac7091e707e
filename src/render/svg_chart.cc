#include "render/svg_chart.h"

#include <cmath>
#include <cstdio>

#include "render/chart.h"
#include "render/html_escape.h"
#include "render/html_style.h"

namespace ankerbericht {
namespace {

// Two decimals are far below a pixel at any size the page shows.
std::string Num(double v) {
  if (!std::isfinite(v)) v = 0;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string Paint(const std::optional<Rgb>& fill, const std::optional<Rgb>& stroke, double width,
                  double dash) {
  std::string s = " fill=\"" + (fill ? CssColor(*fill) : std::string("none")) + "\"";
  if (stroke) {
    s += " stroke=\"" + CssColor(*stroke) + "\" stroke-width=\"" + Num(width) + "\"";
    if (dash > 0) s += " stroke-dasharray=\"" + Num(dash) + " " + Num(dash) + "\"";
  }
  return s;
}

// PDF y grows upwards from the row's top edge (0, negative below); SVG y
// grows downwards: y_svg = -y_pdf.
void Write(const DrawOp& op, std::string* out) {
  if (auto* t = std::get_if<TextOp>(&op)) {
    *out +=
        "<text x=\"" + Num(t->x) + "\" y=\"" + Num(-t->y) + "\" font-size=\"" + Num(t->size) + "\"";
    if (t->font == FontStyle::kBold) *out += " font-weight=\"bold\"";
    *out += " fill=\"" + CssColor(t->color) + "\"";
    if (t->angle_deg != 0) {
      *out +=
          " transform=\"rotate(" + Num(-t->angle_deg) + " " + Num(t->x) + " " + Num(-t->y) + ")\"";
    }
    out->append(">").append(HtmlEscape(UnbindSpaces(t->text))).append("</text>");
  } else if (auto* r = std::get_if<RectOp>(&op)) {
    *out += "<rect x=\"" + Num(r->x) + "\" y=\"" + Num(-(r->y + r->h)) + "\" width=\"" + Num(r->w) +
            "\" height=\"" + Num(r->h) + "\"" + Paint(r->fill, r->stroke, r->line_width, 0) + "/>";
  } else if (auto* l = std::get_if<LineOp>(&op)) {
    *out += "<line x1=\"" + Num(l->x1) + "\" y1=\"" + Num(-l->y1) + "\" x2=\"" + Num(l->x2) +
            "\" y2=\"" + Num(-l->y2) + "\"" + Paint(std::nullopt, l->color, l->width, l->dash) +
            "/>";
  } else if (auto* p = std::get_if<PathOp>(&op)) {
    if (p->points.empty()) return;
    std::string points;
    for (const Point& pt : p->points) {
      if (!points.empty()) points += ' ';
      points.append(Num(pt.x)).append(",").append(Num(-pt.y));
    }
    *out += std::string(p->closed ? "<polygon" : "<polyline") + " points=\"" + points + "\"" +
            Paint(p->closed ? p->fill : std::nullopt, p->stroke, p->line_width, p->dash) + "/>";
  }
}

}  // namespace

std::string OpsToSvg(const std::vector<DrawOp>& ops, double left, double right, double height,
                     const ChartText& text, const std::string& id, const std::string& css_class) {
  std::string out = "<svg class=\"" + css_class + "\" role=\"img\" viewBox=\"" + Num(left) + " 0 " +
                    Num(right - left) + " " + Num(height) + "\" aria-labelledby=\"" + id +
                    "-title\" aria-describedby=\"" + id + "-desc\">";
  out += "<title id=\"" + id + "-title\">" + HtmlEscape(text.title) + "</title>";
  out += "<desc id=\"" + id + "-desc\">" + HtmlEscape(text.desc) + "</desc>";
  for (const DrawOp& op : ops) Write(op, &out);
  out += "</svg>";
  return out;
}

std::string ChartSvg(const Block& chart, const Theme& theme, const MeasureFn& measure,
                     const ChartText& text, const std::string& id) {
  Row row;
  if (auto* c = std::get_if<BarChart>(&chart)) {
    row = LayoutBarChart(*c, measure, theme);
  } else if (auto* l = std::get_if<LineChart>(&chart)) {
    row = LayoutLineChart(*l, measure, theme);
  } else if (auto* d = std::get_if<DivergingChart>(&chart)) {
    row = LayoutDivergingChart(*d, measure, theme);
  } else if (auto* h = std::get_if<HeatmapChart>(&chart)) {
    row = LayoutHeatmap(*h, measure, theme);
  } else if (auto* r = std::get_if<RadarChart>(&chart)) {
    row = LayoutRadarChart(*r, measure, theme);
  } else if (auto* t = std::get_if<TimelineChart>(&chart)) {
    row = LayoutTimelineChart(*t, measure, theme);
  } else {
    return "";
  }
  // The heat map keeps the A4 frame whatever the theme says.
  if (std::holds_alternative<HeatmapChart>(chart)) {
    return OpsToSvg(row.ops, kContentLeft, kContentRight, row.height, text, id, "chart wide");
  }
  return OpsToSvg(row.ops, theme.content_left, theme.content_right, row.height, text, id);
}

}  // namespace ankerbericht
