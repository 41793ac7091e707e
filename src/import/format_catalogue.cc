#include "import/format_catalogue.h"

#include <map>
#include <sstream>
#include <vector>

#include "import/presets.h"
#include "import/table_mapper.h"
#include "model/scale.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// A table cell: "|" would end the cell.
std::string Cell(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string Names(const std::vector<const char*>& names) {
  std::string out;
  for (const char* n : names) out += (out.empty() ? "`" : ", `") + Cell(n) + "`";
  return out;
}

// Whether a field is needed, in the words of the tables above it.
std::string Required(const FieldSpec& spec, const TableKind& kind, const Strings& words) {
  if (spec.required) return words.Get("import.catalogue.required_yes");
  if (!spec.one_of_group) return words.Get("import.catalogue.required_no");
  std::string others;
  for (const FieldSpec& f : kind.fields) {
    if (f.one_of_group == spec.one_of_group)
      others += (others.empty() ? "`" : words.Get("import.catalogue.or")) + std::string(f.field);
  }
  return words.Format("import.catalogue.required_one_of", {{"fields", others + "`"}});
}

void FieldTable(const TableKind& kind, const Strings& words, std::ostringstream& out) {
  out << words.Get("import.catalogue.field_table_head") << "\n|---|---|---|\n";
  for (const FieldSpec& spec : kind.fields) {
    // A field without names of its own is read only where a preset or the
    // user's "columns" names its header.
    const std::string names =
        spec.aliases.empty() ? words.Get("import.catalogue.only_mapped") : Names(spec.aliases);
    out << "| `" << spec.field << "` | " << names << " | " << Required(spec, kind, words) << " |\n";
  }
}

struct KindTable {
  InputKind kind;
  const TableKind* (*table)();
  const char* more;  // strings key of the columns a kind reads beyond its fields; "" for none
};

// The scale a wording family is read on, as the configuration names it.
std::string ScaleOfFamily(std::string_view family, const Strings& words) {
  // input vocabulary: the wording families and scale names of ankerbericht.json
  if (family == "grade") return "grade6";
  if (family == "yesno") return "yesno";
  if (family == "agree") return "agree5: " + words.Get("import.catalogue.family_agree");
  return "agree5: " + std::string(family);
  // end of input vocabulary
}

}  // namespace

std::string FormatCatalogueMarkdown() {
  // The catalogue is the last part of docs/input-formats.md, which is
  // written in English: its words come from the English table.
  static const Strings kNone;
  Result<const Strings*> english = Strings::Builtin("en");
  const Strings& words = english.ok() ? **english : kNone;
  std::ostringstream out;
  out << kFormatCatalogueMarker << "\n\n" << words.Get("import.catalogue.intro") << "\n";
  const std::vector<KindTable> kinds = {
      {InputKind::kVisits, [] { return &VisitsTable(); }, ""},
      {InputKind::kTallies, [] { return &TalliesTable(); }, "import.catalogue.more_age_groups"},
      {InputKind::kEvents, [] { return &EventsTable(); }, "import.catalogue.more_age_groups"},
      {InputKind::kFeedback, [] { return &FeedbackTable(); }, "import.catalogue.more_items"},
      {InputKind::kVotes, [] { return &VotesTable(); }, ""},
  };
  for (const KindTable& k : kinds) {
    out << "\n### " << InputKindName(k.kind) << "\n\n";
    FieldTable(*k.table(), words, out);
    if (*k.more) out << "\n" << words.Get(k.more) << "\n";
  }

  out << "\n" << words.Get("import.catalogue.presets_intro") << "\n|---|---|---|---|---|\n";
  for (const Preset& p : Presets()) {
    std::string signature;
    for (const std::vector<const char*>& group : p.signature)
      signature += (signature.empty() ? "" : "; ") + Names(group);
    if (p.detect) signature = words.Get("import.catalogue.by_layout");
    if (signature.empty()) signature = words.Get("import.catalogue.by_format_only");
    std::string columns;
    for (const auto& [field, names] : p.columns)
      columns += (columns.empty() ? "`" : "; `") + std::string(field) + "` ← " + Names(names);
    if (p.table) {
      for (const FieldSpec& spec : p.table()->fields)
        columns += (columns.empty() ? "`" : "; `") + std::string(spec.field) + "` ← " +
                   Names(spec.aliases);
    }
    if (columns.empty()) columns = words.Get("import.catalogue.columns_of_kind");
    out << "| `" << p.name << "` | " << InputKindName(p.kind) << " | "
        << Cell(PresetDescription(p, words)) << " | " << signature << " | " << columns << " |\n";
  }

  out << "\n" << words.Get("import.catalogue.answers_intro") << "\n|---|---|---|\n";
  std::map<std::pair<std::string, int>, std::vector<const char*>> rows;
  std::vector<std::pair<std::string, int>> order;
  // The five-step families are all read on agree5 items.
  for (const ScaleWording& w : ScaleWordings()) {
    std::pair<std::string, int> key(ScaleOfFamily(w.family, words), w.value);
    if (!rows.count(key)) order.push_back(key);
    rows[key].push_back(w.text);
  }
  for (const auto& key : order)
    out << "| " << key.first << " | " << key.second << " | " << Names(rows[key]) << " |\n";
  return out.str();
}

}  // namespace ankerbericht
