#include "document/edition.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "document/consolidation_sections.h"
#include "evaluate/scrub.h"
#include "util/strings.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

namespace {

// A byte that belongs to a tag's word: letters, digits, '-', '_' and any
// byte of a multi-byte UTF-8 character (umlauts).
bool TagByte(unsigned char ch) {
  return ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
}

// "31.10." (German) or "10-31" is too short for a header; the year is in
// the notice next to it.
std::string ShortDate(const Date& d, const std::string& lang) {
  return BuiltinLocale(lang).FormatDate(d);
}

// "Halbjahr", "Quartal", ...: what the period is, for the notice.
std::string PeriodNoun(const BuildContext& c) {
  switch (c.ev.period.kind) {
    case Period::Kind::kHalf:
      return c.S("edition.period_noun.half_year");
    case Period::Kind::kQuarter:
      return c.S("edition.period_noun.quarter");
    case Period::Kind::kMonth:
      return c.S("edition.period_noun.month");
    case Period::Kind::kYear:
      return c.S("edition.period_noun.year");
    case Period::Kind::kRange:
      return c.S("edition.period_noun.period");
  }
  return c.S("edition.period_noun.period");
}

// A kind of data in the reader's words: what was counted
// ("edition.source_kind.visits": "Zählanlage (Besuchszählung)") and in which
// unit ("edition.source_unit.visits": "Zählwerte").
std::string KindName(const BuildContext& c, InputKind kind) {
  return c.S(std::string("edition.source_kind.") + InputKindName(kind));
}

std::string KindUnit(const BuildContext& c, InputKind kind) {
  return c.S(std::string("edition.source_unit.") + InputKindName(kind));
}

// "2026-11-21T22:10:05Z" -> "21.11.2026" / "2026-11-21".
std::string ImportDate(const std::string& iso, const Locale& locale) {
  std::optional<Date> d = Date::Parse(iso.substr(0, 10));
  return d ? locale.FormatDate(*d) : iso;
}

std::string Count(int64_t n, const std::string& lang) {
  return BuiltinLocale(lang).FormatNumber(static_cast<double>(n), 0);
}

void AddFileTable(const BuildContext& c, const std::vector<const SourceFile*>& files,
                  Document* doc) {
  Table table;
  table.columns = {
      {c.S("edition.file_table.file"), false},     {c.S("edition.file_table.kind"), false},
      {c.S("edition.file_table.rows"), true},      {c.S("edition.file_table.rejected"), true},
      {c.S("edition.file_table.imported"), false}, {c.S("edition.file_table.sha_256"), false}};
  for (const SourceFile* f : files) {
    // A file imported from outside the workspace was stored under its full
    // path; the report shows its name only, never a user's folders.
    table.rows.push_back({PathForDocument(f->path), KindName(c, f->kind),
                          Count(f->rows_imported, c.lang), Count(f->rows_rejected, c.lang),
                          ImportDate(f->imported_at, c.locale()), f->hash.substr(0, 8)});
  }
  doc->blocks.push_back(table);
  doc->blocks.push_back(Remark{c.S("edition.file_table.sha_256_first_8")});
  c.log.file_names = true;
}

}  // namespace

std::string InternalMarker(const Strings& words) { return words.Get("edition.internal_marker"); }

namespace {

// A lower-case letter at |pos|: ASCII or a German umlaut / ß in UTF-8.
bool StartsLowerCase(const std::string& text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 'a' && c <= 'z') return true;
  if (c != 0xC3 || pos + 1 >= text.size()) return false;
  unsigned char d = static_cast<unsigned char>(text[pos + 1]);
  return d == 0xA4 || d == 0xB6 || d == 0xBC || d == 0x9F;
}

// |word| with its first letter upper-case (ASCII and ä, ö, ü).
std::string Capitalised(std::string word) {
  if (word.empty()) return word;
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'a' && c <= 'z') {
    word[0] = static_cast<char>(c - 'a' + 'A');
  } else if (c == 0xC3 && word.size() > 1) {
    unsigned char d = static_cast<unsigned char>(word[1]);
    if (d == 0xA4 || d == 0xB6 || d == 0xBC) word[1] = static_cast<char>(d - 0x20);
  }
  return word;
}

// True if out[0..at] ends a sentence: ".", "!", "?", ":", ";" or a line
// end, also when a closing quotation mark follows the full stop
// ("… nehmen.“ #senioren": the tag labels the quote, it is no word of it).
bool EndsSentence(const std::string& out, size_t at) {
  auto ends = [](char ch) {
    return ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == ':' || ch == ';';
  };
  if (ends(out[at])) return true;
  size_t quote = 0;  // bytes of a closing quotation mark ending at |at|
  if (out[at] == '"' || out[at] == '\'') quote = 1;
  for (const char* mark : {"\u201C", "\u201D", "\u00BB", "\u00AB", "\u2019"}) {
    std::string_view m(mark);
    if (at + 1 >= m.size() && std::string_view(out).substr(at + 1 - m.size(), m.size()) == m)
      quote = m.size();
  }
  return quote > 0 && at >= quote && ends(out[at - quote]);
}

}  // namespace

std::string StripTags(const std::string& text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    bool starts_tag = ch == '#' && i + 1 < text.size() &&
                      TagByte(static_cast<unsigned char>(text[i + 1])) &&
                      !(i > 0 && TagByte(static_cast<unsigned char>(text[i - 1])));
    if (!starts_tag) {
      out += text[i++];
      continue;
    }
    size_t end = i + 1;
    while (end < text.size() && TagByte(static_cast<unsigned char>(text[end]))) ++end;
    // What precedes the tag, spaces skipped: a sentence end or another
    // (dropped) tag means the tag stands on its own and goes entirely.
    size_t kept = out.find_last_not_of(" \t");
    bool trailing = kept == std::string::npos || EndsSentence(out, kept);
    // After a sentence end a tag usually labels what came before ("voll.
    // #raum"), but followed by a lower-case word it is the next sentence's
    // subject ("#werbung über das Familienzentrum wirkt"): then it stays as
    // its word, capitalised.
    size_t next = text.find_first_not_of(" \t", end);
    if (trailing && end < text.size() && text[end] == ' ' && next != std::string::npos &&
        StartsLowerCase(text, next)) {
      out += Capitalised(text.substr(i + 1, end - i - 1));
    } else if (trailing) {
      out.erase(kept == std::string::npos ? 0 : kept + 1);
      // Keep one space if the text goes on after the tag.
      if (end < text.size() && text[end] == ' ' && !out.empty() && out.back() != '\n') {
        out += ' ';
        ++end;
      }
    } else {
      out += text.substr(i + 1, end - i - 1);
    }
    i = end;
  }
  // A dropped tag at the very start leaves a space behind.
  size_t first = out.find_first_not_of(' ');
  return first == std::string::npos ? "" : out.substr(first);
}

namespace {

// The names the public edition hides: the team's (from the notes) and the
// speakers', longest first so that "Anna M." goes before "Anna".
std::vector<std::string> PublicNames(const BuildContext& c) {
  std::vector<std::string> names = c.ev.qualitative.staff_names;
  std::set<std::string> speakers;
  for (const Event& e : c.ev.data.events)
    for (const std::string& s : e.speakers) speakers.insert(s);
  for (const ItemResult& item : c.ev.items)
    for (const auto& [speaker, stats] : item.by_speaker) speakers.insert(speaker);
  names.insert(names.end(), speakers.begin(), speakers.end());
  std::stable_sort(names.begin(), names.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return names;
}

}  // namespace

std::string ReaderText(const BuildContext& c, const std::string& text) {
  return Scrub(StripTags(text), c.internal() ? std::vector<std::string>() : PublicNames(c)).text;
}

std::string PositionText(const BuildContext& c, const std::string& text) {
  if (c.internal()) return Scrub(StripTags(text), {}).text;
  return DropPersonNames(StripTags(text), PublicNames(c));
}

std::string CoverageNotice(const BuildContext& c) {
  const Coverage& cov = c.ev.coverage;
  if (cov.complete()) return "";
  std::string until = ShortDate(cov.covered_to, c.lang);
  if (cov.state == CoverageState::kRunning) {
    return c.words.Format("edition.coverage.running",
                          {{"until", until}, {"period", PeriodNoun(c)}});
  }
  return c.words.Format("edition.coverage.partial", {{"until", until}, {"period", PeriodNoun(c)}});
}

std::string ComparisonLabel(const BuildContext& c, const Period& p) {
  if (p.kind != Period::Kind::kRange || c.ev.coverage.complete()) return p.Label(c.lang);
  if (c.en()) return p.from.ToIso() + " – " + p.to.ToIso();
  // "01.07.–31.10.2025": the year once when both ends share it.
  std::string from = p.from.ToGerman();
  if (p.from.year() == p.to.year()) from = from.substr(0, 6);
  return from + "–" + p.to.ToGerman();
}

std::string CurrentLabel(const BuildContext& c) {
  std::string label = c.ev.period.Label(c.lang);
  if (c.ev.coverage.complete()) return label;
  return label + c.S("edition.current_label.to") + ShortDate(c.ev.coverage.covered_to, c.lang) +
         ")";
}

std::string ShortLabel(const BuildContext& c, const Period& p) {
  if (p.kind == Period::Kind::kRange && !c.ev.coverage.complete()) return ComparisonLabel(c, p);
  std::string label = ShortPeriodLabel(p, c.lang);
  if (p.id != c.ev.period.id || c.ev.coverage.complete()) return label;
  const Date& to = c.ev.coverage.covered_to;
  return label + c.S("edition.short_label.to") + (c.en() ? to.ToIso() : to.ToGerman().substr(0, 6));
}

std::string BriefComparisonLabel(const BuildContext& c, const Period& p) {
  if (c.ev.coverage.complete() || p.kind != Period::Kind::kRange) return ShortLabel(c, p);
  return p.from == c.ev.previous.from ? c.S("edition.brief_comparison_label.previous_period")
                                      : c.S("edition.brief_comparison_label.year_before");
}

std::string ChartPeriodLabel(const BuildContext& c, const Period& p) {
  std::string label = ShortPeriodLabel(p, c.lang);
  if (p.id != c.ev.period.id || c.ev.coverage.complete()) return label;
  return label + c.S("edition.chart_period_label.so_far");
}

std::string ProvisionalText(const BuildContext& c, const TargetResult& t) {
  return t.provisional ? c.S("edition.provisional_text.provisional") : "";
}

void AddPrivacyNote(const BuildContext& c, Document* doc) {
  std::string k = std::to_string(c.ev.privacy_threshold);
  const EditionLog& log = c.log;
  std::string text;
  if (!c.internal()) {
    text = c.S("edition.privacy_note.report_meant_published_council") + k +
           c.S("edition.privacy_note.not_shown_breakdowns");
    doc->blocks.push_back(Paragraph{text});
    return;
  }
  std::vector<std::string> held;
  if (log.named_speakers > 0) {
    held.push_back(c.words.Format("edition.privacy_note.named_speakers",
                                  {{"n", std::to_string(log.named_speakers)}}));
  }
  if (log.named_owners > 0) {
    held.push_back(c.words.Format("edition.privacy_note.named_owners",
                                  {{"n", std::to_string(log.named_owners)}}));
  }
  text = c.S("edition.privacy_note.edition_team_s_internal");
  if (held.empty()) {
    text += c.S("edition.privacy_note.names_no_person_even");
  } else {
    text += c.S("edition.privacy_note.holds_personal_data") +
            Join(held, c.S("edition.privacy_note.and")) + ".";
  }
  text += c.S("edition.privacy_note.public_edition_same_report") + k +
          c.S("edition.privacy_note.not_shown_here_either");
  doc->blocks.push_back(Paragraph{text});
}

void AddSourcesTable(const BuildContext& c, Document* doc) {
  std::vector<const SourceFile*> files;
  for (const SourceFile& f : c.in.sources)
    if (f.site == c.ev.site->id) files.push_back(&f);
  if (files.empty()) {
    doc->blocks.push_back(Paragraph{c.S("edition.sources_table.no_data_was_read")});
    return;
  }
  if (c.internal()) {
    AddFileTable(c, files, doc);
    return;
  }
  struct KindSum {
    std::optional<Date> from, to;
    int64_t rows = 0, rejected = 0;
  };
  std::map<InputKind, KindSum> kinds;
  for (const SourceFile* f : files) {
    KindSum& k = kinds[f->kind];
    if (f->first_date && (!k.from || *f->first_date < *k.from)) k.from = f->first_date;
    if (f->last_date && (!k.to || *f->last_date > *k.to)) k.to = f->last_date;
    k.rows += f->rows_imported;
    k.rejected += f->rows_rejected;
  }
  Table table;
  table.columns = {{c.S("edition.sources_table.source"), false},
                   {c.S("edition.sources_table.period"), false},
                   {c.S("edition.sources_table.extent"), false}};
  for (const auto& [kind, k] : kinds) {
    std::string span = !k.from || !k.to ? "–"
                       : *k.from == *k.to
                           ? ShortDate(*k.from, c.lang)
                           : ShortDate(*k.from, c.lang) + "–" + ShortDate(*k.to, c.lang);
    std::string extent = Count(k.rows, c.lang) + " " + KindUnit(c, kind);
    if (k.rejected > 0) {
      extent += "; " + c.words.Format(k.rejected == 1 ? "edition.sources_table.rejected_one"
                                                      : "edition.sources_table.rejected_many",
                                      {{"n", Count(k.rejected, c.lang)}});
    }
    table.rows.push_back({KindName(c, kind), span, extent});
  }
  table.caption = c.S("edition.sources_table.all_data_read_place");
  doc->blocks.push_back(table);
}

void AddSpeakerSummary(const BuildContext& c, Document* doc) {
  const int k = c.ev.privacy_threshold;
  const std::string ks = std::to_string(k);
  Table table;
  table.columns = {{c.S("edition.speaker_summary.item"), false},
                   {c.S("edition.speaker_summary.count"), true},
                   {c.S("edition.speaker_summary.range_positive"), true}};
  bool any_speaker = false;
  for (const ItemResult& item : c.ev.items) {
    if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) continue;
    std::vector<double> shares;
    for (const auto& [speaker, stats] : item.by_speaker)
      if (stats.positive_share) shares.push_back(*stats.positive_share);
    any_speaker = any_speaker || !shares.empty();
    // The lowest and the highest share are each one speaker's rating, and a
    // count of 1 to k-1 speakers is a small count of people: an item needs
    // at least k speakers, so that neither end points to a known person.
    if (static_cast<int>(shares.size()) < std::max(k, 2)) continue;
    auto [lo, hi] = std::minmax_element(shares.begin(), shares.end());
    std::string range = c.locale().FormatPercent(*lo) + " – " + c.locale().FormatPercent(*hi);
    table.rows.push_back(
        {item.text.empty() ? item.id : item.text, std::to_string(shares.size()), range});
  }
  if (table.rows.empty()) {
    doc->blocks.push_back(Paragraph{
        any_speaker ? c.words.Format("edition.speaker_summary.too_few_speakers", {{"k", ks}})
                    : c.S("edition.speaker_summary.no_speaker_reaches_minimum")});
    return;
  }
  table.caption = c.words.Format("edition.speaker_summary.caption", {{"k", ks}});
  doc->blocks.push_back(table);
}

}  // namespace ankerbericht
