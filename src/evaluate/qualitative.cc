#include "evaluate/qualitative.h"

#include <algorithm>
#include <set>

#include "util/text.h"

namespace ankerbericht {

namespace {

std::map<std::string, std::string> EventFormats(const std::vector<Event>& events) {
  std::map<std::string, std::string> formats;
  for (const Event& e : events) formats[e.id] = e.format;
  return formats;
}

bool IsInsightSection(const std::string& title) {
  std::string key = FoldKey(title);
  return key == "erkenntnisse" || key == "erkenntnis" || key == "insights" ||
         key == "lessonslearned" || key == "lernerfahrungen";
}

// The kind of a note as a source code (see QuoteCandidate::source_kind).
std::string NoteKind(const Note& n) {
  if (n.kind == "reflexion" || n.kind == "interview-referent" || n.kind == "kurzinterview")
    return n.kind;
  return "note";
}

// Quote candidates: free text of forms (the group is the forms of the same
// event in the period, or all forms with text when not linked) and the body
// of consented notes (the people interviewed agreed to be quoted).
std::vector<QuoteCandidate> Candidates(const Site& site,
                                       const std::vector<FeedbackResponse>& feedback,
                                       const std::vector<Note>& notes,
                                       const std::vector<Event>& events, int k, bool internal) {
  std::map<std::string, int> per_event;
  int with_text = 0;
  for (const FeedbackResponse& r : feedback) {
    ++per_event[r.event_id];
    with_text += !FreeText(r, site).empty();
  }
  std::map<std::string, std::string> formats = EventFormats(events);
  std::vector<QuoteCandidate> out;
  for (const FeedbackResponse& r : feedback) {
    std::string text = FreeText(r, site);
    if (text.empty()) continue;
    auto format = formats.find(r.event_id);
    std::string format_name = format == formats.end() ? "" : format->second;
    int group = r.event_id.empty() ? with_text : per_event[r.event_id];
    // The team's edition names the format and the month; the public one
    // never points to fewer events than the threshold (AttributeQuote).
    QuoteAttribution said{MonthOf(r.date), true};
    if (!internal) said = AttributeQuote(r.date, format_name, events, k);
    out.push_back({text, r.date, said.with_format ? format_name : "", group, true, false,
                   "feedback", said.when});
  }
  for (const Note& n : notes) {
    for (const NoteSection& s : n.sections) {
      if (s.text.empty() || s.text.find("- [") != std::string::npos) continue;
      // An interview with one speaker: role, occasion and date point to one
      // person, however the text is scrubbed.
      // The public edition names the quarter: the month of a short
      // interview points to the one event it was held at.
      out.push_back({s.text, n.date, "", k, n.quote_consent, n.kind == "interview-referent",
                     NoteKind(n), internal ? MonthOf(n.date) : QuarterOf(n.date)});
    }
  }
  return out;
}

// The items of |text|: one per Markdown list item ("- ", "* ") or paragraph,
// each on one line (a soft line break of the source is a space).
std::vector<std::string> ListItems(const std::string& text) {
  std::vector<std::string> items;
  std::string current;
  bool fresh = true;  // the next line starts a new item
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line = Trim(std::string_view(text).substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      fresh = true;
      continue;
    }
    bool bullet = line.starts_with("- ") || line.starts_with("* ");
    if (bullet) line = Trim(line.substr(2));
    if (fresh || bullet) {
      if (!current.empty()) items.push_back(JoinLines(current));
      current.clear();
    }
    current.append(" ").append(line);
    fresh = false;
  }
  if (!current.empty()) items.push_back(JoinLines(current));
  return items;
}

}  // namespace

Result<Qualitative> EvaluateQualitative(const PeriodReader& records, const Site& site,
                                        const Period& period,
                                        const std::vector<CodebookTheme>& codebook,
                                        const QuoteChoices& choices, int k, bool internal,
                                        const PeriodData* loaded) {
  Qualitative q;
  q.has_codebook = !codebook.empty();
  Codebook book(codebook);
  // Actions need every note up to the period's end: an action decided last
  // year and ticked now is done in this period. The period's own notes are
  // the tail of them (same order), not read a second time.
  auto history = records.Notes(Date(1900, 1, 1), period.to);
  if (!history.ok()) return history.status();
  std::vector<Note> notes_in_period;
  for (const Note& n : *history) {
    if (n.date >= period.from) notes_in_period.push_back(n);
  }
  const std::vector<Note>* notes = &notes_in_period;
  // The period's feedback and events: as the caller loaded them, else read.
  Result<std::vector<FeedbackResponse>> feedback_read = std::vector<FeedbackResponse>{};
  Result<std::vector<Event>> events_read = std::vector<Event>{};
  if (!loaded) {
    feedback_read = records.Feedback(period);
    if (!feedback_read.ok()) return feedback_read.status();
    events_read = records.Events(period);
    if (!events_read.ok()) return events_read.status();
  }
  const std::vector<FeedbackResponse>* feedback = loaded ? &loaded->feedback : &*feedback_read;
  const std::vector<Event>* events = loaded ? &loaded->events : &*events_read;
  q.notes_in_period = static_cast<int>(notes->size());
  q.themes = CountThemes(book, site, *feedback, *notes, EventFormats(*events));

  Period prev = period.Previous();
  auto prev_notes = records.Notes(prev.from, prev.to);
  auto prev_feedback = records.Feedback(prev);
  auto prev_events = records.Events(prev);
  if (!prev_notes.ok()) return prev_notes.status();
  if (!prev_feedback.ok()) return prev_feedback.status();
  if (!prev_events.ok()) return prev_events.status();
  q.themes_previous =
      CountThemes(book, site, *prev_feedback, *prev_notes, EventFormats(*prev_events));

  q.quote_rules.privacy_threshold = k;
  q.quote_rules.pinned = choices.pinned;
  q.quote_rules.excluded = choices.excluded;
  q.quote_rules.names = choices.names;
  q.quote_rules.internal = internal;
  q.quotes =
      SelectQuotes(Candidates(site, *feedback, *notes, *events, k, internal), book, q.quote_rules);

  q.actions = TrackActions(*history);
  q.staff_names = StaffNames(*history);
  q.action_counts = CountActions(q.actions, period);
  q.insights = NoteInsights(*notes, internal, &q.insights_left_out);
  return q;
}

std::vector<Insight> NoteInsights(const std::vector<Note>& notes, bool internal, int* left_out) {
  std::vector<Insight> out;
  if (left_out) *left_out = 0;
  for (const Note& n : notes) {
    for (const NoteSection& s : n.sections) {
      if (!IsInsightSection(s.title) || s.text.empty()) continue;
      if (n.kind == "interview-referent" && !internal) {
        if (left_out) ++*left_out;
        continue;
      }
      for (const std::string& item : ListItems(s.text))
        out.push_back({n.date, internal ? n.title : "", item, NoteKind(n)});
    }
  }
  return out;
}

std::vector<std::string> StaffNames(const std::vector<Note>& notes) {
  std::set<std::string> names;
  auto add = [&](std::string name) {
    name = std::string(Trim(name));
    if (!name.empty() && name[0] == '@') name = name.substr(1);
    if (name.size() < 3) return;
    names.insert(name);
    // "Anna M." -> "Anna": the first name alone appears in running text.
    size_t space = name.find(' ');
    if (space != std::string::npos && space >= 3) names.insert(name.substr(0, space));
  };
  for (const Note& n : notes) {
    for (const std::string& a : n.authors) add(a);
    for (const NoteAction& a : n.actions) add(a.owner);
  }
  std::vector<std::string> out(names.begin(), names.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

std::vector<QualitativeIndicator> QualitativeIndicators(const Qualitative& q, int k,
                                                        bool internal) {
  std::vector<QualitativeIndicator> out;
  auto count = [&](int n) -> std::optional<double> {
    if (!internal && n > 0 && n < k) return std::nullopt;
    return n;
  };
  auto share = [&](int n, int of) -> std::optional<double> {
    if (of <= 0 || (!internal && (of < k || (n > 0 && n < k)))) return std::nullopt;
    return 100.0 * n / of;
  };
  for (size_t i = 0; i < q.themes.themes.size(); ++i) {
    const ThemeCount& now = q.themes.themes[i];
    const ThemeCount& before = q.themes_previous.themes[i];
    out.push_back({"themes." + now.id + ".mentions", "count", count(now.mentions()),
                   count(before.mentions())});
    out.push_back({"themes." + now.id + ".share", "percent",
                   share(now.responses, q.themes.responses_with_text),
                   share(before.responses, q.themes_previous.responses_with_text)});
  }
  // Actions are the team's own work, not people's answers: no threshold.
  out.push_back({"actions.new", "count", q.action_counts.decided, std::nullopt});
  out.push_back({"actions.done", "count", q.action_counts.done, std::nullopt});
  out.push_back({"actions.open", "count", q.action_counts.open, std::nullopt});
  out.push_back({"actions.overdue", "count", q.action_counts.overdue, std::nullopt});
  out.push_back({"notes.count", "count", q.notes_in_period, std::nullopt});
  return out;
}

}  // namespace ankerbericht
