#include "render/html_style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/chart_axes.h"
#include "render/html_escape.h"

namespace ankerbericht {
namespace {

// Colours are those of the PDF (pdf_layout.h palette): text 4.5:1 on its
// background, graphics 3:1 (WCAG 1.4.3, 1.4.11).
constexpr const char* kScreen = R"css(
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:"DejaVu Sans",Verdana,"Segoe UI",Arial,sans-serif;font-size:1rem;line-height:1.55;color:#1A1A1A;background:#FFFFFF}
.page{max-width:50rem;margin:0 auto;padding:0 1rem 3rem}
.skip{position:absolute;left:0.5rem;top:-10rem;padding:0.5rem 1rem;background:#FFFFFF;color:#1A1A1A;border:2px solid #1A1A1A;z-index:10}
.skip:focus{top:0.5rem}
a{color:#005A8C}
a:focus,[tabindex]:focus{outline:3px solid #BD8200;outline-offset:2px}
.marker{margin:0.75rem 0 0;padding:0.4rem 0.75rem;border:2px solid #A4161A;color:#A4161A;font-weight:bold;text-align:center;background:#FFFFFF}
.cover{margin:0 -1rem 2rem;padding:2rem 1rem 1.5rem;background:var(--brand);color:var(--on-brand)}
.cover .logo{display:block;max-height:4rem;max-width:12rem;margin-bottom:1rem;background:#FFFFFF;padding:0.25rem}
.cover h1{margin:0.25rem 0;font-size:2rem;line-height:1.2}
.cover p{margin:0.25rem 0}
.kicker{text-transform:none;font-weight:bold;letter-spacing:0.02em}
.facts{list-style:none;padding:0;margin:1rem 0 0;font-size:0.9rem}
h2{font-size:1.5rem;line-height:1.25;margin:2.5rem 0 0.75rem;padding-bottom:0.25rem;border-bottom:3px solid var(--primary)}
h3{font-size:1.2rem;line-height:1.3;margin:1.75rem 0 0.5rem}
h4,h5,h6{font-size:1.05rem;margin:1.25rem 0 0.4rem}
p{margin:0.5rem 0 0.75rem}
.remark{font-size:0.875rem;color:#5F6368}
nav ol{padding-left:1.25rem}
nav li{margin:0.2rem 0}
nav ol ol{list-style-type:none;padding-left:1rem}
.scroll{overflow-x:auto;margin:0.75rem 0 1.25rem;max-width:100%}
table{border-collapse:collapse;font-size:0.9rem;min-width:60%}
caption{text-align:left;font-weight:bold;padding:0 0 0.4rem;caption-side:top}
th,td{padding:0.35rem 0.6rem;border-bottom:1px solid #C8CDD2;text-align:left;vertical-align:top}
thead th{background:#E8EEF4;border-bottom:2px solid #80868B}
tbody th{font-weight:normal}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.chart{margin:1.25rem 0}
.chart .scroll{margin:0}
svg.chart{display:block;width:100%;min-width:30rem;height:auto}
svg.chart.wide{min-width:44rem}
svg text{font-family:"DejaVu Sans",Verdana,Arial,sans-serif}
details{margin:0.4rem 0 1rem}
summary{cursor:pointer;color:#005A8C;text-decoration:underline}
.tiles{list-style:none;padding:0;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:0.75rem}
.tile{background:#F6F7F8;border-left:6px solid #80868B;padding:0.6rem 0.75rem}
.tile.met{border-left-color:#009E73}.tile.near{border-left-color:#BD8200}.tile.missed{border-left-color:#D55E00}
.tile .value{display:block;font-size:1.6rem;font-weight:bold;line-height:1.2}
.tile .label,.tile .change,.tile .status{display:block;font-size:0.9rem}
.tile .change,.tile .status{color:#4A4F54}
blockquote{margin:1rem 0 0.25rem;padding:0.25rem 0 0.25rem 1rem;border-left:4px solid var(--primary);font-style:italic}
figure.quote{margin:1rem 0 1.25rem}
figure.quote figcaption{font-size:0.875rem;color:#5F6368;padding-left:1.25rem}
.slide{margin:2rem 0;padding-top:0.5rem}
.slide .figure{margin:0.75rem 0}
.slide .figure strong{display:block;font-size:2.75rem;line-height:1.1;color:var(--primary)}
.source{font-size:0.875rem;color:#5F6368;border-top:1px solid #C8CDD2;padding-top:0.3rem}
@media (max-width:40rem){.cover h1{font-size:1.6rem}h2{font-size:1.3rem}table{font-size:0.85rem}}
@media print{
  body{font-size:10pt}
  .page{max-width:none;padding:0}
  .skip,details{display:none}
  .cover{margin:0 0 1.5rem;break-after:page;print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .marker{display:none}
  h2,h3,h4{break-after:avoid}
  tr,.chart,.tile,figure.quote{break-inside:avoid}
  .scroll{overflow:visible}
  svg.chart{min-width:0}
  .tile{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .slide{break-before:page;margin:0}
  a{color:inherit;text-decoration:none}
}
)css";

}  // namespace

std::string CssColor(const Rgb& c) {
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", byte(c.r), byte(c.g), byte(c.b));
  return buf;
}

std::string HtmlStyle(const Document& doc, const Theme& theme) {
  const DocumentInfo& info = doc.info;
  std::string css = "<style>\n:root{--primary:" + CssColor(theme.primary) +
                    ";--brand:" + CssColor(theme.brand) +
                    ";--on-brand:" + CssColor(chart::TextOn(theme.brand)) + "}";
  css += kScreen;
  // The print margins carry what the PDF's running header and footer do;
  // every page carries the edition's marker.
  bool slides = info.format == PageFormat::kSlides;
  css += "@page{size:A4" + std::string(slides ? " landscape" : "") + ";margin:20mm 20mm 22mm;";
  css += "@top-left{content:\"" + CssString(info.header_text) + "\";font-size:8pt;color:#5F6368}";
  if (!info.marker.empty()) {
    css += "@top-right{content:\"" + CssString(info.marker) +
           "\";font-size:9pt;font-weight:bold;color:#A4161A}";
  }
  css +=
      "@bottom-left{content:\"" + CssString(info.footer_text) + "\";font-size:8pt;color:#5F6368}";
  css += "@bottom-right{content:\"" + CssString(info.page_label) + " \" counter(page) \" " +
         CssString(info.page_of) + " \" counter(pages);font-size:8pt;color:#5F6368}}\n";
  css += "</style>\n";
  return css;
}

}  // namespace ankerbericht
