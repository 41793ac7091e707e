// The funding timeline of the consolidation case (document/consolidation_sections.h
// AddFundingTimeline, FundingTimelineChart): the dates up to the funding end
// on one axis, and what the committee has to decide by when.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/consolidation_sections.h"
#include "document/document_test_helpers.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::TestEvaluation;

// Funding ends 31.12.2027, so planning is due by 30.06.2026; the budget
// deadline is 30.09.2027; five committee meetings from November 2026.
void ConfigureFunding(TestEvaluation* t, const Date& today) {
  t->site.funding_end = Date(2027, 12, 31);
  t->site.budget_deadline = Date(2027, 9, 30);
  t->site.committee_dates = {Date(2026, 11, 10), Date(2027, 3, 15), Date(2027, 6, 14),
                             Date(2027, 9, 20), Date(2027, 11, 29)};
  t->SetToday(today);
}

TEST(FundingTimelineSectionsTest, TimelineChartPlacesEveryDateInOrder) {
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

TEST(FundingTimelineSectionsTest, TimelineChartAfterThePlanningStartBeginsThere) {
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

TEST(FundingTimelineSectionsTest, TimelineChartWithoutFundingEndIsEmpty) {
  TestEvaluation t;
  t.site.committee_dates = {Date(2026, 11, 10)};
  t.SetToday(Date(2026, 3, 15));
  TimelineChart chart = FundingTimelineChart(t.Context());
  EXPECT_EQ(chart.span_days, 0);
  EXPECT_TRUE(chart.marks.empty());
  EXPECT_EQ(chart.empty_message, "Kein Förderende konfiguriert.");
}

TEST(FundingTimelineSectionsTest, FundingTimelineWithTimeLeftSaysWhatIsKnown) {
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

TEST(FundingTimelineSectionsTest, FundingTimelineListsTheRecordedStepsWithTheirStatus) {
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

TEST(FundingTimelineSectionsTest, AnEnglishFundingTimelineNamesTheKnownRolesInEnglish) {
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

TEST(FundingTimelineSectionsTest,
     TimelineChartShowsEveryBodyOfTheBeratungsfolgeAndTheRecordedSteps) {
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

TEST(FundingTimelineSectionsTest, FundingTimelineAfterThePlanningDateWithoutARecordedStart) {
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

TEST(FundingTimelineSectionsTest, FundingTimelineWithoutAMeetingInTimeAsksForASpecialMeeting) {
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

TEST(FundingTimelineSectionsTest, FundingTimelineNamesTheLastMonthInWords) {
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

TEST(FundingTimelineSectionsTest, FundingTimelineAfterTheEndOnlyRecordsIt) {
  TestEvaluation t;
  ConfigureFunding(&t, Date(2028, 1, 15));
  Document doc;
  AddFundingTimeline(t.Context(), &doc);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Paragraph* p = BlockAs<Paragraph>(doc, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text, "Die Förderung ist am 31.12.2027 ausgelaufen.");
}

TEST(FundingTimelineSectionsTest, FundingTimelineWithoutFundingEndSaysWhereToConfigureIt) {
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

}  // namespace
}  // namespace ankerbericht
