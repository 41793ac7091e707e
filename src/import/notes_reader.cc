// Notes: the team's Markdown files (reflections, interviews) with a small
// header between "---" lines, sections, #tags and "- [ ]" actions.
#include "import/notes_reader.h"

#include <regex>

#include "util/text.h"

namespace ankerbericht {

namespace {

struct HeaderKey {
  const char* field;
  std::vector<const char*> names;
};

const std::vector<HeaderKey>& HeaderKeys() {
  static const std::vector<HeaderKey> kKeys = {
      {"date", {"datum", "date"}},
      {"kind", {"art", "typ", "kind", "type"}},
      {"events", {"veranstaltungen", "veranstaltung", "events", "event"}},
      {"authors", {"autorinnen", "autoren", "autorin", "autor", "authors", "author", "von"}},
      {"consent", {"zitate", "einwilligung", "zitierbar", "consent", "quotes"}},
      {"title", {"titel", "title"}},
  };
  return kKeys;
}

const char* FieldOf(const std::string& key) {
  std::string k = FoldKey(key);
  for (const HeaderKey& h : HeaderKeys())
    for (const char* n : h.names)
      if (k == FoldKey(n)) return h.field;
  return nullptr;
}

std::optional<std::string> ParseKind(const std::string& value) {
  std::string k = FoldKey(value);
  if (k == "reflexion" || k == "teamreflexion" || k == "reflection") return "reflexion";
  if (k == "interviewreferent" || k == "interviewreferentin" || k == "referenteninterview" ||
      k == "speakerinterview")
    return "interview-referent";
  if (k == "kurzinterview" || k == "shortinterview" || k == "interview") return "kurzinterview";
  if (k == "sonstiges" || k == "other" || k == "notiz") return "sonstiges";
  return std::nullopt;
}

std::optional<bool> ParseYesNo(const std::string& value) {
  std::string k = FoldKey(value);
  if (k == "ja" || k == "yes" || k == "true" || k == "j") return true;
  if (k == "nein" || k == "no" || k == "false" || k == "n") return false;
  return std::nullopt;
}

// Strips a trailing "# comment" from a header value ("reflexion   # ...").
std::string StripComment(std::string value) {
  size_t hash = value.find(" #");
  if (hash != std::string::npos) value.erase(hash);
  return std::string(Trim(value));
}

// "- [ ] text (@Owner, bis 30.04.2026)" -> an action.
NoteAction ParseAction(const std::string& body, bool done, int line) {
  NoteAction a;
  a.done = done;
  a.line = line;
  std::string text = body;
  static const std::regex kOwner(R"(@([^\s,;)]+))");
  static const std::regex kDue(R"((?:bis|due|fällig)\s*:?\s*(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}))",
                               std::regex::icase);
  std::smatch m;
  if (std::regex_search(text, m, kOwner)) a.owner = m[1];
  if (std::regex_search(text, m, kDue)) a.due = Date::Parse(m[1].str());
  // The visible text without the trailing "(…)" holding owner and due date.
  size_t paren = text.rfind(" (");
  if (paren != std::string::npos && (text.find('@', paren) != std::string::npos ||
                                     std::regex_search(text.substr(paren), kDue))) {
    text.erase(paren);
  }
  a.text = std::string(Trim(text));
  return a;
}

void CollectTags(const std::string& line, std::vector<std::string>* tags) {
  // A tag is '#' followed by letters, digits, '-' or '_' (UTF-8 letters too),
  // at the start of a line or after white space, so "Raum #3" style numbers and
  // Markdown headings ("# Titel") are not taken as tags.
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '#' || (i > 0 && line[i - 1] != ' ' && line[i - 1] != '(')) continue;
    size_t j = i + 1;
    while (j < line.size() && (static_cast<unsigned char>(line[j]) >= 0x80 || std::isalnum(static_cast<unsigned char>(line[j])) ||
                               line[j] == '-' || line[j] == '_'))
      ++j;
    if (j > i + 1) {
      std::string tag = AsciiLower(line.substr(i + 1, j - i - 1));
      bool has_letter = false;
      for (char c : tag) has_letter |= !(c >= '0' && c <= '9');
      if (has_letter) {
        bool dup = false;
        for (const std::string& t : *tags) dup |= t == tag;
        if (!dup) tags->push_back(tag);
      }
    }
    i = j;
  }
}

}  // namespace

Status ReadNote(const std::string& text, const ImportContext& ctx, Note* note,
                std::vector<Rejection>* problems) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = end + 1;
  }
  size_t i = 0;
  while (i < lines.size() && Trim(lines[i]).empty()) ++i;
  if (i >= lines.size() || Trim(lines[i]) != "---") {
    return Status::InvalidInput(Located(ctx.file, static_cast<int>(i + 1),
                                        "a note must start with a header between --- lines "
                                        "(datum, art, veranstaltungen, autorinnen)"));
  }
  int header_start = static_cast<int>(i + 1);
  bool have_date = false;
  for (++i; i < lines.size() && Trim(lines[i]) != "---"; ++i) {
    int line_no = static_cast<int>(i + 1);
    std::string line(Trim(lines[i]));
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      return Status::InvalidInput(Located(ctx.file, line_no, "header line must read \"key: value\" (" + line + ")"));
    }
    std::string key(Trim(line.substr(0, colon)));
    std::string value = StripComment(line.substr(colon + 1));
    const char* field = FieldOf(key);
    if (!field) {
      return Status::InvalidInput(Located(ctx.file, line_no,
                                          "unknown header key \"" + key +
                                              "\" (known: datum, art, veranstaltungen, autorinnen, zitate, titel)"));
    }
    std::string f = field;
    if (f == "date") {
      std::optional<Date> d = Date::Parse(value);
      if (!d) return Status::InvalidInput(Located(ctx.file, line_no, "datum: not a valid date (" + value + ")"));
      note->date = *d;
      have_date = true;
    } else if (f == "kind") {
      std::optional<std::string> kind = ParseKind(value);
      if (!kind) {
        return Status::InvalidInput(Located(ctx.file, line_no,
                                            "art: unknown kind \"" + value +
                                                "\" (use reflexion, interview-referent, kurzinterview or sonstiges)"));
      }
      note->kind = *kind;
    } else if (f == "events") {
      note->event_ids = SplitAnyList(value);
      for (const std::string& id : note->event_ids) {
        if (!ctx.known_event_ids.count(id)) {
          problems->push_back({line_no, "veranstaltungen", "unknown event id (not linked)", id});
        }
      }
    } else if (f == "authors") {
      note->authors = SplitAnyList(value);
    } else if (f == "consent") {
      std::optional<bool> yes = ParseYesNo(value);
      if (!yes) return Status::InvalidInput(Located(ctx.file, line_no, "zitate: use ja or nein (" + value + ")"));
      note->quote_consent = *yes;
    } else if (f == "title") {
      note->title = value;
    }
  }
  if (i >= lines.size()) {
    return Status::InvalidInput(Located(ctx.file, header_start, "the header opened here is never closed with ---"));
  }
  if (!have_date) return Status::InvalidInput(Located(ctx.file, header_start, "the header has no datum"));
  if (note->kind.empty()) note->kind = "sonstiges";

  NoteSection* section = nullptr;
  static const std::regex kAction(R"(^\s*[-*]\s*\[( |x|X)\]\s*(.*)$)");
  for (++i; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    int line_no = static_cast<int>(i + 1);
    std::smatch m;
    if (StartsWith(line, "# ") && note->title.empty()) {
      note->title = std::string(Trim(line.substr(2)));
      continue;
    }
    if (StartsWith(line, "## ") || (StartsWith(line, "# ") && !note->title.empty())) {
      note->sections.push_back({std::string(Trim(line.substr(line.find(' ') + 1))), "", line_no});
      section = &note->sections.back();
      continue;
    }
    CollectTags(line, &note->tags);
    if (std::regex_match(line, m, kAction)) {
      note->actions.push_back(ParseAction(m[2], m[1] != " ", line_no));
    }
    if (!section) {
      if (Trim(line).empty()) continue;
      note->sections.push_back({"", "", line_no});
      section = &note->sections.back();
    }
    if (!section->text.empty()) section->text += "\n";
    section->text += line;
  }
  for (NoteSection& s : note->sections) s.text = std::string(Trim(s.text));
  return Status::Ok();
}

}  // namespace ankerbericht
