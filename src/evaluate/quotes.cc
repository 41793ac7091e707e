#include "evaluate/quotes.h"

#include <algorithm>
#include <cstdio>

#include "evaluate/scrub.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

size_t Utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// |text| without its #tags and the tags alone ("#senioren" -> "senioren").
std::string WithoutTags(const std::string& text, std::vector<std::string>* tags) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    bool starts = text[i] == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n') &&
                  i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '#';
    if (!starts) {
      out += text[i++];
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != ',' &&
           text[end] != '.')
      ++end;
    tags->push_back(text.substr(i + 1, end - i - 1));
    i = end;
  }
  return out;
}

}  // namespace

std::string QuoteId(const std::string& text) {
  // FNV-1a over the folded text: stable across runs and machines, and blind
  // to spacing and punctuation edits.
  uint32_t h = 2166136261u;
  for (char c : FoldKey(text)) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

QuoteAttribution AttributeQuote(const Date& date, const std::string& format,
                                const std::vector<Event>& events, int k) {
  const Period spans[] = {MonthOf(date), QuarterOf(date), HalfYearOf(date)};
  auto held = [&](const Period& span, bool of_format) {
    int n = 0;
    for (const Event& e : events)
      n += e.status == EventStatus::kHeld && span.Contains(e.date) &&
           (!of_format || e.format == format);
    return n;
  };
  if (!format.empty()) {
    for (const Period& span : spans)
      if (held(span, true) >= k) return {span, true};
  }
  for (const Period& span : spans)
    if (held(span, false) >= k) return {span, false};
  return {spans[2], false};
}

Period QuoteWhen(const SelectedQuote& quote) {
  return quote.when.id.empty() ? MonthOf(quote.date) : quote.when;
}

std::map<std::string, std::vector<SelectedQuote>> SelectQuotes(
    const std::vector<QuoteCandidate>& candidates, const Codebook& codebook,
    const QuoteRules& rules) {
  struct Eligible {
    SelectedQuote quote;
    std::set<std::string> themes;
  };
  std::vector<Eligible> eligible;
  for (const QuoteCandidate& c : candidates) {
    if (!c.consent || c.group_size < rules.privacy_threshold) continue;
    if (c.one_person && !rules.internal) continue;
    std::string id = QuoteId(c.text);
    if (rules.excluded.count(id)) continue;
    std::string text = JoinLines(Scrub(c.text, rules.names).text);
    size_t length = Utf8Length(text);
    if (length < rules.min_chars || length > rules.max_chars) continue;
    std::vector<std::string> tags;
    std::set<std::string> themes = codebook.Match(WithoutTags(c.text, &tags));
    if (themes.empty()) themes = codebook.MatchTags(tags);
    if (themes.empty()) themes = codebook.Match(c.text);  // a tag that is a keyword ("#tablet")
    if (themes.empty()) continue;
    eligible.push_back({SelectedQuote{id, text, c.date, c.source, rules.pinned.count(id) > 0,
                                      c.source_kind, c.when},
                        themes});
  }
  std::sort(eligible.begin(), eligible.end(), [](const Eligible& a, const Eligible& b) {
    if (a.quote.pinned != b.quote.pinned) return a.quote.pinned;
    if (a.quote.date != b.quote.date) return a.quote.date > b.quote.date;
    return a.quote.id < b.quote.id;
  });
  std::map<std::string, std::vector<SelectedQuote>> chosen;
  std::set<std::string> used;
  for (const CodebookTheme& theme : codebook.themes()) {
    for (const Eligible& e : eligible) {
      if (chosen[theme.id].size() >= rules.per_theme) break;
      if (!e.themes.count(theme.id) || used.count(e.quote.id)) continue;
      chosen[theme.id].push_back(e.quote);
      used.insert(e.quote.id);
    }
    if (chosen[theme.id].empty()) chosen.erase(theme.id);
  }
  return chosen;
}

std::string QuoteSource(const std::string& kind_word, const std::string& kind,
                        const std::string& detail) {
  if (kind.empty()) return detail;
  if (kind == "feedback") return detail.empty() ? kind_word : kind_word + ", " + detail;
  return detail.empty() ? kind_word : detail;
}

}  // namespace ankerbericht
