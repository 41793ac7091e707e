// The command line words Boost.Program_options' refusals itself (issue 11):
// each kind of mistake gets a German message naming the option, never Boost's
// English what(), and the usage exit code.
#include "app/cli_options.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "app/exit_status.h"

namespace ankerbericht {
namespace {

// Options shaped like `report`'s: a required positional VORLAGE, required
// options, a switch, an integer and options sharing a prefix; their values
// named as `report` names them.
struct ReportLikeOptions {
  ReportLikeOptions() {
    AddCommonOptions(&options);
    options.add_options()("template", po::value<std::string>()->required(), "")(
        "site", po::value<std::string>()->default_value(""), "")(
        "period", po::value<std::string>()->required(), "")(
        "output,o", po::value<std::string>()->required(), "")("internal", "")("compare", "")(
        "csv", "")("count", po::value<int>(), "");
    positional.add("template", 1);
    NameValues(options, CommandHelp{"cli.help.report"});
  }
  po::options_description options;
  po::positional_options_description positional;
};

// The message for |args|, or "" when they parse.
std::string MessageFor(const std::vector<std::string>& args) {
  ReportLikeOptions o;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(o.options).positional(o.positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::string message = ParseErrorMessage(e, args, o.options, o.positional);
    EXPECT_EQ(message.find(e.what()), std::string::npos) << message;
    return message;
  }
  return "";
}

const std::vector<std::string> kComplete = {"halbjahresbericht", "--period", "2026-H1", "-o",
                                            "x.pdf"};

std::vector<std::string> CompleteAnd(std::vector<std::string> more) {
  std::vector<std::string> args = kComplete;
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST(ParseErrorMessage, ACompleteCommandLineParses) { EXPECT_EQ(MessageFor(kComplete), ""); }

TEST(ParseErrorMessage, UnknownOption) {
  EXPECT_EQ(MessageFor(CompleteAnd({"--bogus"})), "unbekannte Option --bogus");
  EXPECT_EQ(MessageFor(CompleteAnd({"-x"})), "unbekannte Option -x");
}

TEST(ParseErrorMessage, MissingValue) {
  EXPECT_EQ(MessageFor({"halbjahresbericht", "-o", "x.pdf", "--period"}),
            "--period braucht einen Wert");
  EXPECT_EQ(MessageFor({"halbjahresbericht", "-o", "x.pdf", "--period="}),
            "--period braucht einen Wert");
}

TEST(ParseErrorMessage, SwitchGivenAValue) {
  EXPECT_EQ(MessageFor(CompleteAnd({"--internal=ja"})), "--internal nimmt keinen Wert");
}

TEST(ParseErrorMessage, OptionTwice) {
  EXPECT_EQ(MessageFor(CompleteAnd({"--site", "a", "--site", "b"})),
            "--site ist mehrfach angegeben");
}

TEST(ParseErrorMessage, RequiredOptionAndRequiredPositionalWord) {
  EXPECT_EQ(MessageFor({"halbjahresbericht", "--period", "2026-H1"}), "--output fehlt");
  // The positional one by its name in the usage line, not "--template".
  EXPECT_EQ(MessageFor({"--period", "2026-H1", "-o", "x.pdf"}), "VORLAGE fehlt");
}

TEST(ParseErrorMessage, OneWordTooMany) {
  EXPECT_EQ(MessageFor(CompleteAnd({"extra"})),
            "überzählige Angabe \"extra\" (erwartet wird nur VORLAGE)");
  // A command without positional words.
  po::options_description options;
  AddCommonOptions(&options);
  po::positional_options_description none;
  const std::vector<std::string> args = {"2026-H1"};
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(args).options(options).positional(none).run(), vm);
    ADD_FAILURE() << "parsed";
  } catch (const po::error& e) {
    EXPECT_EQ(ParseErrorMessage(e, args, options, none),
              "unerwartete Angabe \"2026-H1\": dieser Befehl nimmt nur Optionen");
  }
}

TEST(ParseErrorMessage, AmbiguousAbbreviation) {
  EXPECT_EQ(MessageFor(CompleteAnd({"--c"})),
            "--c ist nicht eindeutig (passt auf --compare, --csv, --count)");
}

TEST(ParseErrorMessage, InvalidValue) {
  EXPECT_EQ(MessageFor(CompleteAnd({"--count", "viele"})),
            "ungültiger Wert für --count: \"viele\"");
}

// This Boost's parser no longer throws these kinds; a newer one may again.
TEST(ParseErrorMessage, ValueGluedToTheOptionWhereTheStyleForbidsIt) {
  ReportLikeOptions o;
  for (auto kind : {po::invalid_syntax::long_adjacent_not_allowed,
                    po::invalid_syntax::short_adjacent_not_allowed}) {
    po::invalid_command_line_syntax glued(kind, "site", "--site=a",
                                          po::command_line_style::allow_long);
    EXPECT_EQ(ParseErrorMessage(glued, {}, o.options, o.positional),
              "--site: Option und Wert bitte durch ein Leerzeichen trennen");
  }
}

TEST(ParseErrorMessage, AnythingElseGetsAGeneralGermanMessage) {
  ReportLikeOptions o;
  EXPECT_EQ(ParseErrorMessage(po::error("something odd"), {}, o.options, o.positional),
            "der Aufruf ist so nicht verständlich");
  po::invalid_command_line_syntax unrecognized(po::invalid_syntax::unrecognized_line, "site",
                                               "--site", po::command_line_style::allow_long);
  EXPECT_EQ(ParseErrorMessage(unrecognized, {}, o.options, o.positional),
            "--site ist so nicht verständlich");
}

// What ParseCommandLine prints: the worded error, then the command's usage;
// and it gives the usage exit code of the one table (app/exit_status.h).
TEST(ParseCommandLine, PrintsTheWordedErrorAndTheUsageAndGivesTheUsageExitCode) {
  ReportLikeOptions o;
  po::variables_map vm;
  int exit_code = -1;
  ::testing::internal::CaptureStderr();
  bool ok = ParseCommandLine(CompleteAnd({"--bogus"}), o.options, o.positional,
                             CommandHelp{"cli.help.report"}, &vm, &exit_code);
  const std::string err = ::testing::internal::GetCapturedStderr();
  EXPECT_FALSE(ok);
  EXPECT_EQ(exit_code, kExitUsage);
  EXPECT_EQ(err.rfind("ankerbericht: Fehler: unbekannte Option --bogus\n\nAufruf: ankerbericht "
                      "report",
                      0),
            0u)
      << err;
  EXPECT_EQ(err.find("unrecognised"), std::string::npos) << err;
}

// --help shows each value by its German name (the usage line's), not
// Boost's "arg".
TEST(ParseCommandLine, HelpNamesValuesInGerman) {
  ReportLikeOptions o;
  po::variables_map vm;
  int exit_code = -1;
  ::testing::internal::CaptureStdout();
  ParseCommandLine({"--help"}, o.options, o.positional, CommandHelp{"cli.help.report"}, &vm,
                   &exit_code);
  const std::string out = ::testing::internal::GetCapturedStdout();
  EXPECT_EQ(exit_code, 0);
  EXPECT_NE(out.find("--period ZEITRAUM"), std::string::npos) << out;
  EXPECT_NE(out.find("--workspace ] ORDNER"), std::string::npos) << out;
  EXPECT_FALSE(std::regex_search(out, std::regex(R"(--(period|workspace|template) \]? ?arg\b)")))
      << out;
}

}  // namespace
}  // namespace ankerbericht
