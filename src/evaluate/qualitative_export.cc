#include "evaluate/qualitative_export.h"

#include <Poco/JSON/Array.h>

namespace ankerbericht {

namespace {

Poco::Dynamic::Var Count(int n, int k, bool internal) {
  if (!internal && n > 0 && n < k) return "< " + std::to_string(k);
  return n;
}

}  // namespace

Poco::JSON::Object QualitativeJson(const Qualitative& q, int k, bool internal,
                                   const FigureWords::Language& words) {
  using Poco::JSON::Array;
  using Poco::JSON::Object;
  Object root(Poco::JSON_PRESERVE_KEY_ORDER);
  root.set("notes", q.notes_in_period);
  root.set("responses_with_text", q.themes.responses_with_text);
  Array themes;
  for (size_t i = 0; i < q.themes.themes.size(); ++i) {
    const ThemeCount& t = q.themes.themes[i];
    Object theme(Poco::JSON_PRESERVE_KEY_ORDER);
    theme.set("id", t.id);
    theme.set("label", t.label);
    theme.set("responses", Count(t.responses, k, internal));
    theme.set("notes", t.notes);
    theme.set("previous_mentions", Count(q.themes_previous.themes[i].mentions(), k, internal));
    Object by_format(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [format, n] : t.by_format)
      by_format.set(format.empty() ? words.without_event : format, Count(n, k, internal));
    theme.set("by_format", by_format);
    Array quotes;
    auto it = q.quotes.find(t.id);
    if (it != q.quotes.end()) {
      for (const SelectedQuote& s : it->second) {
        Object quote(Poco::JSON_PRESERVE_KEY_ORDER);
        quote.set("id", s.id);
        quote.set("text", s.text);
        auto kind = words.quote_sources.find(s.source_kind);
        quote.set("source", QuoteSource(kind == words.quote_sources.end() ? "" : kind->second,
                                        s.source_kind, s.source));
        quote.set("date", s.date.ToIso());
        quote.set("pinned", s.pinned);
        quotes.add(quote);
      }
    }
    theme.set("quotes", quotes);
    themes.add(theme);
  }
  root.set("themes", themes);
  root.set("quote_rule", words.quote_rule);
  Array actions;
  for (const TrackedAction& a : q.actions) {
    Object action(Poco::JSON_PRESERVE_KEY_ORDER);
    action.set("text", a.text);
    action.set("owner", a.owner);
    action.set("decided", a.decided.ToIso());
    action.set("decided_in", a.decided_in);
    action.set("due", a.due ? Poco::Dynamic::Var(a.due->ToIso()) : Poco::Dynamic::Var());
    action.set("done", a.done ? Poco::Dynamic::Var(a.done->ToIso()) : Poco::Dynamic::Var());
    actions.add(action);
  }
  root.set("actions", actions);
  return root;
}

}  // namespace ankerbericht
