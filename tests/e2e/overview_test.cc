// A city office steering three places: `figures` for several sites and the
// overview report (uebersicht) on a workspace built here. Three places of
// three types, open Monday to Friday in the first half of 2026:
//   mitte (type 4, no goal ranking of its own): 20 visits per weekday;
//     workshops of 10/12 and 8/10 participants/places with the Volkshochschule
//     and the Stadtwerke, one talk cancelled; 6 forms, 5 would recommend it.
//   nord (type 2): 30 visits per weekday; a consultation hour of 9/12 with
//     the Volkshochschule (the partner mitte works with too) and a talk of
//     20/30 with the Stadtbibliothek; 3 forms, all recommend it.
//   west (type 3): no counter; an open workshop of 6 without a capacity;
//     4 forms, 2 recommend it.
// Hand counts for 2026-H1 (129 weekdays from Thu 01.01. to Tue 30.06.):
//   visits 2580 + 3870 = 6450; events held 2 + 2 + 1 = 5; participants
//   18 + 29 + 6 = 53; partners 2 + 2 + 0 but 3 in all (the Volkshochschule
//   once); fill rate (10+8+9+20) / (12+10+12+30) = 47/64 = 73.4375 %, not the
//   mean of 81.8 % and 69.0 %; recommendation 10 of 13 = 76.9231 %, while
//   nord (3 answers) and west (4) are withheld, together 7 >= 5.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "document/build_context.h"
#include "e2e/e2e_util.h"
#include "e2e/pdf_ua_check.h"
#include "test_util.h"
#include "util/date.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

std::string Config(const std::string& reports) {
  std::string week = R"("opening_hours": [ { "valid_from": "01.01.2026",
      "week": { "Mo": "10:00-16:00", "Di": "10:00-16:00", "Mi": "10:00-16:00", "Do": "10:00-16:00", "Fr": "10:00-16:00" } } ],
    "questionnaire": [ { "id": "wieder", "text": "Würden Sie uns weiterempfehlen?", "scale": "yesno", "role": "recommend" } ])";
  return R"({
  "sites": [
    { "id": "mitte", "name": "Stadtlabor Mitte", "municipality": "Stadt Beispielhausen", "type": 4, )" +
         week + R"(,
      "targets": [ { "indicator": "events.held", "min": 4 },
                   { "indicator": "feedback.item.wieder.positive_share", "min": 80 } ] },
    { "id": "nord", "name": "Digitaltreff Nord", "municipality": "Stadt Beispielhausen", "type": 2, )" +
         week + R"(,
      "goal_priorities": { "social_aspects": 1, "digital_education": 2 } },
    { "id": "west", "name": "Makerspace West", "municipality": "Stadt Beispielhausen", "type": 3, )" +
         week + R"( }
  ],
  "sources": [
    { "path": "daten/mitte-zaehler.csv", "kind": "visits", "site": "mitte" },
    { "path": "daten/nord-zaehler.csv", "kind": "visits", "site": "nord" },
    { "path": "daten/mitte-termine.csv", "kind": "events", "site": "mitte" },
    { "path": "daten/nord-termine.csv", "kind": "events", "site": "nord" },
    { "path": "daten/west-termine.csv", "kind": "events", "site": "west" },
    { "path": "daten/mitte-boegen.csv", "kind": "feedback", "site": "mitte", "channel": "paper" },
    { "path": "daten/nord-boegen.csv", "kind": "feedback", "site": "nord", "channel": "paper" },
    { "path": "daten/west-boegen.csv", "kind": "feedback", "site": "west", "channel": "paper" }
  ],
  "reports": [ )" +
         reports + R"( ]
})";
}

std::string Visits(int per_weekday) {
  std::string csv = "Datum;Besucher\n";
  for (Date d(2026, 1, 1); d <= Date(2026, 6, 30); d = d.AddDays(1))
    if (d.weekday() < 5) csv += d.ToGerman() + ";" + std::to_string(per_weekday) + "\n";
  return csv;
}

std::string Forms(const std::string& event, const std::string& day, int yes, int no) {
  std::string csv = "Bogen-Nr;Datum;Veranstaltung;wieder\n";
  for (int i = 0; i < yes + no; ++i)
    csv += event + "-B" + std::to_string(i) + ";" + day + ";" + event + ";" +
           (i < yes ? "ja" : "nein") + "\n";
  return csv;
}

void WriteWorkspace(const ScopedTempDir& tmp, const std::string& reports = "") {
  tmp.Write("ws/ankerbericht.json", Config(reports));
  tmp.Write("ws/daten/mitte-zaehler.csv", Visits(20));
  tmp.Write("ws/daten/nord-zaehler.csv", Visits(30));
  const std::string head = "Nr;Datum;Titel;Format;Teilnehmende;Kapazität;Partner;Status\n";
  tmp.Write("ws/daten/mitte-termine.csv",
            head +
                "M1;10.02.2026;Löten für Einsteiger;Workshop;10;12;Volkshochschule;durchgeführt\n"
                "M2;10.03.2026;3D-Druck;Workshop;8;10;Stadtwerke;durchgeführt\n"
                "M3;10.04.2026;Smart City erklärt;Vortrag;;;;abgesagt\n");
  tmp.Write(
      "ws/daten/nord-termine.csv",
      head +
          "N1;12.02.2026;Smartphone-Sprechstunde;Sprechstunde;9;12;Volkshochschule;durchgeführt\n"
          "N2;12.03.2026;Sicher online;Vortrag;20;30;Stadtbibliothek;durchgeführt\n");
  tmp.Write("ws/daten/west-termine.csv",
            head + "W1;14.02.2026;Offene Werkstatt;Offene Werkstatt;6;;;durchgeführt\n");
  tmp.Write("ws/daten/mitte-boegen.csv", Forms("M1", "10.02.2026", 5, 1));
  tmp.Write("ws/daten/nord-boegen.csv", Forms("N1", "12.02.2026", 3, 0));
  tmp.Write("ws/daten/west-boegen.csv", Forms("W1", "14.02.2026", 2, 2));
}

class Overview : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    WriteWorkspace(*tmp_);
    CommandResult run = Anker(Ws(), "run");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path Ws() { return tmp_->path() / "ws"; }
  static ScopedTempDir* tmp_;
};
ScopedTempDir* Overview::tmp_ = nullptr;

Poco::JSON::Object::Ptr Values(const Poco::JSON::Object::Ptr& figures, const std::string& id) {
  return figures->getObject("indicators")->getObject(id)->getObject("values");
}

TEST_F(Overview, FiguresForSeveralSitesEqualHandCounts) {
  CommandResult r = Anker(Ws(), "figures --site mitte,nord,west --period 2026-H1 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  EXPECT_EQ(Values(f, "visitors.total")->getValue<int>("mitte"), 2580);
  EXPECT_EQ(Values(f, "visitors.total")->getValue<int>("nord"), 3870);
  EXPECT_TRUE(Values(f, "visitors.total")->isNull("west"));
  EXPECT_EQ(Values(f, "visitors.total")->getValue<int>("total"), 6450);
  EXPECT_EQ(Values(f, "events.held")->getValue<int>("total"), 5);
  EXPECT_EQ(Values(f, "events.cancelled")->getValue<int>("total"), 1);
  EXPECT_EQ(Values(f, "events.participants")->getValue<int>("total"), 53);
  // The Volkshochschule works with mitte and nord: one partner in the total.
  EXPECT_EQ(Values(f, "partners.distinct")->getValue<int>("mitte"), 2);
  EXPECT_EQ(Values(f, "partners.distinct")->getValue<int>("nord"), 2);
  EXPECT_EQ(Values(f, "partners.distinct")->getValue<int>("total"), 3);
  // From the summed parts, not the mean of the sites' rates.
  EXPECT_NEAR(Values(f, "events.fill_rate")->getValue<double>("mitte"), 100.0 * 18 / 22, 1e-3);
  EXPECT_NEAR(Values(f, "events.fill_rate")->getValue<double>("nord"), 100.0 * 29 / 42, 1e-3);
  EXPECT_NEAR(Values(f, "events.fill_rate")->getValue<double>("total"), 73.4375, 1e-9);
  EXPECT_NEAR(Values(f, "feedback.recommend_rate")->getValue<double>("mitte"), 100.0 * 5 / 6, 1e-3);
  EXPECT_NEAR(Values(f, "feedback.recommend_rate")->getValue<double>("total"), 100.0 * 10 / 13,
              1e-3);
  // Fewer than five answers: withheld per site, as in each site's own figures.
  Poco::JSON::Object::Ptr hidden =
      f->getObject("indicators")->getObject("feedback.recommend_rate")->getObject("suppressed");
  EXPECT_EQ(hidden->getValue<std::string>("nord"), "< 5");
  EXPECT_EQ(hidden->getValue<std::string>("west"), "< 5");
  EXPECT_FALSE(hidden->has("total"));
  // The sites' own columns are what `figures --site X` prints.
  CommandResult one = Anker(Ws(), "figures --site nord --period 2026-H1 --json");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(ParseJson(one.out)
                ->getObject("indicators")
                ->getObject("partners.distinct")
                ->getValue<int>("value"),
            2);
  EXPECT_EQ(f->getObject("per_site")
                ->getObject("nord")
                ->getObject("indicators")
                ->getObject("events.participants")
                ->getValue<int>("value"),
            29);
}

TEST_F(Overview, AllSitesAndCsvGiveTheSameColumns) {
  CommandResult all = Anker(Ws(), "figures --all-sites --period 2026-H1 --csv");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  CommandResult listed = Anker(Ws(), "figures --site mitte,nord,west --period 2026-H1 --csv");
  EXPECT_EQ(all.out, listed.out);
  EXPECT_NE(all.out.find("indicator,unit,mitte,nord,west,total\n"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\npartners.distinct,count,2,2,0,3\n"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\nevents.fill_rate,percent,"), std::string::npos);
  EXPECT_NE(all.out.find(",73.4375\n"), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\nfeedback.recommend_rate,percent,83.33333333,< 5,< 5,76.92307692\n"),
            std::string::npos)
      << all.out;
  // Two sites: the partner they share is counted once there too.
  CommandResult two = Anker(Ws(), "figures --site mitte,nord --period 2026-H1 --csv");
  EXPECT_NE(two.out.find("\npartners.distinct,count,2,2,3\n"), std::string::npos) << two.out;
  EXPECT_NE(Anker(Ws(), "figures --site mitte,nirgendwo --period 2026-H1").exit_code, 0);
  EXPECT_NE(Anker(Ws(), "figures --site mitte,nord --all-sites --period 2026-H1").exit_code, 0);
}

TEST_F(Overview, ReportNumbersEqualTheFigures) {
  CommandResult r = Anker(Ws(), "figures --all-sites --period 2026-H1 --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  CommandResult dump = Anker(Ws(), "report uebersicht --period 2026-H1 --dump -o uebersicht.txt");
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  std::string text = ReadFileToString((Ws() / "uebersicht.txt").string());
  // The key-figure table: one row per place and one for all of them, with
  // the numbers of `figures --json` as the reader sees them.
  const char* ids[] = {"visitors.total",      "visitors.per_open_hour", "events.held",
                       "events.participants", "events.fill_rate",       "partners.distinct"};
  const std::pair<const char*, const char*> rows[] = {{"Stadtlabor Mitte", "mitte"},
                                                      {"Digitaltreff Nord", "nord"},
                                                      {"Makerspace West", "west"},
                                                      {"Alle Orte", "total"}};
  for (const auto& [name, key] : rows) {
    std::string row = std::string("ROW ") + name;
    for (const char* id : ids) {
      Poco::JSON::Object::Ptr values = Values(f, id);
      std::optional<double> v;
      if (!values->isNull(key)) v = values->getValue<double>(key);
      row += " | " + BuiltinLocale("de").FormatByUnit(v, FindIndicator(id)->unit);
    }
    EXPECT_NE(text.find(row + "\n"), std::string::npos) << row << "\n" << text;
  }
  // Feedback: the recommendation per place with its interval, the total.
  EXPECT_NE(text.find("ROW Stadtlabor Mitte | 6 | 83,3 %"), std::string::npos) << text;
  EXPECT_NE(text.find("ROW Digitaltreff Nord | 3 | < 5 | – | < 5"), std::string::npos) << text;
  EXPECT_NE(text.find("ROW Alle Orte | 13 | 76,9 %"), std::string::npos) << text;
  // Grouped by type, each type in words; mitte's goals come from its type.
  size_t type2 = text.find("ROW Typ 2: Raum für digitale Bildung | Digitaltreff Nord");
  size_t type3 = text.find("ROW Typ 3: Technikwerkstatt und Makerspace | Makerspace West");
  size_t type4 = text.find(
      "ROW Typ 4: Kokreatives Labor für Transformation | Stadtlabor Mitte | "
      "Unterstützung der Netzwerkbildung, Förderung von Bürgernähe");
  ASSERT_NE(type2, std::string::npos) << text;
  ASSERT_NE(type3, std::string::npos) << text;
  ASSERT_NE(type4, std::string::npos) << text;
  EXPECT_LT(type2, type3);
  EXPECT_LT(type3, type4);
  // The target of mitte and where it stands.
  EXPECT_NE(
      text.find(
          "ROW Stadtlabor Mitte | Durchgeführte Veranstaltungen | mindestens 4 | 2 | verfehlt"),
      std::string::npos)
      << text;
  // A questionnaire item's target with its unit, as the place's own report.
  EXPECT_NE(
      text.find("ROW Stadtlabor Mitte | Würden Sie uns weiterempfehlen? | mindestens 80,0 % | "
                "83,3 % | erreicht"),
      std::string::npos)
      << text;
}

TEST_F(Overview, PdfPassesTheChecksOfEveryDocument) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs qpdf and poppler-utils";
  for (const char* lang : {"de", "en"}) {
    std::string out = std::string("uebersicht-") + lang + ".pdf";
    CommandResult r = Anker(
        Ws(), "report uebersicht --period 2026-H1 --lang " + std::string(lang) + " -o " + out);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    fs::path pdf = Ws() / out;
    EXPECT_EQ(RunCommand("qpdf --check '" + pdf.string() + "'").exit_code, 0);
    ExpectFontsEmbedded(pdf);
    PdfUaReport report = CheckPdfUa(pdf);
    std::string all;
    for (const std::string& finding : report.findings) all += "\n  " + finding;
    EXPECT_TRUE(report.findings.empty()) << lang << ":" << all;
    EXPECT_GT(report.tables, 0);
    EXPECT_GT(report.figures, 0);
    std::string text = RunCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -").out;
    for (const char* internal :
         {"visitors.", "events.", "feedback.", ".csv", "ankerbericht", "mitte-", "uebersicht"})
      EXPECT_EQ(text.find(internal), std::string::npos) << lang << ": shows " << internal;
  }
}

TEST(OverviewRun, RunRendersTheOverviewWhenTheConfigurationAsksForIt) {
  ScopedTempDir tmp;
  WriteWorkspace(tmp, R"({ "template": "uebersicht", "period": "2026-H1" },
    { "template": "uebersicht", "sites": ["mitte", "nord"], "period": "2026-H1", "output": "berichte/zwei-{period}.pdf" })");
  CommandResult run = Anker(tmp.path() / "ws", "run");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::exists(tmp.path() / "ws/berichte/uebersicht-2026-H1.pdf")) << run.err;
  EXPECT_TRUE(fs::exists(tmp.path() / "ws/berichte/zwei-2026-H1.pdf")) << run.err;
  // An unknown site in the list is a configuration error, not a crash.
  tmp.Write("ws/ankerbericht.json",
            Config(R"({ "template": "uebersicht", "sites": ["mitte", "sued"] })"));
  CommandResult bad = Anker(tmp.path() / "ws", "check");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("$.reports[0].sites[1]"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace ankerbericht::testing
