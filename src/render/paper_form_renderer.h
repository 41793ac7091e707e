// Draws the paper documents of `ankerbericht forms` (document/paper_form.h):
// the feedback form on one A4 page, the tally sheet as a grid to count in.
// Tagged like the reports (H1 for the place, P for texts and questions, L
// for a question's answers, Table for the tally grid); tick boxes, lines to
// write on and the grid's rules are artifacts.
#ifndef ANKERBERICHT_RENDER_PAPER_FORM_RENDERER_H_
#define ANKERBERICHT_RENDER_PAPER_FORM_RENDERER_H_

#include <string>
#include <vector>

#include "document/paper_form.h"
#include "render/pdf_layout.h"
#include "render/pdf_renderer.h"
#include "util/status.h"

namespace ankerbericht {

struct StructTree;

// The pages of |form|: A4 portrait (landscape when form.landscape), blocks
// top to bottom; a block that does not fit starts a new page (the sample
// questionnaire fits one). |tree| may be null.
std::vector<PageLayout> LayoutPaperForm(const PaperForm& form, const MeasureFn& measure,
                                        StructTree* tree);

// Renders |form| into the PDF file |path| as RenderPdf does. Fails like it.
Status RenderPaperFormPdf(const PaperForm& form, const PdfOptions& options, const std::string& path,
                          std::vector<Status>* warnings);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PAPER_FORM_RENDERER_H_
