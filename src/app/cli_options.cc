#include "app/cli_options.h"

#include <algorithm>
#include <iostream>
#include <utility>

#include "app/exit_status.h"
#include "util/text.h"

namespace ankerbericht {

const char* OptionText(std::string_view key) { return CliWords().Get(key).c_str(); }

void AddCommonOptions(po::options_description* options) {
  options->add_options()("workspace,w", po::value<std::string>()->default_value("."),
                         OptionText("cli.option.workspace"))("help,h",
                                                             OptionText("cli.option.help"));
}

namespace {

// What Boost filled in for its own English message ("value", the bad value of
// an option; "original_token", the word as typed). Boost keeps them protected
// and offers no getter; a member pointer taken through a derived class reads
// them without parsing what().
struct ErrorFields : po::error_with_option_name {
  static std::string Get(const po::error_with_option_name& e, const std::string& field) {
    const auto& fields = e.*(&ErrorFields::m_substitutions);
    auto it = fields.find(field);
    return it == fields.end() ? std::string() : it->second;
  }
};

// The name of a positional option as --help and the usage line show it
// ("VORLAGE"), or "" when |name| is no positional option.
std::string PositionalName(const std::string& name, const po::options_description& options,
                           const po::positional_options_description& positional) {
  const unsigned count = std::min(positional.max_total_count(), 16u);
  for (unsigned i = 0; i < count; ++i) {
    if (positional.name_for_position(i) != name) continue;
    const po::option_description* option = options.find_nothrow(name, false);
    return option ? option->semantic()->name() : name;
  }
  return "";
}

// The words that follow the command without an option (the positional
// ones), in the order typed; |args| parsed cleanly up to their count.
std::vector<std::string> PlainWords(const std::vector<std::string>& args,
                                    const po::options_description& options) {
  try {
    po::parsed_options parsed =
        po::command_line_parser(args).options(options).allow_unregistered().run();
    return po::collect_unrecognized(parsed.options, po::include_positional);
  } catch (const po::error&) {
    return {};
  }
}

}  // namespace

std::string ParseErrorMessage(const po::error& error, const std::vector<std::string>& args,
                              const po::options_description& options,
                              const po::positional_options_description& positional) {
  const Strings& words = CliWords();
  if (dynamic_cast<const po::too_many_positional_options_error*>(&error)) {
    const std::vector<std::string> plain = PlainWords(args, options);
    const unsigned expected = positional.max_total_count();
    const std::string extra = plain.size() > expected ? plain[expected] : "";
    std::string names;
    for (unsigned i = 0; i < std::min(expected, 16u); ++i) {
      std::string name = PositionalName(positional.name_for_position(i), options, positional);
      if (names.find(name) == std::string::npos) names += (names.empty() ? "" : " ") + name;
    }
    if (names.empty()) return words.Format("cli.parse.no_plain_words", {{"value", extra}});
    return words.Format("cli.parse.too_many_words", {{"value", extra}, {"expected", names}});
  }
  const auto* named = dynamic_cast<const po::error_with_option_name*>(&error);
  if (!named) return words("cli.parse.unclear");
  const std::string option = named->get_option_name();
  const std::vector<std::pair<std::string, std::string>> fill = {{"option", option}};
  if (dynamic_cast<const po::unknown_option*>(&error))
    return words.Format("cli.parse.unknown_option", fill);
  if (const auto* ambiguous = dynamic_cast<const po::ambiguous_option*>(&error)) {
    std::vector<std::string> alternatives;
    for (const std::string& a : ambiguous->alternatives()) {
      const std::string dashed = (a.rfind("-", 0) == 0 ? "" : "--") + a;
      if (std::find(alternatives.begin(), alternatives.end(), dashed) == alternatives.end())
        alternatives.push_back(dashed);
    }
    return words.Format("cli.parse.ambiguous_option",
                        {{"option", option}, {"alternatives", Join(alternatives, ", ")}});
  }
  if (dynamic_cast<const po::multiple_occurrences*>(&error))
    return words.Format("cli.parse.twice", fill);
  if (dynamic_cast<const po::multiple_values*>(&error))
    return words.Format("cli.parse.one_value", fill);
  if (dynamic_cast<const po::required_option*>(&error)) {
    std::string bare = option;
    bare.erase(0, bare.find_first_not_of('-'));
    const std::string plain = PositionalName(bare, options, positional);
    if (!plain.empty()) return words.Format("cli.parse.missing_word", {{"name", plain}});
    return words.Format("cli.parse.missing_option", fill);
  }
  if (const auto* syntax = dynamic_cast<const po::invalid_syntax*>(&error)) {
    switch (syntax->kind()) {
      case po::invalid_syntax::missing_parameter:
      case po::invalid_syntax::empty_adjacent_parameter:
        return words.Format("cli.parse.needs_value", fill);
      case po::invalid_syntax::extra_parameter:
        return words.Format("cli.parse.takes_no_value", fill);
      case po::invalid_syntax::long_adjacent_not_allowed:
      case po::invalid_syntax::short_adjacent_not_allowed:
        return words.Format("cli.parse.separate_value", fill);
      default:
        break;
    }
  }
  if (const auto* invalid = dynamic_cast<const po::validation_error*>(&error)) {
    switch (invalid->kind()) {
      case po::validation_error::multiple_values_not_allowed:
        return words.Format("cli.parse.one_value", fill);
      case po::validation_error::at_least_one_value_required:
        return words.Format("cli.parse.needs_value", fill);
      default:
        return words.Format("cli.parse.invalid_value",
                            {{"option", option}, {"value", ErrorFields::Get(*named, "value")}});
    }
  }
  if (option.empty()) return words("cli.parse.unclear");
  return words.Format("cli.parse.unclear_option", fill);
}

void NameValues(const po::options_description& options, const CommandHelp& help) {
  const Strings& words = CliWords();
  std::string command = help.key;
  command.erase(0, command.rfind('.') + 1);  // "cli.help.forms" -> "forms"
  for (const auto& option : options.options()) {
    // po::value() made each semantic as a mutable object; the description
    // only hands it out as const.
    auto* text = const_cast<po::typed_value<std::string>*>(
        dynamic_cast<const po::typed_value<std::string>*>(option->semantic().get()));
    auto* texts = const_cast<po::typed_value<std::vector<std::string>>*>(
        dynamic_cast<const po::typed_value<std::vector<std::string>>*>(option->semantic().get()));
    if (!text && !texts) continue;
    std::string key = "cli.value." + command + "." + option->long_name();
    if (!words.Has(key)) key = "cli.value." + option->long_name();
    if (!words.Has(key)) key = "cli.value.default";
    if (text) text->value_name(words(key));
    if (texts) texts->value_name(words(key));
  }
}

bool ParseCommandLine(const std::vector<std::string>& args, const po::options_description& options,
                      const po::positional_options_description& positional, const CommandHelp& help,
                      po::variables_map* vm, int* exit_code) {
  NameValues(options, help);
  auto print_help = [&](std::ostream& out) {
    const Strings& words = CliWords();
    const std::string key = help.key;
    out << words.Format("cli.help.usage", {{"usage", words(key + ".usage")}}) << "\n\n"
        << words(key + ".description") << "\n\n"
        << options << "\n"
        << words("cli.help.example") << "\n"
        << words(key + ".example") << "\n";
  };
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), *vm);
    if (vm->count("help")) {
      print_help(std::cout);
      *exit_code = 0;
      return false;
    }
    po::notify(*vm);
  } catch (const po::error& e) {
    const Status refused = Status::Usage(ParseErrorMessage(e, args, options, positional));
    std::cerr << CliWords().Format("cli.error", {{"message", refused.message()}}) << "\n\n";
    print_help(std::cerr);
    *exit_code = ExitCodeFor(refused);
    return false;
  }
  return true;
}

Result<const Site*> ChooseSite(const Workspace& ws, const std::string& id) {
  if (id.empty()) {
    if (ws.config.sites.size() == 1) return &ws.config.sites[0];
    std::string ids;
    for (const Site& s : ws.config.sites) ids += (ids.empty() ? "" : ", ") + s.id;
    return Status::Usage(CliWords().Format("cli.site.several", {{"ids", ids}}));
  }
  const Site* site = ws.site(id);
  if (!site) {
    std::string ids;
    for (const Site& s : ws.config.sites) ids += (ids.empty() ? "" : ", ") + s.id;
    return Status::NotFound(CliWords().Format("cli.site.unknown", {{"id", id}, {"ids", ids}}));
  }
  return site;
}

Result<std::vector<const Site*>> ChooseSites(const Workspace& ws, const std::string& ids,
                                             bool all) {
  std::vector<const Site*> sites;
  if (all) {
    if (!ids.empty()) return Status::Usage(CliWords()("cli.site.site_or_all"));
    for (const Site& s : ws.config.sites) sites.push_back(&s);
    return sites;
  }
  for (const std::string& trimmed : SplitList(ids, ',')) {
    Result<const Site*> site = ChooseSite(ws, trimmed);
    if (!site.ok()) return site.status();
    if (std::find(sites.begin(), sites.end(), *site) != sites.end()) {
      return Status::Usage(CliWords().Format("cli.site.twice", {{"id", trimmed}}));
    }
    sites.push_back(*site);
  }
  if (sites.empty()) return Status::Usage(CliWords()("cli.site.none"));
  return sites;
}

}  // namespace ankerbericht
