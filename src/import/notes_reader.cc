// Notes: the team's Markdown files (reflections, interviews) with a small
// header between "---" lines, sections, #tags and "- [ ]" actions.
#include "import/notes_reader.h"

#include <string_view>
#include <unordered_set>

#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

enum class NoteField { kDate, kKind, kEvents, kAuthors, kConsent, kTitle };

struct HeaderKey {
  NoteField field;
  std::vector<const char*> names;
};

// input vocabulary: the header keys, kinds and words of a note as teams write them
const std::vector<HeaderKey>& HeaderKeys() {
  static const std::vector<HeaderKey> kKeys = {
      {NoteField::kDate, {"datum", "date"}},
      {NoteField::kKind, {"art", "typ", "kind", "type"}},
      {NoteField::kEvents, {"veranstaltungen", "veranstaltung", "events", "event"}},
      {NoteField::kAuthors,
       {"autorinnen", "autoren", "autorin", "autor", "authors", "author", "von"}},
      {NoteField::kConsent, {"zitate", "einwilligung", "zitierbar", "consent", "quotes"}},
      {NoteField::kTitle, {"titel", "title"}},
  };
  return kKeys;
}

// The kind of a note whose header names none.
constexpr const char kOtherKind[] = "sonstiges";

std::optional<std::string> ParseKind(const std::string& value) {
  std::string k = FoldKey(value);
  if (k == "reflexion" || k == "teamreflexion" || k == "reflection") return "reflexion";
  if (k == "interviewreferent" || k == "interviewreferentin" || k == "referenteninterview" ||
      k == "speakerinterview")
    return "interview-referent";
  if (k == "kurzinterview" || k == "shortinterview" || k == "interview") return "kurzinterview";
  if (k == kOtherKind || k == "other" || k == "notiz") return kOtherKind;
  return std::nullopt;
}

std::optional<bool> ParseYesNo(const std::string& value) {
  std::string k = FoldKey(value);
  if (k == "ja" || k == "yes" || k == "true" || k == "j") return true;
  if (k == "nein" || k == "no" || k == "false" || k == "n") return false;
  return std::nullopt;
}
// end of input vocabulary

std::optional<NoteField> FieldOf(const std::string& key) {
  std::string k = FoldKey(key);
  for (const HeaderKey& h : HeaderKeys())
    for (const char* n : h.names)
      if (k == FoldKey(n)) return h.field;
  return std::nullopt;
}

// Strips a trailing "# comment" from a header value ("reflexion   # ...").
std::string StripComment(std::string value) {
  size_t hash = value.find(" #");
  if (hash != std::string::npos) value.erase(hash);
  return std::string(Trim(value));
}

bool IsBlankChar(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

size_t SkipBlanks(std::string_view s, size_t i) {
  while (i < s.size() && IsBlankChar(s[i])) ++i;
  return i;
}

// The owner of "... @Jonas, bis ...": the first '@' followed by a name, up to
// white space, ',', ';' or ')'. Empty if there is none.
std::string FindOwner(std::string_view text) {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t end = at + 1;
    while (end < text.size() && !IsBlankChar(text[end]) && text[end] != '\n' && text[end] != ',' &&
           text[end] != ';' && text[end] != ')')
      ++end;
    if (end > at + 1) return std::string(text.substr(at + 1, end - at - 1));
  }
  return "";
}

// The length of "d.m.yyyy"/"dd.mm.yyyy" or "yyyy-mm-dd" at |i|, or 0.
size_t DateShapeAt(std::string_view s, size_t i) {
  auto digits = [&](size_t from) {
    size_t j = from;
    while (j < s.size() && IsDigitChar(s[j])) ++j;
    return j - from;
  };
  size_t day = digits(i);
  if (day >= 1 && day <= 2 && i + day < s.size() && s[i + day] == '.') {
    size_t m = i + day + 1;
    size_t month = digits(m);
    if (month >= 1 && month <= 2 && m + month < s.size() && s[m + month] == '.' &&
        digits(m + month + 1) >= 4) {
      return day + month + 6;
    }
  }
  if (day >= 4 && i + 10 <= s.size() && s[i + 4] == '-' && IsDigitChar(s[i + 5]) &&
      IsDigitChar(s[i + 6]) && s[i + 7] == '-' && IsDigitChar(s[i + 8]) && IsDigitChar(s[i + 9])) {
    return 10;
  }
  return 0;
}

// The due date after "bis", "due" or "fällig" (any case, an optional ':') as
// written ("30.04.2026", "2026-04-30"); "" if there is none. It is only shaped
// like a date and may still not exist.
std::string FindDue(std::string_view text) {
  std::string lower = AsciiLower(text);
  for (size_t i = 0; i < lower.size(); ++i) {
    size_t len = 0;
    // input vocabulary: the words before a due date
    for (std::string_view word :
         {std::string_view("bis"), std::string_view("due"), std::string_view("f\xC3\xA4llig")}) {
      if (lower.compare(i, word.size(), word) == 0) len = word.size();
    }
    // end of input vocabulary
    // A keyword starts a word: "Erlebnis 12.03.2026" names no due date.
    if (len == 0 || (i > 0 && (std::isalnum(static_cast<unsigned char>(lower[i - 1])) ||
                               static_cast<unsigned char>(lower[i - 1]) >= 0x80))) {
      continue;
    }
    size_t j = SkipBlanks(text, i + len);
    if (j < text.size() && text[j] == ':') j = SkipBlanks(text, j + 1);
    if (size_t shape = DateShapeAt(text, j)) return std::string(text.substr(j, shape));
  }
  return "";
}

// "- [ ] text (@Owner, bis 30.04.2026)" -> an action. A due date that does not
// exist ("bis 31.02.2026") is reported in |warnings|; the action stays.
NoteAction ParseAction(const std::string& body, bool done, int line,
                       std::vector<Rejection>* warnings) {
  NoteAction a;
  a.done = done;
  a.line = line;
  std::string text = body;
  a.owner = FindOwner(text);
  std::string due = FindDue(text);
  if (!due.empty()) {
    a.due = Date::Parse(due);
    if (!a.due) {
      warnings->push_back({line, CliWords().Get("import.note.action_due"),
                           CliWords().Get("import.note.due_invalid"), due});
    }
  }
  // The visible text without the trailing "(…)" holding owner and due date.
  size_t paren = text.rfind(" (");
  if (paren != std::string::npos && (text.find('@', paren) != std::string::npos ||
                                     !FindDue(std::string_view(text).substr(paren)).empty())) {
    text.erase(paren);
  }
  a.text = std::string(Trim(text));
  return a;
}

// "- [ ] text", "* [x] text": whether |line| is an action, whether it is done
// and where its text starts.
bool IsActionLine(const std::string& line, bool* done, size_t* text_start) {
  size_t i = SkipBlanks(line, 0);
  if (i >= line.size() || (line[i] != '-' && line[i] != '*')) return false;
  i = SkipBlanks(line, i + 1);
  if (i + 2 >= line.size() || line[i] != '[' || line[i + 2] != ']') return false;
  char mark = line[i + 1];
  if (mark != ' ' && mark != 'x' && mark != 'X') return false;
  *done = mark != ' ';
  *text_start = SkipBlanks(line, i + 3);
  return true;
}

// |seen| holds the tags already in |tags|, so a note with thousands of tags
// is read in linear time (a hostile note with 300,000 tags hung the import).
void CollectTags(const std::string& line, std::vector<std::string>* tags,
                 std::unordered_set<std::string>* seen) {
  // A tag is '#' followed by letters, digits, '-' or '_' (UTF-8 letters too),
  // at the start of a line or after white space, so "Raum #3" style numbers and
  // Markdown headings ("# Titel") are not taken as tags.
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '#' || (i > 0 && line[i - 1] != ' ' && line[i - 1] != '(')) continue;
    size_t j = i + 1;
    while (j < line.size() &&
           (static_cast<unsigned char>(line[j]) >= 0x80 ||
            std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '-' || line[j] == '_'))
      ++j;
    if (j > i + 1) {
      std::string tag = AsciiLower(line.substr(i + 1, j - i - 1));
      bool has_letter = false;
      for (char c : tag) has_letter |= !(c >= '0' && c <= '9');
      if (has_letter) {
        if (seen->insert(tag).second) tags->push_back(tag);
      }
    }
    i = j;
  }
}

// The lines of |text|, a CR before each LF dropped.
std::vector<std::string> SplitLines(const std::string& text) {
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
  return lines;
}

// Takes one header line's |value| for |field| (FieldOf) into |note|; |key|
// is the key as written, for messages. Unknown event ids are noted in
// |problems| (the note is kept); a value that cannot be read fails with
// kInvalidInput "file:line: ...".
Status ReadHeaderField(NoteField field, const std::string& key, const std::string& value,
                       int line_no, const ImportContext& ctx, Note* note, bool* have_date,
                       std::vector<Rejection>* problems) {
  const Strings& words = CliWords();
  auto bad = [&](const char* what) {
    return Status::InvalidInput(Located(
        ctx.file, line_no,
        words.Format("import.note.header_value",
                     {{"key", key}, {"problem", words.Get(what)}, {"value", Excerpt(value)}})));
  };
  switch (field) {
    case NoteField::kDate: {
      std::optional<Date> d = Date::Parse(value);
      if (!d) return bad("import.note.date_invalid");
      note->date = *d;
      *have_date = true;
      break;
    }
    case NoteField::kKind: {
      std::optional<std::string> kind = ParseKind(value);
      if (!kind) return bad("import.note.kind_unknown");
      note->kind = *kind;
      break;
    }
    case NoteField::kEvents:
      note->event_ids = SplitAnyList(value);
      for (const std::string& id : note->event_ids) {
        if (!ctx.known_event_ids.count(id))
          problems->push_back({line_no, key, words.Get("import.note.event_unknown"), id});
      }
      break;
    case NoteField::kAuthors:
      note->authors = SplitAnyList(value);
      break;
    case NoteField::kConsent: {
      std::optional<bool> yes = ParseYesNo(value);
      if (!yes) return bad("import.note.consent_invalid");
      note->quote_consent = *yes;
      break;
    }
    case NoteField::kTitle:
      note->title = value;
      break;
  }
  return Status::Ok();
}

// Reads the header between the --- lines, from lines[*at] on; leaves *at on
// the closing ---.
Status ReadHeader(const std::vector<std::string>& lines, const ImportContext& ctx, size_t* at,
                  Note* note, std::vector<Rejection>* problems) {
  size_t& i = *at;
  while (i < lines.size() && Trim(lines[i]).empty()) ++i;
  if (i >= lines.size() || Trim(lines[i]) != "---") {
    return Status::InvalidInput(
        Located(ctx.file, static_cast<int>(i + 1), CliWords().Get("import.note.no_header")));
  }
  int header_start = static_cast<int>(i + 1);
  bool have_date = false;
  for (++i; i < lines.size() && Trim(lines[i]) != "---"; ++i) {
    int line_no = static_cast<int>(i + 1);
    std::string line(Trim(lines[i]));
    if (line.empty() || line[0] == '#') continue;
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      return Status::InvalidInput(
          Located(ctx.file, line_no,
                  CliWords().Format("import.note.header_line", {{"line", Excerpt(line)}})));
    }
    std::string key(Trim(line.substr(0, colon)));
    std::string value = StripComment(line.substr(colon + 1));
    std::optional<NoteField> field = FieldOf(key);
    if (!field) {
      return Status::InvalidInput(
          Located(ctx.file, line_no,
                  CliWords().Format("import.note.key_unknown", {{"key", Excerpt(key)}})));
    }
    ANKER_RETURN_IF_ERROR(
        ReadHeaderField(*field, key, value, line_no, ctx, note, &have_date, problems));
  }
  if (i >= lines.size()) {
    return Status::InvalidInput(
        Located(ctx.file, header_start, CliWords().Get("import.note.header_not_closed")));
  }
  if (!have_date)
    return Status::InvalidInput(
        Located(ctx.file, header_start, CliWords().Get("import.note.no_date")));
  if (note->kind.empty()) note->kind = kOtherKind;
  return Status::Ok();
}

// Reads the body after the header (lines from |i| on): the title, sections,
// #tags and action lines.
void ReadBody(const std::vector<std::string>& lines, size_t i, Note* note,
              std::vector<Rejection>* warnings) {
  std::unordered_set<std::string> seen_tags(note->tags.begin(), note->tags.end());
  NoteSection* section = nullptr;
  for (++i; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    int line_no = static_cast<int>(i + 1);
    if (StartsWith(line, "# ") && note->title.empty()) {
      note->title = std::string(Trim(line.substr(2)));
      continue;
    }
    if (StartsWith(line, "## ") || (StartsWith(line, "# ") && !note->title.empty())) {
      note->sections.push_back({std::string(Trim(line.substr(line.find(' ') + 1))), "", line_no});
      section = &note->sections.back();
      continue;
    }
    CollectTags(line, &note->tags, &seen_tags);
    bool done = false;
    size_t action_text = 0;
    if (IsActionLine(line, &done, &action_text)) {
      note->actions.push_back(ParseAction(line.substr(action_text), done, line_no, warnings));
    }
    if (!section) {
      if (Trim(line).empty()) continue;
      note->sections.push_back({"", "", line_no});
      section = &note->sections.back();
    }
    if (!section->text.empty()) section->text += "\n";
    section->text += line;
  }
}

}  // namespace

Status ReadNote(const std::string& raw, const ImportContext& ctx, Note* note,
                std::vector<Rejection>* problems, std::vector<Rejection>* warnings) {
  // A NUL byte or an escape code is invisible in a title or an event id.
  const std::vector<std::string> lines = SplitLines(StripControlChars(raw));
  size_t i = 0;
  ANKER_RETURN_IF_ERROR(ReadHeader(lines, ctx, &i, note, problems));
  ReadBody(lines, i, note, warnings);
  for (NoteSection& s : note->sections) s.text = std::string(Trim(s.text));
  return Status::Ok();
}

}  // namespace ankerbericht
