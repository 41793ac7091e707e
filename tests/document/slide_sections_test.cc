#include "document/slide_sections.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "document/document_test_helpers.h"
#include "document/vorlage_sections.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Half;
using testing::HeldEvent;
using testing::Nbsp;
using testing::ScopedTempDir;
using testing::Section;
using testing::TestEvaluation;

// 11.011 visits in the first half of 2026, 9.870 in the second half of 2025
// and 8.470 in the first half of 2025.
class SlideSectionsTest : public ::testing::Test {
 protected:
  SlideSectionsTest() {
    t_.Set("visitors.total", 11011, 9870, 8470);
    t_.Set("events.fill_rate", 81.4, 85.0, 74.25);
    t_.Set("feedback.responses", std::nullopt, 12, 20);
    t_.ev.withheld["feedback.responses"] = "< 5";
  }

  // Adds a figure slide for |json| and returns it (nullptr when none was added).
  const Slide* Figure(const std::string& json, const std::string& lang = "de") {
    doc_ = Document();
    Status s = AddFigureSlide(t_.Context(lang), *Section(json), "$.sections[3]", &doc_);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return doc_.blocks.size() == 1 ? BlockAs<Slide>(doc_, 0) : nullptr;
  }

  Status FigureError(const std::string& json) {
    doc_ = Document();
    Status s = AddFigureSlide(t_.Context(), *Section(json), "$.sections[3]", &doc_);
    EXPECT_TRUE(doc_.blocks.empty());
    return s;
  }

  TestEvaluation t_;
  Document doc_;
};

const char kDirectedMessage[] =
    R"({"type": "figure_slide", "indicator": "visitors.total", "compare": "year_before",
  "message": {"up": "Mehr Besuche als im {compare_period}: {value} statt {compare_value}",
              "down": "Weniger Besuche als im {compare_period}: {value} statt {compare_value}",
              "same": "So viele Besuche wie im {compare_period}"}})";

// ---- Figure slides -------------------------------------------------------

TEST_F(SlideSectionsTest, FigureSlideShowsTheFigureAgainstTheYearBefore) {
  const Slide* s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->indicator, "visitors.total");
  EXPECT_EQ(s->figure, "11.011");
  // Period names do not break across lines.
  EXPECT_EQ(s->figure_label, "Besuche im " + Nbsp("1. Halbjahr 2026"));
  // Both comparisons with their change, as in the reports' tiles and tables.
  EXPECT_EQ(s->figure_note, Nbsp("2. Hj. 2025") + ": 9.870 (+11,6 %) · " + Nbsp("1. Hj. 2025") +
                                ": 8.470 (+30,0 %)");
  // 11.011 > 8.470: the "up" message, its placeholders filled in.
  EXPECT_EQ(s->title, "Mehr Besuche als im " + Nbsp("1. Halbjahr 2025") + ": 11.011 statt 8.470");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(s->chart));
  EXPECT_EQ(s->source, "Quelle: eigene Erhebung · 1. Halbjahr 2026");
}

TEST_F(SlideSectionsTest, FigureSlideAgainstThePreviousHalfYear) {
  t_.Set("visitors.total", 11011, 12000, 8470);
  std::string json = kDirectedMessage;
  json.replace(json.find("year_before"), 11, "previous");
  const Slide* s = Figure(json);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure_note, Nbsp("2. Hj. 2025") + ": 12.000 (−8,2 %) · " + Nbsp("1. Hj. 2025") +
                                ": 8.470 (+30,0 %)");
  // 11.011 < 12.000: "down", although the year before was lower.
  EXPECT_EQ(s->title,
            "Weniger Besuche als im " + Nbsp("2. Halbjahr 2025") + ": 11.011 statt 12.000");
}

TEST_F(SlideSectionsTest, FigureSlideWithAnEqualFigureTakesTheSameMessage) {
  t_.Set("visitors.total", 8470, 9870, 8470);
  const Slide* s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "So viele Besuche wie im " + Nbsp("1. Halbjahr 2025"));
}

// Without a comparison value there is no direction: "So viele Besuche wie
// im 1. Halbjahr 2025" would claim one. The title names the figure.
TEST_F(SlideSectionsTest, FigureSlideWithoutAComparisonValueNotesTheOtherAndNamesTheFigure) {
  t_.Set("visitors.total", 11011, 9870, std::nullopt);
  const Slide* s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure_note, Nbsp("2. Hj. 2025") + ": 9.870 (+11,6 %)");
  EXPECT_EQ(s->title, "Besuche im " + Nbsp("1. Halbjahr 2026"));
}

TEST_F(SlideSectionsTest, FigureSlideFormatsAShareInGermanAndDrawsItsHistory) {
  t_.SetHistory({Half("2025-H2", {{"events.fill_rate", 85.0}}),
                 Half("2026-H1", {{"events.fill_rate", 81.4}})});
  const Slide* s =
      Figure(R"json({"indicator": "events.fill_rate", "compare": "previous", "chart": "history",
                              "message": "Die Kurse sind zu {value} ausgelastet (zuvor {compare_value})"})json");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure, "81,4 %");
  EXPECT_EQ(s->figure_note, Nbsp("2. Hj. 2025") + ": 85,0 % (−3,6 Pp.) · " + Nbsp("1. Hj. 2025") +
                                ": 74,2 % (+7,2 Pp.)");
  EXPECT_EQ(s->title, "Die Kurse sind zu 81,4 % ausgelastet (zuvor 85,0 %)");
  const BarChart* chart = std::get_if<BarChart>(&s->chart);
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->title, "Auslastung je Halbjahr");
  EXPECT_EQ(chart->categories, (std::vector<std::string>{"2. Hj. 2025", "1. Hj. 2026"}));
  ASSERT_EQ(chart->series.size(), 1u);
  EXPECT_EQ(chart->series[0].values, (std::vector<std::optional<double>>{85.0, 81.4}));
}

TEST_F(SlideSectionsTest, FigureSlideInEnglish) {
  const Slide* s = Figure(R"({"indicator": "visitors.total",
      "message": {"de": "{value} Besuche", "en": "{value} visits, {compare_value} a year earlier"},
      "source": {"de": "Zählanlage", "en": "people counter"}})",
                          "en");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure, "11,011");
  EXPECT_EQ(s->title, "11,011 visits, 8,470 a year earlier");
  EXPECT_EQ(s->figure_label, "Visits in " + Nbsp("H1 2026"));
  EXPECT_EQ(s->source, "Source: people counter · H1 2026");
}

TEST_F(SlideSectionsTest, WithheldFigureShowsThePrivacyText) {
  const Slide* s = Figure(R"({"indicator": "feedback.responses", "compare": "none",
                              "message": "{value} Feedbackbögen"})");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure, "< 5");
  EXPECT_EQ(s->title, "< 5 Feedbackbögen");
  // compare "none": no note, although the year before had 20.
  EXPECT_EQ(s->figure_note, "");
}

TEST_F(SlideSectionsTest, FigureSlideWithoutDataClaimsNoTrend) {
  t_.Set("visitors.total", std::nullopt, 9870, 8470);
  const Slide* s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure, "–");
  EXPECT_EQ(s->title, "Noch keine Daten: Besuche im " + Nbsp("1. Halbjahr 2026"));

  // Nothing now and nothing a year before: no data either.
  t_.Set("visitors.total", 0, 9870, 0);
  s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Noch keine Daten: Besuche im " + Nbsp("1. Halbjahr 2026"));

  // Nothing now after 8.470 a year before is a fall, and the slide says so.
  t_.Set("visitors.total", 0, 9870, 8470);
  s = Figure(kDirectedMessage);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Weniger Besuche als im " + Nbsp("1. Halbjahr 2025") + ": 0 statt 8.470");
}

TEST_F(SlideSectionsTest, FigureSlideWithoutMessageIsTitledByTheIndicator) {
  const Slide* s = Figure(R"({"indicator": "visitors.total"})");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Besuche");
  EXPECT_EQ(s->figure_note, Nbsp("2. Hj. 2025") + ": 9.870 (+11,6 %) · " + Nbsp("1. Hj. 2025") +
                                ": 8.470 (+30,0 %)");
}

TEST_F(SlideSectionsTest, FigureSlideChartKinds) {
  t_.SetHistory({Half("2026-H1", {{"partners.distinct", 7}, {"partners.new", 3}})});
  const Slide* s = Figure(R"({"indicator": "visitors.total", "chart": "partners"})");
  ASSERT_NE(s, nullptr);
  const BarChart* partners = std::get_if<BarChart>(&s->chart);
  ASSERT_NE(partners, nullptr);
  EXPECT_EQ(partners->title, "Kooperationspartner je Halbjahr");
  ASSERT_EQ(partners->series.size(), 2u);
  EXPECT_EQ(partners->series[0].values, (std::vector<std::optional<double>>{7}));
  EXPECT_EQ(partners->series[1].values, (std::vector<std::optional<double>>{3}));

  s = Figure(R"({"indicator": "visitors.total", "chart": "visits_by_month"})");
  ASSERT_NE(s, nullptr);
  const BarChart* months = std::get_if<BarChart>(&s->chart);
  ASSERT_NE(months, nullptr);
  EXPECT_EQ(months->title, "Besuche je Monat");
}

TEST_F(SlideSectionsTest, FigureSlideConfigErrorsNameThePath) {
  Status s = FigureError(R"({"indicator": "besuche"})");
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message(),
            "ausschuss.json: $.sections[3].indicator: unbekannte Kennzahl \"besuche\" (siehe "
            "docs/indicators.md)");

  s = FigureError(R"({"indicator": "visitors.total", "chart": "torte"})");
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message(),
            "ausschuss.json: $.sections[3].chart: unbekanntes Diagramm \"torte\" (bekannt: "
            "history, visits_by_month, partners, none)");

  s = FigureError(R"({"indicator": "visitors.total", "compare": "last_year"})");
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(
      s.message(),
      "ausschuss.json: $.sections[3].compare: muss \"year_before\", \"previous\" oder \"none\" "
      "sein");
}

// ---- Cumulative slide ----------------------------------------------------

TEST_F(SlideSectionsTest, CumulativeSlideSumsSinceTheFirstData) {
  t_.ev.data.partners_before = {"Stadtbibliothek", "VHS Leipzig"};
  t_.ev.data.events = {HeldEvent(Date(2026, 3, 12), {"VHS Leipzig", "Makerspace e.V."})};
  t_.SetHistory({
      Half("2025-H1",
           {{"visitors.total", 3000}, {"events.held", 10}, {"events.participants", 150}}),
      Half("2025-H2",
           {{"visitors.total", 4200}, {"events.held", 12}, {"events.participants", std::nullopt}}),
      Half("2026-H1",
           {{"visitors.total", 5100}, {"events.held", 14}, {"events.participants", 260}}),
  });
  Document doc;
  AddCumulativeSlide(t_.Context(), *Section("{}"), &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->indicator, "cumulative.visitors.total");
  EXPECT_EQ(s->figure, "12.300");
  EXPECT_EQ(s->figure_label, "Besuche seit Januar 2025");
  EXPECT_EQ(s->title, "Was der Ort seit dem Start erreicht hat");
  EXPECT_EQ(s->bullets,
            (std::vector<std::string>{"36 Veranstaltungen", "410 Teilnahmen an Veranstaltungen",
                                      "3 verschiedene Kooperationspartner"}));
  EXPECT_EQ(s->source,
            "Quelle: Zählanlage, Strichlisten, Veranstaltungsliste · 1. Hj. 2025 – 1. Hj. 2026");
}

TEST_F(SlideSectionsTest, CumulativeSlideWithoutHistoryIsLeftOut) {
  Document doc;
  AddCumulativeSlide(t_.Context(), *Section("{}"), &doc);
  EXPECT_TRUE(doc.blocks.empty());
}

// ---- Timeline slide ------------------------------------------------------

void ConfigureFunding(TestEvaluation* t, const Date& today) {
  t->site.funding_end = Date(2027, 12, 31);
  t->site.budget_deadline = Date(2027, 9, 30);
  t->site.committee_dates = {Date(2026, 11, 10), Date(2027, 3, 15), Date(2027, 6, 14),
                             Date(2027, 9, 20), Date(2027, 11, 29)};
  t->SetToday(today);
}

TEST_F(SlideSectionsTest, TimelineSlideCountsTheMonthsLeft) {
  ConfigureFunding(&t_, Date(2026, 3, 15));
  Document doc;
  AddTimelineSlide(t_.Context(), *Section("{}"), &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->indicator, "funding.months_left");
  EXPECT_EQ(s->figure, "21");  // 15.03.2026 -> 31.12.2027
  EXPECT_EQ(s->figure_label, "Monate bis zum Förderende am 31.12.2027");
  EXPECT_EQ(s->figure_note, "Letzte Ausschusssitzung vor der Frist: 20.09.2027");
  EXPECT_EQ(s->title, "Noch ist Zeit für eine geordnete Verstetigung");
  const TimelineChart* chart = std::get_if<TimelineChart>(&s->chart);
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->span_days, 671);
  EXPECT_EQ(s->source, "Quelle: Förderbescheid und Sitzungskalender · Stand 15.03.2026");
}

TEST_F(SlideSectionsTest, TimelineSlideLateIsUrgent) {
  ConfigureFunding(&t_, Date(2027, 10, 1));
  Document doc;
  AddTimelineSlide(t_.Context(), *Section("{}"), &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->figure, "2");
  EXPECT_EQ(s->figure_note, "Vor der Frist ist keine Sitzung mehr geplant.");
  EXPECT_EQ(s->title, "Die Entscheidung über die Verstetigung ist dringlich");
}

TEST_F(SlideSectionsTest, TimelineSlideWithoutFundingEndIsLeftOut) {
  t_.SetToday(Date(2026, 3, 15));
  Document doc;
  AddTimelineSlide(t_.Context(), *Section("{}"), &doc);
  EXPECT_TRUE(doc.blocks.empty());
}

// ---- Quotes slide --------------------------------------------------------

ThemeCount Theme(const std::string& id, const std::string& label, int mentions) {
  ThemeCount t;
  t.id = id;
  t.label = label;
  t.responses = mentions;
  return t;
}

SelectedQuote Said(const std::string& text, const std::string& source, const Date& date) {
  SelectedQuote q;
  q.text = text;
  q.source = source;
  q.date = date;
  return q;
}

TEST_F(SlideSectionsTest, QuotesSlideTakesOneQuotePerLeadingThemeAndThreeAtMost) {
  Qualitative& q = t_.ev.qualitative;
  q.has_codebook = true;
  // Codebook order; by mentions: Werkstatt 7, Kinder 5, Lärm 3, Öffnungszeiten 2.
  q.themes.themes = {Theme("oeffnungszeiten", "Öffnungszeiten", 2),
                     Theme("werkstatt", "Werkstatt", 7), Theme("parken", "Parken", 0),
                     Theme("kinder", "Kinder", 5), Theme("laerm", "Lärm", 3)};
  q.quotes["oeffnungszeiten"] = {
      Said("Bitte auch samstags öffnen", "Feedbackbogen", Date(2026, 5, 2))};
  q.quotes["werkstatt"] = {Said("Die Werkstatt ist toll", "Feedbackbogen", Date(2026, 3, 14)),
                           Said("Der Lasercutter war super", "Feedbackbogen", Date(2026, 3, 20))};
  q.quotes["kinder"] = {};  // a leading theme without a quote that meets the rules
  q.quotes["laerm"] = {Said("Abends ist es zu laut", "Kurzinterview", Date(2026, 6, 8))};
  Document doc;
  AddQuotesSlide(t_.Context(), *Section("{}"), &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Was die Menschen sagen");
  ASSERT_EQ(s->quotes.size(), 3u);
  EXPECT_EQ(s->quotes[0].text, "„Die Werkstatt ist toll“");
  EXPECT_EQ(s->quotes[0].source, "Feedbackbogen, März 2026");
  EXPECT_EQ(s->quotes[1].text, "„Abends ist es zu laut“");
  EXPECT_EQ(s->quotes[1].source, "Kurzinterview, Juni 2026");
  EXPECT_EQ(s->quotes[2].text, "„Bitte auch samstags öffnen“");
  EXPECT_EQ(s->source, "Quelle: Feedbackbögen und Gesprächsnotizen · 1. Halbjahr 2026");
}

TEST_F(SlideSectionsTest, QuotesSlideWithoutQuotesIsLeftOut) {
  t_.ev.qualitative.themes.themes = {Theme("werkstatt", "Werkstatt", 7)};
  Document doc;
  AddQuotesSlide(t_.Context(), *Section("{}"), &doc);
  EXPECT_TRUE(doc.blocks.empty());
}

// ---- Markdown slide ------------------------------------------------------

TrackedAction Action(const std::string& text, const Date& decided,
                     std::optional<Date> due = std::nullopt,
                     std::optional<Date> done = std::nullopt) {
  TrackedAction a;
  a.text = text;
  a.decided = decided;
  a.due = due;
  a.done = done;
  return a;
}

const char kNextSteps[] = R"({"type": "markdown_slide", "file": "texte/naechste-schritte.md"})";

TEST_F(SlideSectionsTest, MarkdownSlideListsTheTeamsText) {
  ScopedTempDir ws;
  ws.Write("texte/naechste-schritte.md",
           "# Nächste Schritte\n\n- Haushaltsantrag für 2028 stellen\n- Trägerverein gründen\n\n"
           "Der Ausschuss entscheidet im **September**.\n");
  t_.input.workspace_dir = ws.path().string();
  t_.ev.qualitative.actions = {Action("Förderantrag vorbereiten", Date(2026, 2, 10))};
  Document doc;
  ASSERT_OK(AddMarkdownSlide(t_.Context(), *Section(kNextSteps), "$.sections[6]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Nächste Schritte");
  // The file wins over the open actions.
  EXPECT_EQ(s->bullets,
            (std::vector<std::string>{"Haushaltsantrag für 2028 stellen", "Trägerverein gründen",
                                      "Der Ausschuss entscheidet im September."}));
  EXPECT_EQ(s->source, "Quelle: Planung des Teams · 1. Halbjahr 2026");
}

TEST_F(SlideSectionsTest, MarkdownSlideInEnglishReadsTheEnglishFile) {
  ScopedTempDir ws;
  ws.Write("texte/naechste-schritte.md", "- Haushaltsantrag stellen\n");
  ws.Write("texte/naechste-schritte.en.md", "- File the budget request\n");
  t_.input.workspace_dir = ws.path().string();
  Document doc;
  ASSERT_OK(AddMarkdownSlide(t_.Context("en"), *Section(kNextSteps), "$.sections[6]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Next steps");
  EXPECT_EQ(s->bullets, (std::vector<std::string>{"File the budget request"}));
}

TEST_F(SlideSectionsTest, MarkdownSlideWithoutTheFileListsTheOpenActions) {
  ScopedTempDir ws;  // no texte/ folder
  t_.input.workspace_dir = ws.path().string();
  t_.ev.qualitative.actions = {
      Action("Förderantrag vorbereiten", Date(2026, 2, 10), Date(2026, 9, 30)),
      Action("Flyer drucken", Date(2026, 1, 20), std::nullopt,
             Date(2026, 5, 1)),  // done in the period
      Action("Beirat einladen", Date(2026, 3, 1), std::nullopt,
             Date(2026, 7, 10)),                      // done after it: open then
      Action("Sommerfest planen", Date(2026, 7, 5)),  // decided after the period
  };
  Document doc;
  ASSERT_OK(AddMarkdownSlide(t_.Context(), *Section(kNextSteps), "$.sections[6]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->bullets, (std::vector<std::string>{"Förderantrag vorbereiten (bis 30.09.2026)",
                                                  "Beirat einladen"}));
  EXPECT_EQ(s->source, "Quelle: offene Maßnahmen aus den Teamnotizen · 1. Halbjahr 2026");
}

TEST_F(SlideSectionsTest, MarkdownSlideShowsFiveBulletsAtMost) {
  ScopedTempDir ws;
  ws.Write("texte/naechste-schritte.md",
           "- eins\n- zwei\n- drei\n- vier\n- fünf\n- sechs\n- sieben\n");
  t_.input.workspace_dir = ws.path().string();
  Document doc;
  ASSERT_OK(AddMarkdownSlide(t_.Context(), *Section(kNextSteps), "$.sections[6]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->bullets, (std::vector<std::string>{"eins", "zwei", "drei", "vier", "fünf"}));
}

TEST_F(SlideSectionsTest, MarkdownSlideWithNeitherFileNorOpenActionsIsLeftOut) {
  ScopedTempDir ws;
  t_.input.workspace_dir = ws.path().string();
  t_.ev.qualitative.actions = {
      Action("Flyer drucken", Date(2026, 1, 20), std::nullopt, Date(2026, 5, 1))};
  Document doc;
  ASSERT_OK(AddMarkdownSlide(t_.Context(), *Section(kNextSteps), "$.sections[6]", &doc));
  EXPECT_TRUE(doc.blocks.empty());
}

TEST_F(SlideSectionsTest, MarkdownSlideNeedsAFile) {
  Document doc;
  Status s = AddMarkdownSlide(t_.Context(), *Section(R"({"type": "markdown_slide"})"),
                              "$.sections[6]", &doc);
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_EQ(s.message(),
            "ausschuss.json: $.sections[6].file: die einzufügende Markdown-Datei fehlt");
}

// ---- Title slide -----------------------------------------------------------

TEST(TitleSlideTest, ForTheConsolidationMeetingStatesTheWholePeriodAndTheVorlagenNr) {
  TestEvaluation t;
  t.site.funding_start = Date(2025, 1, 1);
  t.site.vorlage.nummer = "V/2027/014";
  t.site.vorlage.beratungsfolge = {
      {"Ausschuss für Bildung", Date(2027, 3, 16), true, "Vorberatung"}};
  t.site.funding_end = Date(2027, 12, 31);
  t.site.committee_dates = {Date(2027, 3, 16)};
  t.SetToday(Date(2026, 11, 30));
  Document doc;
  ASSERT_OK(AddTitleSlide(t.Context(), "Ausschussvorlage", *Section(R"({"period": "since_start"})"),
                          "$.sections[0]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  // The span the paper covers, from the funding start, not one half-year.
  EXPECT_EQ(s->subtitle, "Leipzig · " + CoveredSpan(t.Context()));
  EXPECT_EQ(s->subtitle.find("Halbjahr"), std::string::npos) << s->subtitle;
  EXPECT_NE(s->subtitle.find("1. Januar 2025"), std::string::npos) << s->subtitle;
  ASSERT_GE(s->bullets.size(), 2u);
  EXPECT_EQ(s->bullets[0], "Vorlagen-Nr. V/2027/014");
  EXPECT_EQ(s->bullets[1], "Ausschuss für Bildung, Sitzung am 16.03.2027");
}

TEST(TitleSlideTest, ByDefaultStatesTheHalfYearAndRejectsAnUnknownPeriod) {
  TestEvaluation t;
  Document doc;
  ASSERT_OK(AddTitleSlide(t.Context(), "Ausschussvorlage", *Section("{}"), "$.sections[0]", &doc));
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->subtitle, "Leipzig · 1. Halbjahr 2026");
  // Without a Vorlage configured there is no number to show.
  EXPECT_EQ(s->bullets[0].rfind("Stand der Daten", 0), 0u) << s->bullets[0];
  Status bad = AddTitleSlide(t.Context(), "Ausschussvorlage", *Section(R"({"period": "jahr"})"),
                             "$.sections[0]", &doc);
  EXPECT_EQ(bad.code(), Status::Code::kConfig);
  EXPECT_EQ(bad.message(),
            "ausschuss.json: $.sections[0].period: muss \"half_year\" oder \"since_start\" sein "
            "(gefunden: \"jahr\")");
}

// ---- Cost slide ------------------------------------------------------------

TEST(CostSlideTest, ShowsThePapersFinanceTable) {
  TestEvaluation t;
  t.site.kosten.ab = "2028";
  t.site.kosten.posten = {{"Personal", 150000}, {"Miete", 60000}};
  t.site.kosten.finanzierung = {{"Haushalt Bildung", 140000, true},
                                {"Kooperationen", 30000, false}};
  t.SetHistory({Half("2025-H2", {{"visitors.total", 11000}, {"events.participants", 1300}}),
                Half("2026-H1", {{"visitors.total", 14000}, {"events.participants", 1500}})});
  t.ev.costs = ComputeCosts(t.site.kosten, t.ev.history);
  Document doc;
  AddCostSlide(t.Context(), *Section("{}"), &doc);
  const Slide* s = BlockAs<Slide>(doc, 0);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->title, "Was die Weiterführung kostet");
  // The cost items by type, not the funding sources alone: the very table
  // the paper prints under "Finanzielle Auswirkungen".
  const SlideTable* table = std::get_if<SlideTable>(&s->chart);
  ASSERT_NE(table, nullptr);
  Table paper = FinanceTable(t.Context());
  EXPECT_EQ(table->table.rows, paper.rows);
  EXPECT_EQ(table->table.columns.size(), paper.columns.size());
  ASSERT_GE(table->table.rows.size(), 3u);
  EXPECT_EQ(table->table.rows[0], (std::vector<std::string>{"Personal", "150.000 €"}));
  EXPECT_EQ(table->table.rows[1], (std::vector<std::string>{"Miete", "60.000 €"}));
  EXPECT_EQ(table->table.rows[2], (std::vector<std::string>{"Kosten insgesamt", "210.000 €"}));
  auto has = [&](const std::vector<std::string>& row) {
    return std::find(table->table.rows.begin(), table->table.rows.end(), row) !=
           table->table.rows.end();
  };
  EXPECT_TRUE(has({"Anteil der Stadt: Haushalt Bildung", "140.000 €"}));
  EXPECT_TRUE(has({"Weitere Mittel: Kooperationen", "30.000 €"}));
  EXPECT_TRUE(has({"noch nicht gedeckt", "40.000 €"}));
  EXPECT_TRUE(s->bullets.empty());
}

TEST(CostSlideTest, NoCostBlockNoSlide) {
  TestEvaluation t;
  Document doc;
  AddCostSlide(t.Context(), *Section("{}"), &doc);
  EXPECT_TRUE(doc.blocks.empty());
}

}  // namespace
}  // namespace ankerbericht
