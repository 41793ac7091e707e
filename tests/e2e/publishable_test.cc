// The three documents go to the council, the press office and the city's
// website as they are. For the sample site and for a second workspace built
// here (another questionnaire, a half-year still running, speakers with five
// and more forms, staff names and contact data in the notes and free text)
// every document is rendered and read back with pdftotext: the public edition
// shows no indicator id, file name, command, #tag, e-mail address or name of
// a speaker or team member; the internal edition names them and says on every
// page that it is not for publication; the running half-year says so.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "e2e/e2e_util.h"
#include "test_util.h"
#include "util/date.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

const char* kTemplates[] = {"halbjahresbericht", "verstetigung", "ausschuss", "uebersicht"};

// The second place: open Monday to Friday, data from 01.01.2026 to
// 31.10.2026; seen on 21.11.2026 (the tests' fixed today) its second
// half-year is still running.
std::string TreffConfig() {
  return R"({
  "sites": [ {
    "id": "treff", "name": "Digitaltreff Nordstadt", "municipality": "Stadt Beispielhausen", "type": 2,
    "opened": "01.01.2026",
    "opening_hours": [ { "valid_from": "01.01.2026",
      "week": { "Mo": "10:00-16:00", "Di": "10:00-16:00", "Mi": "10:00-16:00", "Do": "10:00-16:00", "Fr": "10:00-16:00" } } ],
    "questionnaire": [
      { "id": "hilfreich", "text": "Der Termin war hilfreich.", "scale": "agree5" },
      { "id": "wieder", "text": "Würden Sie wiederkommen?", "scale": "yesno", "role": "recommend" },
      { "id": "anmerkung", "text": "Was sollen wir wissen?", "scale": "text" }
    ],
    "targets": [ { "indicator": "visitors.total", "min": 5000 }, { "indicator": "events.held", "min": 10 } ]
  } ],
  "sources": [
    { "path": "daten/zaehler.csv", "kind": "visits", "site": "treff" },
    { "path": "daten/termine.csv", "kind": "events", "site": "treff" },
    { "path": "daten/boegen.csv", "kind": "feedback", "site": "treff", "channel": "paper" },
    { "path": "daten/notizen/*.md", "kind": "notes", "site": "treff" }
  ],
  "reports": [
    { "template": "halbjahresbericht", "site": "treff", "period": "latest-half",
      "output": "berichte/halbjahresbericht-{site}-{period}.pdf" }
  ]
})";
}

// Daily counter totals from 01.01. to 31.10.2026 (0 on the closed weekends).
std::string TreffVisits() {
  std::string csv = "Datum;Besucher\n";
  Date d(2026, 1, 1);
  for (int i = 0; d <= Date(2026, 10, 31); d = d.AddDays(1), ++i) {
    csv += d.ToGerman() + ";" + std::to_string(d.weekday() >= 5 ? 0 : 30 + i % 17) + "\n";
  }
  return csv;
}

// Two speakers with six events each (one a month, January to June and July
// to October), so each has five or more forms in both half-years.
std::string TreffEvents() {
  std::string csv = "Nr;Datum;Titel;Format;Referent*innen;Teilnehmende;Kapazität;Status\n";
  int n = 0;
  for (unsigned month = 1; month <= 10; ++month) {
    for (const char* who : {"Dr. Paula Sonnenberg", "Henrik Albers"}) {
      std::string id = "T-" + std::to_string(++n);
      std::string day = std::string(who[0] == 'D' ? "06." : "13.") + (month < 10 ? "0" : "") +
                        std::to_string(month) + ".2026";
      csv +=
          id + ";" + day + ";Sprechstunde Smartphone;Sprechstunde;" + who + ";9;12;durchgeführt\n";
    }
  }
  return csv;
}

// Three forms per event; one free text carries contact data.
std::string TreffForms() {
  std::string csv = "Bogen-Nr;Datum;Veranstaltung;hilfreich;wieder;anmerkung\n";
  int n = 0;
  for (int event = 1; event <= 20; ++event) {
    unsigned month = static_cast<unsigned>((event + 1) / 2);
    std::string day = std::string(event % 2 ? "06." : "13.") + (month < 10 ? "0" : "") +
                      std::to_string(month) + ".2026";
    for (int form = 0; form < 3; ++form) {
      std::string text =
          n == 7 ? "Rufen Sie mich an: 0171 2345678 oder schreiben Sie an max.muster@example.de"
                 : "";
      csv += "B-" + std::to_string(++n) + ";" + day + ";T-" + std::to_string(event) + ";" +
             std::to_string(3 + (n + event) % 3) + ";" +
             (form == 2 && event % 3 == 0 ? "nein" : "ja") + ";" + text + "\n";
    }
  }
  return csv;
}

std::string TreffNote() {
  return "---\n"
         "datum: 24.09.2026\n"
         "art: reflexion\n"
         "autorinnen: Birte Kowalski, Ole Brandt\n"
         "zitate: ja\n"
         "---\n"
         "# Reflexion: Sprechstunden im Herbst\n\n"
         "## Erkenntnisse\n"
         "Birte hat gemerkt, dass die Sprechstunde am Vormittag voller ist. #zeiten\n\n"
         "## Maßnahmen\n"
         "- [ ] Aushang in der Bibliothek erneuern (@Birte, bis 30.12.2026)\n"
         "- [ ] Zweiten Termin am Vormittag anbieten (@Ole, bis 30.12.2026)\n";
}

// The PDF's text, pages separated by form feeds, with all other whitespace
// runs made one space (names broken across lines still read as one).
std::string PdfText(const fs::path& pdf) {
  CommandResult r = RunCommand("pdftotext -enc UTF-8 '" + pdf.string() + "' -");
  EXPECT_EQ(r.exit_code, 0) << pdf << r.err;
  std::string out;
  for (char ch : r.out) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ' || out.back() == '\f')) continue;
    out += space ? ' ' : ch;
  }
  return out;
}

class Publishable : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Sample(), fs::copy_options::recursive);
    sample_run_ = new CommandResult(Anker(Sample(), "run"));
    tmp_->Write("treff/ankerbericht.json", TreffConfig());
    tmp_->Write("treff/daten/zaehler.csv", TreffVisits());
    tmp_->Write("treff/daten/termine.csv", TreffEvents());
    tmp_->Write("treff/daten/boegen.csv", TreffForms());
    tmp_->Write("treff/daten/notizen/2026-09-24-reflexion.md", TreffNote());
    treff_run_ = new CommandResult(Anker(Treff(), "run --internal"));
    ids_ = new std::set<std::string>();
    CommandResult figures = Anker(Sample(), "figures --site stadtlabor --period 2026-H1 --json");
    if (figures.exit_code == 0) {
      Poco::JSON::Object::Ptr indicators = ParseJson(figures.out)->getObject("indicators");
      for (const std::string& id : indicators->getNames()) ids_->insert(id);
    }
  }
  static void TearDownTestSuite() {
    delete sample_run_;
    delete treff_run_;
    delete ids_;
    delete tmp_;
  }
  static fs::path Sample() { return tmp_->path() / "sample"; }
  static fs::path Treff() { return tmp_->path() / "treff"; }

  // Renders |templ| for |period| in |ws| and returns the PDF's text.
  static std::string Render(const fs::path& ws, const std::string& templ, const std::string& period,
                            bool internal, const std::string& lang = "de") {
    std::string out = templ + "-" + period + "-" + lang + ".pdf";
    // The sample has three sites; these checks read the Stadtlabor's papers.
    std::string site = ws == Sample() ? " --site stadtlabor" : "";
    CommandResult r = Anker(ws, "report" + site + " " + templ + " --period " + period + " --lang " +
                                    lang + " -o " + out + (internal ? " --internal" : ""));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    fs::path written = ws / (internal ? templ + "-" + period + "-" + lang + "-intern.pdf" : out);
    EXPECT_TRUE(fs::exists(written)) << written << "\n" << r.err;
    return PdfText(written);
  }

  // Nothing of the software and no personal data in a public document.
  static void ExpectPublic(const std::string& text, const std::vector<std::string>& names,
                           const std::string& what) {
    for (const std::string& id : *ids_) {
      EXPECT_EQ(text.find(id), std::string::npos) << what << ": indicator id " << id;
    }
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, std::regex(R"([\w./-]+\.(json|md|csv|xlsx)\b)")))
        << what << ": " << m.str();
    EXPECT_EQ(text.find("ankerbericht "), std::string::npos)
        << what << ": a command or the program's name";
    EXPECT_FALSE(std::regex_search(text, m, std::regex(R"((^|[\s(„"])#[A-Za-zÄÖÜäöü])")))
        << what << ": tag " << m.str();
    EXPECT_FALSE(std::regex_search(text, m, std::regex(R"([\w.+-]+@[\w-]+\.[\w.]+)")))
        << what << ": e-mail " << m.str();
    EXPECT_EQ(text.find("SHA-256"), std::string::npos) << what;
    EXPECT_EQ(text.find("internen Gebrauch"), std::string::npos) << what;
    for (const std::string& name : names)
      EXPECT_EQ(text.find(name), std::string::npos) << what << ": " << name;
  }

  static ScopedTempDir* tmp_;
  static CommandResult* sample_run_;
  static CommandResult* treff_run_;
  static std::set<std::string>* ids_;
};
ScopedTempDir* Publishable::tmp_ = nullptr;
CommandResult* Publishable::sample_run_ = nullptr;
CommandResult* Publishable::treff_run_ = nullptr;
std::set<std::string>* Publishable::ids_ = nullptr;

// Speakers of the sample's event list and the team of its notes (surnames
// and first names: a hyphenated name may be broken across lines).
const std::vector<std::string> kSampleSpeakers = {"Wolters", "Pfeiffer", "Hänel", "Kessler",
                                                  "Demir"};
const std::vector<std::string> kSampleStaff = {"Jonas", "Leonie", "Marek"};
std::vector<std::string> SampleNames() {
  std::vector<std::string> names = kSampleSpeakers;
  names.insert(names.end(), kSampleStaff.begin(), kSampleStaff.end());
  return names;
}
const std::vector<std::string> kTreffNames = {"Sonnenberg", "Albers", "Birte", "Kowalski", "Ole"};

TEST_F(Publishable, TheCatalogueIsKnown) {
  ASSERT_TRUE(HavePdfTools());
  ASSERT_EQ(sample_run_->exit_code, 0) << sample_run_->err;
  EXPECT_GT(ids_->size(), 20u);
  EXPECT_TRUE(ids_->count("visitors.total"));
}

TEST_F(Publishable, SampleDocumentsShowNothingOfTheSoftwareAndNoNames) {
  ASSERT_TRUE(HavePdfTools());
  for (const char* templ : kTemplates) {
    ExpectPublic(Render(Sample(), templ, "2026-H1", false), SampleNames(),
                 std::string("sample ") + templ);
  }
  ExpectPublic(Render(Sample(), "halbjahresbericht", "2026-H1", false, "en"), SampleNames(),
               "sample en");
}

// A dated event with three participants, and an interview with one person
// ("Interview mit einer Digitalbotschafterin", 23.04.2026: the one event of
// that day), point to people: the public edition shows "< 5", leaves the
// interview's insight out and says so; the internal one the count and the
// insight with its note and day.
TEST_F(Publishable, SmallEventsAndOnePersonInterviewsPointToNoOne) {
  ASSERT_TRUE(HavePdfTools());
  CommandResult r = Anker(
      Sample(), "report halbjahresbericht --site digitalbus --period 2026-H1 --dump -o bus.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string bus = ReadFileToString((Sample() / "bus.txt").string());
  std::smatch m;
  EXPECT_TRUE(std::regex_search(bus, m, std::regex(R"(durchgeführt)"))) << bus;
  EXPECT_NE(bus.find("< 5"), std::string::npos) << bus;
  r = Anker(
      Sample(),
      "report halbjahresbericht --site digitalbus --period 2026-H1 --dump --internal -o bus.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string internal = ReadFileToString((Sample() / "bus-intern.txt").string());
  EXPECT_LT(std::count(internal.begin(), internal.end(), '<'),
            std::count(bus.begin(), bus.end(), '<'));

  const std::string pub = Render(Sample(), "halbjahresbericht", "2026-H1", false);
  EXPECT_EQ(pub.find("Interview mit einer"), std::string::npos)
      << "the title of a one-person interview";
  EXPECT_EQ(pub.find("Interview mit Referierenden"), std::string::npos) << pub;
  EXPECT_EQ(pub.find("23.04.2026)"), std::string::npos) << pub;
  EXPECT_EQ(pub.find("Weg ins Stadtlabor"), std::string::npos) << "the interview's insight";
  EXPECT_NE(pub.find("stehen nur in der internen Fassung"), std::string::npos) << pub;
  EXPECT_NE(pub.find("(Teamreflexion, 1. Quartal 2026)"), std::string::npos) << pub;
  const std::string team = Render(Sample(), "halbjahresbericht", "2026-H1", true);
  EXPECT_NE(team.find("(Interview mit einer Digitalbotschafterin (Digitalcafé), 23.04.2026)"),
            std::string::npos)
      << team;
}

// The visible text of an HTML page: without the stylesheet and the tags,
// character references read back.
std::string HtmlText(const std::string& page) {
  std::string text = std::regex_replace(page, std::regex(R"(<style>[\s\S]*?</style>)"), " ");
  text = std::regex_replace(text, std::regex(R"(<[^>]*>)"), " ");
  for (const auto& [ref, ch] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                {"&gt;", ">"},
                                {"&quot;", "\""},
                                {"&#39;", "'"},
                                {"&amp;", "&"}}) {
    text = std::regex_replace(text, std::regex(ref), ch);
  }
  return text;
}

TEST_F(Publishable, HtmlEditionFollowsTheSameRulesAsThePdf) {
  ASSERT_EQ(sample_run_->exit_code, 0) << sample_run_->err;
  for (const char* templ : kTemplates) {
    std::string out = std::string(templ) + ".html";
    CommandResult r = Anker(Sample(), std::string("report --site stadtlabor ") + templ +
                                          " --period 2026-H1 --format html -o " + out);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string page = ReadFileToString((Sample() / out).string());
    ExpectPublic(HtmlText(page), SampleNames(), std::string("html ") + templ);

    r = Anker(Sample(), std::string("report --site stadtlabor ") + templ +
                            " --period 2026-H1 --format html --internal -o " + out);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string internal =
        ReadFileToString((Sample() / (std::string(templ) + "-intern.html")).string());
    EXPECT_NE(HtmlText(internal).find("Nur für den internen Gebrauch"), std::string::npos) << templ;
  }
  CommandResult wrong =
      Anker(Sample(),
            "report --site stadtlabor halbjahresbericht --period 2026-H1 --format docx -o x.docx");
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find("--format muss pdf oder html sein"), std::string::npos) << wrong.err;
}

TEST_F(Publishable, TheSampleReportStatesItsSourcesInWords) {
  std::string text = Render(Sample(), "halbjahresbericht", "2026-H1", false);
  EXPECT_NE(text.find("Zählanlage (Besuchszählung) 02.01.2025–31.10.2026"), std::string::npos);
  EXPECT_NE(text.find("nennt keine Einzelpersonen"), std::string::npos);
  EXPECT_EQ(text.find("enthält keine personenbezogenen Daten"), std::string::npos);
}

TEST_F(Publishable, TheInternalEditionNamesAndIsMarkedOnEveryPage) {
  ASSERT_TRUE(HavePdfTools());
  std::string text = Render(Sample(), "halbjahresbericht", "2026-H1", true);
  for (const std::string& name : SampleNames())
    EXPECT_NE(text.find(name), std::string::npos) << name;
  EXPECT_NE(text.find("namentlich genannten Referierenden"), std::string::npos);
  EXPECT_NE(text.find(".csv"), std::string::npos) << "the internal edition lists the files";
  for (const char* templ : kTemplates) {
    std::string pages = Render(Sample(), templ, "2026-H1", true);
    std::istringstream in(pages);
    std::string page;
    int n = 0;
    while (std::getline(in, page, '\f')) {
      if (page.find_first_not_of(' ') == std::string::npos) continue;  // after the last form feed
      ++n;
      EXPECT_NE(page.find("Nur für den internen Gebrauch"), std::string::npos)
          << templ << " page " << n;
    }
    EXPECT_GT(n, 1) << templ;
    CommandResult info = RunCommand(
        "pdfinfo '" + (Sample() / (std::string(templ) + "-2026-H1-de-intern.pdf")).string() + "'");
    EXPECT_NE(info.out.find("Nur für den internen Gebrauch"), std::string::npos) << info.out;
  }
}

TEST_F(Publishable, ASecondPlaceWithARunningHalfYear) {
  ASSERT_TRUE(HavePdfTools());
  ASSERT_EQ(treff_run_->exit_code, 0) << treff_run_->err;
  for (const char* templ : kTemplates) {
    std::string text = Render(Treff(), templ, "2026-H2", false);
    ExpectPublic(text, kTreffNames, std::string("treff ") + templ);
    EXPECT_NE(text.find("Daten bis 31.10.2026, Halbjahr noch nicht abgeschlossen"),
              std::string::npos)
        << templ;
    std::string internal = Render(Treff(), templ, "2026-H2", true);
    EXPECT_NE(internal.find("noch nicht abgeschlossen"), std::string::npos) << templ;
  }
  std::string report = Render(Treff(), "halbjahresbericht", "2026-H2", false);
  // A total that still grows has no verdict yet; comparisons cover the same months.
  EXPECT_NE(report.find("vorläufig"), std::string::npos);
  EXPECT_NE(report.find("01.01.–30.04.2026"), std::string::npos);
  // No future day is a gap: November and December are not listed.
  EXPECT_EQ(report.find("Datenlücke: An"), std::string::npos);
  std::string internal = Render(Treff(), "halbjahresbericht", "2026-H2", true);
  for (const char* name : {"Sonnenberg", "Albers", "Birte", "Ole"})
    EXPECT_NE(internal.find(name), std::string::npos) << name;
  EXPECT_EQ(internal.find("max.muster@example.de"), std::string::npos);
}

TEST_F(Publishable, RunWritesTheLatestCompleteHalfYearAndInternalOnlyWhenAsked) {
  ASSERT_EQ(treff_run_->exit_code, 0) << treff_run_->err;
  // Seen on 21.11.2026 the latest half-year that is over is 2026-H1.
  EXPECT_TRUE(fs::exists(Treff() / "berichte/halbjahresbericht-treff-2026-H1.pdf"))
      << treff_run_->err;
  EXPECT_TRUE(fs::exists(Treff() / "berichte/halbjahresbericht-treff-2026-H1-intern.pdf"))
      << treff_run_->err;
  EXPECT_FALSE(fs::exists(Treff() / "berichte/halbjahresbericht-treff-2026-H2.pdf"));
  EXPECT_FALSE(fs::exists(Sample() / "berichte/halbjahresbericht-stadtlabor-2026-H1-intern.pdf"));
}

TEST_F(Publishable, FiguresSayHowFarTheDataReaches) {
  CommandResult r = Anker(Treff(), "figures --period 2026-H2 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Poco::JSON::Object::Ptr f = ParseJson(r.out);
  EXPECT_EQ(f->getObject("period")->getValue<std::string>("coverage"), "running");
  EXPECT_EQ(f->getObject("period")->getValue<std::string>("covered_to"), "2026-10-31");
  EXPECT_EQ(f->getObject("comparisons")->getValue<std::string>("year_before"),
            "2025-07-01..2025-10-31");
  // Opening days from 01.07. to 31.10.2026 only: no day after the data counts as a gap.
  EXPECT_EQ(Indicator(f, "visitors.days_without_data"), 0);
}

}  // namespace
}  // namespace ankerbericht::testing
