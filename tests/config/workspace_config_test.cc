#include "config/workspace_config.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "test_util.h"
#include "util/json_file.h"

namespace ankerbericht {
namespace {

// True if |text| contains |part|; prints |text| otherwise.
::testing::AssertionResult Contains(const std::string& text, const std::string& part) {
  if (text.find(part) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "\"" << text << "\" does not contain \"" << part << "\"";
}

// A small but complete configuration, with the comments users write.
const char kValidConfig[] = R"json({
  // Schwelle für kleine Zahlen
  "privacy_threshold": 3,
  "sites": [
    {
      "id": "stadtlabor",          // used in file names
      "name": "Stadtlabor Musterstadt",
      "municipality": "Musterstadt",
      "type": 2,
      "opened": "01.03.2025",
      "goal_priorities": { "digital_education": 1, "networking": 2 },
      /* Öffnungszeiten: ab Juli auch donnerstags */
      "opening_hours": [
        { "valid_from": "01.07.2026", "week": { "Di": "14:00-18:00", "Do": "10-12" } },
        { "week": { "Di": "14:00-18:00" } }
      ],
      "closures": [ { "from": "22.12.2026", "to": "02.01.2027", "reason": "Weihnachten" },
                    { "from": "2026-05-14" } ],
      "age_groups": [ { "id": "u18", "label": "unter 18" }, { "id": "ab65" } ],
      "committee_dates": [ "2026-09-15", "10.03.2026" ],
      "questionnaire": [
        { "id": "zufrieden", "text": "Ich bin zufrieden", "scale": "agree5" },
        { "id": "empfehlen", "scale": "yesno", "role": "recommend" }
      ]
    }
  ],
  "sources": [
    { "path": "daten/zaehler/*.csv", "kind": "visits" },   // site defaults to the only one
    { "path": "daten/feedback.csv", "kind": "feedback", "channel": "digital",
      "columns": { "date": "Zeitstempel der Antwort" } }
  ],
  "reports": [ { "template": "halbjahr", "period": "2026-H1" } ]
})json";

WorkspaceConfig MustParse(const std::string& json) {
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(json, "ankerbericht.json");
  EXPECT_TRUE(config.ok()) << config.status().ToString();
  return config.ok() ? *config : WorkspaceConfig{};
}

// The message of a configuration that must fail with kConfig.
std::string ConfigError(const std::string& json) {
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(json, "ankerbericht.json");
  EXPECT_FALSE(config.ok());
  if (config.ok()) return "";
  EXPECT_EQ(config.status().code(), Status::Code::kConfig) << config.status().ToString();
  return config.status().message();
}

// A one-site configuration with |site_extra| spliced into the site object and
// |top_extra| into the top-level object.
std::string WithSite(const std::string& site_extra, const std::string& top_extra = "") {
  return R"({ "sites": [ { "id": "s", "name": "S")" + std::string(site_extra.empty() ? "" : ", ") +
         site_extra + " } ]" + (top_extra.empty() ? "" : ", " + top_extra) + " }";
}

// ---------------------------------------------------------------- valid

TEST(ParseWorkspaceConfigTest, MinimalConfig) {
  WorkspaceConfig config = MustParse(R"({ "sites": [ { "id": "s", "name": "Stadtlabor" } ] })");
  ASSERT_EQ(config.sites.size(), 1u);
  EXPECT_EQ(config.sites[0].id, "s");
  EXPECT_EQ(config.sites[0].name, "Stadtlabor");
  EXPECT_EQ(config.privacy_threshold, 5);  // the default
  EXPECT_TRUE(config.sources.empty());
  EXPECT_TRUE(config.reports.empty());
  EXPECT_EQ(config.FindSite("s"), &config.sites[0]);
  EXPECT_EQ(config.FindSite("x"), nullptr);
}

TEST(ParseWorkspaceConfigTest, FullConfigWithComments) {
  WorkspaceConfig config = MustParse(kValidConfig);
  EXPECT_EQ(config.privacy_threshold, 3);
  ASSERT_EQ(config.sites.size(), 1u);
  const Site& site = config.sites[0];
  EXPECT_EQ(site.municipality, "Musterstadt");
  EXPECT_EQ(site.type, 2);
  ASSERT_TRUE(site.opened.has_value());
  EXPECT_EQ(site.opened->ToIso(), "2025-03-01");
  EXPECT_EQ(site.goal_priorities.at("digital_education"), 1);
  EXPECT_EQ(site.goal_priorities.at("networking"), 2);

  // Schedules are sorted by valid_from; one without valid_from applies from the start.
  ASSERT_EQ(site.opening_hours.size(), 2u);
  EXPECT_LT(site.opening_hours[0].valid_from, Date(2000, 1, 1));
  EXPECT_EQ(site.opening_hours[1].valid_from.ToIso(), "2026-07-01");
  EXPECT_EQ(site.opening_hours[1].slots.size(), 2u);

  ASSERT_EQ(site.closures.size(), 2u);
  EXPECT_EQ(site.closures[0].reason, "Weihnachten");
  EXPECT_EQ(site.closures[1].from, site.closures[1].to);  // "to" defaults to "from"

  ASSERT_EQ(site.age_groups.size(), 2u);
  EXPECT_EQ(site.age_groups[0].label, "unter 18");
  EXPECT_EQ(site.age_groups[1].label, "ab65");  // label defaults to the id

  ASSERT_EQ(site.committee_dates.size(), 2u);
  EXPECT_EQ(site.committee_dates[0].ToIso(), "2026-03-10");  // sorted

  ASSERT_EQ(site.questionnaire.size(), 2u);
  EXPECT_EQ(site.questionnaire[0].scale, ScaleType::kAgree5);
  EXPECT_EQ(site.questionnaire[1].scale, ScaleType::kYesNo);
  EXPECT_EQ(site.questionnaire[1].role, "recommend");
  EXPECT_EQ(site.FindItem("empfehlen"), &site.questionnaire[1]);
  EXPECT_EQ(site.FindItem("nope"), nullptr);

  ASSERT_EQ(config.sources.size(), 2u);
  EXPECT_EQ(config.sources[0].kind, InputKind::kVisits);
  EXPECT_EQ(config.sources[0].site, "stadtlabor");
  EXPECT_EQ(config.sources[1].kind, InputKind::kFeedback);
  EXPECT_EQ(config.sources[1].channel, "digital");
  EXPECT_EQ(config.sources[1].columns.at("date"), "Zeitstempel der Antwort");

  ASSERT_EQ(config.reports.size(), 1u);
  EXPECT_EQ(config.reports[0].template_id, "halbjahr");
  EXPECT_EQ(config.reports[0].site, "stadtlabor");
  EXPECT_EQ(config.reports[0].period, "2026-H1");
  EXPECT_EQ(config.reports[0].lang, "de");
  EXPECT_EQ(config.reports[0].output, "berichte/halbjahr-{site}-{period}.pdf");
}

TEST(BlankJsonCommentsTest, KeepsStringsAndNewlines) {
  EXPECT_EQ(BlankJsonComments("{\"u\": \"http://x\" // c\n}"), "{\"u\": \"http://x\"     \n}");
  EXPECT_EQ(BlankJsonComments("[1, /* a\nb */ 2]"), "[1,     \n     2]");
  EXPECT_EQ(BlankJsonComments(R"({"a": "\"//"})"), R"({"a": "\"//"})");
}

// ---------------------------------------------------------------- errors

TEST(ParseWorkspaceConfigErrorTest, NotJson) {
  EXPECT_TRUE(
      Contains(ConfigError("{ \"sites\": [ }"), "ankerbericht.json:1: kein gültiges JSON: "));
}

TEST(ParseWorkspaceConfigErrorTest, NoSites) {
  EXPECT_EQ(ConfigError("{ }"),
            "ankerbericht.json: $.sites: fehlt (eine Liste in [ ] wird gebraucht)");
  EXPECT_EQ(ConfigError(R"({ "sites": [] })"),
            "ankerbericht.json: $.sites: braucht mindestens einen Ort");
}

TEST(ParseWorkspaceConfigErrorTest, TypeOutOfRangeNamesThePath) {
  EXPECT_EQ(
      ConfigError(WithSite(R"("type": 7)")),
      "ankerbericht.json: $.sites[0].type: muss eine ganze Zahl von 1 bis 5 sein (gefunden: 7)");
}

TEST(ParseWorkspaceConfigErrorTest, TypeAsTextNamesThePath) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(R"("type": "x")")), "$.sites[0].type: muss eine ganze Zahl"));
}

TEST(ParseWorkspaceConfigErrorTest, PathCountsSites) {
  std::string json =
      R"({ "sites": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B", "type": 0 } ] })";
  EXPECT_TRUE(Contains(ConfigError(json), "$.sites[1].type"));
}

TEST(ParseWorkspaceConfigErrorTest, MissingName) {
  EXPECT_EQ(ConfigError(R"({ "sites": [ { "id": "s" } ] })"),
            "ankerbericht.json: $.sites[0].name: fehlt (ein Text wird gebraucht)");
}

TEST(ParseWorkspaceConfigErrorTest, DuplicateSiteId) {
  EXPECT_TRUE(Contains(
      ConfigError(R"({ "sites": [ { "id": "s", "name": "A" }, { "id": "s", "name": "B" } ] })"),
      "$.sites[1].id: Ort-ID \"s\" kommt zweimal vor"));
}

TEST(ParseWorkspaceConfigErrorTest, UnknownGoalArea) {
  EXPECT_TRUE(Contains(ConfigError(WithSite(R"("goal_priorities": { "kunst": 1 })")),
                       "$.sites[0].goal_priorities.kunst: unbekannter Zielbereich (bekannt: "
                       "smart_city_information, "));
}

TEST(ParseWorkspaceConfigErrorTest, GoalPriorityOutOfRange) {
  EXPECT_TRUE(Contains(ConfigError(WithSite(R"("goal_priorities": { "networking": 8 })")),
                       "$.sites[0].goal_priorities.networking: muss eine ganze Zahl von 1 bis 7"));
}

TEST(ParseWorkspaceConfigErrorTest, BadOpeningHours) {
  EXPECT_EQ(ConfigError(WithSite(R"("opening_hours": [ { "week": { "Di": "14-" } } ])")),
            "ankerbericht.json: $.sites[0].opening_hours[0].week.Di: muss Zeiten wie "
            "\"10:00-13:00, 14:00-18:00\" enthalten (gefunden: \"14-\")");
}

TEST(ParseWorkspaceConfigErrorTest, OpeningHoursEndBeforeStart) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(R"("opening_hours": [ { "week": { "Mo": "18:00-14:00" } } ])")),
               "$.sites[0].opening_hours[0].week.Mo: muss Zeiten wie"));
}

TEST(ParseWorkspaceConfigErrorTest, UnknownWeekday) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(R"("opening_hours": [ { "week": { "Xy": "14-18" } } ])")),
               "$.sites[0].opening_hours[0].week.Xy: unbekannter Wochentag"));
}

TEST(ParseWorkspaceConfigErrorTest, BadValidFrom) {
  EXPECT_TRUE(Contains(
      ConfigError(WithSite(R"("opening_hours": [ { "valid_from": "31.02.2026", "week": {} } ])")),
      "$.sites[0].opening_hours[0].valid_from: muss ein Datum wie"));
}

TEST(ParseWorkspaceConfigErrorTest, ClosureEndsBeforeItStarts) {
  EXPECT_TRUE(Contains(
      ConfigError(WithSite(R"("closures": [ { "from": "10.03.2026", "to": "01.03.2026" } ])")),
      "$.sites[0].closures[0].to: liegt vor \"from\""));
}

TEST(ParseWorkspaceConfigErrorTest, UnknownScale) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(R"("questionnaire": [ { "id": "q", "scale": "stars" } ])")),
               "$.sites[0].questionnaire[0].scale: unbekannte Skala \"stars\""));
}

TEST(ParseWorkspaceConfigErrorTest, DuplicateItemId) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(R"("questionnaire": [ { "id": "q" }, { "id": "q" } ])")),
               "$.sites[0].questionnaire[1].id: Fragen-ID \"q\" kommt zweimal vor"));
}

TEST(ParseWorkspaceConfigErrorTest, ItemIdThatIsASurveyCode) {
  // The id names the item's figures; a survey's column code is mapped instead.
  std::string message = ConfigError(WithSite(R"("questionnaire": [ { "id": "G1[SQ001]" } ])"));
  EXPECT_TRUE(Contains(
      message, "$.sites[0].questionnaire[0].id: darf nur Buchstaben, Ziffern, - und _ enthalten"));
  EXPECT_TRUE(Contains(message, "\"items\": { \"zufriedenheit\": \"G1[SQ001]\" }"));
}

const char kItems[] =
    R"("questionnaire": [ { "id": "empfehlen", "scale": "agree5", "role": "recommend" },
                                            { "id": "kommentar", "scale": "text" } ])";

TEST(ParseWorkspaceConfigTest, SourceItemsMapHeadersAndScales) {
  WorkspaceConfig config = MustParse(WithSite(kItems, R"json("sources": [
      { "path": "a.csv", "kind": "feedback", "items": { "empfehlen": "EMPF" } },
      { "path": "b.csv", "kind": "feedback",
        "items": { "empfehlen": { "column": "Weiterempfehlung (Note)", "scale": "grade6" } } },
      { "path": "c.csv", "kind": "feedback", "items": { "empfehlen": { "scale": "yesno" } } } ])json"));
  ASSERT_EQ(config.sources.size(), 3u);
  EXPECT_EQ(config.sources[0].items.at("empfehlen").column, "EMPF");
  EXPECT_FALSE(config.sources[0].items.at("empfehlen").scale);
  EXPECT_EQ(config.sources[1].items.at("empfehlen").column, "Weiterempfehlung (Note)");
  EXPECT_EQ(config.sources[1].items.at("empfehlen").scale, ScaleType::kGrade6);
  EXPECT_EQ(config.sources[2].items.at("empfehlen").column, "");
  EXPECT_EQ(config.sources[2].items.at("empfehlen").scale, ScaleType::kYesNo);
}

TEST(ParseWorkspaceConfigErrorTest, SourceItemsThatCannotWork) {
  auto source = [](const std::string& entry) {
    return WithSite(kItems, R"("sources": [ { "path": "a.csv", "kind": "feedback", "items": )" +
                                entry + " } ]");
  };
  EXPECT_TRUE(Contains(
      ConfigError(source(R"({ "zufrieden": "G1" })")),
      "$.sources[0].items.zufrieden: keine Frage \"zufrieden\" im Fragebogen des Ortes \"s\" "
      "(bekannt: "
      "empfehlen, kommentar)"));
  EXPECT_TRUE(
      Contains(ConfigError(source(R"({ "empfehlen": { "column": "E", "scale": "stars" } })")),
               "$.sources[0].items.empfehlen.scale: unbekannte Skala \"stars\""));
  EXPECT_TRUE(Contains(ConfigError(source(R"({ "kommentar": { "scale": "agree5" } })")),
                       "nur Fragen mit Skala können auf einer anderen Skala gestellt werden"));
  EXPECT_TRUE(
      Contains(ConfigError(source(R"({ "empfehlen": {} })")), "braucht \"column\" oder \"scale\""));
  EXPECT_TRUE(Contains(ConfigError(source(R"(["EMPF"])")), "$.sources[0].items: muss ein Objekt"));
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(kItems, R"("sources": [ { "path": "a.csv", "kind": "events",
                                                          "items": { "empfehlen": "E" } } ])")),
               "Fragen des Fragebogens gehören zu einer Quelle der Art feedback"));
}

TEST(ParseWorkspaceConfigErrorTest, UnknownKindInSources) {
  EXPECT_EQ(ConfigError(WithSite("", R"("sources": [ { "path": "a.csv", "kind": "besuche" } ])")),
            "ankerbericht.json: $.sources[0].kind: unbekannte Art \"besuche\" "
            "(visits, tallies, events, feedback, notes oder votes verwenden)");
}

TEST(ParseWorkspaceConfigErrorTest, SourceForUnknownSite) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite(
                   "", R"("sources": [ { "path": "a.csv", "kind": "events", "site": "x" } ])")),
               "$.sources[0].site: kein Ort mit der ID \"x\""));
}

TEST(ParseWorkspaceConfigErrorTest, SourceSiteRequiredWithSeveralSites) {
  std::string json = R"({ "sites": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ],
                          "sources": [ { "path": "a.csv", "kind": "events" } ] })";
  EXPECT_TRUE(Contains(ConfigError(json), "$.sources[0].site: fehlt"));
}

TEST(ParseWorkspaceConfigErrorTest, BadChannel) {
  EXPECT_TRUE(Contains(
      ConfigError(WithSite(
          "", R"("sources": [ { "path": "a.csv", "kind": "feedback", "channel": "fax" } ])")),
      "$.sources[0].channel: muss \"paper\" oder \"digital\" sein"));
}

TEST(ParseWorkspaceConfigErrorTest, ReportLanguage) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite("", R"("reports": [ { "template": "t", "lang": "fr" } ])")),
               "$.reports[0].lang: muss \"de\" oder \"en\" sein"));
}

TEST(ParseWorkspaceConfigErrorTest, ReportFormat) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite("", R"("reports": [ { "template": "t", "format": "docx" } ])")),
               "$.reports[0].format: muss \"pdf\" oder \"html\" sein"));
}

TEST(ParseWorkspaceConfigErrorTest, TopLevelArrayIsNotAConfig) {
  EXPECT_EQ(ConfigError("[ 1, 2 ]"),
            "ankerbericht.json: die Datei muss genau ein JSON-Objekt { ... } enthalten");
}

TEST(ParseWorkspaceConfigErrorTest, HugeNumberIsAnErrorNotAnException) {
  EXPECT_EQ(ConfigError(WithSite(R"("type": 99999999999)")),
            "ankerbericht.json: $.sites[0].type: muss eine ganze Zahl von 1 bis 5 sein "
            "(gefunden: 99999999999)");
}

// ---------------------------------------------------------------- OpeningOn

// Tuesday 14-18 from the start; from 01.07.2026 also Thursday 10-12; closed
// 22.12.2026-02.01.2027 and on 14.05.2026.
class OpeningOnTest : public ::testing::Test {
 protected:
  void SetUp() override {
    config_ = MustParse(kValidConfig);
    ASSERT_EQ(config_.sites.size(), 1u);
  }
  const Site& site() const { return config_.sites[0]; }
  WorkspaceConfig config_;
};

TEST_F(OpeningOnTest, WeeklySlot) {
  // 12.05.2026 is a Tuesday.
  std::vector<OpeningSlot> slots = site().OpeningOn(Date(2026, 5, 12));
  ASSERT_EQ(slots.size(), 1u);
  EXPECT_EQ(slots[0].weekday, 1);
  EXPECT_EQ(slots[0].start, 14 * 60);
  EXPECT_EQ(slots[0].end, 18 * 60);
  EXPECT_TRUE(site().OpeningOn(Date(2026, 5, 13)).empty());  // Wednesday
}

TEST_F(OpeningOnTest, ScheduleChangeTakesEffectOnValidFrom) {
  // Thursday 25.06.2026: old schedule, closed. Thursday 02.07.2026: new schedule.
  EXPECT_TRUE(site().OpeningOn(Date(2026, 6, 25)).empty());
  std::vector<OpeningSlot> slots = site().OpeningOn(Date(2026, 7, 2));
  ASSERT_EQ(slots.size(), 1u);
  EXPECT_EQ(slots[0].start, 10 * 60);
  EXPECT_EQ(slots[0].end, 12 * 60);
  // Tuesdays stay open under the new schedule too.
  EXPECT_EQ(site().OpeningOn(Date(2026, 7, 7)).size(), 1u);
}

TEST_F(OpeningOnTest, ClosuresCloseTheDay) {
  // Thursday 14.05.2026 (single-day closure) lies before the Thursday schedule anyway;
  // check a Tuesday inside the Christmas closure and the Tuesday after it.
  EXPECT_TRUE(site().OpeningOn(Date(2026, 12, 22)).empty());  // Tuesday, first day of closure
  EXPECT_TRUE(site().OpeningOn(Date(2026, 12, 29)).empty());  // Tuesday, inside
  EXPECT_EQ(site().OpeningOn(Date(2027, 1, 5)).size(), 1u);   // Tuesday after
}

TEST(SiteOpeningOnTest, SingleDayClosure) {
  Site site;
  site.opening_hours.push_back({Date(2026, 1, 1), {{1, 14 * 60, 18 * 60}}});
  site.closures.push_back({Date(2026, 3, 10), Date(2026, 3, 10), "Fortbildung"});
  EXPECT_TRUE(site.OpeningOn(Date(2026, 3, 10)).empty());  // Tuesday, closed
  EXPECT_EQ(site.OpeningOn(Date(2026, 3, 17)).size(), 1u);
}

TEST(SiteOpeningOnTest, NothingBeforeTheFirstSchedule) {
  Site site;
  site.opening_hours.push_back({Date(2026, 1, 1), {{1, 14 * 60, 18 * 60}}});
  EXPECT_TRUE(site.OpeningOn(Date(2025, 12, 30)).empty());  // a Tuesday before valid_from
  EXPECT_EQ(site.OpeningOn(Date(2026, 1, 6)).size(), 1u);
}

TEST(SiteOpeningOnTest, SeveralSlotsOnOneDay) {
  WorkspaceConfig config = MustParse(
      WithSite(R"("opening_hours": [ { "week": { "Montag": "10:00-13:00, 14:00-18:00" } } ])"));
  ASSERT_EQ(config.sites.size(), 1u);
  std::vector<OpeningSlot> slots = config.sites[0].OpeningOn(Date(2026, 1, 5));  // Monday
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_EQ(slots[0].end - slots[0].start + slots[1].end - slots[1].start, 7 * 60);
}

// ---------------------------------------------------------------- paths

// A site id is part of output file names: anything but letters, digits, '-'
// and '_' could leave the workspace ("{site}" -> "../../x").
TEST(ParseWorkspaceConfigTest, SiteIdsThatCouldLeaveTheWorkspaceAreRefused) {
  const std::string hostile[] = {
      "../../../tmp/entkommen", "..",       "a/b", "/etc",        "mit leerzeichen",
      std::string(65, 'x'),     "a\\..\\b", "",    "stadt\nlabor"};
  for (const std::string& id : hostile) {
    SCOPED_TRACE(id);
    std::string escaped;
    for (char ch : id) escaped += ch == '\\' ? "\\\\" : ch == '\n' ? "\\n" : std::string(1, ch);
    std::string message =
        ConfigError(R"({ "sites": [ { "id": ")" + escaped + R"(", "name": "S" } ] })");
    EXPECT_TRUE(Contains(
        message,
        "ankerbericht.json: $.sites[0].id: darf nur Buchstaben a-z, Ziffern, - und _ enthalten"));
  }
  EXPECT_EQ(MustParse(WithSite("")).sites[0].id, "s");
  EXPECT_EQ(
      MustParse(R"({ "sites": [ { "id": "Moers_Innenstadt-2", "name": "S" } ] })").sites[0].id,
      "Moers_Innenstadt-2");
}

// A configuration value of 5,000 characters (a paste gone wrong) is quoted by
// its first 80: the message names the key and stays readable.
TEST(ParseWorkspaceConfigTest, LongValuesAreQuotedShort) {
  const std::string id(5000, 'x');
  const std::string quoted = "(gefunden: \"" + std::string(80, 'x') + "…\")";
  std::string message =
      ConfigError(R"({ "sites": [ { "id": ")" + id + "/" + R"(", "name": "S" } ] })");
  EXPECT_TRUE(Contains(message, "$.sites[0].id: darf nur Buchstaben a-z")) << message;
  EXPECT_TRUE(Contains(message, quoted)) << message;
  EXPECT_LT(message.size(), 300u);
  for (const std::string& config :
       {WithSite("", R"("reports": [ { "template": ")" + id + R"(/" } ])"),
        WithSite("", R"("reports": [ { "template": "halbjahresbericht", "output": "/)" + id +
                         R"(" } ])"),
        WithSite(R"("branding": { "logo": "/)" + id + R"(" })"),
        WithSite("", R"("reports": [ { "template": "halbjahresbericht", "site": ")" + id +
                         R"(" } ])")}) {
    message = ConfigError(config);
    EXPECT_TRUE(Contains(message, "…")) << message;
    EXPECT_LT(message.size(), 300u) << message.substr(0, 300);
  }
}

TEST(ParseWorkspaceConfigTest, ReportOutputsMustStayInsideTheWorkspace) {
  for (const std::string output :
       {"/tmp/bericht.pdf", "../bericht.pdf", "berichte/../../bericht.pdf",
        "berichte\\\\..\\\\..\\\\bericht.pdf", "C:/Berichte/x.pdf"}) {
    SCOPED_TRACE(output);
    std::string message =
        ConfigError(WithSite("", R"("reports": [ { "template": "halbjahresbericht", "output": ")" +
                                     output + R"(" } ])"));
    EXPECT_TRUE(Contains(message, "$.reports[0].output: muss ein Pfad im Arbeitsordner sein"));
    EXPECT_TRUE(Contains(message, "ankerbericht report -o"));  // how to write elsewhere on purpose
  }
  WorkspaceConfig ok = MustParse(WithSite(
      "",
      R"("reports": [ { "template": "halbjahresbericht", "output": "berichte/..x/{site}.pdf" } ])"));
  ASSERT_EQ(ok.reports.size(), 1u);
  EXPECT_EQ(ok.reports[0].output, "berichte/..x/{site}.pdf");  // ".." inside a name is harmless
}

TEST(ParseWorkspaceConfigTest, TemplateNamesAndBrandingFilesStayInsideTheWorkspace) {
  EXPECT_TRUE(
      Contains(ConfigError(WithSite("", R"("reports": [ { "template": "../../../tmp/t" } ])")),
               "$.reports[0].template: muss der Name einer Vorlage"));
  EXPECT_TRUE(Contains(ConfigError(WithSite(R"("branding": { "logo": "/home/anna/logo.png" })")),
                       "$.sites[0].branding.logo: muss eine Datei im Arbeitsordner sein"));
  EXPECT_TRUE(Contains(
      ConfigError(WithSite(R"("branding": { "font_regular": "../f.ttf", "font_bold": "b.ttf" })")),
      "$.sites[0].branding.font_regular: muss eine Datei im Arbeitsordner sein"));
}

// ---------------------------------------------------------------- site type

TEST(SiteTypeTest, ATypeWithoutGoalRankingGetsTheStudysAimsOfTheType) {
  // Typ 5 (platform between business, science and urban society): the study
  // names economic development, networking and digital education.
  WorkspaceConfig config = MustParse(WithSite(R"("type": 5)"));
  const Site& site = config.sites[0];
  EXPECT_TRUE(site.goal_priorities_from_type);
  EXPECT_EQ(site.goal_priorities.at("economic_development"), 1);
  EXPECT_EQ(site.goal_priorities.at("networking"), 2);
  EXPECT_EQ(site.goal_priorities.at("digital_education"), 3);
  // The others follow in the study's order of the goal areas.
  EXPECT_EQ(site.goal_priorities.at("smart_city_information"), 4);
  EXPECT_EQ(site.goal_priorities.at("craft_education"), 5);
  EXPECT_EQ(site.goal_priorities.size(), 7u);
}

TEST(SiteTypeTest, ThePlacesOwnRankingWins) {
  WorkspaceConfig config =
      MustParse(WithSite(R"("type": 5, "goal_priorities": { "social_aspects": 1 })"));
  EXPECT_FALSE(config.sites[0].goal_priorities_from_type);
  EXPECT_EQ(config.sites[0].goal_priorities.size(), 1u);
  EXPECT_EQ(config.sites[0].goal_priorities.at("social_aspects"), 1);
}

TEST(SiteTypeTest, WithoutATypeThereAreNoDefaults) {
  WorkspaceConfig config = MustParse(WithSite(""));
  EXPECT_TRUE(config.sites[0].goal_priorities.empty());
  EXPECT_FALSE(config.sites[0].goal_priorities_from_type);
}

TEST(SiteTypeTest, EveryTypeHasARankingOfAllSevenAreas) {
  for (int type = 1; type <= 5; ++type) {
    std::map<std::string, int> prio = DefaultGoalPriorities(type);
    std::set<int> ranks;
    for (const auto& [area, rank] : prio) ranks.insert(rank);
    EXPECT_EQ(ranks, (std::set<int>{1, 2, 3, 4, 5, 6, 7})) << type;
  }
  EXPECT_TRUE(DefaultGoalPriorities(0).empty());
}

TEST(ParseWorkspaceConfigTest, TheOverviewNamesSitesInsteadOfOne) {
  const std::string two =
      R"({ "sites": [ { "id": "a", "name": "A" }, { "id": "b", "name": "B" } ], )";
  WorkspaceConfig all = MustParse(two + R"("reports": [ { "template": "uebersicht" } ] })");
  ASSERT_EQ(all.reports.size(), 1u);
  EXPECT_TRUE(all.reports[0].sites.empty());  // every site
  EXPECT_EQ(all.reports[0].output, "berichte/uebersicht-{period}.pdf");
  WorkspaceConfig listed =
      MustParse(two + R"("reports": [ { "template": "uebersicht", "sites": ["b", "a"] } ] })");
  EXPECT_EQ(listed.reports[0].sites, (std::vector<std::string>{"b", "a"}));
  EXPECT_TRUE(Contains(
      ConfigError(two + R"("reports": [ { "template": "uebersicht", "sites": ["a", "c"] } ] })"),
      "$.reports[0].sites[1]: kein Ort mit der ID \"c\""));
  EXPECT_TRUE(
      Contains(ConfigError(two + R"("reports": [ { "template": "uebersicht", "sites": "a" } ] })"),
               "$.reports[0].sites: muss eine Liste von Ort-IDs sein"));
}

}  // namespace
}  // namespace ankerbericht
