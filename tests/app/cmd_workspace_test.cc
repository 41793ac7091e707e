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
  EXPECT_TRUE(
      Has(r.out,
          "ankerbericht.json: \"columns\" of daten/zaehler/*.csv: unknown field \"besucher\" for "
          "visits (known: timestamp, date, time, in, "))
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
  EXPECT_TRUE(
      Has(r.err,
          "ankerbericht: error: \"columns\" of daten/feedback/*.csv: unknown field \"anzahl\" for "
          "feedback"))
      << r.err;
  EXPECT_TRUE(
      Has(r.err,
          "nichts eingelesen und kein Bericht erstellt: bitte die Quellen in ankerbericht.json "
          "korrigieren"))
      << r.err;
  EXPECT_FALSE(Has(r.err, "rendering")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(ws() / "berichte"));
  EXPECT_TRUE(Has(Run("sources").out, "No files imported yet")) << Run("sources").out;
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
  EXPECT_TRUE(Has(r.err, "unknown field \"eingang\" for visits")) << r.err;
}

}  // namespace
}  // namespace ankerbericht
