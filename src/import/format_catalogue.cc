#include "import/format_catalogue.h"

#include <map>
#include <sstream>
#include <vector>

#include "import/presets.h"
#include "import/table_mapper.h"
#include "model/scale.h"
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
std::string Required(const FieldSpec& spec, const TableKind& kind) {
  if (spec.required) return "yes";
  if (!spec.one_of_group) return "no";
  std::string others;
  for (const FieldSpec& f : kind.fields)
    if (f.one_of_group == spec.one_of_group)
      others += (others.empty() ? "`" : "` or `") + std::string(f.field);
  return others + "` (one of them)";
}

void FieldTable(const TableKind& kind, std::ostringstream& out) {
  out << "| field | recognised headers | required |\n|---|---|---|\n";
  for (const FieldSpec& spec : kind.fields) {
    // A field without names of its own is read only where a preset or the
    // user's "columns" names its header.
    const std::string names =
        spec.aliases.empty() ? "(only through a preset or `\"columns\"`)" : Names(spec.aliases);
    out << "| `" << spec.field << "` | " << names << " | " << Required(spec, kind) << " |\n";
  }
}

struct KindTable {
  InputKind kind;
  const TableKind* (*table)();
  const char* more;  // the columns a kind reads beyond its fields
};

}  // namespace

std::string FormatCatalogueMarkdown() {
  std::ostringstream out;
  out << kFormatCatalogueMarker << "\n\n"
      << "## Recognised header names, presets and answers\n\n"
         "The lists below are made from the importer's own tables. Header names are compared as\n"
         "described at the top (case, spaces, hyphens, `*innen` and umlaut spelling ignored); a\n"
         "source's `\"columns\"` in `ankerbericht.json` names any other header.\n";
  const std::vector<KindTable> kinds = {
      {InputKind::kVisits, [] { return &VisitsTable(); }, ""},
      {InputKind::kTallies, [] { return &TalliesTable(); },
       "Besides these: one column per configured age group, named by its `id` or `label`."},
      {InputKind::kEvents, [] { return &EventsTable(); },
       "Besides these: one column per configured age group, named by its `id` or `label`."},
      {InputKind::kFeedback, [] { return &FeedbackTable(); },
       "Besides these: one column per questionnaire item, named by its `id` or its full `text`."},
      {InputKind::kVotes, [] { return &VotesTable(); }, ""},
  };
  for (const KindTable& k : kinds) {
    out << "\n### " << InputKindName(k.kind) << "\n\n";
    FieldTable(*k.table(), out);
    if (*k.more) out << "\n" << k.more << "\n";
  }

  out << "\n### Presets\n\n"
         "A preset is recognised when the header row holds one name of every group (groups are\n"
         "separated by `;`), or named with `import --format NAME` / `\"format\": \"NAME\"`. Its "
         "names for a\n"
         "field are tried before the general ones above.\n\n"
         "| `--format` | kind | tool | recognised by | field ← the tool's header "
         "|\n|---|---|---|---|---|\n";
  for (const Preset& p : Presets()) {
    std::string signature;
    for (const std::vector<const char*>& group : p.signature)
      signature += (signature.empty() ? "" : "; ") + Names(group);
    if (p.detect) signature = "the layout of its header (see above)";
    if (signature.empty()) signature = "only by `--format`";
    std::string columns;
    for (const auto& [field, names] : p.columns)
      columns += (columns.empty() ? "`" : "; `") + std::string(field) + "` ← " + Names(names);
    if (p.table) {
      for (const FieldSpec& spec : p.table()->fields)
        columns += (columns.empty() ? "`" : "; `") + std::string(spec.field) + "` ← " +
                   Names(spec.aliases);
    }
    if (columns.empty()) columns = "as in the table of its kind";
    out << "| `" << p.name << "` | " << InputKindName(p.kind) << " | " << Cell(p.description)
        << " | " << signature << " | " << columns << " |\n";
  }

  out << "\n### Answers on the built-in scales\n\n"
         "Besides the numbers of a scale, these answer texts are read as the value shown "
         "(compared\n"
         "ignoring case, spaces and punctuation). An item's `\"labels\"` in the questionnaire add\n"
         "wordings of its own (lowest value first) and win over these.\n\n"
         "| scale | value | recognised answers |\n|---|---|---|\n";
  std::map<std::pair<std::string, int>, std::vector<const char*>> rows;
  std::vector<std::pair<std::string, int>> order;
  // The five-step families are all read on agree5 items.
  auto scale_of = [](std::string_view family) -> std::string {
    if (family == "grade") return "grade6";
    if (family == "yesno") return "yesno";
    return "agree5: " + std::string(family == "agree" ? "agreement" : family);
  };
  for (const ScaleWording& w : ScaleWordings()) {
    std::pair<std::string, int> key(scale_of(w.family), w.value);
    if (!rows.count(key)) order.push_back(key);
    rows[key].push_back(w.text);
  }
  for (const auto& key : order)
    out << "| " << key.first << " | " << key.second << " | " << Names(rows[key]) << " |\n";
  return out.str();
}

}  // namespace ankerbericht
