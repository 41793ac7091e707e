#include "document/paper_form.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document/rule_words.h"
#include "model/entry_layout.h"
#include "util/json_file.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string KeyOf(const Object& section, const std::string& name) {
  return section.has(name) && section.get(name).isString() ? section.getValue<std::string>(name)
                                                           : "";
}

// The questions of the form in the questionnaire's order; the answers
// offered are the entry sheet's choices (model/entry_layout.h).
void AddQuestions(const Site& site, const Object& section, const Strings& words, PaperForm* form) {
  int number = 0;
  bool has_text = false;
  for (const EntryColumn& column : FeedbackEntryColumns(site, words)) {
    if (column.item.empty()) continue;
    const QuestionItem* item = site.FindItem(column.item);
    FormQuestion q;
    q.number = std::to_string(++number) + ".";
    q.text = item->text.empty() ? item->id : item->text;
    q.choices = column.choices;
    q.multiple = column.multiple;
    if (q.multiple) q.hint = words("forms.feedback.multiple");
    if (item->scale == ScaleType::kGrade6) q.hint = words("forms.feedback.grade_hint");
    if (item->scale == ScaleType::kScale10) q.hint = words("forms.feedback.scale10_hint");
    if (item->scale == ScaleType::kText ||
        (item->scale == ScaleType::kSingle && q.choices.empty())) {
      q.lines = section.has("comment_lines") ? section.getValue<int>("comment_lines") : 4;
      q.choices.clear();
      has_text = true;
    }
    form->blocks.push_back(std::move(q));
  }
  // A questionnaire without a free-text question still gets a box for
  // whatever a visitor wants to say; it is not typed in as an item.
  std::string comment = KeyOf(section, "comment");
  if (!has_text && !comment.empty()) {
    FormQuestion q;
    q.number = std::to_string(++number) + ".";
    q.text = words(comment);
    q.lines = section.has("comment_lines") ? section.getValue<int>("comment_lines") : 4;
    form->blocks.push_back(std::move(q));
  }
}

void AddTallyGrid(const Site& site, const Strings& words, PaperForm* form) {
  FormGrid grid;
  grid.columns = {words("forms.tally.slot"), words("forms.tally.visitors")};
  for (const EntryColumn& column : TallyEntryColumns(site, words))
    if (!column.item.empty()) grid.columns.push_back(column.title);
  for (const std::string& slot : TallySlots(site)) {
    size_t dash = slot.find('-');
    grid.rows.push_back(words.Format(
        "forms.tally.slot_label", {{"from", slot.substr(0, dash)}, {"to", slot.substr(dash + 1)}}));
  }
  grid.total = words("forms.tally.total");
  form->blocks.push_back(std::move(grid));
}

}  // namespace

Result<PaperForm> BuildPaperForm(const std::string& template_dir, const std::string& template_id,
                                 const Site& site, const std::string& lang) {
  std::string file = (std::filesystem::path(template_dir) / (template_id + ".json")).string();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return Status::NotFound(
        CliWords().Format("cli.template.no_form", {{"id", template_id}, {"dir", template_dir}}));
  }
  std::ostringstream text;
  text << in.rdbuf();
  Result<Object::Ptr> parsed = ParseJsonObject(text.str(), file);
  if (!parsed.ok()) return parsed.status();
  Result<const Strings*> loaded = Strings::Builtin(lang);
  if (!loaded.ok()) return loaded.status();
  const Strings& words = **loaded;
  const Object& root = **parsed;

  PaperForm form;
  form.landscape = KeyOf(root, "orientation") == "landscape";
  form.info.language = lang;
  SetBoundWords(words, &form.info);
  form.info.creator = site.name;
  form.info.primary_color = site.branding.primary_color;
  Array::Ptr sections = root.getArray("sections");
  if (!sections)
    return Status::Config(CliWords().Format("cli.template.sections_list", {{"file", file}}));
  for (size_t i = 0; i < sections->size(); ++i) {
    Object::Ptr s = sections->getObject(static_cast<unsigned>(i));
    std::string where = file + ": sections[" + std::to_string(i) + "]";
    if (!s)
      return Status::Config(CliWords().Format("cli.template.section_object", {{"where", where}}));
    std::string type = KeyOf(*s, "type");
    if (type == "form_title") {
      FormTitle t{words(KeyOf(*s, "kicker")), site.name, site.municipality};
      form.info.title = t.kicker + " " + site.name;
      form.blocks.push_back(std::move(t));
    } else if (type == "blanks") {
      FormBlanks b;
      Array::Ptr fields = s->getArray("fields");
      for (size_t f = 0; fields && f < fields->size(); ++f)
        b.labels.push_back(words(fields->getElement<std::string>(static_cast<unsigned>(f))));
      // A mobile site counts at one stop per sheet: the stop is written on it.
      std::string stop_key = KeyOf(*s, "stop_field");
      if (site.mobile() && !stop_key.empty()) {
        b.labels.push_back(words(stop_key));
        std::vector<std::string> names;
        for (const Stop& stop : site.stops)
          names.push_back(stop.name.empty() ? stop.id : stop.name);
        b.hint = words.Format("forms.tally.stop_hint", {{"stops", Join(names, ", ")}});
      }
      form.blocks.push_back(std::move(b));
    } else if (type == "text") {
      form.blocks.push_back(FormText{words(KeyOf(*s, "text")), s->optValue("small", false)});
    } else if (type == "questions") {
      AddQuestions(site, *s, words, &form);
    } else if (type == "tally_grid") {
      AddTallyGrid(site, words, &form);
    } else {
      return Status::Config(CliWords().Format("cli.template.unknown_form_section",
                                              {{"where", where}, {"type", type}}));
    }
  }
  return form;
}

}  // namespace ankerbericht
