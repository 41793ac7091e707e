// The preset table. Header names are copied from real exports or from the
// exporters' code (../shared/formats/README.md names the source of each).
#include "import/presets.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/UTF8String.h>

#include <algorithm>
#include <cstdio>

#include "import/table_mapper.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

// input vocabulary: the tools' header names (descriptions: import.preset.<name>)
const std::vector<Preset>& Presets() {
  static const std::vector<Preset> kPresets = {
      {"hystreet",
       InputKind::kVisits,
       {{"Zeitpunkt der Messung"}, {"Fußgänger insgesamt"}},
       {{"timestamp", {"Zeitpunkt der Messung"}},
        {"in", {"Fußgänger insgesamt"}},
        {"sensor", {"Lage"}}}},
      {"hystreet-portal",
       InputKind::kVisits,
       {{"Zeitstempel"}, {"Passanten"}, {"Location Name"}},
       {{"timestamp", {"Zeitstempel"}}, {"in", {"Passanten"}}, {"sensor", {"Location Name"}}}},
      {"hystreet-api",
       InputKind::kVisits,
       {{"timestamp"}, {"pedestrians_count"}},
       {{"timestamp", {"timestamp"}},
        {"in", {"pedestrians_count"}},
        {"sensor", {"location_name", "location_id"}}}},
      {"ecocounter",
       InputKind::kVisits,
       {{"counter_site"}, {"channels_in"}, {"iso_timestamp"}},
       {{"timestamp", {"iso_timestamp"}},
        {"sensor", {"counter_site"}},
        {"in", {"channels_in"}},
        {"out", {"channels_out"}},
        {"total", {"channels_all"}}}},
      {"lichtschranke",
       InputKind::kVisits,
       {{"Datum", "Date", "Zeitstempel", "Timestamp", "Datum/Uhrzeit", "Zeitpunkt"},
        {"In", "Ein", "Eingang", "Eingänge", "Rein", "Entries", "Entry", "Zugänge"},
        {"Out", "Aus", "Ausgang", "Ausgänge", "Raus", "Exits", "Exit", "Abgänge"}},
       {{"timestamp", {"Zeitstempel", "Timestamp", "Datum/Uhrzeit", "Zeitpunkt", "DateTime"}},
        {"date", {"Datum", "Date"}},
        {"time", {"Uhrzeit", "Zeit", "Time", "Von", "Beginn"}},
        {"in", {"In", "Ein", "Eingang", "Eingänge", "Rein", "Entries", "Entry", "Zugänge"}},
        {"out", {"Out", "Aus", "Ausgang", "Ausgänge", "Raus", "Exits", "Exit", "Abgänge"}}}},
      {"ecovisio",
       InputKind::kVisits,
       {},
       {},
       false,
       false,
       false,
       false,
       LooksLikeEcoVisio,
       [] { return &EcoVisioTable(); }},
      {"limesurvey",
       InputKind::kFeedback,
       {{"id", "Antwort ID", "Response ID"}, {"submitdate", "Datum Abgeschickt", "Date submitted"}},
       {{"id", {"id", "Antwort ID", "Response ID"}},
        {"date", {"submitdate", "Datum Abgeschickt", "Date submitted"}}},
       false,
       false,
       true,
       true},
      {"kobo",
       InputKind::kFeedback,
       {{"_submission_time"}, {"_uuid"}},
       {{"id", {"_uuid", "_id"}}, {"date", {"_submission_time", "end", "start"}}},
       true,
       true,
       false,
       true},
      {"odk",
       InputKind::kFeedback,
       {{"SubmissionDate"}, {"KEY", "meta-instanceID"}},
       {{"id", {"KEY", "meta-instanceID"}}, {"date", {"SubmissionDate"}}},
       false,
       true,
       false,
       true},
      {"msforms",
       InputKind::kFeedback,
       {{"ID"}, {"Startzeit", "Start time"}, {"Fertigstellungszeit", "Completion time"}},
       {{"id", {"ID"}}, {"date", {"Fertigstellungszeit", "Completion time"}}},
       false,
       false,
       false,
       true},
      {"googleforms",
       InputKind::kFeedback,
       {{"Timestamp", "Zeitstempel"}},
       {{"date", {"Timestamp", "Zeitstempel"}}},
       false,
       false,
       false,
       true,
       nullptr,
       nullptr,
       /*us_dates=*/true,
       /*fingerprint_ids=*/true},
      {"papier",
       InputKind::kFeedback,
       {{"Bogen-Nr", "Bogennummer", "Bogen", "Bogen Nr."}, {"Datum", "Date"}},
       {}},
  };
  return kPresets;
}
// end of input vocabulary

std::string PresetDescription(const Preset& preset, const Strings& words) {
  return words.Get(std::string("import.preset.") + preset.name);
}

const Preset* FindPreset(std::string_view name) {
  for (const Preset& p : Presets())
    if (name == p.name) return &p;
  return nullptr;
}

namespace {

std::u32string Lower32(std::string_view s) {
  std::string lowered = Poco::UTF8::toLower(std::string(s));
  std::u32string out;
  Poco::UTF8Encoding utf8;
  for (size_t i = 0; i < lowered.size();) {
    int n = utf8.sequenceLength(reinterpret_cast<const unsigned char*>(&lowered[i]),
                                static_cast<int>(lowered.size() - i));
    if (n <= 0 || i + static_cast<size_t>(n) > lowered.size()) n = 1;
    int cp = utf8.queryConvert(reinterpret_cast<const unsigned char*>(&lowered[i]), n);
    out.push_back(cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
    i += static_cast<size_t>(n);
  }
  return out;
}

// Equal ignoring case, with U+FFFD in |damaged| matching any one character.
bool WildcardEquals(const std::u32string& damaged, const std::u32string& word) {
  if (damaged.size() != word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (damaged[i] != U'\uFFFD' && damaged[i] != word[i]) return false;
  return true;
}

}  // namespace

bool HeaderLooselyMatches(std::string_view header, std::string_view alias) {
  if (HeaderMatches(header, alias)) return true;
  if (header.find("\xEF\xBF\xBD") == std::string_view::npos) return false;
  return WildcardEquals(Lower32(Trim(header)), Lower32(Trim(alias)));
}

const Preset* DetectPreset(InputKind kind, const std::vector<std::string>& header) {
  for (const Preset& p : Presets()) {
    if (p.kind != kind) continue;
    if (p.detect) {
      if (p.detect(header)) return &p;
      continue;
    }
    if (p.signature.empty()) continue;
    bool all = true;
    for (const auto& group : p.signature) {
      bool any = false;
      for (const std::string& h : header)
        for (const char* name : group) any = any || HeaderLooselyMatches(h, name);
      all = all && any;
    }
    if (all) return &p;
  }
  return nullptr;
}

std::string RepairDamagedUmlauts(std::string_view text) {
  // Words with umlauts or ß that turn up in sensor, place and column names.
  // Only a word that is the single fit is used, so the list can stay short.
  static const char* const kWords[] = {
      "straße",   "fußgänger",  "fußgängerzone", "groß",       "größe",    "gäste",
      "bürger",   "bürgerbüro", "bücherei",      "büro",       "tür",      "süd",
      "nördlich", "südlich",    "zähler",        "zählung",    "grün",     "schön",
      "weiß",     "münchen",    "köln",          "düsseldorf", "nürnberg", "mönchengladbach",
      "lübeck",   "göttingen",  "würzburg",      "saarbrücken"};
  const std::string kBad = "\xEF\xBF\xBD";
  if (text.find(kBad) == std::string_view::npos) return std::string(text);
  static const std::vector<std::u32string> lowered_words = [] {
    std::vector<std::u32string> out;
    for (const char* w : kWords) out.push_back(Lower32(w));
    return out;
  }();
  std::string out;
  size_t start = 0;
  // Word by word; inside a word, a dictionary word may be its tail
  // ("Steinstra?e" ends in "straße"), so suffixes are tried too.
  while (start < text.size()) {
    size_t end = text.find_first_of(" ,;/-()", start);
    if (end == std::string_view::npos) end = text.size();
    std::string word(text.substr(start, end - start));
    if (word.find(kBad) != std::string::npos) {
      std::u32string w = Lower32(word);
      for (size_t cut = 0; cut < w.size(); ++cut) {
        std::u32string tail = w.substr(cut);
        const char* hit = nullptr;
        int hits = 0;
        for (size_t k = 0; k < lowered_words.size(); ++k) {
          if (WildcardEquals(tail, lowered_words[k])) {
            hit = kWords[k];
            ++hits;
          }
        }
        if (hits == 1 && tail.find(U'\uFFFD') != std::u32string::npos) {
          // Re-encode the untouched head of the word from the original bytes.
          size_t bytes = 0;
          for (size_t i = 0, cp = 0; cp < cut && i < word.size(); ++cp) {
            unsigned char c = static_cast<unsigned char>(word[i]);
            size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            i += n;
            bytes = i;
          }
          std::string repl = hit;
          // Keep a capital first letter when the damaged word had one.
          if (cut == 0 && !word.empty() && word[0] >= 'A' && word[0] <= 'Z' && repl[0] >= 'a' &&
              repl[0] <= 'z') {
            repl[0] = static_cast<char>(repl[0] - 'a' + 'A');
          }
          word = word.substr(0, bytes) + repl;
          break;
        }
      }
    }
    out += word;
    if (end < text.size()) out += text[end];
    start = end + 1;
  }
  return out;
}

namespace {

// Reads 1..|max_digits| digits at text[*pos]; advances *pos.
bool ReadDigits(std::string_view text, size_t* pos, size_t max_digits, int* out) {
  size_t start = *pos;
  int value = 0;
  while (*pos < text.size() && *pos - start < max_digits && text[*pos] >= '0' &&
         text[*pos] <= '9') {
    value = value * 10 + (text[*pos] - '0');
    ++*pos;
  }
  *out = value;
  return *pos > start;
}

// "14:18:05", "14:18", "2:18:05 PM" -> seconds since midnight.
std::optional<int> ParseClock(std::string_view text) {
  size_t pos = 0;
  int h = 0, m = 0, s = 0;
  if (!ReadDigits(text, &pos, 2, &h) || pos >= text.size() || text[pos] != ':') return std::nullopt;
  ++pos;
  size_t mstart = pos;
  if (!ReadDigits(text, &pos, 2, &m) || pos - mstart != 2) return std::nullopt;
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    size_t sstart = pos;
    if (!ReadDigits(text, &pos, 2, &s) || pos - sstart != 2) return std::nullopt;
  }
  std::string_view rest = Trim(text.substr(pos));
  if (rest == "AM" || rest == "PM" || rest == "am" || rest == "pm") {
    if (h < 1 || h > 12) return std::nullopt;
    h = h % 12 + (rest[0] == 'P' || rest[0] == 'p' ? 12 : 0);
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  if (h > 23 || m > 59 || s > 59) return std::nullopt;
  return (h * 60 + m) * 60 + s;
}

}  // namespace

std::optional<FormTimestamp> ParseFormTimestamp(std::string_view text, bool us_dates) {
  text = Trim(text);
  size_t cut = text.find_first_of(" T");
  std::string_view date = text.substr(0, cut);
  std::string_view clock =
      cut == std::string_view::npos ? std::string_view() : Trim(text.substr(cut + 1));
  FormTimestamp ts;
  if (date.find('/') != std::string_view::npos) {
    if (!us_dates) return std::nullopt;
    size_t pos = 0;
    int month = 0, day = 0, year = 0;
    if (!ReadDigits(date, &pos, 2, &month) || pos >= date.size() || date[pos++] != '/')
      return std::nullopt;
    if (!ReadDigits(date, &pos, 2, &day) || pos >= date.size() || date[pos++] != '/')
      return std::nullopt;
    size_t ystart = pos;
    if (!ReadDigits(date, &pos, 4, &year) || pos != date.size() || pos - ystart != 4)
      return std::nullopt;
    // Date::Parse checks the calendar (no 2/30/2024).
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    std::optional<Date> d = Date::Parse(iso);
    if (!d) return std::nullopt;
    ts.date = *d;
  } else {
    std::optional<Date> d = Date::Parse(date);
    if (!d) return std::nullopt;
    ts.date = *d;
  }
  if (!clock.empty()) {
    std::optional<int> second = ParseClock(clock);
    if (!second) return std::nullopt;
    ts.second = *second;
  }
  return ts;
}

std::string ResponseFingerprint(const FormTimestamp& when,
                                std::vector<std::pair<std::string, std::string>> cells) {
  // Sorted, so that the order of the columns does not matter; separated by
  // bytes no cell holds (control characters are dropped when read).
  std::sort(cells.begin(), cells.end());
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  for (const auto& [header, value] : cells) {
    if (value.empty()) continue;
    engine.update(header);
    engine.update('\x1f');
    engine.update(value);
    engine.update('\x1e');
  }
  char stamp[48];
  std::snprintf(stamp, sizeof stamp, "%s %02d:%02d:%02d #", when.date.ToIso().c_str(),
                when.second / 3600, when.second / 60 % 60, when.second % 60);
  return stamp + Poco::DigestEngine::digestToHex(engine.digest()).substr(0, 16);
}

std::string TranslateAnswerCode(const QuestionItem& item, const std::string& raw) {
  std::string t(Trim(raw));
  if (t.empty()) return t;
  if (item.scale == ScaleType::kYesNo) {
    if (t == "Y") return "ja";
    if (t == "N") return "nein";
    return t;
  }
  if (item.scale == ScaleType::kText || item.scale == ScaleType::kMulti) return t;
  // "A4", "AO04", "A04", "SQ004": a letter prefix and a number.
  size_t digits = t.find_first_of("0123456789");
  if (digits == std::string::npos || digits > 2 || t.size() - digits > 6) return t;
  for (size_t i = 0; i < digits; ++i)
    if (!((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z'))) return t;
  for (size_t i = digits; i < t.size(); ++i)
    if (t[i] < '0' || t[i] > '9') return t;
  int n = std::stoi(t.substr(digits));
  if (item.scale == ScaleType::kSingle && n >= 1 && static_cast<size_t>(n) <= item.labels.size()) {
    return item.labels[static_cast<size_t>(n) - 1];
  }
  return std::to_string(n);
}

}  // namespace ankerbericht
