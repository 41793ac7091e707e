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

// ---- Funding timeline ----------------------------------------------------

// Funding ends 31.12.2027, so planning is due by 30.06.2026; the budget
// deadline is 30.09.2027; five committee meetings from November 2026.
void ConfigureFunding(TestEvaluation* t, const Date& today) {
  t->site.funding_end = Date(2027, 12, 31);
  t->site.budget_deadline = Date(2027, 9, 30);
  t->site.committee_dates = {Date(2026, 11, 10), Date(2027, 3, 15), Date(2027, 6, 14),
                             Date(2027, 9, 20), Date(2027, 11, 29)};
  t->SetToday(today);
}

TEST(ConsolidationSectionsTest, TimelineChartPlacesEveryDateInOrder) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2026, 3, 15));
  TimelineChart chart = FundingTimelineChart(t.Context());
  // The axis runs from the first of today's month (01.03.2026) to the month
  // after the funding end (01.01.2028): 306 days in 2026, 365 in 2027.
  EXPECT_EQ(chart.span_days, 671);
  // The 18 months before the funding end: 30.06.2026 (day 121) to 31.12.2027.
  EXPECT_EQ(chart.range_from, 121);
  EXPECT_EQ(chart.range_to, 670);
  EXPECT_EQ(chart.range_label, "18 Monate vor Förderende: Verstetigung planen und beschließen");
  // Ticks at each January and July.
  EXPECT_EQ(chart.ticks,
            (std::vector<std::pair<int, std::string>>{
                {122, "Jul 2026"}, {306, "Jan 2027"}, {487, "Jul 2027"}, {671, "Jan 2028"}}));

  struct Expected {
    int day;
    std::string date, label;
    TimelineMarkKind kind;
    bool emphasis;
  };
  const std::vector<Expected> expected = {
      {14, "15.03.2026", "heute", TimelineMarkKind::kToday, false},
      {121, "30.06.2026", "Planung spätestens beginnen", TimelineMarkKind::kMilestone, false},
      {254, "10.11.2026", "Ausschusssitzung", TimelineMarkKind::kMeeting, false},
      {379, "15.03.2027", "Ausschusssitzung", TimelineMarkKind::kMeeting, false},
      {470, "14.06.2027", "Ausschusssitzung", TimelineMarkKind::kMeeting, false},
      // The last meeting before the budget deadline decides.
      {568, "20.09.2027", "letzte Sitzung vor der Frist", TimelineMarkKind::kMeeting, true},
      {578, "30.09.2027", "Haushaltsfrist", TimelineMarkKind::kDeadline, false},
      {638, "29.11.2027", "Ausschusssitzung", TimelineMarkKind::kMeeting, false},
      {670, "31.12.2027", "Förderende", TimelineMarkKind::kMilestone, true},
  };
  ASSERT_EQ(chart.marks.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    SCOPED_TRACE(expected[i].date);
    EXPECT_EQ(chart.marks[i].day, expected[i].day);
    EXPECT_EQ(chart.marks[i].date_text, expected[i].date);
    EXPECT_EQ(chart.marks[i].label, expected[i].label);
    EXPECT_EQ(chart.marks[i].kind, expected[i].kind);
    EXPECT_EQ(chart.marks[i].emphasis, expected[i].emphasis);
  }
}

TEST(ConsolidationSectionsTest, TimelineChartAfterThePlanningStartBeginsThere) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2026, 12, 31));
  TimelineChart chart = FundingTimelineChart(t.Context("en"));
  // Planning was due 30.06.2026, before today: the axis starts 01.06.2026.
  EXPECT_EQ(chart.span_days, 579);
  EXPECT_EQ(chart.range_from, 29);
  ASSERT_GE(chart.marks.size(), 2u);
  EXPECT_EQ(chart.marks[0].date_text, "2026-06-30");
  EXPECT_EQ(chart.marks[0].label, "Start planning by");
  EXPECT_EQ(chart.marks[1].day, 213);
  EXPECT_EQ(chart.marks[1].label, "today");
  EXPECT_EQ(chart.marks[1].kind, TimelineMarkKind::kToday);
  // The meeting of 10.11.2026 has passed and is not drawn.
  for (const TimelineMark& m : chart.marks) EXPECT_NE(m.date_text, "2026-11-10");
}

TEST(ConsolidationSectionsTest, TimelineChartWithoutFundingEndIsEmpty) {
  TestEvaluation t;
  t.site.committee_dates = {Date(2026, 11, 10)};
  t.SetToday(Date(2026, 3, 15));
  TimelineChart chart = FundingTimelineChart(t.Context());
  EXPECT_EQ(chart.span_days, 0);
  EXPECT_TRUE(chart.marks.empty());
  EXPECT_EQ(chart.empty_message, "Kein Förderende konfiguriert.");
}

TEST(ConsolidationSectionsTest, FundingTimelineWithTimeLeftSaysWhatIsKnown) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2026, 3, 15));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 3u);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  // 15.03.2026 -> 31.12.2027: 21 whole months. No planning start recorded:
  // the paper says so instead of calling the rule "met". The paper is for
  // the next meeting (10.11.2026), three weeks' lead time by default.
  EXPECT_EQ(p->text,
            "Die Förderung endet am 31.12.2027, in 21 Monaten. Die Difu-Studie empfiehlt, die "
            "Verstetigung spätestens "
            "18 Monate vor Förderende zu planen, also bis zum 30.06.2026. Wann die Planung "
            "begonnen hat, ist nicht "
            "erfasst. Diese Vorlage ist für die Sitzung am 10.11.2026 bestimmt und muss bis zum "
            "20.10.2026 "
            "eingereicht sein. Die letzte Ausschusssitzung, die die Vorlage noch vor der Frist "
            "beraten kann, ist am 20.09.2027.");
  EXPECT_NE(BlockAs<TimelineChart>(doc, 1), nullptr);
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 8u);
  EXPECT_EQ(table->rows[1], (std::vector<std::string>{"Monate bis zum Förderende", "21"}));
  EXPECT_EQ(table->rows[2][1], "bis 30.06.2026 – Beginn nicht erfasst");
  EXPECT_EQ(table->rows[3][1], "30.09.2027");
  EXPECT_EQ(table->rows[5], (std::vector<std::string>{"Sitzung, für die diese Vorlage bestimmt ist",
                                                      "10.11.2026"}));
  EXPECT_EQ(table->rows[6], (std::vector<std::string>{"Vorlage einreichen bis",
                                                      "20.10.2026 (3 Wochen vor der Sitzung)"}));
  EXPECT_EQ(table->rows[7][1], "10.11.2026, 15.03.2027, 14.06.2027, 20.09.2027, 29.11.2027");
  EXPECT_EQ(table->caption,
            "Stand: 15.03.2026; Termine laut Förderbescheid und Sitzungskalender. Der Stand jedes "
            "Schritts ist, was das Team erfasst hat.");
}

TEST(ConsolidationSectionsTest, FundingTimelineListsTheRecordedStepsWithTheirStatus) {
  TestEvaluation t;
  t.site.vorlage.termine = {
      {"Planung beginnen", StepKind::kPlanning, Date(2026, 6, 30), Date(2026, 5, 12)},
      {"Mietvertrag verlängern", StepKind::kLease, Date(2027, 6, 30), std::nullopt},
      {"Arbeitsverträge verlängern", StepKind::kStaff, Date(2027, 9, 30), Date(2026, 10, 1)},
      {"Kündigungsfrist Lager", StepKind::kLease, Date(2026, 9, 30), std::nullopt}};
  t.site.vorlage.beratungsfolge = {{"Ausschuss", Date(2027, 3, 15), true, "Vorberatung"},
                                   {"Rat", Date(2027, 3, 29), true, "Entscheidung"}};
  ConfigureFunding(&t, Date(2026, 12, 31));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("Das Team hat die Planung am 12.05.2026 begonnen, also rechtzeitig."),
            std::string::npos)
      << p->text;
  EXPECT_NE(p->text.find("Danach entscheidet am 29.03.2027: Rat."), std::string::npos) << p->text;
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows[2][1], "bis 30.06.2026 – begonnen am 12.05.2026");
  auto row = [&](const std::string& first) -> std::string {
    for (const auto& r : table->rows)
      if (r[0] == first) return r[1];
    ADD_FAILURE() << "no row " << first;
    return "";
  };
  // Every body of the Beratungsfolge with its meeting and recorded status.
  EXPECT_EQ(row("Beratung: Ausschuss (Vorberatung)"), "15.03.2027 – geplant");
  EXPECT_EQ(row("Beratung: Rat (Entscheidung)"), "29.03.2027 – geplant");
  // Seen after the planning date, the lease step is still what the team
  // recorded: planned.
  EXPECT_EQ(row("Bis 30.06.2027: Mietvertrag verlängern"), "geplant");
  EXPECT_EQ(row("Bis 30.09.2027: Arbeitsverträge verlängern"), "erledigt am 01.10.2026");
  // A date that has passed by today (31.12.2026) without a recorded
  // completion is neither done nor guessed overdue: it stays as recorded.
  EXPECT_EQ(row("Bis 30.09.2026: Kündigungsfrist Lager"), "geplant");
}

TEST(ConsolidationSectionsTest, AnEnglishFundingTimelineNamesTheKnownRolesInEnglish) {
  TestEvaluation t;
  t.site.vorlage.beratungsfolge = {{"Committee", Date(2027, 3, 15), true, "Vorberatung"},
                                   {"Council", Date(2027, 3, 29), true, "Entscheidung"},
                                   {"Board", Date(2027, 4, 12), true, "Anhörung"}};
  ConfigureFunding(&t, Date(2026, 12, 31));
  Document doc;
  AddFundingTimeline(t.Context("en"), &doc);
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  auto has_row = [&](const std::string& first) {
    for (const auto& r : table->rows)
      if (r[0] == first) return true;
    return false;
  };
  EXPECT_TRUE(has_row("Deliberation: Committee (preliminary deliberation)"));
  EXPECT_TRUE(has_row("Deliberation: Council (decision)"));
  // A role the table does not know stays as the team wrote it.
  EXPECT_TRUE(has_row("Deliberation: Board (Anhörung)"));
}

TEST(ConsolidationSectionsTest, TimelineChartShowsEveryBodyOfTheBeratungsfolgeAndTheRecordedSteps) {
  TestEvaluation t;
  t.site.vorlage.beratungsfolge = {
      {"Ausschuss für Bildung", Date(2027, 3, 15), true, "Vorberatung", Date(2027, 3, 15)},
      {"Haupt- und Finanzausschuss", Date(2027, 3, 22), true, "Vorberatung"},
      {"Rat der Stadt", Date(2027, 3, 29), true, "Entscheidung"}};
  t.site.vorlage.termine = {
      {"Planung beginnen", StepKind::kPlanning, Date(2026, 6, 30), Date(2026, 5, 12)},
      {"Mietvertrag verlängern", StepKind::kLease, Date(2027, 6, 30), std::nullopt},
      {"Stelle Frau Krüger (Koordination) verlängern", StepKind::kStaff, Date(2027, 9, 30),
       Date(2026, 10, 1)}};
  ConfigureFunding(&t, Date(2026, 12, 31));
  TimelineChart chart = FundingTimelineChart(t.Context());
  auto mark = [&](const std::string& date) -> const TimelineMark* {
    for (const TimelineMark& m : chart.marks)
      if (m.date_text.rfind(date, 0) == 0) return &m;
    ADD_FAILURE() << "no mark on " << date;
    return nullptr;
  };
  // The committee's meeting names its body; the bodies after it are marks
  // of their own, the deciding council emphasised; each with its status.
  const TimelineMark* committee = mark("15.03.2027");
  ASSERT_NE(committee, nullptr);
  EXPECT_EQ(committee->label, "Ausschuss für Bildung");
  EXPECT_EQ(committee->date_text, "15.03.2027 · beraten am 15.03.2027");
  const TimelineMark* hfa = mark("22.03.2027");
  ASSERT_NE(hfa, nullptr);
  EXPECT_EQ(hfa->label, "Haupt- und Finanzausschuss");
  EXPECT_EQ(hfa->date_text, "22.03.2027 · geplant");
  EXPECT_EQ(hfa->kind, TimelineMarkKind::kMeeting);
  const TimelineMark* council = mark("29.03.2027");
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(council->label, "Rat der Stadt");
  EXPECT_TRUE(council->emphasis);
  // The lease and the contracts with the status the team recorded, named
  // by their kind (no person's name on the chart).
  const TimelineMark* lease = mark("30.06.2027");
  ASSERT_NE(lease, nullptr);
  EXPECT_EQ(lease->label, "Frist Mietvertrag");
  EXPECT_EQ(lease->date_text, "30.06.2027 · geplant");
  const TimelineMark* staff = mark("30.09.2027");
  ASSERT_NE(staff, nullptr);
  EXPECT_EQ(staff->label, "Frist Arbeitsverträge");
  EXPECT_EQ(staff->date_text, "30.09.2027 · erledigt");
  // The planning step is the planning milestone, with its recorded start.
  const TimelineMark* planning = mark("30.06.2026");
  ASSERT_NE(planning, nullptr);
  EXPECT_EQ(planning->date_text, "30.06.2026");
  EXPECT_EQ(planning->label, "Planung spätestens beginnen (begonnen am 12.05.2026)");
  for (size_t i = 1; i < chart.marks.size(); ++i)
    EXPECT_LE(chart.marks[i - 1].day, chart.marks[i].day);
  // The table names the position, not the person, in the public edition.
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  bool found = false;
  for (const auto& r : table->rows) {
    EXPECT_EQ(r[0].find("Krüger"), std::string::npos) << r[0];
    found = found || r[0] == "Bis 30.09.2027: Stelle (Koordination) verlängern";
  }
  EXPECT_TRUE(found);
}

TEST(ConsolidationSectionsTest, FundingTimelineAfterThePlanningDateWithoutARecordedStart) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2026, 12, 31));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("in 12 Monaten"), std::string::npos) << p->text;
  EXPECT_NE(
      p->text.find(
          "also bis zum 30.06.2026. Dieser Zeitpunkt ist überschritten, ein Beginn der Planung ist "
          "nicht erfasst."),
      std::string::npos)
      << p->text;
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows[2][1], "bis 30.06.2026 – Beginn nicht erfasst");
}

TEST(ConsolidationSectionsTest, FundingTimelineWithoutAMeetingInTimeAsksForASpecialMeeting) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2027, 10, 1));  // the budget deadline has passed
  Document doc;
  AddFundingTimeline(t.Context("en"), &doc);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("The funding ends on 2027-12-31, in 2 months."), std::string::npos)
      << p->text;
  EXPECT_NE(
      p->text.find(
          "That date has passed, and no start of the planning has been recorded. No committee "
          "meeting "
          "is planned before the deadline: a special meeting or an urgent decision is needed."),
      std::string::npos)
      << p->text;
  const Table* table = BlockAs<Table>(doc, 2);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->rows[4][1], "none");
  EXPECT_EQ(table->rows.back()[1], "2027-11-29");
}

TEST(ConsolidationSectionsTest, FundingTimelineNamesTheLastMonthInWords) {
  TestEvaluation t;
  // 15.11.2027 -> 31.12.2027: one whole month.
  ConfigureFunding(&t, Date(2027, 11, 15));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.rfind("Die Förderung endet am 31.12.2027, in einem Monat. ", 0), 0u) << p->text;

  // 01.12.2027: no whole month is left, but the funding has not ended yet.
  ConfigureFunding(&t, Date(2027, 12, 1));
  doc = Document();
  AddFundingTimeline(t.Context("en"), &doc);
  p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.rfind("The funding ends on 2027-12-31, in less than a month. ", 0), 0u)
      << p->text;
}

TEST(ConsolidationSectionsTest, FundingTimelineAfterTheEndOnlyRecordsIt) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2028, 1, 15));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "Die Förderung ist am 31.12.2027 ausgelaufen.");
}

TEST(ConsolidationSectionsTest, FundingTimelineWithoutFundingEndSaysWhereToConfigureIt) {
  TestEvaluation t;
  t.SetToday(Date(2026, 3, 15));
  // The public paper only says that it is missing.
  Document pub;
  AddFundingTimeline(t.Context(), &pub);
  const Paragraph* missing = BlockAs<Paragraph>(pub, 0);
  ASSERT_NE(missing, nullptr);
  EXPECT_EQ(missing->text, "Für diesen Ort ist noch kein Förderende hinterlegt.");
  // The team's internal edition says where to enter it.
  t.input.internal = true;
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.rfind("Für diesen Ort ist noch kein Förderende hinterlegt. Tragen Sie es in "
                          "ankerbericht.json ein "
                          "(\"funding_end\")",
                          0),
            0u)
      << p->text;
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
  EXPECT_EQ(table->rows[0][2].rfind(
                "Events held: H1 2025 1 → H1 2026 14, since the start 25 (target nearly met)", 0),
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
