// Issue 15, "every kind of answer is reported", on the sample workspace: the
// online form's multiple-choice question ("Wie haben Sie von uns erfahren?")
// and age question, the participants' age groups against the target groups,
// and the wish board, each in `figures --json`, in the half-yearly report
// and (the wishes) on a slide of the committee deck.
#include <Poco/JSON/Array.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

class EveryAnswer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", Sample(), fs::copy_options::recursive);
    CommandResult r = Anker(Sample(), "run");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path Sample() { return tmp_->path() / "sample"; }
  static Object::Ptr Breakdown(const std::string& id) {
    CommandResult r = Anker(Sample(), "figures --site stadtlabor --period 2026-H1 --json");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    Object::Ptr b = ParseJson(r.out)->getObject("breakdowns")->getObject(id);
    EXPECT_TRUE(b) << id;
    return b;
  }
  static ScopedTempDir* tmp_;
};
ScopedTempDir* EveryAnswer::tmp_ = nullptr;

TEST_F(EveryAnswer, TheMultipleChoiceQuestionIsCountedPerRespondent) {
  Object::Ptr b = Breakdown("feedback.choice.erfahren");
  ASSERT_TRUE(b);
  EXPECT_TRUE(b->getValue<bool>("protected"));
  EXPECT_TRUE(b->getValue<bool>("overlapping"));
  double respondents = b->getValue<double>("total");
  EXPECT_GT(respondents, 20);
  Array::Ptr cells = b->getArray("cells");
  ASSERT_EQ(cells->size(), 6u);
  double ticks = 0, shares = 0;
  for (size_t i = 0; i < cells->size(); ++i) {
    Object::Ptr c = cells->getObject(static_cast<unsigned>(i));
    if (!c->get("value").isNumeric()) {
      EXPECT_EQ(c->getValue<std::string>("value").substr(0, 1), "<") << "a hidden cell says why";
      continue;
    }
    double v = c->getValue<double>("value");
    EXPECT_LE(v, respondents);
    EXPECT_NEAR(c->getValue<double>("share"), 100.0 * v / respondents, 1e-6);
    ticks += v;
    shares += c->getValue<double>("share");
  }
  // Several answers per respondent: more ticks than respondents.
  EXPECT_GT(ticks, respondents);
  EXPECT_GT(shares, 100.0);
}

TEST_F(EveryAnswer, TheAgeQuestionIsMarkedWithTheTargetGroups) {
  Object::Ptr b = Breakdown("feedback.choice.altersgruppe");
  ASSERT_TRUE(b);
  Array::Ptr cells = b->getArray("cells");
  ASSERT_EQ(cells->size(), 4u);
  EXPECT_EQ(cells->getObject(0)->getValue<std::string>("key"), "u18");
  EXPECT_TRUE(cells->getObject(0)->getValue<bool>("target_group"));
  EXPECT_FALSE(cells->getObject(2)->getValue<bool>("target_group"));
}

// 2026-H1 on the sample's board: Lasercutter 26 + 23, Nähmaschine 12 + 15, …
TEST_F(EveryAnswer, WishesAreRankedByTheirDots) {
  Object::Ptr b = Breakdown("votes.by_wish");
  ASSERT_TRUE(b);
  Array::Ptr cells = b->getArray("cells");
  ASSERT_GE(cells->size(), 3u);
  EXPECT_EQ(cells->getObject(0)->getValue<std::string>("key"), "Lasercutter");
  EXPECT_EQ(cells->getObject(0)->getValue<double>("value"), 49);
  EXPECT_EQ(cells->getObject(1)->getValue<std::string>("key"), "Nähmaschine");
  EXPECT_EQ(cells->getObject(1)->getValue<double>("value"), 27);
}

TEST_F(EveryAnswer, TheHalfYearlyReportShowsEveryKindOfAnswer) {
  if (!HavePdfTools()) GTEST_SKIP() << "needs poppler-utils";
  CommandResult r =
      Anker(Sample(), "report halbjahresbericht --site stadtlabor --period 2026-H1 -o hj.pdf");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  CommandResult text =
      RunCommand("pdftotext -enc UTF-8 '" + (Sample() / "hj.pdf").string() + "' -");
  for (const char* expected :
       {"Wie haben Sie von uns erfahren?", "% der Befragten", "Mehrfachnennungen möglich",
        "Wie alt sind Sie?", "Teilnahmen nach Altersgruppe", "Zielgruppe", "Klebepunkte je Wunsch",
        "Lasercutter"}) {
    EXPECT_NE(text.out.find(expected), std::string::npos) << expected;
  }
  CommandResult en = Anker(
      Sample(),
      "report halbjahresbericht --site stadtlabor --period 2026-H1 --lang en --dump -o hj-en.txt");
  ASSERT_EQ(en.exit_code, 0) << en.err;
  std::string dump = ReadFileToString((Sample() / "hj-en.txt").string());
  EXPECT_NE(dump.find("Sticker dots per wish"), std::string::npos);
  EXPECT_NE(dump.find("% of respondents"), std::string::npos);
}

TEST_F(EveryAnswer, TheDeckShowsTheTopWishes) {
  CommandResult r =
      Anker(Sample(), "report ausschuss --site stadtlabor --period 2026-H1 --dump -o deck.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string deck = ReadFileToString((Sample() / "deck.txt").string());
  EXPECT_NE(deck.find("TITLE Am meisten gewünscht: Lasercutter\n"), std::string::npos) << deck;
  EXPECT_NE(deck.find("- Lasercutter: 49 Klebepunkte\n- Nähmaschine: 27 Klebepunkte\n- VR-Brille: "
                      "22 Klebepunkte\n"),
            std::string::npos);
  EXPECT_NE(deck.find("Quelle: Wunschwand (Klebepunkte) · 1. Halbjahr 2026"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht::testing
