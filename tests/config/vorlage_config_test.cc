// The consolidation blocks of a site: Vorlage head, costs, recorded steps,
// custom indicators and the goal-evidence map; every mistake names its path.
#include "config/vorlage_config.h"

#include <gtest/gtest.h>

#include <string>

#include "config/workspace_config.h"

namespace ankerbericht {
namespace {

// A site with every block; |extra| is spliced into the site object.
std::string Config(const std::string& extra) {
  return R"json({ "sites": [ { "id": "s", "name": "Stadtlabor", )json" + extra +
         R"json( } ] })json";
}

const char kBlocks[] = R"json(
  "funding_start": "01.01.2025",
  "vorlage": {
    "nummer": "V/2027/014",
    "federfuehrung": "Fachbereich Bildung",
    "betreff": "Weiterführung des Stadtlabors",
    "vorlauf_wochen": 4,
    "beratungsfolge": [
      { "gremium": "Ausschuss für Bildung", "datum": "16.03.2027", "oeffentlich": true, "zustaendigkeit": "vorberatung",
        "erledigt_am": "16.03.2027" },
      { "gremium": "Haupt- und Finanzausschuss", "datum": "23.03.2027", "oeffentlich": false },
      { "gremium": "Rat", "zustaendigkeit": "Entscheidung" }
    ],
    "termine": [
      { "was": "Arbeitsverträge", "art": "personal", "bis": "30.09.2027" },
      { "was": "Mietvertrag kündigen oder verlängern", "art": "Mietvertrag", "bis": "30.06.2027", "erledigt_am": "02.05.2027" }
    ]
  },
  "kosten": {
    "ab": "2028",
    "posten": [ { "art": "Personal", "betrag": 150000 }, { "art": "Miete", "betrag": 30000.5 } ],
    "finanzierung": [ { "quelle": "Haushalt", "betrag": 120000, "stadt": true }, { "quelle": "Sparkasse", "betrag": 20000 } ]
  },
  "custom_indicators": [
    { "id": "gruendung", "label": "Gründungsberatungen", "formats": ["Sprechstunde"], "topics": ["Gründung"], "goals": ["economic_development"] },
    { "id": "mobil", "label": "Teilnahmen an mobilen Angeboten", "kind": "participants_share", "locations": ["mobil"], "goals": "social_aspects" }
  ],
  "goal_evidence": { "indicators": { "events.fill_rate": ["digital_education", "craft_education"] }, "themes": { "senioren": "social_aspects" } }
)json";

TEST(VorlageConfigTest, ReadsEveryBlock) {
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(Config(kBlocks), "ankerbericht.json");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  const Site& site = config->sites[0];
  EXPECT_EQ(site.funding_start, Date::Parse("01.01.2025"));
  EXPECT_EQ(site.vorlage.nummer, "V/2027/014");
  EXPECT_EQ(site.vorlage.federfuehrung, "Fachbereich Bildung");
  EXPECT_EQ(site.vorlage.vorlauf_wochen, 4);
  ASSERT_EQ(site.vorlage.beratungsfolge.size(), 3u);
  EXPECT_EQ(site.vorlage.beratungsfolge[0].zustaendigkeit, "Vorberatung");  // spelling normalised
  EXPECT_EQ(site.vorlage.beratungsfolge[1].oeffentlich, std::optional<bool>(false));
  EXPECT_FALSE(site.vorlage.beratungsfolge[2].datum);  // not yet scheduled: left blank
  EXPECT_FALSE(site.vorlage.beratungsfolge[2].oeffentlich);
  // A body's status is what the team recorded: dealt with on a day, or planned.
  EXPECT_EQ(site.vorlage.beratungsfolge[0].erledigt_am, Date::Parse("16.03.2027"));
  EXPECT_FALSE(site.vorlage.beratungsfolge[1].erledigt_am);
  // Steps are sorted by date; the status is what was recorded.
  ASSERT_EQ(site.vorlage.termine.size(), 2u);
  EXPECT_EQ(site.vorlage.termine[0].art, StepKind::kLease);
  EXPECT_EQ(site.vorlage.termine[0].erledigt_am, Date::Parse("02.05.2027"));
  EXPECT_EQ(site.vorlage.termine[1].art, StepKind::kStaff);
  EXPECT_FALSE(site.vorlage.termine[1].erledigt_am);
  EXPECT_EQ(site.kosten.ab, "2028");
  ASSERT_EQ(site.kosten.posten.size(), 2u);
  EXPECT_DOUBLE_EQ(site.kosten.posten[1].betrag, 30000.5);
  EXPECT_TRUE(site.kosten.finanzierung[0].stadt);
  EXPECT_FALSE(site.kosten.finanzierung[1].stadt);
  EXPECT_TRUE(site.kosten.haushaltsstelle.empty());
  ASSERT_EQ(site.custom_indicators.size(), 2u);
  EXPECT_EQ(site.custom_indicators[0].id, "custom.gruendung");
  EXPECT_EQ(site.custom_indicators[0].kind, CustomKind::kEvents);
  EXPECT_EQ(site.custom_indicators[1].kind, CustomKind::kParticipantsShare);
  EXPECT_EQ(site.custom_indicators[1].goals, std::vector<std::string>{"social_aspects"});
  EXPECT_NE(site.FindCustom("custom.mobil"), nullptr);
  EXPECT_EQ(site.evidence_indicators.at("events.fill_rate").size(), 2u);
  EXPECT_EQ(site.evidence_themes.at("senioren"), std::vector<std::string>{"social_aspects"});
}

TEST(VorlageConfigTest, EverythingIsOptional) {
  Result<WorkspaceConfig> config =
      ParseWorkspaceConfig(Config(R"("type": 2)"), "ankerbericht.json");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  const Site& site = config->sites[0];
  EXPECT_TRUE(site.vorlage.nummer.empty());
  EXPECT_EQ(site.vorlage.vorlauf_wochen, 3);
  EXPECT_TRUE(site.kosten.empty());
  EXPECT_TRUE(site.custom_indicators.empty());
}

std::string ErrorOf(const std::string& extra) {
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(Config(extra), "ankerbericht.json");
  EXPECT_FALSE(config.ok());
  if (config.ok()) return "";
  EXPECT_EQ(config.status().code(), Status::Code::kConfig);
  return config.status().message();
}

TEST(VorlageConfigErrorTest, EveryMistakeNamesItsPath) {
  const std::pair<const char*, const char*> cases[] = {
      {R"("kosten": { "posten": [ { "art": "Personal", "betrag": "viel" } ] })",
       "$.sites[0].kosten.posten[0].betrag"},
      {R"("kosten": { "posten": [ { "art": "Personal" } ] })",
       "$.sites[0].kosten.posten[0].betrag: fehlt"},
      {R"("kosten": { "posten": [ { "art": "Personal", "betrag": -1 } ] })",
       "darf nicht negativ sein"},
      {R"("kosten": { "posten": [] })", "$.sites[0].kosten.posten: braucht mindestens einen"},
      {R"("vorlage": { "beratungsfolge": [ { "gremium": "Rat", "datum": "morgen" } ] })",
       "$.sites[0].vorlage.beratungsfolge[0].datum"},
      {R"("vorlage": { "beratungsfolge": [ { "gremium": "Rat", "zustaendigkeit": "Abstimmung" } ] })",
       "$.sites[0].vorlage.beratungsfolge[0].zustaendigkeit"},
      {R"("vorlage": { "beratungsfolge": [ { "gremium": "Rat", "oeffentlich": "ja" } ] })",
       "muss true oder false sein"},
      {R"("vorlage": { "termine": [ { "was": "Miete", "art": "miete", "bis": "30.06.2027" } ] })",
       "$.sites[0].vorlage.termine[0].art"},
      {R"("vorlage": { "termine": [ { "was": "Miete" } ] })",
       "$.sites[0].vorlage.termine[0].bis: fehlt"},
      {R"("vorlage": { "vorlauf_wochen": 60 })", "$.sites[0].vorlage.vorlauf_wochen"},
      {R"("custom_indicators": [ { "id": "Gründung!", "label": "x", "formats": ["a"] } ])",
       "$.sites[0].custom_indicators[0].id"},
      {R"("custom_indicators": [ { "id": "a", "label": "x" } ])", "braucht mindestens eines von"},
      {R"("custom_indicators": [ { "id": "a", "label": "x", "formats": ["a"], "kind": "sum" } ])",
       "$.sites[0].custom_indicators[0].kind"},
      {R"("custom_indicators": [ { "id": "a", "label": "x", "formats": ["a"], "goals": ["wirtschaft"] } ])",
       "$.sites[0].custom_indicators[0].goals[0]: unbekannter Zielbereich"},
      {R"("custom_indicators": [ { "id": "a", "label": "x", "formats": ["a"] }, { "id": "a", "label": "y", "formats": ["b"] } ])",
       "$.sites[0].custom_indicators[1].id"},
      {R"("goal_evidence": { "themes": { "senioren": "soziales" } })",
       "$.sites[0].goal_evidence.themes.senioren"},
      {R"("vorlage": [])", "$.sites[0].vorlage: muss ein Objekt"},
  };
  for (const auto& [extra, expected] : cases) {
    std::string message = ErrorOf(extra);
    EXPECT_NE(message.find(expected), std::string::npos) << extra << "\n -> " << message;
    EXPECT_NE(message.find("ankerbericht.json: "), std::string::npos) << message;
  }
}

TEST(VorlageConfigTest, ReportMayNameItsMeeting) {
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(
      R"({ "sites": [ { "id": "s", "name": "S" } ], "reports": [ { "template": "ausschuss", "meeting": "16.03.2027" } ] })",
      "ankerbericht.json");
  ASSERT_TRUE(config.ok()) << config.status().ToString();
  EXPECT_EQ(config->reports[0].meeting, Date::Parse("16.03.2027"));
}

}  // namespace
}  // namespace ankerbericht
