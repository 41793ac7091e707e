// `inspect` through the binary: what it shows of a file (encoding, separator,
// tool, header, rows), and that the header it shows is the one `import` reads.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/workspace_helpers.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::CommandResult;

class InspectCli : public testing::MiniWorkspaceTest {};

TEST_F(InspectCli, InspectJson) {
  Write("x.csv",
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

TEST_F(InspectCli, InspectTextAndErrors) {
  Write("k.csv",
        "\"start\";\"_uuid\";\"_submission_time\"\r\n\"\";\"\";\"#time\"\r\n\"a\";\"u1\";"
        "\"2026-05-04T09:41:19\"\r\n");
  CommandResult r = Run("inspect k.csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Format:       kobo"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Datensätze: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Zeile 3: start=a; _uuid=u1"), std::string::npos) << r.out;
  EXPECT_EQ(Run("inspect gibts-nicht.csv").exit_code, 5);
  Write("kaputt.xlsx", std::string("PK\x03\x04kaputt", 10));
  CommandResult bad = Run("inspect kaputt.xlsx");
  EXPECT_EQ(bad.exit_code, 3);
  EXPECT_NE(bad.err.find("kaputt.xlsx: keine lesbare .xlsx-Arbeitsmappe"), std::string::npos)
      << bad.err;
}

// A title row wider than the header above it: inspect shows the header import
// maps (line 3), not the widest row.
TEST_F(InspectCli, ShowsTheHeaderImportReadsWhenItIsNotOnLineOne) {
  Write("daten/maerz.csv",
        "Zählerexport;Ankerort Nord;Sensor Tür;März 2026;erstellt 01.04.2026\n"
        "\n"
        "Datum;Uhrzeit;Ein;Aus\n"
        "03.03.2026;14:00;5;4\n");
  CommandResult inspect = Run("inspect --json daten/maerz.csv");
  ASSERT_EQ(inspect.exit_code, 0) << inspect.err;
  Poco::JSON::Parser parser;
  Poco::JSON::Object::Ptr out = parser.parse(inspect.out).extract<Poco::JSON::Object::Ptr>();
  Poco::JSON::Array::Ptr header = out->getArray("header");
  ASSERT_EQ(header->size(), 4u) << inspect.out;
  EXPECT_EQ(header->getElement<std::string>(0), "Datum");
  EXPECT_EQ(header->getElement<std::string>(2), "Ein");
  Poco::JSON::Array::Ptr records = out->getArray("records");
  ASSERT_EQ(records->size(), 1u);
  EXPECT_EQ(records->getObject(0)->getValue<std::string>("Ein"), "5");

  EXPECT_NE(
      Run("inspect daten/maerz.csv").out.find("Kopfzeile (Zeile 3): Datum | Uhrzeit | Ein | Aus"),
      std::string::npos);
  CommandResult import = Run("import --kind visits --dry-run daten/maerz.csv");
  EXPECT_EQ(import.exit_code, 0) << import.err;
  EXPECT_NE(import.err.find("daten/maerz.csv: Spalte in <- Ein"), std::string::npos) << import.err;
  EXPECT_NE(import.err.find("würde speichern: Zeile 4:"), std::string::npos) << import.err;
}

}  // namespace
}  // namespace ankerbericht
