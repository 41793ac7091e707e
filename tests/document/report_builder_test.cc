#include "document/report_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "document/document_test_helpers.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Goal;
using testing::GoalInd;
using testing::ScopedTempDir;
using testing::TestEvaluation;

// A template of one summary, one indicator table and the definitions.
constexpr char kTemplate[] = R"({
  "id": "kurz",
  "title": { "de": "Halbjahresbericht", "en": "Half-yearly report" },
  "sections": [
    { "type": "findings", "heading": { "de": "Auf einen Blick" } },
    { "type": "indicator_table", "indicators": ["visitors.total", "events.held"] },
    { "type": "definitions" }
  ]
})";

class ReportBuilderTest : public ::testing::Test {
 protected:
  ReportBuilderTest() {
    dir_.Write("kurz.json", kTemplate);
    t_.Set("visitors.total", 11011, 8470, 7376);
    t_.Set("events.held", 72, 65, 70);
    // Not listed by the template, but a large fall the summary must name.
    t_.Set("events.target_age_share", 58.1651, 69.969, 72.3881);
    t_.ev.goals = {Goal("social_aspects", 2, {GoalInd("events.target_age_share", 58.2)}),
                   Goal("digital_education", 1, {GoalInd("events.target_age_share", 58.2)})};
  }

  Document Build(const std::string& lang = "de") {
    t_.input.lang = lang;
    Result<Document> doc = BuildReport(dir_.path().string(), "kurz", t_.input);
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    return doc.ok() ? *doc : Document{};
  }

  ScopedTempDir dir_;
  TestEvaluation t_;
};

// What the summary names, a reader finds in the table below it, with the
// values the summary quotes.
TEST_F(ReportBuilderTest, TheIndicatorTableShowsEveryIndicatorTheSummaryCites) {
  Document doc = Build();
  const BulletList* summary = BlockAs<BulletList>(doc, 2);
  const Table* table = BlockAs<Table>(doc, 3);
  ASSERT_TRUE(summary && table);
  std::vector<std::string> labels;
  for (const auto& row : table->rows) labels.push_back(row[0]);
  ASSERT_EQ(summary->items.size(), 3u);
  for (const std::string& item : summary->items) {
    std::string label = item.substr(0, item.find(':'));
    EXPECT_NE(std::find(labels.begin(), labels.end(), label), labels.end()) << label;
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"Besuche", "Durchgeführte Veranstaltungen",
                                              "Teilnahmen aus den Ziel-Altersgruppen"}));
  EXPECT_EQ(table->rows[2],
            (std::vector<std::string>{"Teilnahmen aus den Ziel-Altersgruppen", "58,2 %", "70,0 %",
                                      "−11,8 Pp.", "72,4 %", "−14,2 Pp."}));
}

// The rule looks at the moves of the indicators of a goal area: the
// definitions say which areas each one serves, so a reader can check.
TEST_F(ReportBuilderTest, TheDefinitionsNameEachIndicatorsGoalAreas) {
  Document doc = Build();
  const BulletList* definitions = BlockAs<BulletList>(doc, 5);
  ASSERT_NE(definitions, nullptr);
  auto item = [&](const std::string& label) {
    for (const std::string& i : definitions->items)
      if (i.rfind(label + ":", 0) == 0) return i;
    return std::string();
  };
  EXPECT_TRUE(
      item("Teilnahmen aus den Ziel-Altersgruppen")
          .ends_with(
              " Zielbereiche: Förderung sozialer Aspekte, Digitale Bildung und Kompetenzstärkung."))
      << item("Teilnahmen aus den Ziel-Altersgruppen");
  // A figure about the data itself serves no goal area and says none.
  EXPECT_EQ(item("Öffnungstage ohne Besuchsdaten").find("Zielbereich"), std::string::npos);
}

// Document properties speak the reader's language; only the team's copy
// names the program and the period id.
TEST_F(ReportBuilderTest, DocumentPropertiesAreWordsForTheReader) {
  Document doc = Build();
  EXPECT_EQ(doc.info.subject, "Halbjahresbericht 1. Halbjahr 2026");
  EXPECT_EQ(doc.info.author, "Leipzig");
  EXPECT_EQ(doc.info.creator, "Stadtlabor Lindenau");
  EXPECT_EQ(doc.info.keywords,
            "Ankerort des digitalen Wandels, Evaluation, Stadtlabor Lindenau, 1. Halbjahr 2026");
  t_.input.internal = true;
  Document internal = Build();
  EXPECT_EQ(internal.info.creator.rfind("ankerbericht ", 0), 0u) << internal.info.creator;
  EXPECT_NE(internal.info.keywords.find("2026-H1"), std::string::npos) << internal.info.keywords;
  t_.input.internal = false;
  Document english = Build("en");
  EXPECT_EQ(english.info.subject, "Half-yearly report – H1 2026");
  EXPECT_EQ(english.info.keywords.find("2026-H1"), std::string::npos) << english.info.keywords;
}

// `run` fingerprints the texts a template prints (app/report_fingerprint.h):
// each section's file and its English version, and nothing else.
TEST(TemplateTeamTextsTest, ListsEachSectionsFileWithItsEnglishVersion) {
  ScopedTempDir dir;
  dir.Write("mit-texten.json", R"({ "title": { "de": "X" }, "sections": [
    { "type": "markdown", "file": "texte/vorwort.md" },
    { "type": "indicator_table", "indicators": ["visitors.total"] },
    { "type": "slide_text", "file": "texte/ausblick.md" } ] })");
  Result<std::vector<std::string>> texts = TemplateTeamTexts(dir.path().string(), "mit-texten");
  ASSERT_TRUE(texts.ok()) << texts.status().ToString();
  EXPECT_EQ(*texts, (std::vector<std::string>{"texte/vorwort.md", "texte/vorwort.en.md",
                                              "texte/ausblick.md", "texte/ausblick.en.md"}));
  EXPECT_FALSE(TemplateTeamTexts(dir.path().string(), "fehlt").ok());
}

// "data_table": true puts the chart's values in a table right after it.
TEST_F(ReportBuilderTest, AChartAsksForItsDataTable) {
  dir_.Write("diagramm.json", R"({ "id": "diagramm", "title": "Bericht", "sections": [
    { "type": "chart", "chart": "visits_by_month", "title": "Besuche je Monat", "data_table": true },
    { "type": "chart", "chart": "visits_by_month", "title": "Ohne Tabelle", "data_table": false } ]})");
  t_.ev.visits_by_month = {{Date(2026, 1, 1), 1712}, {Date(2026, 2, 1), 1650}};
  Result<Document> doc = BuildReport(dir_.path().string(), "diagramm", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 3u);
  EXPECT_NE(BlockAs<BarChart>(*doc, 0), nullptr);
  const Table* table = BlockAs<Table>(*doc, 1);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->caption, "Werte zum Diagramm \u201EBesuche je Monat\u201C");
  EXPECT_EQ(table->columns[0].title, "Monat");
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0][1], "1.712");
  EXPECT_NE(BlockAs<BarChart>(*doc, 2), nullptr);
}

TEST_F(ReportBuilderTest, ADataTableOnASectionWithoutAChartIsAConfigurationError) {
  dir_.Write("falsch.json", R"({ "id": "falsch", "title": "Bericht", "sections": [
    { "type": "heatmap", "data_table": true } ]})");
  Result<Document> doc = BuildReport(dir_.path().string(), "falsch", t_.input);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().ToString().find("$.sections[0].data_table"), std::string::npos)
      << doc.status().ToString();
  dir_.Write("falsch.json", R"({ "id": "falsch", "title": "Bericht", "sections": [
    { "type": "chart", "chart": "visits_by_month", "data_table": "ja" } ]})");
  doc = BuildReport(dir_.path().string(), "falsch", t_.input);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().ToString().find(".data_table: muss true oder false sein"),
            std::string::npos)
      << doc.status().ToString();
}

// A team text declared as English keeps its declaration out of the report
// and is marked; the report says once that it is given as written.
TEST_F(ReportBuilderTest, ATeamTextInAnotherLanguageIsMarked) {
  ScopedTempDir ws;
  ws.Write("texte/ausblick.md",
           "Sprache: en\n\nWe will open the lab on Saturdays.\n\n- More courses\n");
  ws.Write("texte/vorwort.md", "Wir danken allen, die im Halbjahr mitgemacht haben.\n");
  t_.input.workspace_dir = ws.path().string();
  dir_.Write("texte.json", R"({ "id": "texte", "title": "Bericht", "sections": [
    { "type": "markdown", "file": "texte/vorwort.md", "heading": "Vorwort" },
    { "type": "markdown", "file": "texte/ausblick.md", "heading": "Ausblick" } ]})");
  Result<Document> doc = BuildReport(dir_.path().string(), "texte", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 6u);
  EXPECT_EQ(BlockAs<Paragraph>(*doc, 1)->lang, "");  // the German foreword
  EXPECT_EQ(BlockAs<Heading>(*doc, 2)->lang, "");    // the template's heading is the report's
  const Paragraph* outlook = BlockAs<Paragraph>(*doc, 3);
  ASSERT_NE(outlook, nullptr);
  EXPECT_EQ(outlook->text, "We will open the lab on Saturdays.");
  EXPECT_EQ(outlook->lang, "en");
  EXPECT_EQ(BlockAs<BulletList>(*doc, 4)->lang, "en");
  const Remark* note = BlockAs<Remark>(*doc, 5);
  ASSERT_NE(note, nullptr);
  EXPECT_NE(note->text.find("Englisch"), std::string::npos);
}

// A period without free text and without notes: the qualitative chapter is
// one sentence, not a themes table and insights that both say "none"; with
// one note the chapter is back.
TEST_F(ReportBuilderTest, APeriodWithoutTextsGetsOneSentence) {
  dir_.Write("texte.json", R"({ "id": "texte", "title": "Bericht", "sections": [
    { "type": "text", "when": "no_texts", "text": "Keine Texte." },
    { "type": "heading", "when": "texts", "level": 2, "text": "Themen" },
    { "type": "themes_table", "when": "texts" },
    { "type": "insights", "when": "texts" } ]})");
  Qualitative& q = t_.ev.qualitative;
  q.has_codebook = true;
  q.themes.responses_with_text = 0;
  q.notes_in_period = 0;
  Result<Document> doc = BuildReport(dir_.path().string(), "texte", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(BlockAs<Paragraph>(*doc, 0)->text, "Keine Texte.");

  q.notes_in_period = 1;
  doc = BuildReport(dir_.path().string(), "texte", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_GE(doc->blocks.size(), 3u);
  EXPECT_EQ(BlockAs<Heading>(*doc, 0)->text, "Themen");
  for (const Block& b : doc->blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) EXPECT_NE(p->text, "Keine Texte.");
  }
}

// The qualitative chapter of a place without notes: one sentence that none
// were recorded, no actions chapter counting zeros, no rules for quotes where
// there is no quote. With an action from earlier still open, the chapter is back.
TEST_F(ReportBuilderTest, APlaceWithoutNotesGetsNoEmptyActionsOrQuoteRules) {
  dir_.Write("qualitativ.json", R"({ "id": "qualitativ", "title": "Bericht", "sections": [
    { "type": "themes_table" },
    { "type": "text", "when": "no_quotes", "text": "Keine Aussage." },
    { "type": "heading", "when": "quotes", "level": 2, "text": "Stimmen" },
    { "type": "quotes", "when": "quotes" },
    { "type": "heading", "level": 2, "text": "Erkenntnisse des Teams" },
    { "type": "insights" },
    { "type": "heading", "when": "actions", "level": 2, "text": "Maßnahmen" },
    { "type": "actions_table", "when": "actions" } ]})");
  Qualitative& q = t_.ev.qualitative;
  q.has_codebook = true;
  q.themes.responses_with_text = 12;
  q.themes.themes = {ThemeCount{"gesundheit", "Gesundheit", 6, 0, {}}};
  q.themes_previous.themes = {ThemeCount{"gesundheit", "Gesundheit", 4, 0, {}}};
  Result<Document> doc = BuildReport(dir_.path().string(), "qualitativ", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 4u);
  EXPECT_NE(BlockAs<Table>(*doc, 0), nullptr);
  EXPECT_EQ(BlockAs<Paragraph>(*doc, 1)->text, "Keine Aussage.");
  EXPECT_EQ(BlockAs<Heading>(*doc, 2)->text, "Erkenntnisse des Teams");
  EXPECT_EQ(BlockAs<Paragraph>(*doc, 3)->text,
            "Im Zeitraum wurden keine Notizen aus Teamreflexionen oder Interviews erfasst.");

  // No theme mentioned: the themes table says so, and nothing more about quotes.
  q.themes.themes[0].responses = 0;
  doc = BuildReport(dir_.path().string(), "qualitativ", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 3u);
  EXPECT_EQ(BlockAs<Paragraph>(*doc, 0)->text,
            "Im Zeitraum wurde keines der Themen des Codebuchs genannt.");
  EXPECT_EQ(BlockAs<Heading>(*doc, 1)->text, "Erkenntnisse des Teams");
  q.themes.themes[0].responses = 6;

  // An action decided in the half-year before, open at the end of this one.
  TrackedAction open;
  open.text = "Abendtermine ausprobieren";
  open.decided = Date(2025, 11, 20);
  q.actions = {open};
  q.action_counts.open = 1;
  q.quotes["gesundheit"] = {SelectedQuote{"0a1b2c3d", "Das Mikrofon hat mir sehr geholfen, danke.",
                                          Date(2026, 4, 9), "", false, "feedback",
                                          QuarterOf(Date(2026, 4, 9))}};
  doc = BuildReport(dir_.path().string(), "qualitativ", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::vector<std::string> headings;
  for (const Block& b : doc->blocks)
    if (auto* h = std::get_if<Heading>(&b)) headings.push_back(h->text);
  EXPECT_EQ(headings, (std::vector<std::string>{"Stimmen", "Gesundheit", "Erkenntnisse des Teams",
                                                "Maßnahmen"}));
  const Table* actions = std::get_if<Table>(&doc->blocks.back());
  ASSERT_NE(actions, nullptr);
  EXPECT_EQ(actions->rows.at(0).at(0), "Abendtermine ausprobieren");
}

// A place counted by tally sheets only has no hourly readings: the weekday x
// hour chart is left out, not printed as an empty frame. A list of
// conditions must all hold.
TEST_F(ReportBuilderTest, TheHeatMapNeedsHourlyCounts) {
  dir_.Write("stunden.json", R"({ "id": "stunden", "title": "Bericht", "sections": [
    { "type": "heatmap", "when": ["stationary", "hourly_counts"] } ]})");
  Breakdown matrix;
  matrix.id = "visitors.by_weekday_hour";
  matrix.unit = "mean";
  matrix.cells = {Cell{"Di 14", "Di 14:00", std::nullopt, {}, {}, true}};
  t_.ev.breakdowns = {matrix};
  Result<Document> doc = BuildReport(dir_.path().string(), "stunden", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(doc->blocks.empty());
  t_.ev.breakdowns[0].cells[0].value = 4.5;
  doc = BuildReport(dir_.path().string(), "stunden", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_NE(BlockAs<HeatmapChart>(*doc, 0), nullptr);
  // A bus with a counter: "stationary" does not hold.
  t_.site.stops = {Stop{}};
  doc = BuildReport(dir_.path().string(), "stunden", t_.input);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_TRUE(doc->blocks.empty());
}

TEST_F(ReportBuilderTest, AnUnknownConditionIsAConfigurationError) {
  dir_.Write("falsch.json", R"({ "id": "falsch", "title": "Bericht", "sections": [
    { "type": "insights", "when": "notizen" } ]})");
  Result<Document> doc = BuildReport(dir_.path().string(), "falsch", t_.input);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().ToString().find("$.sections[0].when: muss einer dieser Werte sein"),
            std::string::npos)
      << doc.status().ToString();
  EXPECT_NE(doc.status().ToString().find("\"actions\""), std::string::npos);
  for (const char* when : {R"(["stationary", "stunden"])", "[1]", "{}"}) {
    dir_.Write("falsch.json", std::string(R"({ "id": "falsch", "title": "Bericht", "sections": [
      { "type": "heatmap", "when": )") +
                                  when + " } ]}");
    doc = BuildReport(dir_.path().string(), "falsch", t_.input);
    ASSERT_FALSE(doc.ok()) << when;
    EXPECT_NE(doc.status().ToString().find("oder eine Liste davon"), std::string::npos)
        << doc.status().ToString();
  }
}

}  // namespace
}  // namespace ankerbericht
