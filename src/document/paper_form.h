// The paper documents of `ankerbericht forms`: the one-page feedback form a
// visitor fills in by hand and the tally sheet the team counts visitors on.
// Built from a template (templates/feedbackbogen.json, strichliste.json:
// which parts in which order), the site's questionnaire, age groups and
// stops, and the words of templates/strings/<lang>.json; drawn by
// render/paper_form_renderer.h. The answers offered and the tally columns
// come from model/entry_layout.h, the definition the entry file and the
// importers share, so what is ticked on paper can be typed in as it is.
#ifndef ANKERBERICHT_DOCUMENT_PAPER_FORM_H_
#define ANKERBERICHT_DOCUMENT_PAPER_FORM_H_

#include <string>
#include <variant>
#include <vector>

#include "document/document.h"
#include "model/site.h"
#include "util/status.h"

namespace ankerbericht {

// The head of the sheet: "Feedbackbogen", the place's name, its municipality.
struct FormTitle {
  std::string kicker;
  std::string title;
  std::string subtitle;
};

// Lines to write on: "Datum: ______   Veranstaltung: ______".
struct FormBlanks {
  std::vector<std::string> labels;
  std::string hint;  // small print under the lines; may be empty
};

// A paragraph; |small| for the privacy line and notes.
struct FormText {
  std::string text;
  bool small = false;
};

// One question: tick boxes labelled in words, or (|lines| > 0) a box to
// write in.
struct FormQuestion {
  std::string number;  // "1."
  std::string text;
  std::string hint;  // "Mehrfachnennung möglich", the grade scale; may be empty
  std::vector<std::string> choices;
  bool multiple = false;
  int lines = 0;
};

// The counting grid of a tally sheet: a row per time slot, a column per
// count, and a row for the day's totals.
struct FormGrid {
  std::vector<std::string> columns;  // first: the time slot column's title
  std::vector<std::string> rows;     // slot labels
  std::string total;                 // the totals row's label
};

using FormBlock = std::variant<FormTitle, FormBlanks, FormText, FormQuestion, FormGrid>;

struct PaperForm {
  DocumentInfo info;  // title, language, creator, fonts and colour of the site
  bool landscape = false;
  std::vector<FormBlock> blocks;
};

// Builds the paper document of template |template_id| ("feedbackbogen" or
// "strichliste") in |template_dir| for |site| in |lang|. Fails with
// kNotFound when the template or the words of |lang| are missing, with
// kConfig ("FILE: sections[2]: unknown section type \"x\"") for a template
// it cannot read.
Result<PaperForm> BuildPaperForm(const std::string& template_dir, const std::string& template_id,
                                 const Site& site, const std::string& lang);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_DOCUMENT_PAPER_FORM_H_
