#include "config/success_factors.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "evaluate/success_factor_counts.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

const FactorAssessment& Find(const SuccessFactorAssessment& a, const std::string& id) {
  for (const FactorAssessment& f : a.factors)
    if (f.factor->id == id) return f;
  ADD_FAILURE() << "no factor " << id;
  return a.factors.front();
}

TEST(SuccessFactorCatalogueTest, TwentyFourFactorsNineNineSixEightKey) {
  const std::vector<SuccessFactor>& all = SuccessFactors();
  ASSERT_EQ(all.size(), 24u);
  int per_phase[3] = {0, 0, 0};
  std::set<std::string> ids, keys;
  for (size_t i = 0; i < all.size(); ++i) {
    ++per_phase[static_cast<int>(all[i].phase)];
    ids.insert(all[i].id);
    if (all[i].key) keys.insert(all[i].id);
    // Phase by phase, in the study's order.
    if (i > 0) EXPECT_LE(all[i - 1].phase, all[i].phase) << all[i].id;
  }
  EXPECT_EQ(per_phase[0], 9);
  EXPECT_EQ(per_phase[1], 9);
  EXPECT_EQ(per_phase[2], 6);
  EXPECT_EQ(ids.size(), 24u) << "ids must be unique";
  EXPECT_EQ(keys, (std::set<std::string>{"zielbild", "kernteam", "niedrigschwellig", "programm",
                                         "kooperationen", "kommunikation", "verstetigungsstrategie",
                                         "finanzierung"}));
  EXPECT_STREQ(all.front().id, "zielbild");
  EXPECT_STREQ(all.back().id, "ueberregional");
}

TEST(SuccessFactorsFileTest, ReadsRatingsNotesAndDate) {
  Result<SuccessFactorAssessment> a = ParseSuccessFactors(R"({
    // Selbsteinschätzung des Teams
    "stand": "15.10.2026",
    "faktoren": {
      "zielbild": { "bewertung": "erfüllt", "notiz": "Zielbild 2025 im Ausschuss beschlossen" },
      "kernteam": { "bewertung": "Teilweise" },
      "geduld": "OFFEN",
      "ehrenamt": "nicht-relevant",
      "standort": "erfuellt",
      "politik": { "bewertung": "", "notiz": "  noch zu klären  " },
      "monitoring": "partly",
      "programm": "Teilweise erfüllt"
    } })",
                                                          "erfolgsfaktoren.json");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(a->file_found);
  ASSERT_TRUE(a->date.has_value());
  EXPECT_EQ(*a->date, Date(2026, 10, 15));
  ASSERT_EQ(a->factors.size(), 24u);
  for (size_t i = 0; i < a->factors.size(); ++i)
    EXPECT_EQ(a->factors[i].factor, &SuccessFactors()[i]);
  EXPECT_EQ(Find(*a, "zielbild").rating, FactorRating::kMet);
  EXPECT_EQ(Find(*a, "zielbild").note, "Zielbild 2025 im Ausschuss beschlossen");
  EXPECT_EQ(Find(*a, "kernteam").rating, FactorRating::kPartly);
  EXPECT_EQ(Find(*a, "geduld").rating, FactorRating::kOpen);
  EXPECT_EQ(Find(*a, "ehrenamt").rating, FactorRating::kNotRelevant);
  EXPECT_EQ(Find(*a, "standort").rating, FactorRating::kMet);
  EXPECT_EQ(Find(*a, "monitoring").rating, FactorRating::kPartly);
  EXPECT_EQ(Find(*a, "programm").rating, FactorRating::kPartly);
  // An empty rating is "not rated yet"; the note is kept.
  EXPECT_EQ(Find(*a, "politik").rating, FactorRating::kUnrated);
  EXPECT_EQ(Find(*a, "politik").note, "noch zu klären");
  EXPECT_EQ(Find(*a, "finanzierung").rating, FactorRating::kUnrated);
  EXPECT_EQ(a->rated(), 7);

  RatingCounts all = CountRatings(*a, std::nullopt, false);
  EXPECT_EQ(all.met, 2);
  EXPECT_EQ(all.partly, 3);
  EXPECT_EQ(all.open, 1);
  EXPECT_EQ(all.not_relevant, 1);
  EXPECT_EQ(all.unrated, 17);
  RatingCounts key = CountRatings(*a, std::nullopt, true);
  EXPECT_EQ(key.total(), 8);
  EXPECT_EQ(key.met, 1);
  EXPECT_EQ(key.partly, 2);
  EXPECT_EQ(CountRatings(*a, SuccessFactorPhase::kContinuation, false).total(), 6);
}

TEST(SuccessFactorsFileTest, ErrorsNameTheJsonPath) {
  struct Case {
    const char* json;
    const char* message;
  } cases[] = {
      {R"({ "faktoren": { "zielbild": "erfüllt", "xyz": "offen" } })",
       "erfolgsfaktoren.json: $.faktoren.xyz: unbekannter Erfolgsfaktor \"xyz\" (bekannt: "
       "zielbild, "
       "kernteam, "
       "netzwerk_aufbau, standort, ausstattung, niedrigschwellig, starker_start, iterativ, "
       "vorlaufzeit, "
       "oeffnungszeiten, programm, angebotsvielfalt, kooperationen, personalentwicklung, ehrenamt, "
       "kommunikation, "
       "community, geduld, verstetigungsstrategie, monitoring, finanzierung, traegerschaft, "
       "politik, ueberregional)"},
      {R"({ "faktoren": { "zielbild": { "bewertung": "super" } } })",
       "erfolgsfaktoren.json: $.faktoren.zielbild.bewertung: unbekannte Bewertung \"super\" "
       "(erlaubt: "
       "erfüllt, teilweise, "
       "offen, nicht relevant)"},
      {R"({ "faktoren": { "geduld": "ja" } })",
       "erfolgsfaktoren.json: $.faktoren.geduld: unbekannte Bewertung \"ja\" (erlaubt: erfüllt, "
       "teilweise, "
       "offen, nicht "
       "relevant)"},
      {R"({ "faktoren": { "geduld": { "bewertung": "offen", "notitz": "x" } } })",
       "erfolgsfaktoren.json: $.faktoren.geduld.notitz: unbekanntes Feld (\"bewertung\" und "
       "\"notiz\" verwenden)"},
      {R"({ "faktoren": { "geduld": 3 } })",
       "erfolgsfaktoren.json: $.faktoren.geduld: muss eine Bewertung in Anführungszeichen sein "
       "oder { \"bewertung\": "
       "..., \"notiz\": ... }"},
      {R"({ "faktoren": { "geduld": { "notiz": 3 } } })",
       "erfolgsfaktoren.json: $.faktoren.geduld.notiz: muss ein Text in Anführungszeichen sein"},
      {R"({ "factors": {} })",
       "erfolgsfaktoren.json: $.factors: unbekanntes Feld (\"stand\" und \"faktoren\" verwenden)"},
      {R"({ "faktoren": [] })",
       "erfolgsfaktoren.json: $.faktoren: muss ein Objekt { \"zielbild\": ..., ... } sein"},
      {R"({ "stand": "31.02.2026" })",
       "erfolgsfaktoren.json: $.stand: kein Datum: \"31.02.2026\" (z. B. 15.10.2026 verwenden)"},
      {R"({ "stand": 2026 })",
       "erfolgsfaktoren.json: $.stand: muss ein Datum in Anführungszeichen sein, z. B. "
       "\"15.10.2026\""},
      {R"([ "zielbild" ])",
       "erfolgsfaktoren.json: die Datei muss genau ein JSON-Objekt { ... } enthalten"},
  };
  for (const Case& c : cases) {
    Result<SuccessFactorAssessment> r = ParseSuccessFactors(c.json, "erfolgsfaktoren.json");
    ASSERT_FALSE(r.ok()) << c.json;
    EXPECT_EQ(r.status().code(), Status::Code::kConfig) << c.json;
    EXPECT_EQ(r.status().message(), c.message);
  }
}

TEST(SuccessFactorsFileTest, ReportsTheFirstMistakeInFileOrder) {
  Result<SuccessFactorAssessment> r = ParseSuccessFactors(
      R"({ "faktoren": { "zzz": "offen", "aaa": "offen" } })", "erfolgsfaktoren.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message().rfind(
                "erfolgsfaktoren.json: $.faktoren.zzz: unbekannter Erfolgsfaktor", 0),
            0u)
      << r.status().message();
}

TEST(SuccessFactorsFileTest, ANoteLongerThanATableCellIsRefused) {
  std::string json = R"({ "faktoren": { "geduld": { "bewertung": "offen", "notiz": ")" +
                     std::string(kMaxFactorNoteLength + 1, 'x') + "\" } } }";
  Result<SuccessFactorAssessment> r = ParseSuccessFactors(json, "erfolgsfaktoren.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(
      r.status().message(),
      "erfolgsfaktoren.json: $.faktoren.geduld.notiz: zu lang für die Tabelle im Bericht (301 "
      "Zeichen, höchstens 300)");
  // Umlauts count as one character each.
  std::string umlauts;
  for (size_t i = 0; i < kMaxFactorNoteLength; ++i) umlauts += "ä";
  json = R"({ "faktoren": { "geduld": { "notiz": ")" + umlauts + "\" } } }";
  EXPECT_TRUE(ParseSuccessFactors(json, "erfolgsfaktoren.json").ok());
}

TEST(SuccessFactorsFileTest, AMissingFileIsAnUnratedAssessment) {
  testing::ScopedTempDir dir;
  Result<SuccessFactorAssessment> a = LoadSuccessFactors(dir.path().string());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_FALSE(a->file_found);
  EXPECT_EQ(a->factors.size(), 24u);
  EXPECT_EQ(a->rated(), 0);
  EXPECT_FALSE(a->date.has_value());
}

TEST(SuccessFactorsFileTest, LoadNamesTheFileInErrors) {
  testing::ScopedTempDir dir;
  std::string path = dir.Write("erfolgsfaktoren.json", R"({ "faktoren": { "xyz": "offen" } })");
  Result<SuccessFactorAssessment> a = LoadSuccessFactors(dir.path().string());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(
      a.status().message().rfind(path + ": $.faktoren.xyz: unbekannter Erfolgsfaktor \"xyz\"", 0),
      0u)
      << a.status().message();
}

TEST(SuccessFactorsFileTest, TheShippedFilesAreValid) {
  Result<SuccessFactorAssessment> sample =
      LoadSuccessFactors(testing::SourceDir() + "/sample-data");
  ASSERT_TRUE(sample.ok()) << sample.status().ToString();
  EXPECT_TRUE(sample->file_found);
  EXPECT_GE(sample->rated(), 20);
  Result<SuccessFactorAssessment> tmpl =
      LoadSuccessFactors(testing::SourceDir() + "/templates/workspace");
  ASSERT_TRUE(tmpl.ok()) << tmpl.status().ToString();
  EXPECT_TRUE(tmpl->file_found);
  EXPECT_EQ(tmpl->rated(), 0);
  // The template lists every factor, so the team only has to fill in ratings.
  std::string text =
      testing::ReadFileToString(testing::SourceDir() + "/templates/workspace/erfolgsfaktoren.json");
  for (const SuccessFactor& f : SuccessFactors()) {
    EXPECT_NE(text.find("\"" + std::string(f.id) + "\":"), std::string::npos) << f.id;
  }
}

}  // namespace
}  // namespace ankerbericht
