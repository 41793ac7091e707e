#include "document/consolidation_sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/document_test_helpers.h"
#include "document/qualitative_sections.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Goal;
using testing::GoalInd;
using testing::Half;
using testing::P;
using testing::Section;
using testing::TestEvaluation;

// Eight half-years since the second half of 2022, visits growing by 500
// each half-year from 1.000; the fill rate is known from 2024 only.
std::vector<HistoryPoint> EightHalfYears() {
  const char* ids[] = {"2022-H2", "2023-H1", "2023-H2", "2024-H1",
                       "2024-H2", "2025-H1", "2025-H2", "2026-H1"};
  std::vector<HistoryPoint> history;
  for (int i = 0; i < 8; ++i) {
    std::map<std::string, std::optional<double>> values = {{"visitors.total", 1000 + 500 * i}};
    if (i >= 3) values["events.fill_rate"] = 60.4 + 5 * (i - 3);
    history.push_back(Half(ids[i], values));
  }
  history[6].values["visitors.total"] = std::nullopt;  // 2025-H2: withheld
  return history;
}

// ---- Labels --------------------------------------------------------------

TEST(ConsolidationSectionsTest, ShortPeriodLabelNamesTheHalfYearBriefly) {
  EXPECT_EQ(ShortPeriodLabel(P("2026-H1"), "de"), "1. Hj. 2026");
  EXPECT_EQ(ShortPeriodLabel(P("2025-H2"), "de"), "2. Hj. 2025");
  EXPECT_EQ(ShortPeriodLabel(P("2026-H1"), "en"), "H1 2026");
  EXPECT_EQ(ShortPeriodLabel(P("2025-H2"), "en"), "H2 2025");
  // Other periods keep their usual label.
  EXPECT_EQ(ShortPeriodLabel(P("2026-Q3"), "de"), "3. Quartal 2026");
}

TEST(ConsolidationSectionsTest, DateTextIsGermanOrIso) {
  EXPECT_EQ(DateText(Date(2027, 12, 31), "de"), "31.12.2027");
  EXPECT_EQ(DateText(Date(2027, 12, 31), "en"), "2027-12-31");
}

// ---- History table and chart ---------------------------------------------

TEST(ConsolidationSectionsTest, HistoryTableShowsTheLastSixHalfYearsAndSaysSo) {
  TestEvaluation t;
  t.SetHistory(EightHalfYears());
  Document doc;
  ASSERT_OK(AddHistoryTable(t.Context(), *Section(R"({"type": "history_table",
      "indicators": ["visitors.total", "events.fill_rate"]})"),
                            "$.sections[2]", &doc));
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Table* table = BlockAs<Table>(doc, 0);
  ASSERT_NE(table, nullptr);
  // 2022-H2 and 2023-H1 are left out.
  std::vector<std::string> columns;
  for (const TableColumn& col : table->columns) columns.push_back(col.title);
  EXPECT_EQ(columns,
            (std::vector<std::string>{"Kennzahl", "2. Hj. 2023", "1. Hj. 2024", "2. Hj. 2024",
                                      "1. Hj. 2025", "2. Hj. 2025", "1. Hj. 2026"}));
  EXPECT_FALSE(table->columns[0].numeric);
  EXPECT_TRUE(table->columns[1].numeric);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"Besuche", "2.000", "2.500", "3.000", "3.500",
                                                      "–", "4.500"}));
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"Auslastung", "–", "60,4 %", "65,4 %",
                                                      "70,4 %", "75,4 %", "80,4 %"}));
  EXPECT_EQ(
      table->caption,
      "Die letzten sechs Halbjahre; die Werte aller Halbjahre stellt das Team auf Anfrage bereit.");
  const Remark* remark = BlockAs<Remark>(doc, 1);
  ASSERT_NE(remark, nullptr);
  EXPECT_EQ(remark->text.rfind("„–“: keine Daten in diesem Halbjahr", 0), 0u) << remark->text;
}

TEST(ConsolidationSectionsTest, HistoryTableWithSixHalfYearsOrFewerShowsAllWithoutCaption) {
  TestEvaluation t;
  t.SetHistory(
      {Half("2025-H2", {{"visitors.total", 4200}}), Half("2026-H1", {{"visitors.total", 11011}})});
  Document doc;
  ASSERT_OK(AddHistoryTable(t.Context("en"), *Section(R"({"indicators": ["visitors.total"]})"),
                            "$.sections[2]", &doc));
  const Table* table = BlockAs<Table>(doc, 0);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->columns.size(), 3u);
  EXPECT_EQ(table->columns[0].title, "Indicator");
  EXPECT_EQ(table->columns[1].title, "H2 2025");
  EXPECT_EQ(table->columns[2].title, "H1 2026");
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{"Visits", "4,200", "11,011"}));
  EXPECT_EQ(table->caption, "");
}

TEST(ConsolidationSectionsTest, HistoryTableRejectsAnUnknownIndicatorNamingItsPath) {
  TestEvaluation t;
  t.SetHistory(EightHalfYears());
  Document doc;
  Status s = AddHistoryTable(t.Context(),
                             *Section(R"({"indicators": ["visitors.total", "besucher.summe"]})"),
                             "$.sections[2]", &doc);
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message(),
            "ausschuss.json: $.sections[2].indicators[1]: unbekannte Kennzahl \"besucher.summe\" "
            "(siehe docs/indicators.md)");
  EXPECT_TRUE(doc.blocks.empty());

  s = AddHistoryTable(t.Context(), *Section(R"({"indicator": "visitors.total"})"), "$.sections[4]",
                      &doc);
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message().rfind("ausschuss.json: $.sections[4].indicators: ", 0), 0u) << s.message();
}

TEST(ConsolidationSectionsTest, HistoryTableWithoutHistoryIsAParagraph) {
  TestEvaluation t;
  Document doc;
  ASSERT_OK(AddHistoryTable(t.Context(), *Section(R"({"indicators": ["visitors.total"]})"),
                            "$.sections[2]", &doc));
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "Für den Verlauf liegen noch keine Daten aus früheren Halbjahren vor.");
}

TEST(ConsolidationSectionsTest, HistoryBarChartHasOneBarPerHalfYear) {
  TestEvaluation t;
  t.SetHistory({Half("2025-H1", {{"visitors.total", 3000}}),
                Half("2025-H2", {{"visitors.total", std::nullopt}}),
                Half("2026-H1", {{"visitors.total", 5100}})});
  BarChart chart = HistoryBarChart(t.Context(), *FindIndicator("visitors.total"), "");
  EXPECT_EQ(chart.title, "Besuche je Halbjahr");
  EXPECT_EQ(chart.unit, "Besuche");
  EXPECT_EQ(chart.categories,
            (std::vector<std::string>{"1. Hj. 2025", "2. Hj. 2025", "1. Hj. 2026"}));
  ASSERT_EQ(chart.series.size(), 1u);
  EXPECT_EQ(chart.series[0].name, "Besuche");
  EXPECT_EQ(chart.series[0].values, (std::vector<std::optional<double>>{3000, std::nullopt, 5100}));

  // A share is drawn in percent; a given title wins.
  BarChart rate =
      HistoryBarChart(t.Context(), *FindIndicator("events.fill_rate"), "Auslastung seit Eröffnung");
  EXPECT_EQ(rate.title, "Auslastung seit Eröffnung");
  EXPECT_EQ(rate.unit, "%");
  // No half-year has a fill rate: no bars, the chart says why.
  EXPECT_TRUE(rate.series.empty());
  EXPECT_EQ(rate.empty_message,
            "Für den Verlauf liegen noch keine Daten aus früheren Halbjahren vor.");
}

TEST(ConsolidationSectionsTest, HistoryChartRejectsAnUnknownIndicator) {
  TestEvaluation t;
  Document doc;
  Status s =
      AddHistoryChart(t.Context(), *Section(R"({"indicator": "visits"})"), "$.sections[5]", &doc);
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message(),
            "ausschuss.json: $.sections[5].indicator: unbekannte Kennzahl \"visits\" (siehe "
            "docs/indicators.md)");
  EXPECT_TRUE(doc.blocks.empty());
}

// ---- Goal evidence -------------------------------------------------------

AreaIndicator Ind(const std::string& id, const std::string& unit, std::optional<double> first,
                  std::optional<double> last, std::optional<TargetState> status = std::nullopt) {
  AreaIndicator i;
  i.id = id;
  i.unit = unit;
  i.first_period = P("2025-H1");
  i.first = first;
  i.last_period = P("2026-H1");
  i.last = last;
  if (unit == "count") i.total = *first + *last + 10;  // a middle half-year of 10
  i.status = status;
  return i;
}

AreaEvidence Area(const std::string& id, std::optional<int> priority,
                  std::vector<AreaIndicator> indicators) {
  AreaEvidence a;
  a.id = id;
  a.priority = priority;
  a.indicators = std::move(indicators);
  for (const AreaIndicator& i : a.indicators) {
    if (i.status == TargetState::kMet) ++a.met;
    if (i.status == TargetState::kNear) ++a.near;
    if (i.status == TargetState::kMissed) ++a.missed;
  }
  return a;
}

TEST(ConsolidationSectionsTest, GoalEvidenceShowsTheDevelopmentSinceTheStartPerArea) {
  TestEvaluation t;
  t.ev.goal_evidence = {
      Area("digital_education", 2,
           {Ind("events.fill_rate", "percent", 61.5, 81.4, TargetState::kMet),
            Ind("events.held", "count", 10, 14)}),
      Area("citizen_proximity", 1,
           {Ind("visitors.total", "count", 3000, 11011, TargetState::kMissed)}),
      Area("economic_development", std::nullopt, {}),
  };
  AreaTheme theme{"senioren", "Seniorinnen und Senioren", 3, {}};
  t.ev.goal_evidence[0].themes.push_back(theme);
  Document doc;
  AddGoalEvidence(t.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Table* table = BlockAs<Table>(doc, 0);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0], (std::vector<std::string>{
                                "Förderung von Bürgernähe", "1",
                                "Besuche: 1. Hj. 2025 3.000 → 1. Hj. 2026 11.011, seit Beginn "
                                "14.021 (Ziel verfehlt)",
                                "noch nicht belegt (0 von 1 Zielen erreicht)"}));
  // Theme counts below the privacy threshold (5) are not printed.
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{
                                "Digitale Bildung und Kompetenzstärkung", "2",
                                "Auslastung: 1. Hj. 2025 61,5 % → 1. Hj. 2026 81,4 % (Ziel "
                                "erreicht); Durchgeführte Veranstaltungen: 1. Hj. 2025 10 → 1. "
                                "Hj. 2026 14, seit Beginn 34; Thema „Seniorinnen und Senioren“: "
                                "weniger als 5 Nennungen",
                                "belegt (1 von 1 Zielen erreicht)"}));
  // An area without evidence says so; it borrows no general count.
  EXPECT_EQ(table->rows[2][0], "Wirtschaftsförderung");
  EXPECT_EQ(table->rows[2][2].rfind("Für diesen Zielbereich liegen keine eigenen Belege vor", 0),
            0u);
  EXPECT_EQ(table->rows[2][3], "ohne Beleg");
}

TEST(ConsolidationSectionsTest, GoalEvidenceShowsAtMostFiveIndicatorsPerArea) {
  TestEvaluation t;
  t.ev.goal_evidence = {Area(
      "citizen_proximity", 1,
      {Ind("events.held", "count", 1, 14, TargetState::kNear), Ind("visitors.total", "count", 1, 2),
       Ind("votes.total", "count", 1, 2), Ind("opening.days", "days", 1, 2),
       Ind("opening.hours", "hours", 1, 2), Ind("feedback.responses", "count", 1, 2)})};
  Document doc;
  AddGoalEvidence(t.Context("en"), &doc);
  const Table* table = BlockAs<Table>(doc, 0);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows[0][2].find("Feedback responses"), std::string::npos) << table->rows[0][2];
  EXPECT_EQ(
      table->rows[0][2].rfind(
          "Events held: H1 2025 1 → H1 2026 14, since the start 25 (target narrowly missed)", 0),
      0u)
      << table->rows[0][2];
  EXPECT_EQ(table->rows[0][3], "partly evidenced (0 of 1 targets met)");
}

TEST(ConsolidationSectionsTest, AQuoteAppearsOnceInThePaper) {
  TestEvaluation t;
  SelectedQuote first{"0000000a", "Bitte mehr Termine am Vormittag.", Date(2026, 5, 4),
                      "Feedbackbogen", false};
  SelectedQuote second{"0000000b", "Mehr Angebote am Abend wären schön.", Date(2026, 4, 2),
                       "Feedbackbogen", false};
  t.ev.goal_evidence = {Area("citizen_proximity", 1, {})};
  t.ev.goal_evidence[0].themes.push_back(AreaTheme{"termine", "Termine", 12, {first, second}});
  // The half-year's themes section has the same theme with the same quotes.
  t.ev.qualitative.has_codebook = true;
  t.ev.qualitative.themes.responses_with_text = 40;
  ThemeCount count;
  count.id = "termine";
  count.label = "Termine";
  count.responses = 12;
  t.ev.qualitative.themes.themes = {count};
  t.ev.qualitative.quotes["termine"] = {first, second};
  const BuildContext& c = t.Context();
  Document doc;
  AddGoalEvidence(c, &doc);
  AddQuotes(c, *Section("{}"), &doc);
  std::map<std::string, int> times;
  for (const Block& b : doc.blocks)
    if (const auto* q = std::get_if<Quote>(&b)) ++times[q->text];
  // The goal area shows the first; the themes section only the other.
  EXPECT_EQ(times["„Bitte mehr Termine am Vormittag.“"], 1);
  EXPECT_EQ(times["„Mehr Angebote am Abend wären schön.“"], 1);
  EXPECT_EQ(times.size(), 2u);
}

}  // namespace
}  // namespace ankerbericht
