// The annual report (`jahresbericht`) on the sample: a calendar year compared
// with the year before, every figure in its indicator table and in the stops
// table of the mobile site equal to what `figures --json` prints for the same
// site and year.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "document/build_context.h"
#include "document/rule_words.h"
#include "e2e/e2e_util.h"
#include "evaluate/indicators.h"
#include "test_util.h"
#include "util/strings.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

// The German strings table the report is worded from.
const Strings& German() {
  static const Strings kGerman = [] {
    Result<Strings> de = Strings::Load(SourceDir() + "/templates/strings", "de");
    return de.ok() ? *de : Strings();
  }();
  return kGerman;
}

class AnnualReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    // Import only: the reports of `run` are not needed here.
    for (const char* spec :
         {"--site stadtlabor --kind visits daten/zaehler/*.csv",
          "--site stadtlabor --kind tallies daten/strichlisten/*.csv",
          "--site stadtlabor --kind events daten/veranstaltungen.csv",
          "--site digitalbus --kind tallies daten/digitalbus/strichliste.csv",
          "--site digitalbus --kind events daten/digitalbus/veranstaltungen.csv"}) {
      CommandResult r = Anker(ws(), std::string("import ") + spec);
      if (r.exit_code != 0) import_error_ += r.err;
    }
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path ws() { return tmp_->path() / "ws"; }

  void SetUp() override { ASSERT_EQ(import_error_, ""); }

  // The text dump of the annual report of |site| for |year|.
  static std::string Dump(const std::string& site, const std::string& year,
                          const std::string& lang = "de") {
    std::string out = "jahr-" + site + "-" + year + "-" + lang + ".txt";
    CommandResult r = Anker(ws(), "report --site " + site + " jahresbericht --period " + year +
                                      " --lang " + lang + " --dump -o " + out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadFileToString((ws() / out).string());
  }

  static Object::Ptr Figures(const std::string& site, const std::string& year) {
    CommandResult r =
        Anker(ws(), "figures --site " + site + " --period " + year + " --compare --json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ParseJson(r.out);
  }

  static std::optional<double> Number(const Object::Ptr& o, const std::string& key) {
    if (!o || !o->has(key) || !o->get(key).isNumeric()) return std::nullopt;
    return o->getValue<double>(key);
  }

  static ScopedTempDir* tmp_;
  static std::string import_error_;
};
ScopedTempDir* AnnualReport::tmp_ = nullptr;
std::string AnnualReport::import_error_;

// Each indicator row reads "label | 2025 | 2024 | change": the year and the
// year before, as `figures --compare --json` has them, and no second
// comparison column (the year before is the previous period).
TEST_F(AnnualReport, IndicatorTableEqualsFiguresJson) {
  std::string dump = Dump("stadtlabor", "2026");
  Object::Ptr figures = Figures("stadtlabor", "2026");
  ASSERT_TRUE(figures);
  EXPECT_NE(dump.find("TITLE Jahresbericht | Stadtlabor Lindenau"), std::string::npos)
      << dump.substr(0, 400);
  // One comparison column with its change: four columns, not six.
  size_t table = dump.find("TABLE Kennzahl | ");
  ASSERT_NE(table, std::string::npos);
  std::string header = dump.substr(table, dump.find('\n', table) - table);
  EXPECT_TRUE(header.ends_with(" | Veränd.")) << header;
  size_t bars = 0;
  for (size_t at = header.find(" | "); at != std::string::npos; at = header.find(" | ", at + 1))
    ++bars;
  EXPECT_EQ(bars, 3u) << header;
  int checked = 0;
  for (const char* id :
       {"visitors.total", "visitors.per_open_hour", "opening.hours", "events.held",
        "events.participants", "events.fill_rate", "feedback.responses", "partners.distinct"}) {
    const IndicatorDef* def = FindIndicator(id);
    ASSERT_NE(def, nullptr);
    Object::Ptr v = figures->getObject("indicators")->getObject(id);
    ASSERT_TRUE(v) << id;
    std::string row = "ROW " + CatalogueLabel(German(), *def) + " | " +
                      BuiltinLocale("de").FormatByUnit(Number(v, "value"), def->unit) + " | " +
                      BuiltinLocale("de").FormatByUnit(Number(v, "previous"), def->unit) + " | ";
    EXPECT_NE(dump.find(row), std::string::npos) << id << ": " << row;
    ++checked;
  }
  EXPECT_EQ(checked, 8);
  // The year 2025 against 2024 (before the site opened: no comparison).
  std::string y2025 = Dump("stadtlabor", "2025");
  Object::Ptr f2025 = Figures("stadtlabor", "2025");
  const IndicatorDef* total = FindIndicator("visitors.total");
  double visits =
      f2025->getObject("indicators")->getObject("visitors.total")->getValue<double>("value");
  EXPECT_NE(y2025.find("ROW " + CatalogueLabel(German(), *total) + " | " +
                       BuiltinLocale("de").FormatByUnit(visits, total->unit) + " | –"),
            std::string::npos);
}

// The mobile site's annual report has the stops table; every cell equals the
// stops.* breakdowns of `figures --json`.
TEST_F(AnnualReport, StopsTableOfTheBusEqualsFiguresJson) {
  std::string dump = Dump("digitalbus", "2025");
  Object::Ptr figures = Figures("digitalbus", "2025");
  ASSERT_TRUE(figures);
  EXPECT_NE(
      dump.find(
          "TABLE Haltestelle | Tage | Stunden | Besuche | Besuche je Stunde | Veranstaltungen"),
      std::string::npos);
  Object::Ptr b = figures->getObject("breakdowns");
  Array::Ptr visits = b->getObject("stops.visits")->getArray("cells");
  Array::Ptr hours = b->getObject("stops.hours")->getArray("cells");
  Array::Ptr events = b->getObject("stops.events")->getArray("cells");
  ASSERT_EQ(visits->size(), 4u);  // four stops, every record placed
  for (unsigned i = 0; i < visits->size(); ++i) {
    Object::Ptr v = visits->getObject(i);
    std::string row = "ROW " + v->getValue<std::string>("label") + " | ";
    size_t at = dump.find(row);
    ASSERT_NE(at, std::string::npos) << row;
    std::string line = dump.substr(at, dump.find('\n', at) - at);
    std::string expected =
        BuiltinLocale("de").FormatNumber(hours->getObject(i)->getValue<double>("value"), 1) +
        " | " + BuiltinLocale("de").FormatNumber(v->getValue<double>("value"), 0);
    EXPECT_NE(line.find(expected), std::string::npos) << line << " vs " << expected;
    EXPECT_TRUE(line.ends_with(" | " + BuiltinLocale("de").FormatNumber(
                                           events->getObject(i)->getValue<double>("value"), 0)))
        << line;
  }
  // Opening hours of the bus are its hours at the stops.
  double stop_hours = b->getObject("stops.hours")->getValue<double>("total");
  EXPECT_EQ(figures->getObject("indicators")->getObject("opening.hours")->getValue<double>("value"),
            stop_hours);
  std::string en = Dump("digitalbus", "2025", "en");
  EXPECT_NE(en.find("TABLE Stop | Days | Hours | Visits | Visits per hour | Events"),
            std::string::npos);
}

// The annual report of several places (issue 16): `jahresbericht --site a,b`
// is the template's variant for several sites (jahresbericht-orte), the
// places side by side over the calendar year, with the totals of `figures`.
TEST_F(AnnualReport, SeveralSitesGiveTheAnnualReportOfThePlacesSideBySide) {
  CommandResult r = Anker(ws(),
                          "report --site stadtlabor,digitalbus jahresbericht --period 2025 "
                          "--dump -o jahr-orte.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = ReadFileToString((ws() / "jahr-orte.txt").string());
  EXPECT_EQ(text.rfind("TITLE Jahresbericht | Ankerorte des digitalen Wandels", 0), 0u) << text;
  Object::Ptr f =
      ParseJson(Anker(ws(), "figures --site stadtlabor,digitalbus --period 2025 --json").out);
  Object::Ptr visits = f->getObject("indicators")->getObject("visitors.total")->getObject("values");
  Object::Ptr held = f->getObject("indicators")->getObject("events.held")->getObject("values");
  const Locale& de = German().locale();
  EXPECT_NE(
      text.find("ROW Alle Orte | " + de.FormatNumber(visits->getValue<double>("total"), 0) + " | "),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("ROW Digitalbus Lindenau | " +
                      de.FormatNumber(visits->getValue<double>("digitalbus"), 0) + " | "),
            std::string::npos)
      << text;
  EXPECT_NE(text.find(" | " + de.FormatNumber(held->getValue<double>("total"), 0) + " | "),
            std::string::npos)
      << text;
}

// jahresbericht-orte is the overview over a calendar year: its sections are
// the overview's but for the introduction (a change to the one that does not
// reach the other fails here).
TEST(AnnualReportOfSites, TakesTheOverviewsSections) {
  auto sections = [](const std::string& id) {
    Object::Ptr root = ParseJson(ReadFileToString(SourceDir() + "/templates/" + id + ".json"));
    std::vector<std::string> out;
    Array::Ptr list = root->getArray("sections");
    for (size_t i = 0; i < list->size(); ++i) {
      std::ostringstream s;
      list->getObject(i)->stringify(s);
      out.push_back(s.str());
    }
    return out;
  };
  std::vector<std::string> overview = sections("uebersicht"),
                           annual = sections("jahresbericht-orte");
  ASSERT_EQ(overview.size(), annual.size());
  for (size_t i = 0; i < overview.size(); ++i) {
    if (i == 3) {
      EXPECT_NE(annual[i], overview[i]) << "the introduction speaks of the year";
      continue;
    }
    EXPECT_EQ(annual[i], overview[i]) << "section " << i;
  }
}

}  // namespace
}  // namespace ankerbericht::testing
