// End-to-end tests: run the ankerbericht binary on files as a user would and
// check what comes out (figures as JSON, PDFs through poppler and qpdf).
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

// A copy of sample-data/ in a temp dir, imported once for all tests here.
class SampleWorkspace : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    run_ = new CommandResult(Anker(ws(), "run"));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete tmp_;
  }
  static fs::path ws() { return tmp_->path() / "ws"; }
  static ScopedTempDir* tmp_;
  static CommandResult* run_;
};
ScopedTempDir* SampleWorkspace::tmp_ = nullptr;
CommandResult* SampleWorkspace::run_ = nullptr;

TEST_F(SampleWorkspace, RunImportsEverythingAndRendersTheReport) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  EXPECT_NE(run_->err.find("0 Zeile(n) abgelehnt"), std::string::npos) << run_->err;
  EXPECT_TRUE(fs::exists(ws() / "berichte/halbjahresbericht-stadtlabor-2026-H1.pdf")) << run_->err;
}

// The command line speaks German to the team: a programme signal, a target's
// state and the run's summary are words, not the codes of the JSON.
TEST_F(SampleWorkspace, CheckFiguresAndRunPrintWordsNotCodes) {
  const std::regex codes(
      R"(\b(too_few_data|repeat|adapt|drop|met|near|missed|no_data|wrote|check finished|)"
      R"(opening days)\b|report\(s\))");
  CommandResult check = Anker(ws(), "check");
  CommandResult figures = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare");
  CommandResult sites = Anker(ws(), "figures --all-sites --period 2026-H1");
  ASSERT_EQ(figures.exit_code, 0) << figures.err;
  ASSERT_EQ(sites.exit_code, 0) << sites.err;
  for (const std::string* out : {&check.out, &figures.out, &sites.out, &run_->err}) {
    std::smatch m;
    EXPECT_FALSE(std::regex_search(*out, m, codes)) << "\"" << m.str() << "\" in:\n" << *out;
  }
  // The same words as the report's table of signals.
  EXPECT_NE(figures.out.find("Programmsignal je Format (Je Format: wiederholen, wenn"),
            std::string::npos)
      << figures.out;
  EXPECT_TRUE(figures.out.find(": wiederholen\n") != std::string::npos ||
              figures.out.find(": anpassen\n") != std::string::npos ||
              figures.out.find(": zu wenige Daten\n") != std::string::npos)
      << figures.out;
  EXPECT_NE(check.out.find("Prüfung beendet"), std::string::npos) << check.out;
  EXPECT_NE(sites.out.find("Gesamt: Zahlen addiert"), std::string::npos) << sites.out;
  EXPECT_NE(run_->err.find("Bericht(e) erstellt"), std::string::npos) << run_->err;
}

// The expected numbers come from scripts/check-sample-figures.py, which reads
// the sample files with Python's csv module and shares no code with us.
TEST_F(SampleWorkspace, FiguresMatchAnIndependentComputation) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto figures = ParseJson(r.out);
  EXPECT_EQ(figures->getValue<std::string>("site"), "stadtlabor");
  EXPECT_EQ(figures->getObject("period")->getValue<std::string>("from"), "2026-01-01");
  EXPECT_EQ(figures->getObject("period")->getValue<std::string>("to"), "2026-06-30");
  EXPECT_EQ(Indicator(figures, "visitors.total"), 11011);
  EXPECT_EQ(Indicator(figures, "events.held"), 72);
  EXPECT_EQ(Indicator(figures, "events.cancelled"), 7);
  EXPECT_EQ(Indicator(figures, "events.participants"), 1083);
  EXPECT_EQ(Indicator(figures, "feedback.responses.paper"), 199);
  EXPECT_EQ(Indicator(figures, "feedback.responses.digital"), 109);
  EXPECT_EQ(Indicator(figures, "feedback.responses"), 199 + 109);
  EXPECT_EQ(Indicator(figures, "votes.total"), 143);
  // The previous half-year, same script with 2025-07-01 2025-12-31.
  EXPECT_EQ(Indicator(figures, "visitors.total", "previous"), 8470);
  EXPECT_EQ(Indicator(figures, "events.participants", "previous"), 761);
  EXPECT_EQ(Indicator(figures, "votes.total", "previous"), 140);
  // visits per open hour = visits / opening hours held.
  EXPECT_NEAR(Indicator(figures, "visitors.per_open_hour"),
              11011.0 / Indicator(figures, "opening.hours"), 1e-3);
}

TEST_F(SampleWorkspace, EveryRequiredIndicatorIsPresent) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-Q2 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto figures = ParseJson(r.out);
  for (const char* id :
       {"visitors.total", "visitors.per_open_hour", "events.held", "events.cancelled",
        "events.participants", "feedback.responses", "feedback.responses.paper",
        "feedback.responses.digital", "feedback.response_rate", "feedback.recommend_rate",
        "partners.distinct", "votes.total"}) {
    ASSERT_TRUE(figures->getObject("indicators")->has(id)) << id;
    EXPECT_FALSE(figures->getObject("indicators")->getObject(id)->isNull("value")) << id;
  }
}

TEST_F(SampleWorkspace, CsvGivesTheSameNumbersAsJson) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("stadtlabor,2026-H1,visitors.total,count,11011\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("stadtlabor,2026-H1,events.participants,count,1083\n"), std::string::npos)
      << r.out;
}

TEST_F(SampleWorkspace, ImportingTheSameFileAgainAddsNothing) {
  CommandResult r = Anker(ws(), "import --site stadtlabor --kind events daten/veranstaltungen.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find(
          "daten/veranstaltungen.csv: seit dem letzten Einlesen unverändert, nichts hinzugefügt"),
      std::string::npos)
      << r.err;
  CommandResult f = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --json");
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.held"), 72);
}

TEST_F(SampleWorkspace, ReportPdfIsValidEmbedsFontsAndShowsTheFigures) {
  if (!HaveTool("pdftotext") || !HaveTool("pdffonts") || !HaveTool("qpdf"))
    GTEST_SKIP() << "poppler-utils/qpdf missing";
  fs::path pdf = tmp_->path() / "bericht.pdf";
  CommandResult r = Anker(ws(), "report --site stadtlabor halbjahresbericht --period 2026-H1 -o '" +
                                    pdf.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;

  EXPECT_EQ(RunCommand("qpdf --check '" + pdf.string() + "'").exit_code, 0);
  ExpectFontsEmbedded(pdf);

  std::string text = RunCommand("pdftotext -layout '" + pdf.string() + "' -").out;
  for (const char* expected : {"Halbjahresbericht",
                               "Stadtlabor Lindenau",
                               "Das Halbjahr in Zahlen",
                               "Besuche je Monat",
                               "Veranstaltungen",
                               "Datenquellen",
                               "Definition der Kennzahlen",
                               "Vorwort",
                               "Ausblick",
                               "Qualitative Auswertung und Teamreflexion",
                               "Methoden",
                               "Datenschutz",
                               "Inhalt",
                               "Zielprofil",
                               "Mittlere Besuche je Wochentag und Stunde",
                               "Altersgruppen",
                               "Rückmeldungen der Teilnehmenden",
                               "Programmsignal je Format",
                               "Themen",
                               "Stimmen zu den häufigsten Themen",
                               "Maßnahmen aus den Reflexionen",
                               "Öffnungsstunden",
                               "Kooperationspartner",
                               "Seite 2 von",
                               "11.011",
                               "1.083",
                               "8.470",
                               "1. Januar – 30. Juni 2026"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing in PDF text: " << expected;
  }
  CommandResult info = RunCommand("pdfinfo '" + pdf.string() + "'");
  EXPECT_NE(info.out.find("Halbjahresbericht Stadtlabor Lindenau"), std::string::npos) << info.out;
}

// A period the command line cannot read is explained in German (it was
// English: issue 11).
TEST_F(SampleWorkspace, BadPeriodIsAGermanError) {
  CommandResult period = Anker(ws(), "figures --site stadtlabor --period Sommer");
  EXPECT_EQ(period.exit_code, 2) << period.err;
  EXPECT_NE(period.err.find("ankerbericht: Fehler: unbekannter Zeitraum \"Sommer\": z. B. 2026-H1"),
            std::string::npos)
      << period.err;
  CommandResult backwards = Anker(ws(), "figures --all-sites --period 2026-06-30..2026-01-01");
  EXPECT_EQ(backwards.exit_code, 2) << backwards.err;
  EXPECT_NE(backwards.err.find("das Ende liegt vor dem Anfang"), std::string::npos)
      << backwards.err;
  CommandResult report =
      Anker(ws(), "report halbjahresbericht --site stadtlabor --period 2026-H3 -o x.pdf");
  EXPECT_EQ(report.exit_code, 2) << report.err;
  EXPECT_NE(report.err.find("unbekannter Zeitraum \"2026-H3\""), std::string::npos) << report.err;
  for (const std::string* err : {&period.err, &backwards.err, &report.err})
    EXPECT_EQ(err->find("unknown period"), std::string::npos) << *err;
}

// The targets in `figures` are named as the indicators above them, with their
// unit.
TEST_F(SampleWorkspace, FiguresNameTheTargetsIndicators) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string targets = r.out.substr(r.out.find("\nZiele:\n"));
  EXPECT_EQ(targets.find("events.fill_rate"), std::string::npos) << targets;
  EXPECT_NE(targets.find("  Auslastung: "), std::string::npos) << targets;
}

TEST_F(SampleWorkspace, SourcesListsEveryFileWithItsHash) {
  CommandResult r = Anker(ws(), "sources");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("stadtlabor\tevents\tdaten/veranstaltungen.csv\t"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Windows-1252"), std::string::npos);
}

// A fresh workspace from tests/fixtures/mini with the given files copied in.
class MiniWorkspace : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(TestDir()) / "fixtures/mini/ankerbericht.json",
             tmp_.path() / "ankerbericht.json");
    fs::create_directories(tmp_.path() / "daten");
    for (const char* f :
         {"broken/veranstaltungen-fehler.csv", "broken/feedback-fehler.csv", "mini/termine.csv"}) {
      fs::copy(fs::path(TestDir()) / "fixtures" / f,
               tmp_.path() / "daten" / fs::path(f).filename());
    }
  }
  CommandResult Run(const std::string& args) { return Anker(tmp_.path(), args); }
  ScopedTempDir tmp_;
};

TEST_F(MiniWorkspace, BrokenRowsAreListedWithFileAndLine) {
  CommandResult r = Run("import --kind events daten/veranstaltungen-fehler.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find(
          "daten/veranstaltungen-fehler.csv:3: Datum: kein gültiges Datum (erwartet TT.MM.JJJJ "
          "oder JJJJ-MM-TT) (31.02.2026)\n"
          "daten/veranstaltungen-fehler.csv:4: Teilnehmende: eine Anzahl kann nicht negativ sein "
          "(-3)\n"
          "daten/veranstaltungen-fehler.csv:5: Nr: diese Veranstaltungsnummer steht zweimal in der "
          "Datei (V-1)\n"
          "daten/veranstaltungen-fehler.csv:6: Teilnehmende: eine abgesagte Veranstaltung kann "
          "keine Teilnehmenden haben (4)\n"
          "daten/veranstaltungen-fehler.csv:7: Status: unbekannter Status (bitte durchgeführt oder "
          "abgesagt eintragen) (vielleicht)\n"
          "daten/veranstaltungen-fehler.csv: eingelesen; 2 von 7 Zeilen angenommen, 5 abgelehnt"),
      std::string::npos)
      << r.err;
  CommandResult f = Run("figures --period 2026-02 --json");
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.held"), 2);
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.participants"), 12 + 9);
}

// Progress is drawn on a terminal only: an import into a pipe (CI, a log
// file) prints its summary and nothing else, with or without --quiet, even
// for a file read in several chunks.
TEST_F(MiniWorkspace, LargeImportIntoAPipeShowsNoProgressLine) {
  std::string csv = "Sensor;Zeitstempel;Intervall;Ein;Aus\n";
  for (int day = 1; day <= 28; ++day)
    for (int sensor = 1; sensor <= 60; ++sensor)
      for (int hour = 0; hour < 24; ++hour) {
        csv += "S" + std::to_string(sensor) + ";2026-02-" + (day < 10 ? "0" : "") +
               std::to_string(day) + " " + (hour < 10 ? "0" : "") + std::to_string(hour) +
               ":00;60;3;2\n";
      }
  tmp_.Write("daten/zaehler.csv", csv);  // 40,320 readings: three chunks
  for (const char* quiet : {"", "--quiet "}) {
    CommandResult r = Run(std::string("import ") + quiet + "--kind visits daten/zaehler.csv");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(std::string::npos, r.err.find('\r')) << r.err;
    EXPECT_EQ(std::string::npos, r.err.find("rows/s")) << r.err;
    EXPECT_EQ(std::string::npos, r.err.find("file 1 of 1")) << r.err;
  }
  EXPECT_NE(std::string::npos, Run("sources").out.find("40320")) << Run("sources").out;
}

TEST_F(MiniWorkspace, StrictModeRefusesTheFileAndLeavesTheDatabaseUntouched) {
  CommandResult r = Run("import --strict --kind events daten/veranstaltungen-fehler.csv");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("daten/veranstaltungen-fehler.csv:4: Teilnehmende: eine Anzahl kann nicht "
                       "negativ sein (-3)"),
            std::string::npos);
  EXPECT_NE(r.err.find("abgelehnt (--strict): nichts eingelesen"), std::string::npos) << r.err;
  CommandResult s = Run("sources");
  EXPECT_NE(s.out.find("Noch keine Dateien eingelesen"), std::string::npos) << s.out;
}

TEST_F(MiniWorkspace, FeedbackWithUnknownEventsOrAnswersOffTheScaleIsRejected) {
  ASSERT_EQ(Run("import --kind events daten/veranstaltungen-fehler.csv").exit_code, 0);
  CommandResult r = Run("import --kind feedback daten/feedback-fehler.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find("daten/feedback-fehler.csv:3: Veranstaltung: unbekannte Veranstaltungsnummer "
                 "(zuerst die Veranstaltungsliste einlesen oder die Nummer berichtigen) (V-99)"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("daten/feedback-fehler.csv:4: zufrieden: keine Antwort, die diese Frage "
                       "zulässt: erwartet 1 bis 5"),
            std::string::npos)
      << r.err;
  CommandResult g = Run("figures --period 2026-02 --json");
  EXPECT_EQ(Indicator(ParseJson(g.out), "feedback.responses"), 2);
  // Two answers are below the privacy threshold of 5: the share is withheld,
  // and only the team's internal view shows it.
  EXPECT_TRUE(ParseJson(g.out)
                  ->getObject("indicators")
                  ->getObject("feedback.recommend_rate")
                  ->isNull("value"));
  CommandResult internal = Run("figures --period 2026-02 --json --internal");
  EXPECT_EQ(Indicator(ParseJson(internal.out), "feedback.recommend_rate"), 50);
}

TEST_F(MiniWorkspace, ColumnMappingFromTheConfigurationIsUsedByRun) {
  CommandResult r = Run("run");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/termine.csv: eingelesen; 3 von 3 Zeilen angenommen"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("nicht verwendete Spalten: Bemerkung"), std::string::npos) << r.err;
  CommandResult f = Run("figures --period 2026-03 --json");
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.participants"), 14 + 7 + 9);
}

TEST_F(MiniWorkspace, ChangedFileReplacesWhatItContributed) {
  ASSERT_EQ(Run("run").exit_code, 0);
  // The team corrects a count and drops one event.
  std::string fixed =
      "Kennung;Termin;Bezeichnung;Kategorie;Anzahl Gäste\nT-1;03.03.2026;Reparatur-Café;Offene "
      "Werkstatt;15\n"
      "T-2;05.03.2026;Nähmaschinen-Einführung;Workshop;7\n";
  tmp_.Write("daten/termine.csv", fixed);
  CommandResult r = Run("run");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/termine.csv: die frühere Fassung ersetzt"), std::string::npos)
      << r.err;
  CommandResult f = Run("figures --period 2026-03 --json");
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.held"), 2);
  EXPECT_EQ(Indicator(ParseJson(f.out), "events.participants"), 15 + 7);
}

TEST_F(MiniWorkspace, ConfigurationErrorsNameTheJsonPath) {
  tmp_.Write("ankerbericht.json", R"({ "sites": [ { "id": "a", "name": "A", "type": 9 } ] })");
  CommandResult r = Run("check");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("$.sites[0].type: muss eine ganze Zahl von 1 bis 5 sein (gefunden: 9)"),
            std::string::npos)
      << r.err;
}

TEST(CommandLine, UnknownPeriodAndMissingWorkspaceAreClearErrors) {
  ScopedTempDir tmp;
  CommandResult r = Anker(tmp.path(), "figures --period 2026-H3");
  EXPECT_EQ(r.exit_code, 5) << r.err;  // no workspace here
  EXPECT_NE(r.err.find("ankerbericht init"), std::string::npos) << r.err;
  CommandResult help = Anker(tmp.path(), "import --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Beispiel:"), std::string::npos);
}

// Boost.Program_options' own refusals reach the user in German (issue 11):
// the mistake and the option, then the usage line, and exit code 2.
TEST(CommandLine, ParseErrorsAreGermanAndFollowedByTheUsage) {
  ScopedTempDir tmp;
  const std::regex english(
      R"(unrecognised|required argument|cannot be specified|is required but missing|)"
      R"(too many positional|does not take any arguments|is ambiguous|is invalid|\berror\b)");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"report --bogus", "ankerbericht: Fehler: unbekannte Option --bogus\n"},
      {"figures --period", "ankerbericht: Fehler: --period braucht einen Wert\n"},
      {"figures --site a --site b --period 2026-H1",
       "ankerbericht: Fehler: --site ist mehrfach angegeben\n"},
      {"report halbjahresbericht --period 2026-H1", "ankerbericht: Fehler: --output fehlt\n"},
      {"inspect", "ankerbericht: Fehler: DATEI fehlt\n"},
      {"init a b", "ankerbericht: Fehler: überzählige Angabe \"b\" (erwartet wird nur ORDNER)\n"},
      {"run --internal=ja", "ankerbericht: Fehler: --internal nimmt keinen Wert\n"},
      {"figures --c --period 2026-H1",
       "ankerbericht: Fehler: --c ist nicht eindeutig (passt auf --compare, --csv)\n"},
  };
  for (const auto& [args, message] : cases) {
    CommandResult r = Anker(tmp.path(), args);
    EXPECT_EQ(r.exit_code, 2) << args << "\n" << r.err;
    EXPECT_EQ(r.err.rfind(message + "\nAufruf: ankerbericht ", 0), 0u) << args << "\n" << r.err;
    std::smatch m;
    EXPECT_FALSE(std::regex_search(r.err, m, english)) << "\"" << m.str() << "\" in:\n" << r.err;
  }
}

// Each command's --help names the values as its usage line does, never
// Boost's "arg".
TEST(CommandLine, HelpShowsNoEnglishPlaceholder) {
  ScopedTempDir tmp;
  for (const char* command :
       {"init", "run", "import", "figures", "report", "sources", "check", "inspect", "forms"}) {
    CommandResult r = Anker(tmp.path(), std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_EQ(r.out.find(" arg "), std::string::npos) << command << ":\n" << r.out;
    EXPECT_NE(r.out.find("Optionen:"), std::string::npos) << command << ":\n" << r.out;
  }
}

TEST(CommandLine, InitCreatesAWorkspaceThatChecksOk) {
  ScopedTempDir tmp;
  CommandResult r = Anker(tmp.path(), "init neu");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::exists(tmp.path() / "neu/ankerbericht.json"));
  CommandResult c = Anker(tmp.path() / "neu", "check");
  EXPECT_EQ(c.exit_code, 0) << c.err;
  CommandResult again = Anker(tmp.path(), "init neu");
  EXPECT_EQ(again.exit_code, 2);
}

}  // namespace
}  // namespace ankerbericht::testing

namespace ankerbericht::testing {
namespace {

// docs/indicators.md is generated from the indicator registry; this fails when
// someone changes an indicator and forgets to regenerate it.
TEST(Documentation, IndicatorCatalogueIsCurrent) {
  CommandResult r = RunCommand("'" + BinaryPath() + "' figures --definitions");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFileToString(SourceDir() + "/docs/indicators.md"))
      << "regenerate with: build/ankerbericht figures --definitions > docs/indicators.md";
}

// The header names, presets and answer wordings at the end of
// docs/input-formats.md are generated from the importer's tables (issue 15.4):
// a new alias, preset or wording without a regenerated doc fails here.
TEST(Documentation, InputFormatCatalogueIsCurrent) {
  CommandResult r = RunCommand("'" + BinaryPath() + "' import --formats");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string doc = ReadFileToString(SourceDir() + "/docs/input-formats.md");
  const size_t generated = doc.find("\n<!-- Generated by `ankerbericht import --formats`");
  ASSERT_NE(generated, std::string::npos) << "docs/input-formats.md lost its generated part";
  EXPECT_EQ(r.out, doc.substr(generated + 1))
      << "regenerate with: sed -i '/^<!-- Generated by `ankerbericht import --formats`/,$d' "
         "docs/input-formats.md"
         " && build/ankerbericht import --formats >> docs/input-formats.md";
}

}  // namespace
}  // namespace ankerbericht::testing

namespace ankerbericht::testing {
namespace {

// Feedback free text full of contact data goes in; nothing that looks like an
// e-mail address or a phone number may come out, in the PDF or in the JSON.
TEST(Privacy, NoContactDataReachesReportsOrFigures) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils missing";
  ScopedTempDir tmp;
  fs::copy(fs::path(TestDir()) / "fixtures/mini/ankerbericht.json",
           tmp.path() / "ankerbericht.json");
  fs::copy(fs::path(TestDir()) / "fixtures/contact", tmp.path() / "daten",
           fs::copy_options::recursive);
  fs::copy(tmp.path() / "daten/codebook.json", tmp.path() / "codebook.json");
  tmp.Write("zitate.json", R"({ "names": ["Schulz"] })");
  ASSERT_EQ(Anker(tmp.path(), "import --kind events daten/veranstaltungen.csv").exit_code, 0);
  CommandResult imp = Anker(tmp.path(), "import --kind feedback daten/feedback.csv");
  ASSERT_EQ(imp.exit_code, 0) << imp.err;

  fs::path pdf = tmp.path() / "bericht.pdf";
  CommandResult r =
      Anker(tmp.path(), "report halbjahresbericht --period 2026-H1 -o '" + pdf.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = RunCommand("pdftotext '" + pdf.string() + "' -").out;
  std::string json = Anker(tmp.path(), "figures --period 2026-H1 --json").out;
  std::string internal = Anker(tmp.path(), "figures --period 2026-H1 --json --internal").out;

  // The quotes are there, scrubbed: the check below is not vacuous.
  EXPECT_NE(text.find("Stimmen zu den häufigsten Themen"), std::string::npos);
  EXPECT_NE(text.find("[…]"), std::string::npos) << text;
  const std::regex email(R"([A-Za-z0-9._%+-]+\s?(@|\(at\))\s?[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  const std::regex phone(R"((\+49|\(0\d+\)|\b0\d{2,4}[ /-]?\d{3,})[\d /-]*\d)");
  for (const std::string* out : {&text, &json, &internal}) {
    EXPECT_FALSE(std::regex_search(*out, email)) << *out;
    EXPECT_FALSE(std::regex_search(*out, phone)) << *out;
    EXPECT_EQ(out->find("Schulz"), std::string::npos);
    EXPECT_EQ(out->find("example.org"), std::string::npos);
  }
}

}  // namespace
}  // namespace ankerbericht::testing

namespace ankerbericht::testing {
namespace {

// A team reorders and trims its report without recompiling: its own template
// in WORKSPACE/templates/ wins; its branding is used, and a missing logo is a
// warning, not a failure.
TEST(Templates, AWorkspaceTemplateAndBrandingAreUsed) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils missing";
  ScopedTempDir tmp;
  std::string config = ReadFileToString(TestDir() + "/fixtures/mini/ankerbericht.json");
  config.replace(
      config.find("\"type\": 3,"), 10,
      "\"type\": 3, \"branding\": { \"primary_color\": \"#7B2D8E\", \"logo\": \"fehlt.png\" },");
  tmp.Write("ankerbericht.json", config);
  tmp.Write("templates/halbjahresbericht.json", R"({
    "id": "halbjahresbericht", "title": { "de": "Kurzbericht" },
    "sections": [ { "type": "title" },
                  { "type": "markdown", "file": "texte/eigenes.md", "heading": { "de": "Unser Halbjahr" } },
                  { "type": "indicator_table", "indicators": ["events.held"] } ] })");
  tmp.Write("texte/eigenes.md", "Ein Absatz, den das Team selbst geschrieben hat.\n");
  fs::path pdf = tmp.path() / "kurz.pdf";
  CommandResult r =
      Anker(tmp.path(), "report halbjahresbericht --period 2026-H1 -o '" + pdf.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("Warnung:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("fehlt.png"), std::string::npos) << r.err;
  std::string text = RunCommand("pdftotext '" + pdf.string() + "' -").out;
  EXPECT_NE(text.find("Kurzbericht"), std::string::npos);
  EXPECT_NE(text.find("Unser Halbjahr"), std::string::npos);
  EXPECT_NE(text.find("Ein Absatz, den das Team selbst geschrieben hat."), std::string::npos);
  EXPECT_EQ(text.find("Zielprofil"), std::string::npos);
}

TEST(Templates, ABadBrandingColourIsAConfigError) {
  ScopedTempDir tmp;
  std::string config = ReadFileToString(TestDir() + "/fixtures/mini/ankerbericht.json");
  config.replace(config.find("\"type\": 3,"), 10,
                 "\"type\": 3, \"branding\": { \"primary_color\": \"lila\" },");
  tmp.Write("ankerbericht.json", config);
  CommandResult r = Anker(tmp.path(), "check");
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(r.err.find("$.sites[0].branding.primary_color: muss eine Farbe wie \"#0072B2\" sein "
                       "(gefunden: \"lila\")"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace ankerbericht::testing

namespace ankerbericht::testing {
namespace {

// The half-yearly report's content as text, compared line by line with a
// reviewed golden file. Set ANKERBERICHT_UPDATE_GOLDEN=1 to rewrite it after an
// intended change, then review the diff like code.
TEST(Golden, HalbjahresberichtDumpOfTheMiniWorkspace) {
  ScopedTempDir tmp;
  fs::copy(fs::path(TestDir()) / "fixtures/mini/ankerbericht.json",
           tmp.path() / "ankerbericht.json");
  fs::create_directories(tmp.path() / "daten");
  for (const char* f :
       {"broken/veranstaltungen-fehler.csv", "broken/feedback-fehler.csv", "mini/termine.csv"}) {
    fs::copy(fs::path(TestDir()) / "fixtures" / f, tmp.path() / "daten" / fs::path(f).filename());
  }
  ASSERT_EQ(Anker(tmp.path(), "run").exit_code, 0);
  ASSERT_EQ(Anker(tmp.path(), "import --kind events daten/veranstaltungen-fehler.csv").exit_code,
            0);
  ASSERT_EQ(Anker(tmp.path(), "import --kind feedback daten/feedback-fehler.csv").exit_code, 0);
  fs::path dump = tmp.path() / "bericht.txt";
  CommandResult r = Anker(
      tmp.path(), "report halbjahresbericht --period 2026-H1 --dump -o '" + dump.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = ReadFileToString(dump.string());
  // The import date in the data-sources table is the real day of the test run.
  text = std::regex_replace(text, std::regex(R"(\| \d{2}\.\d{2}\.\d{4} \| ([0-9a-f]{8}))"),
                            "| <Importdatum> | $1");
  std::string golden_path = TestDir() + "/fixtures/golden/halbjahresbericht-mini.txt";
  if (std::getenv("ANKERBERICHT_UPDATE_GOLDEN")) {
    std::ofstream(golden_path, std::ios::binary) << text;
  }
  EXPECT_EQ(text, ReadFileToString(golden_path))
      << "update with ANKERBERICHT_UPDATE_GOLDEN=1 and review the diff";
}

}  // namespace
}  // namespace ankerbericht::testing
