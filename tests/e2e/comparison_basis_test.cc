// The sample's places opened in 2025: the Stadtlabor on 1 January, the
// makerspace on 1 September. A period before the opening is no comparison
// (no sentence compares with it, the tables show "–" and say why, no trend
// arrow points against it); new and recurring partners are not compared
// with the half-year a place opened in; and the texts word the counting by
// what the place has (the makerspace keeps tally sheets only) and mention
// the same months a year earlier only when the chart draws them.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

class ComparisonBasis : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    // Import only: the reports of `run` are not needed here.
    for (const char* spec : {"--site stadtlabor --kind visits daten/zaehler/*.csv",
                             "--site stadtlabor --kind tallies daten/strichlisten/*.csv",
                             "--site stadtlabor --kind events daten/veranstaltungen.csv",
                             "--site stadtlabor --kind feedback daten/feedback/papier-*.csv",
                             "--site stadtlabor --kind feedback daten/feedback/online-*.csv",
                             "--site stadtlabor --kind notes daten/notizen/*.md",
                             "--site makerspace --kind tallies daten/makerspace/strichliste.csv",
                             "--site makerspace --kind events daten/makerspace/veranstaltungen.csv",
                             "--site makerspace --kind feedback daten/makerspace/feedback.csv"}) {
      CommandResult r = Anker(ws(), std::string("import ") + spec);
      if (r.exit_code != 0) import_error_ += r.err;
    }
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path ws() { return tmp_->path() / "ws"; }

  void SetUp() override { ASSERT_EQ(import_error_, ""); }

  // The text dump of report |id| of |site| for |period| in |lang|.
  static std::string Dump(const std::string& id, const std::string& site, const std::string& period,
                          const std::string& lang = "de") {
    std::string out = id + "-" + site + "-" + period + "-" + lang + ".txt";
    CommandResult r = Anker(ws(), "report " + id + " --site " + site + " --period " + period +
                                      " --lang " + lang + " --dump -o " + out);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return ReadFileToString((ws() / out).string());
  }

  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  static ScopedTempDir* tmp_;
  static std::string import_error_;
};
ScopedTempDir* ComparisonBasis::tmp_ = nullptr;
std::string ComparisonBasis::import_error_;

TEST_F(ComparisonBasis, TheFirstYearReportComparesWithNothing) {
  std::string de = Dump("jahresbericht", "stadtlabor", "2025");
  // The introduction announces no comparison with 2024.
  EXPECT_FALSE(Has(de, "Zum Vergleich steht das Vorjahr")) << de;
  EXPECT_TRUE(Has(de,
                  "Einen Vergleich mit dem Vorjahr gibt es nicht: Der Ort ist erst seit dem "
                  "1. Januar 2025 geöffnet."))
      << de;
  // No sentence compares with 2024, not even as "kein Vergleichswert".
  EXPECT_FALSE(Has(de, "gegenüber 2024")) << de;
  EXPECT_FALSE(Has(de, "2024: kein Vergleichswert")) << de;
  EXPECT_TRUE(Has(de, "- Durchgeführte Veranstaltungen: 135.\n")) << de;
  // The table shows "–" for 2024, not 0, and says why.
  EXPECT_TRUE(Has(de, "ROW Durchgeführte Veranstaltungen | 135 | – | –\n")) << de;
  EXPECT_TRUE(Has(de, "ROW Öffnungsstunden | 1.189 | – | –\n")) << de;
  EXPECT_TRUE(Has(de,
                  "Im Vergleichszeitraum 2024 war der Ort noch nicht eröffnet (eröffnet am "
                  "1. Januar 2025)"))
      << de;
  // No tile arrow, no topic trend against 2024.
  EXPECT_FALSE(Has(de, "▲")) << de;
  EXPECT_FALSE(Has(de, "▼")) << de;
  EXPECT_TRUE(Has(de, "ROW Betreuung und Erklärung | 24 | 16,2 % | – | –\n")) << de;
  EXPECT_TRUE(Has(de,
                  "Im Vergleichszeitraum 2024 war der Ort noch nicht eröffnet: keine "
                  "Entwicklung."))
      << de;
  // The methods speak of the year before, not of half-years.
  EXPECT_TRUE(Has(de, "mit ihrer Veränderung gegenüber dem Vorjahr;")) << de;
  EXPECT_FALSE(Has(de, "demselben Halbjahr des Vorjahres")) << de;
  // No prior-year series is drawn, so the text promises none.
  EXPECT_FALSE(Has(de, "neben denselben Monaten des Vorjahres")) << de;
  EXPECT_TRUE(Has(de,
                  "P Besuche je Monat, gezählt von der Zählanlage und an Tagen ohne "
                  "Zählerdaten aus den Strichlisten.\n"))
      << de;

  std::string en = Dump("jahresbericht", "stadtlabor", "2025", "en");
  EXPECT_FALSE(Has(en, "For comparison it shows the year before")) << en;
  EXPECT_TRUE(Has(en,
                  "There is no comparison with the year before: the place has only been "
                  "open since 1 January 2025."))
      << en;
  EXPECT_FALSE(Has(en, "against 2024")) << en;
  EXPECT_TRUE(Has(en, "In the comparison period 2024 the place was not yet open")) << en;
  EXPECT_TRUE(Has(en, "with their change against the year before;")) << en;
  EXPECT_FALSE(Has(en, "beside the same months one year earlier")) << en;
}

TEST_F(ComparisonBasis, FiguresGiveNoValuesForAPeriodBeforeTheOpening) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2025 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Object::Ptr held = ParseJson(r.out)->getObject("indicators")->getObject("events.held");
  ASSERT_TRUE(held);
  EXPECT_EQ(held->getValue<double>("value"), 135);
  EXPECT_TRUE(held->get("previous").isEmpty());  // was 0
  EXPECT_TRUE(held->get("year_before").isEmpty());
  EXPECT_TRUE(held->get("change_previous").isEmpty());
  // A period the place was open keeps its values.
  r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  held = ParseJson(r.out)->getObject("indicators")->getObject("events.held");
  ASSERT_TRUE(held);
  EXPECT_EQ(held->getValue<double>("previous"), 65);
  EXPECT_EQ(held->getValue<double>("year_before"), 70);
}

TEST_F(ComparisonBasis, TheMakerspacesHalfYearHasNoYearBefore) {
  std::string de = Dump("halbjahresbericht", "makerspace", "2026-H1");
  EXPECT_TRUE(Has(de,
                  "Zum Vergleich steht das vorangegangene Halbjahr (2. Halbjahr 2025); einen "
                  "Vergleich mit dem Vorjahr gibt es nicht, denn der Ort ist erst seit dem "
                  "1. September 2025 geöffnet."))
      << de;
  EXPECT_FALSE(Has(de, "derselbe Zeitraum des Vorjahres")) << de;
  EXPECT_FALSE(Has(de, "gegenüber 1. Halbjahr 2025")) << de;
  EXPECT_FALSE(Has(de, "1. Halbjahr 2025: kein Vergleichswert")) << de;
  EXPECT_TRUE(Has(de, "ROW Durchgeführte Veranstaltungen | 9 | 7 | – | – | –\n")) << de;
  EXPECT_TRUE(Has(de, "Im Vergleichszeitraum 1. Halbjahr 2025 war der Ort noch nicht eröffnet"))
      << de;
  // The previous half-year was partly open: no arrow for a sum against it.
  EXPECT_TRUE(Has(de, "KPI 863 | Besuche |  |")) << de;
  EXPECT_FALSE(Has(de, "neben denselben Monaten des Vorjahres")) << de;
}

TEST_F(ComparisonBasis, APlaceWithTallySheetsOnlyIsNotSaidToHaveACounter) {
  std::string de = Dump("halbjahresbericht", "makerspace", "2026-H1");
  for (const char* counter :
       {"gezählt von der Zählanlage", "Zählanlage und Strichlisten", "die Zählanlage gilt",
        "Wert der Zählanlage", "von der Zählanlage gezählten", "weder Zählerdaten"})
    EXPECT_FALSE(Has(de, counter)) << counter << "\n" << de;
  EXPECT_TRUE(Has(de, "P Besuche je Monat, gezählt auf den Strichlisten.\n")) << de;
  EXPECT_TRUE(Has(de, "Besuchszählungen (Strichlisten),")) << de;
  EXPECT_TRUE(Has(de, "Die Besuche eines Tages sind die Summe seiner Strichlisten.")) << de;
  EXPECT_TRUE(Has(de, "Gezählte Besuche im Zeitraum: je Tag die Summe der Strichlisten.")) << de;
  std::string en = Dump("halbjahresbericht", "makerspace", "2026-H1", "en");
  for (const char* counter : {"entrance counter", "counter and tally sheets", "the counter wins",
                              "the counter's total", "neither counter data"})
    EXPECT_FALSE(Has(en, counter)) << counter << "\n" << en;
  EXPECT_TRUE(Has(en, "P Visits per month, counted on the tally sheets.\n")) << en;
  EXPECT_TRUE(Has(en, "visitor counts (tally sheets),")) << en;
  // The Stadtlabor has both, and says so.
  std::string both = Dump("halbjahresbericht", "stadtlabor", "2026-H1");
  EXPECT_TRUE(Has(both, "Besuchszählungen (Zählanlage und Strichlisten)")) << both;
  EXPECT_TRUE(Has(both, "zählt einmal (die Zählanlage gilt)")) << both;
}

TEST_F(ComparisonBasis, NewPartnersAreNotComparedWithTheOpeningHalfYear) {
  std::string de = Dump("halbjahresbericht", "stadtlabor", "2026-H1");
  // 2025-H1 was the Stadtlabor's first half-year: all ten partners were new.
  EXPECT_FALSE(Has(de, "−70,0 %")) << de;
  // Its only large move was the one against the opening half-year.
  EXPECT_FALSE(Has(de, "- Neue Kooperationspartner: 3")) << de;
  EXPECT_TRUE(Has(de,
                  "- Wiederkehrende Kooperationspartner: 13 – gegenüber 2. Halbjahr 2025 "
                  "(10): +30,0 %.\n"))
      << de;
  EXPECT_TRUE(Has(de, "ROW Neue Kooperationspartner | 3 | 3 | ±0,0 % | 10 | –\n")) << de;
  EXPECT_TRUE(Has(de,
                  "Neue und wiederkehrende Kooperationspartner werden nicht mit dem "
                  "Vergleichszeitraum 1. Halbjahr 2025 verglichen"))
      << de;
  // Both comparison periods were open: announced as before, and the chart
  // draws the same months of 2025.
  EXPECT_TRUE(Has(de,
                  "Zum Vergleich stehen das vorangegangene Halbjahr (2. Halbjahr 2025) und "
                  "derselbe Zeitraum des Vorjahres (1. Halbjahr 2025)."))
      << de;
  EXPECT_TRUE(Has(de, "Strichlisten, neben denselben Monaten des Vorjahres.\n")) << de;
  EXPECT_TRUE(Has(de, "ROW Betreuung und Erklärung | 20 | 20,0 % | 13 | ▲ mehr")) << de;
}

}  // namespace
}  // namespace ankerbericht::testing
