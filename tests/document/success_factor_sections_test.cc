#include "document/success_factor_sections.h"

#include <gtest/gtest.h>

#include <string>

#include "config/success_factors.h"
#include "render/text_dump.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

class SuccessFactorSectionsTest : public ::testing::Test {
 protected:
  SuccessFactorSectionsTest() {
    site_.name = "Stadtlabor Lindenau";
    ev_.site = &site_;
  }

  // The section's blocks as the text dump shows them.
  std::string Dump(const SuccessFactorAssessment& a, const std::string& lang) {
    input_.lang = lang;
    input_.evaluation = &ev_;
    BuildContext c{input_, ev_, lang, "verstetigung.json", **Strings::Builtin(lang), EditionLog{}};
    Document doc;
    AddSuccessFactors(c, a, &doc);
    blocks_ = doc.blocks.size();
    return DumpDocument(doc);
  }

  static SuccessFactorAssessment Rated() {
    Result<SuccessFactorAssessment> a = ParseSuccessFactors(R"({
      "stand": "15.10.2026",
      "faktoren": {
        "zielbild": { "bewertung": "erfüllt", "notiz": "Zielbild im Ausschuss beschlossen" },
        "kernteam": "teilweise",
        "standort": "erfüllt",
        "ehrenamt": "nicht relevant",
        "finanzierung": { "bewertung": "offen", "notiz": "Haushaltsantrag 2028 in Vorbereitung" },
        "ueberregional": "offen"
      } })",
                                                            "erfolgsfaktoren.json");
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return *a;
  }

  Site site_;
  Evaluation ev_;
  ReportInput input_;
  size_t blocks_ = 0;
};

TEST_F(SuccessFactorSectionsTest, GermanSectionWithSummaryChartTablesAndRemark) {
  std::string dump = Dump(Rated(), "de");
  // Lead, summary, chart, three phase tables, remark.
  EXPECT_EQ(blocks_, 7u) << dump;
  EXPECT_NE(dump.find("Das Team des Ankerorts Stadtlabor Lindenau hat eingeschätzt, wie weit der "
                      "Ort sie erfüllt "
                      "(Stand: 15.10.2026)."),
            std::string::npos)
      << dump;
  EXPECT_NE(
      dump.find(
          "P Von den 24 Faktoren: 2 erfüllt, 1 teilweise erfüllt, 2 offen, 1 nicht relevant und 18 "
          "nicht bewertet. Von den 8 Faktoren mit herausgehobener Bedeutung (★): 1 erfüllt, 1 "
          "teilweise "
          "erfüllt, 1 offen und 5 nicht bewertet."),
      std::string::npos)
      << dump;
  EXPECT_NE(
      dump.find(
          "CHART Selbsteinschätzung je Phase [Erfolgsfaktoren] categories=Konzipieren und starten "
          "(Initiierung),Betreiben und bespielen (Betrieb),Verstetigen und absichern "
          "(Weiterführung),"
          "★ Faktoren mit herausgehobener Bedeutung series=erfüllt:2,0,0,1;teilweise "
          "erfüllt:1,0,0,1;"
          "offen:0,0,2,1;nicht relevant:0,1,0,0;nicht bewertet:6,8,4,5 horizontal stacked"),
      std::string::npos)
      << dump;
  EXPECT_NE(
      dump.find(
          "TABLE Erfolgsfaktor | Einschätzung | Anmerkung des Teams\n"
          "CAPTION Konzipieren und starten (Initiierung): 9 Faktoren\n"
          "ROW ★ Klares Zielbild und bewusster Zielgruppenfokus | erfüllt | Zielbild im Ausschuss "
          "beschlossen\n"
          "ROW ★ Kernteam mit der passenden Personalausstattung und Rollenverteilung | teilweise "
          "erfüllt "
          "| –\n"
          "ROW Frühzeitiger Aufbau eines Netzwerks von Kooperationspartnern | nicht bewertet | "
          "–\n"),
      std::string::npos)
      << dump;
  EXPECT_NE(dump.find("CAPTION Verstetigen und absichern (Weiterführung): 6 Faktoren"),
            std::string::npos);
  EXPECT_NE(dump.find("ROW Überregionale Netzwerke und Skalierung guter Praxis | offen | –"),
            std::string::npos);
  EXPECT_NE(
      dump.find(
          "ROW ★ Geschäftsmodelle und Finanzierung | offen | Haushaltsantrag 2028 in Vorbereitung"),
      std::string::npos);
  EXPECT_NE(dump.find("REMARK ★ kennzeichnet die acht Faktoren"), std::string::npos) << dump;
  EXPECT_NE(dump.find("Difu 2026, Tabelle 2"), std::string::npos);
}

TEST_F(SuccessFactorSectionsTest, EightRowsCarryTheKeyMark) {
  std::string dump = Dump(Rated(), "de");
  size_t marked = 0;
  for (size_t p = dump.find("ROW ★ "); p != std::string::npos; p = dump.find("ROW ★ ", p + 1))
    ++marked;
  EXPECT_EQ(marked, 8u);
}

TEST_F(SuccessFactorSectionsTest, EnglishSection) {
  std::string dump = Dump(Rated(), "en");
  EXPECT_EQ(blocks_, 7u) << dump;
  EXPECT_NE(dump.find("The team of Stadtlabor Lindenau has assessed how far the place meets them "
                      "(as of 2026-10-15)."),
            std::string::npos)
      << dump;
  EXPECT_NE(
      dump.find(
          "P Of the 24 factors: 2 met, 1 partly met, 2 open, 1 not relevant and 18 not rated."),
      std::string::npos)
      << dump;
  EXPECT_NE(
      dump.find(
          "TABLE Success factor | Rating | Team's note\nCAPTION Design and launch (initiation): 9 "
          "factors\n"
          "ROW ★ Clear vision and deliberate focus on target groups | met | Zielbild im Ausschuss "
          "beschlossen\n"),
      std::string::npos)
      << dump;
  EXPECT_NE(dump.find("REMARK ★ marks the eight factors"), std::string::npos) << dump;
}

TEST_F(SuccessFactorSectionsTest, RatingsNobodyGaveHaveNoLegendEntry) {
  Result<SuccessFactorAssessment> a =
      ParseSuccessFactors(R"({ "faktoren": { "geduld": "erfüllt" } })", "f.json");
  ASSERT_TRUE(a.ok());
  std::string dump = Dump(*a, "de");
  EXPECT_NE(dump.find("series=erfüllt:0,1,0,0;nicht bewertet:9,8,6,8 "), std::string::npos) << dump;
  // No date given: no "Stand".
  EXPECT_EQ(dump.find("(Stand:"), std::string::npos);
}

TEST_F(SuccessFactorSectionsTest, ThePublicEditionOnlySaysTheAssessmentIsMissing) {
  std::string dump = Dump(SuccessFactorAssessment::Unrated(), "de");
  EXPECT_EQ(blocks_, 1u) << dump;
  EXPECT_EQ(dump,
            "P Eine Selbsteinschätzung des Teams anhand der 24 Erfolgsfaktoren der Difu-Studie "
            "liegt noch nicht "
            "vor.\n")
      << dump;
  EXPECT_EQ(dump.find(".json"), std::string::npos);
  std::string en = Dump(SuccessFactorAssessment::Unrated(), "en");
  EXPECT_EQ(en.rfind("P The team has not yet assessed itself against the 24 success factors", 0),
            0u)
      << en;
}

// The internal edition tells the team how to fill in the file.
TEST_F(SuccessFactorSectionsTest, WithoutTheFileOnlyTheHowToParagraph) {
  input_.internal = true;
  std::string dump = Dump(SuccessFactorAssessment::Unrated(), "de");
  EXPECT_EQ(blocks_, 1u) << dump;
  EXPECT_EQ(
      dump.rfind("P Eine Selbsteinschätzung anhand der 24 Erfolgsfaktoren der Difu-Studie liegt "
                 "noch nicht "
                 "vor. Legen Sie dazu neben ankerbericht.json die Datei erfolgsfaktoren.json an",
                 0),
      0u)
      << dump;
  EXPECT_EQ(dump.find("TABLE"), std::string::npos);
  // A default-constructed assessment means the same.
  EXPECT_EQ(Dump(SuccessFactorAssessment(), "de"), dump);
  std::string en = Dump(SuccessFactorAssessment::Unrated(), "en");
  EXPECT_EQ(en.rfind("P There is no self-assessment against the 24 success factors", 0), 0u) << en;
}

TEST_F(SuccessFactorSectionsTest, AFileWithoutRatingsSaysSo) {
  Result<SuccessFactorAssessment> a = ParseSuccessFactors(
      R"({ "stand": "", "faktoren": { "zielbild": { "bewertung": "", "notiz": "" } } })", "f.json");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  input_.internal = true;
  std::string dump = Dump(*a, "de");
  EXPECT_EQ(blocks_, 1u);
  EXPECT_EQ(dump.rfind("P In erfolgsfaktoren.json ist noch kein Faktor bewertet. Tragen Sie dort "
                       "unter \"faktoren\"",
                       0),
            0u)
      << dump;
}

}  // namespace
}  // namespace ankerbericht
