// Writes a chart as an inline SVG element for the HTML edition. The chart is
// laid out by the same code as in the PDF (render/chart.h), so both editions
// show the same drawing; this file only turns the drawing operations into
// SVG elements.
#ifndef ANKERBERICHT_RENDER_SVG_CHART_H_
#define ANKERBERICHT_RENDER_SVG_CHART_H_

#include <string>
#include <vector>

#include "document/document.h"
#include "render/html_chart_text.h"
#include "render/pdf_layout.h"

namespace ankerbericht {

// The drawing operations |ops| of a row |height| points high whose x runs
// from |left| to |right| as an <svg role="img"> scaled to the width of its
// container, titled and described by |text| (ids |id|-title, |id|-desc).
// Text is escaped; every colour is written as #RRGGBB; nothing refers to
// anything outside the element. Image operations are left out. |css_class|
// is the element's class.
std::string OpsToSvg(const std::vector<DrawOp>& ops, double left, double right, double height,
                     const ChartText& text, const std::string& id,
                     const std::string& css_class = "chart");

// |chart| (IsChart) laid out with |theme| and |measure| and written as
// OpsToSvg does; "" for a block that is not a chart. The heat map, which
// keeps the PDF's small type, gets the class "chart wide" (more room on a
// phone).
std::string ChartSvg(const Block& chart, const Theme& theme, const MeasureFn& measure,
                     const ChartText& text, const std::string& id);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_SVG_CHART_H_
