#include "document/finding_sections.h"

#include <gtest/gtest.h>

#include <string>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::Nbsp;
using testing::P;
using testing::Section;
using testing::TestEvaluation;

// The first half of 2026 against the second half of 2025 and the first half
// of 2025, with the sample's unfavourable results.
class FindingSectionsTest : public ::testing::Test {
 protected:
  FindingSectionsTest() {
    t_.Set("visitors.total", 11011, 10010, 9009);
    t_.Set("feedback.recommend_rate", 79.0, 82.0, 88.0);
    t_.Set("events.target_age_share", 58.2, 70.0, 72.4);
    TargetResult missed;
    missed.target.indicator = "feedback.recommend_rate";
    missed.target.min = 85;
    missed.value = 79.0;
    missed.status = TargetState::kMissed;
    t_.ev.targets.push_back(missed);
  }

  TestEvaluation t_;
  Document doc_;
};

TEST_F(FindingSectionsTest, ChangesAreInPercentOrInPointsForShares) {
  const BuildContext& c = t_.Context();
  EXPECT_EQ(ChangeValueText(c, "count", 11011, 10010), "+10,0 %");
  EXPECT_EQ(ChangeValueText(c, "percent", 58.2, 72.4), "−14,2 Pp.");
  EXPECT_EQ(ChangeValueText(c, "percent", 50.0, 50.02), "±0,0 Pp.");
  EXPECT_EQ(ChangeValueText(c, "count", 5, 0), "");
  const BuildContext& en = t_.Context("en");
  EXPECT_EQ(ChangeValueText(en, "count", 11011, 10010), "+10.0%");
  EXPECT_EQ(ChangeValueText(en, "percent", 58.2, 72.4), "−14.2 pp");
}

TEST_F(FindingSectionsTest, AMissedTargetIsWordedWithBothComparisons) {
  std::vector<Finding> f = SelectFindings(t_.ev, ReportFindingRule());
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(FindingText(t_.Context(), f[1], false),
            "Weiterempfehlung: 79,0 %, Ziel (mindestens 85,0 %) verfehlt – gegenüber 2. Halbjahr "
            "2025 (82,0 %): "
            "−3,0 Pp.; gegenüber 1. Halbjahr 2025 (88,0 %): −9,0 Pp.");  // no second full stop
  // On slides, period names do not break.
  EXPECT_EQ(FindingText(t_.Context(), f[1], true),
            "Weiterempfehlung 79,0 %: Ziel (mindestens 85,0 %) verfehlt; −3,0 Pp. ggü. " +
                Nbsp("2. Hj. 2025") + ", −9,0 Pp. ggü. " + Nbsp("1. Hj. 2025"));
  EXPECT_EQ(FindingText(t_.Context("en"), f[2], false),
            "Participations from the target age groups: 58.2% – against H2 2025 (70.0%): −11.8 pp; "
            "against "
            "H1 2025 (72.4%): −14.2 pp.");
}

TEST_F(FindingSectionsTest, FindingsSectionListsEveryFindingUnderItsHeading) {
  AddFindings(t_.Context(),
              *Section(R"({"type": "findings", "heading": {"de": "Auf einen Blick"}})"), &doc_);
  ASSERT_EQ(doc_.blocks.size(), 3u);
  EXPECT_EQ(BlockAs<Heading>(doc_, 0)->text, "Auf einen Blick");
  const BulletList* list = BlockAs<BulletList>(doc_, 2);
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->items.size(), 3u);
  EXPECT_EQ(list->items[0].rfind("Besuche: 11.011", 0), 0u) << list->items[0];
  EXPECT_NE(list->items[2].find("Teilnahmen aus den Ziel-Altersgruppen: 58,2 %"),
            std::string::npos);
}

TEST_F(FindingSectionsTest, RuleTextStatesTheThresholds) {
  AddFindingRule(t_.Context(), &doc_);
  const Paragraph* p = BlockAs<Paragraph>(doc_, 0);
  ASSERT_NE(p, nullptr);
  EXPECT_NE(p->text.find("um mehr als 10 %"), std::string::npos) << p->text;
  EXPECT_NE(p->text.find("um mehr als 5 Prozentpunkte"), std::string::npos) << p->text;
  EXPECT_NE(p->text.find("Weiterempfehlung"), std::string::npos);
}

// "knapp verfehlt" rates targets in every summary: the methods say what it
// means for this place, with the margin agreed for its targets.
TEST_F(FindingSectionsTest, RuleTextSaysWhatNarrowlyMissedMeans) {
  AddFindingRule(t_.Context(), &doc_);
  EXPECT_EQ(BlockAs<Paragraph>(doc_, 0)->text.find("Knapp verfehlt"), std::string::npos)
      << "no targets, nothing to explain";
  Target a, b;
  a.indicator = "feedback.recommend_rate";
  b.indicator = "visitors.total";
  t_.site.targets = {a, b};
  AddFindingRule(t_.Context(), &doc_);
  EXPECT_NE(BlockAs<Paragraph>(doc_, 1)->text.find(
                "Knapp verfehlt ist ein Ziel, dessen Wert höchstens 10 % unter dem Mindestwert"),
            std::string::npos)
      << BlockAs<Paragraph>(doc_, 1)->text;
  t_.site.targets[1].near_percent = 15;
  AddFindingRule(t_.Context("en"), &doc_);
  EXPECT_NE(
      BlockAs<Paragraph>(doc_, 2)->text.find("the margin agreed for it (10 to 15% of the target)"),
      std::string::npos)
      << BlockAs<Paragraph>(doc_, 2)->text;
}

// A reader recomputing "8,9 % − 1,5 %" gets 7,4, the table says +7,3 Pp.:
// the methods say that changes come from the unrounded values.
TEST_F(FindingSectionsTest, RuleTextSaysChangesComeFromUnroundedValues) {
  AddFindingRule(t_.Context(), &doc_);
  const Paragraph* de = BlockAs<Paragraph>(doc_, 0);
  ASSERT_NE(de, nullptr);
  EXPECT_NE(de->text.find("aus den ungerundeten Werten berechnet"), std::string::npos) << de->text;
  AddFindingRule(t_.Context("en"), &doc_);
  const Paragraph* en = BlockAs<Paragraph>(doc_, 1);
  ASSERT_NE(en, nullptr);
  EXPECT_NE(en->text.find("computed from the unrounded values"), std::string::npos) << en->text;
}

TEST_F(FindingSectionsTest, SlidesCarryEveryFindingFourAtATime) {
  for (const char* id :
       {"partners.distinct", "partners.new", "events.fill_rate", "opening.hours"}) {
    t_.Set(id, 50, 100, 100);  // each halved: all large moves
  }
  AddFindingsSlide(t_.Context(),
                   *Section(R"({"type": "findings_slide", "title": "Auf einen Blick"})"), &doc_);
  ASSERT_EQ(doc_.blocks.size(), 2u);  // 7 findings
  const Slide* first = BlockAs<Slide>(doc_, 0);
  const Slide* second = BlockAs<Slide>(doc_, 1);
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->title, "Auf einen Blick");
  EXPECT_EQ(second->title, "Auf einen Blick (Fortsetzung)");
  EXPECT_EQ(first->bullets.size(), 4u);
  EXPECT_EQ(second->bullets.size(), 3u);
  EXPECT_NE(first->source.find("fester Regel"), std::string::npos) << first->source;
}

// A change from nothing is no percentage: the sentence says so instead of
// ending on the earlier value ("gegenüber 1. Halbjahr 2025 (0).").
TEST_F(FindingSectionsTest, AChangeFromZeroIsSaidToBeNotComputable) {
  t_.Set("partners.recurring", 13, 10, 0);
  Finding f;
  f.indicator = "partners.recurring";
  f.unit = "count";
  f.value = 13;
  f.previous = 10;
  f.year_before = 0;
  EXPECT_EQ(FindingText(t_.Context(), f, false),
            "Wiederkehrende Kooperationspartner: 13 – gegenüber 2. Halbjahr 2025 (10): +30,0 %; "
            "gegenüber 1. Halbjahr 2025 (0): nicht berechenbar (Ausgangswert 0).");
  EXPECT_EQ(FindingText(t_.Context("en"), f, false),
            "Recurring partners: 13 – against H2 2025 (10): +30.0%; against H1 2025 (0): not "
            "computable (base value 0).");
  // The slide leaves the change out.
  EXPECT_EQ(FindingText(t_.Context(), f, true),
            "Wiederkehrende Kooperationspartner 13; +30,0 % ggü. " + Nbsp("2. Hj. 2025"));
}

// Opened 01.09.2025: the first half of 2025 is no comparison, and nothing in
// the summary compares with it, not even as "kein Vergleichswert".
TEST_F(FindingSectionsTest, NothingIsComparedWithAPeriodBeforeThePlaceOpened) {
  t_.site.opened = Date(2025, 9, 1);
  Finding f;
  f.indicator = "events.held";
  f.unit = "count";
  f.value = 9;
  f.previous = 7;
  EXPECT_EQ(FindingText(t_.Context(), f, false),
            "Durchgeführte Veranstaltungen: 9 – gegenüber 2. Halbjahr 2025 (7; erst ab "
            "01.09.2025).");
  f.indicator = "feedback.recommend_rate";
  f.unit = "percent";
  f.value = 97.1;
  f.previous = 100.0;
  EXPECT_EQ(FindingText(t_.Context(), f, false),
            "Weiterempfehlung: 97,1 % – gegenüber 2. Halbjahr 2025 (100,0 %): −2,9 Pp.");
  EXPECT_EQ(FindingText(t_.Context(), f, true),
            "Weiterempfehlung 97,1 %; −2,9 Pp. ggü. " + Nbsp("2. Hj. 2025"));
}

// Opened 01.01.2025: in its first half-year every partner was new. New
// partners in 2026-H1 are not compared with it ("−70,0 %").
TEST_F(FindingSectionsTest, NewPartnersAreNotComparedWithTheOpeningHalfYear) {
  t_.site.opened = Date(2025, 1, 1);
  Finding f;
  f.indicator = "partners.new";
  f.unit = "count";
  f.value = 3;
  f.previous = 3;
  f.year_before = 10;
  EXPECT_EQ(FindingText(t_.Context(), f, false),
            "Neue Kooperationspartner: 3 – gegenüber 2. Halbjahr 2025 (3): ±0,0 %.");
  EXPECT_EQ(FindingText(t_.Context(), f, true),
            "Neue Kooperationspartner 3; ±0,0 % ggü. " + Nbsp("2. Hj. 2025"));
}

// A year report compares with the year before only, and its methods say so.
TEST_F(FindingSectionsTest, TheYearReportsRuleTextNamesTheYearBefore) {
  t_.ev.period = P("2025");
  t_.ev.previous = P("2024");
  t_.ev.year_before = P("2024");
  AddFindingRule(t_.Context(), &doc_);
  AddFindingRule(t_.Context("en"), &doc_);
  const Paragraph* de = BlockAs<Paragraph>(doc_, 0);
  const Paragraph* en = BlockAs<Paragraph>(doc_, 1);
  ASSERT_TRUE(de && en);
  EXPECT_NE(de->text.find("mit ihrer Veränderung gegenüber dem Vorjahr;"), std::string::npos)
      << de->text;
  EXPECT_NE(de->text.find("die sich gegenüber dem Vorjahr um mehr als 10 %"), std::string::npos)
      << de->text;
  EXPECT_EQ(de->text.find("Halbjahr"), std::string::npos) << de->text;
  EXPECT_NE(en->text.find("with their change against the year before;"), std::string::npos)
      << en->text;
  EXPECT_NE(en->text.find("that changed by more than 10% against the year before"),
            std::string::npos)
      << en->text;
  EXPECT_EQ(en->text.find("half-year"), std::string::npos) << en->text;
}

TEST_F(FindingSectionsTest, TheHalfYearsRuleTextNamesBothComparisons) {
  AddFindingRule(t_.Context(), &doc_);
  const Paragraph* de = BlockAs<Paragraph>(doc_, 0);
  ASSERT_NE(de, nullptr);
  EXPECT_NE(de->text.find("gegenüber dem vorangegangenen Halbjahr und demselben Halbjahr des "
                          "Vorjahres;"),
            std::string::npos)
      << de->text;
  EXPECT_NE(de->text.find("gegenüber einem der beiden um mehr als"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
