// `check` and `run` on a configuration error (issue 15.4): `check` names
// the broken source entry and the rejected rows and exits non-zero; `run`
// imports and renders nothing until the entry is corrected.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/exit_status.h"
#include "app/workspace_helpers.h"

namespace ankerbericht {
namespace {

using testing::CommandResult;

class WorkspaceCommands : public testing::MiniWorkspaceTest {};

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const char kCounts[] = "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;3;3\n05.03.2026;15:00;4;4\n";

TEST_F(WorkspaceCommands, CheckReportsAnUnknownFieldUnderColumns) {
  AddSource(
      R"({ "path": "daten/zaehler/*.csv", "kind": "visits", "columns": { "besucher": "Ein" } })");
  Write("daten/zaehler/maerz.csv", kCounts);
  CommandResult r = Run("check");
  EXPECT_EQ(r.exit_code, kExitConfig) << r.out << r.err;
  EXPECT_TRUE(Has(r.out,
                  "ankerbericht.json: \"columns\" von daten/zaehler/*.csv: unbekanntes Feld "
                  "\"besucher\" für visits (bekannt: timestamp, date, time, in, "))
      << r.out;
  EXPECT_FALSE(Has(r.out, "no problems found")) << r.out;
  EXPECT_FALSE(Has(r.out, "ankerbericht.json: in Ordnung")) << r.out;
}

TEST_F(WorkspaceCommands, CheckCountsRejectedRowsAsAProblem) {
  AddSource(R"({ "path": "daten/zaehler/*.csv", "kind": "visits" })");
  Write("daten/zaehler/maerz.csv",
        "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;3;3\n05.03.2026;15:00;viele;4\n");
  ASSERT_EQ(Run("run").exit_code, 0);
  CommandResult r = Run("check");
  EXPECT_EQ(r.exit_code, kExitInvalidInput) << r.out << r.err;
  EXPECT_TRUE(Has(r.out, "daten/zaehler/maerz.csv: 1 Zeile(n) beim Einlesen abgelehnt")) << r.out;
  EXPECT_TRUE(Has(r.out, "Prüfung beendet: siehe die Punkte oben")) << r.out;
  EXPECT_FALSE(Has(r.out, "no problems found")) << r.out;
}

TEST_F(WorkspaceCommands, RunStopsBeforeImportingOrRenderingOnAConfigurationError) {
  AddSource(R"({ "path": "daten/zaehler/*.csv", "kind": "visits" })");
  EditConfig("\"reports\": []",
             R"("reports": [ { "template": "halbjahresbericht", "period": "2026-H1" } ])");
  AddSource(
      R"({ "path": "daten/feedback/*.csv", "kind": "feedback", "columns": { "anzahl": "Menge" } })");
  Write("daten/zaehler/maerz.csv", kCounts);
  CommandResult r = Run("run");
  EXPECT_EQ(r.exit_code, kExitConfig) << r.err;
  EXPECT_TRUE(Has(r.err,
                  "ankerbericht: Fehler: \"columns\" von daten/feedback/*.csv: unbekanntes Feld "
                  "\"anzahl\" für feedback"))
      << r.err;
  EXPECT_TRUE(
      Has(r.err,
          "nichts eingelesen und kein Bericht erstellt: bitte die Quellen in ankerbericht.json "
          "korrigieren"))
      << r.err;
  EXPECT_FALSE(Has(r.err, "rendering")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(ws() / "berichte"));
  EXPECT_TRUE(Has(Run("sources").out, "Noch keine Dateien eingelesen")) << Run("sources").out;
}

// A counter file imported, then a broken mapping added for its source: the
// file is unchanged, but `run` must not render from it as if all was well.
TEST_F(WorkspaceCommands, RunStopsOnABrokenMappingOfAnImportedFile) {
  AddSource(R"({ "path": "daten/zaehler/*.csv", "kind": "visits" })");
  Write("daten/zaehler/maerz.csv", kCounts);
  ASSERT_EQ(Run("run").exit_code, 0);
  EditConfig("\"kind\": \"visits\"", "\"kind\": \"visits\", \"columns\": { \"in\": 4 }");
  CommandResult r = Run("run");
  EXPECT_EQ(r.exit_code, kExitConfig) << r.err;
  EditConfig("\"columns\": { \"in\": 4 }", "\"columns\": { \"eingang\": \"Ein\" }");
  r = Run("run");
  EXPECT_EQ(r.exit_code, kExitConfig) << r.err;
  EXPECT_TRUE(Has(r.err, "unbekanntes Feld \"eingang\" für visits")) << r.err;
}

}  // namespace
// Reading a file again after the configuration changed (issue 15.3): the
// store remembers the mapping each file was read with; `run` reads a file
// again when that mapping changed, `import --force` on request, and the
// file's earlier rows are replaced, so nothing counts twice. And `import`
// reads a file with the mapping of the source whose glob matches it
// (issue 15.4), as `run` does.
namespace {

using testing::CommandResult;

class Reread : public testing::MiniWorkspaceTest {};

// Three paper forms graded like school marks, while the questionnaire says
// the item is an agreement scale: every row is refused.
const char kGradedForms[] =
    "Bogen-Nr;Datum;zufrieden;empfehlen\n"
    "1;03.03.2026;sehr gut;ja\n"
    "2;05.03.2026;gut;nein\n"
    "3;10.03.2026;befriedigend;ja\n";

TEST_F(Reread, ARejectedFileIsImportedOnceTheScaleIsFixed) {
  AddSource(R"({ "path": "daten/feedback/*.csv", "kind": "feedback" })");
  Write("daten/feedback/maerz.csv", kGradedForms);
  CommandResult r = Run("run");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      Has(r.err, "daten/feedback/maerz.csv:2: zufrieden: keine Antwort, die diese Frage zulässt"))
      << r.err;
  EXPECT_TRUE(Has(r.err, "eingelesen; 0 von 3 Zeilen angenommen, 3 abgelehnt")) << r.err;
  // Nothing changed: nothing to read.
  r = Run("run");
  EXPECT_TRUE(Has(
      r.err, "daten/feedback/maerz.csv: seit dem letzten Einlesen unverändert, nichts hinzugefügt"))
      << r.err;

  // The team corrects the item's scale; the file itself stays as it is.
  EditConfig(R"("id": "zufrieden", "text": "Ich bin zufrieden.", "scale": "agree5")",
             R"("id": "zufrieden", "text": "Ich bin zufrieden.", "scale": "grade6")");
  r = Run("run");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(
      Has(r.err,
          "daten/feedback/maerz.csv: neu eingelesen, weil sich die Spaltenzuordnung oder der "
          "Fragebogen in ankerbericht.json seit dem Einlesen geändert hat; ihre früheren Zeilen "
          "sind ersetzt; 3 von 3 Zeilen angenommen, 0 abgelehnt"))
      << r.err;
  EXPECT_TRUE(Has(
      r.err,
      "0 Datei(en) eingelesen, 1 mit geänderter Zuordnung neu gelesen, 0 unverändert, 0 Zeile(n) "
      "abgelehnt"))
      << r.err;
  Poco::JSON::Object::Ptr figures = Figures();
  ASSERT_TRUE(figures);
  EXPECT_EQ(testing::Indicator(figures, "feedback.responses"), 3);
  EXPECT_NEAR(testing::Indicator(figures, "feedback.recommend_rate"), 200.0 / 3,
              0.01);  // ja, nein, ja
  // Grades 1, 2, 3.
  EXPECT_DOUBLE_EQ(figures->getObject("feedback_items")
                       ->getObject("items")
                       ->getObject("zufrieden")
                       ->getValue<double>("mean"),
                   2.0);
  // Read with the fixed mapping: the next run leaves it alone.
  r = Run("run");
  EXPECT_TRUE(Has(
      r.err, "daten/feedback/maerz.csv: seit dem letzten Einlesen unverändert, nichts hinzugefügt"))
      << r.err;
  EXPECT_TRUE(Has(Run("sources").out, "werkstatt\tfeedback\tdaten/feedback/maerz.csv\t3\t0\t"))
      << Run("sources").out;
}

// 3 + 4 visitors.
const char kForms[] = "Bogen-Nr;Datum;zufrieden;empfehlen\n1;03.03.2026;5;ja\n2;05.03.2026;4;ja\n";

// Only what a file is read with counts: a changed questionnaire reads the
// feedback again, not the counter file; a changed target reads nothing.
TEST_F(Reread, OnlyFilesWhoseMappingChangedAreReadAgain) {
  AddSource(R"({ "path": "daten/feedback/*.csv", "kind": "feedback" })");
  AddSource(R"({ "path": "daten/zaehler/*.csv", "kind": "visits" })");
  Write("daten/feedback/maerz.csv", kForms);
  Write("daten/zaehler/maerz.csv", kCounts);
  ASSERT_EQ(Run("run").exit_code, 0);

  // Comments, spacing and key order say nothing new.
  EditConfig(R"({ "path": "daten/zaehler/*.csv", "kind": "visits" })",
             "{ \"kind\": \"visits\",  // Lichtschranke am Eingang\n    \"path\": "
             "\"daten/zaehler/*.csv\" }");
  EditConfig("\"type\": 3,",
             "\"type\": 3, \"targets\": [ { \"indicator\": \"visitors.total\", \"min\": 5 } ],");
  CommandResult r = Run("run");
  EXPECT_TRUE(Has(r.err, "0 Datei(en) eingelesen, 2 unverändert, 0 Zeile(n) abgelehnt")) << r.err;

  EditConfig("Würden Sie uns empfehlen?", "Würden Sie uns weiterempfehlen?");
  r = Run("run");
  EXPECT_TRUE(Has(r.err, "daten/feedback/maerz.csv: neu eingelesen, weil")) << r.err;
  EXPECT_TRUE(Has(r.err, "daten/zaehler/maerz.csv: seit dem letzten Einlesen unverändert"))
      << r.err;
  EXPECT_EQ(Figure("feedback.responses"), 2);  // replaced, not added
  EXPECT_EQ(Figure("visitors.total"), 7);

  // A changed column mapping of the counter source reads the counter file.
  EditConfig("\"kind\": \"visits\",", "\"kind\": \"visits\", \"columns\": { \"in\": \"Ein\" },");
  r = Run("run");
  EXPECT_TRUE(Has(r.err, "daten/zaehler/maerz.csv: neu eingelesen, weil")) << r.err;
  EXPECT_TRUE(Has(r.err, "daten/feedback/maerz.csv: seit dem letzten Einlesen unverändert"))
      << r.err;
  EXPECT_EQ(Figure("visitors.total"), 7);
}

// `import --force` reads one file again; it replaces what the file brought.
TEST_F(Reread, ImportForceReadsOneFileAgainAndCountsItOnce) {
  Write("daten/maerz.csv", kCounts);
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  CommandResult r = Run("import --kind visits daten/maerz.csv");
  EXPECT_TRUE(Has(r.err, "seit dem letzten Einlesen unverändert")) << r.err;
  r = Run("import --kind visits --force daten/maerz.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err,
                  "daten/maerz.csv: neu eingelesen (--force); ihre früheren Zeilen sind ersetzt; 2 "
                  "von 2 Zeilen angenommen"))
      << r.err;
  EXPECT_FALSE(Has(r.err, "conflicts with")) << r.err;
  EXPECT_EQ(Figure("visitors.total"), 7);
}

// A counter export with its own header names, mapped by a source whose path
// is a glob, as `init` writes them.
const char kOwnHeaders[] = "Tag;Stunde;Gezählt\n03.03.2026;14:00;3\n05.03.2026;15:00;4\n";

TEST_F(Reread, ImportAppliesTheMappingOfTheSourceWhoseGlobMatches) {
  AddSource(R"({ "path": "daten/zaehler/*.csv", "kind": "visits",
                 "columns": { "date": "Tag", "time": "Stunde", "in": "Gezählt" } })");
  Write("daten/zaehler/maerz.csv", kOwnHeaders);
  CommandResult r = Run("import --kind visits --dry-run daten/zaehler/maerz.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "geprüft (--dry-run, nichts geschrieben); 2 von 2 Zeilen angenommen"))
      << r.err;
  EXPECT_TRUE(Has(r.err, "daten/zaehler/maerz.csv: Spalte in <- Gezählt")) << r.err;
  // A file the glob does not match gets no mapping.
  Write("anderswo/maerz.csv", kOwnHeaders);
  r = Run("import --kind visits --dry-run anderswo/maerz.csv");
  EXPECT_NE(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "keine Kopfzeile mit den Spalten")) << r.err;

  r = Run("import --kind visits daten/zaehler/maerz.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Read with the same mapping `run` uses: run has nothing to do.
  r = Run("run");
  EXPECT_TRUE(Has(r.err, "daten/zaehler/maerz.csv: seit dem letzten Einlesen unverändert"))
      << r.err;
  EXPECT_EQ(Figure("visitors.total"), 7);
}

}  // namespace

}  // namespace ankerbericht
