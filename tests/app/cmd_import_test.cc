// The import stage through the binary: overlapping counter exports and
// `import --dry-run`, in a throw-away workspace.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/workspace_helpers.h"
#include "import/visit_overlaps.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;

class ImportCli : public testing::MiniWorkspaceTest {};

TEST_F(ImportCli, OverlappingCounterExportsCountOnceAndConflictsNameBothFiles) {
  Write("daten/maerz.csv", "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;5;4\n03.03.2026;15:00;7;7\n");
  Write("daten/maerz-april.csv",
        "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;5;4\n03.03.2026;15:00;8;7\n05.03.2026;14:00;3;3\n"
        "05.03.2026;14:00;3;3\n");
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  CommandResult r = Run("import --kind visits daten/maerz-april.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/maerz-april.csv:3: in: widerspricht daten/maerz.csv:3, dort steht "
                       "7/7 für denselben Zähler und Zeitabschnitt (8/7)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find("1 Zählwert(e) wurden schon mit denselben Zahlen aus daten/maerz.csv eingelesen"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 Zählwert(e) stehen mit denselben Zahlen zweimal in dieser Datei"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 von 4 Zeilen angenommen, 1 abgelehnt"), std::string::npos) << r.err;
  // 5 + 7 on the 3rd, 3 on the 5th: each reading once.
  CommandResult f = Run("figures --period 2026-03 --json");
  ASSERT_EQ(f.exit_code, 0) << f.err;
  Poco::JSON::Parser parser;
  Poco::JSON::Object::Ptr figures = parser.parse(f.out).extract<Poco::JSON::Object::Ptr>();
  Poco::JSON::Object::Ptr indicators = figures->getObject("indicators");
  ASSERT_FALSE(indicators.isNull()) << f.out.substr(0, 400);
  EXPECT_EQ(indicators->getObject("visitors.total")->getValue<int>("value"), 15)
      << f.out.substr(0, 2000);
}

TEST_F(ImportCli, DryRunShowsTheMappingAndFirstRows) {
  Write("daten/zaehler.csv", "Timestamp,Entries,Exits\n2026-03-03 14:00,5,4\n");
  CommandResult r = Run("import --kind visits --dry-run daten/zaehler.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/zaehler.csv: Spalte in <- Entries"), std::string::npos) << r.err;
  EXPECT_NE(
      r.err.find("daten/zaehler.csv: würde speichern: Zeile 2: sensor=-, start=2026-03-03 14:00, "
                 "interval=60 min, "
                 "in=5, out=4"),
      std::string::npos)
      << r.err;
  Write("daten/kanaele.csv",
        "Sensor;Zeitstempel;Ein\nNord;2026-03-03 14:00;5\nSüd;2026-03-03 13:00;2\n");
  r = Run("import --kind visits --dry-run daten/kanaele.csv");
  EXPECT_NE(r.err.find("würde speichern: Zeile 3: sensor=Süd, start=2026-03-03 13:00"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("würde speichern: Zeile 2: sensor=Nord, start=2026-03-03 14:00"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(ws() / "ankerbericht.db") &&
               Run("sources").out.find("zaehler") != std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
