// The words of the documents and of the command line, one table per language:
// templates/strings/<lang>.json, a flat JSON object of key -> text. German and
// English are complete; a third language is a new file, not code.
//
// Keys are dotted and name where a word is used ("chart.visits.unit"). A text
// may hold placeholders "{name}" that Format() fills. Code picks a word by its
// key and never writes it itself (see docs/architecture.md).
#ifndef ANKERBERICHT_UTIL_STRINGS_H_
#define ANKERBERICHT_UTIL_STRINGS_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/locale.h"
#include "util/status.h"

namespace ankerbericht {

// The Locale of the built-in table of |lang| (Strings::Builtin); the
// default Locale when there is no table for |lang|.
const Locale& BuiltinLocale(const std::string& lang);

class Strings {
 public:
  Strings() = default;

  // Reads |dir|/<lang>.json. Fails with kNotFound when there is no table for
  // |lang|, with kConfig ("FILE:LINE: ...") when the file is not one JSON
  // object or a value is not a string.
  static Result<Strings> Load(const std::string& dir, const std::string& lang);

  // The built-in table of |lang| (templates/strings/ beside the report
  // templates, see DefaultTemplateDir()), read once per language and kept.
  // Fails as Load() does.
  static Result<const Strings*> Builtin(const std::string& lang);

  // The text of |key|. A key missing from the table gives "⟦key⟧", which the
  // language tests find in any output (tests/util/strings_test.cc checks
  // that both tables hold the same keys).
  const std::string& Get(std::string_view key) const;
  const std::string& operator()(std::string_view key) const { return Get(key); }

  // Get(key) with every "{name}" replaced by its value; placeholders without a
  // value stay as they are. A missing key gives "⟦key⟧ name=value, ...".
  std::string Format(std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& values) const;

  bool Has(std::string_view key) const;
  // How this language writes numbers, dates, weekdays and months, read from
  // the table's "locale.*" entries (util/locale.h).
  const Locale& locale() const { return locale_; }
  const std::string& lang() const { return lang_; }
  // Every key and text, for the tests that look for one language's words in
  // the other's output.
  const std::map<std::string, std::string, std::less<>>& all() const { return texts_; }

 private:
  std::string lang_;
  Locale locale_;
  std::map<std::string, std::string, std::less<>> texts_;
  mutable std::map<std::string, std::string, std::less<>> missing_;
};

// The words of the command line and of its messages: the German strings
// table (the command line speaks German, as the documents do by default). When
// the table cannot be read, an empty one, whose every word shows as its marked
// key ("⟦key⟧").
const Strings& CliWords();

// Where templates (and templates/strings/) are looked up:
// $ANKERBERICHT_TEMPLATES, else the source tree's templates/ folder compiled
// in, else "templates" next to the binary. Never throws, also when the source
// tree cannot be looked into.
std::string DefaultTemplateDir();

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_STRINGS_H_
