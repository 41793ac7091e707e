// The import stage through the binary: overlapping counter exports, `inspect`
// and `import --dry-run`, in a throw-away workspace.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "import/visit_overlaps.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;
using testing::CommandResult;
using testing::ScopedTempDir;

class ImportCli : public ::testing::Test {
 protected:
  ImportCli() {
    fs::copy(fs::path(testing::TestDir()) / "fixtures/mini/ankerbericht.json",
             tmp_.path() / "ankerbericht.json");
  }
  CommandResult Run(const std::string& args) {
    return testing::RunCommand("cd '" + tmp_.path().string() +
                               "' && ANKERBERICHT_TODAY=2026-11-21 '" + testing::BinaryPath() +
                               "' " + args);
  }
  ScopedTempDir tmp_;
};

TEST_F(ImportCli, OverlappingCounterExportsCountOnceAndConflictsNameBothFiles) {
  tmp_.Write("daten/maerz.csv",
             "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;5;4\n03.03.2026;15:00;7;7\n");
  tmp_.Write(
      "daten/maerz-april.csv",
      "Datum;Uhrzeit;Ein;Aus\n03.03.2026;14:00;5;4\n03.03.2026;15:00;8;7\n05.03.2026;14:00;3;3\n"
      "05.03.2026;14:00;3;3\n");
  ASSERT_EQ(Run("import --kind visits daten/maerz.csv").exit_code, 0);
  CommandResult r = Run("import --kind visits daten/maerz-april.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      r.err.find(
          "daten/maerz-april.csv:3: in: conflicts with daten/maerz.csv:3, which has 7/7 for the "
          "same sensor and interval (8/7)"),
      std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find("1 reading(s) were already imported from daten/maerz.csv with the same counts"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 reading(s) appear twice in this file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 of 4 rows accepted, 1 rejected"), std::string::npos) << r.err;
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
  tmp_.Write("daten/zaehler.csv", "Timestamp,Entries,Exits\n2026-03-03 14:00,5,4\n");
  CommandResult r = Run("import --kind visits --dry-run daten/zaehler.csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("daten/zaehler.csv: column in <- Entries"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("daten/zaehler.csv: would store line 2: sensor=-, start=2026-03-03 14:00, "
                       "interval=60 min, "
                       "in=5, out=4"),
            std::string::npos)
      << r.err;
  tmp_.Write("daten/kanaele.csv",
             "Sensor;Zeitstempel;Ein\nNord;2026-03-03 14:00;5\nSüd;2026-03-03 13:00;2\n");
  r = Run("import --kind visits --dry-run daten/kanaele.csv");
  EXPECT_NE(r.err.find("would store line 3: sensor=Süd, start=2026-03-03 13:00"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("would store line 2: sensor=Nord, start=2026-03-03 14:00"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(tmp_.path() / "ankerbericht.db") &&
               Run("sources").out.find("zaehler") != std::string::npos);
}

TEST_F(ImportCli, InspectJson) {
  tmp_.Write(
      "x.csv",
      "Titelzeile\n\nDatum;Wunsch;Wunsch;Punkte\n05.03.2026;Drucker;A;2\n05.03.2026;Laser;B\n");
  CommandResult r = Run("inspect --json x.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Parser parser;
  Poco::JSON::Object::Ptr out = parser.parse(r.out).extract<Poco::JSON::Object::Ptr>();
  EXPECT_EQ(out->getValue<std::string>("encoding"), "UTF-8");
  EXPECT_EQ(out->getValue<std::string>("delimiter"), ";");
  EXPECT_EQ(out->getValue<std::string>("format"), "csv");
  Poco::JSON::Array::Ptr header = out->getArray("header");
  ASSERT_EQ(header->size(), 4u);
  EXPECT_EQ(header->getElement<std::string>(2), "Wunsch (2)");
  Poco::JSON::Array::Ptr records = out->getArray("records");
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ(records->getObject(1)->getValue<std::string>("Wunsch"), "Laser");
  EXPECT_EQ(records->getObject(1)->getValue<std::string>("Punkte"), "");
}

TEST_F(ImportCli, InspectTextAndErrors) {
  tmp_.Write("k.csv",
             "\"start\";\"_uuid\";\"_submission_time\"\r\n\"\";\"\";\"#time\"\r\n\"a\";\"u1\";"
             "\"2026-05-04T09:41:19\"\r\n");
  CommandResult r = Run("inspect k.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("format:    kobo"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("records: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("line 3: start=a; _uuid=u1"), std::string::npos) << r.out;
  EXPECT_EQ(Run("inspect gibts-nicht.csv").exit_code, 5);
  tmp_.Write("kaputt.xlsx", std::string("PK\x03\x04kaputt", 10));
  CommandResult bad = Run("inspect kaputt.xlsx");
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("kaputt.xlsx: not a readable .xlsx workbook"), std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace ankerbericht
