// The total column of several sites, on hand-built data: counts added up,
// distinct partners counted once, rates from the summed parts, and the
// privacy rule so that the total never gives a hidden site value back.
#include "evaluate/site_columns.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "evaluate/indicators.h"

namespace ankerbericht {
namespace {

Site MakeSite(const std::string& id) {
  Site site;
  site.id = id;
  site.name = id;
  site.questionnaire = {
      {"empfehlen", "Würden Sie uns weiterempfehlen?", ScaleType::kYesNo, "recommend", {}}};
  return site;
}

Event Held(const std::string& id, int64_t participants, std::optional<int64_t> capacity,
           std::vector<std::string> partners) {
  Event e;
  e.id = id;
  e.date = Date(2026, 3, 3);
  e.format = "Workshop";
  e.status = EventStatus::kHeld;
  e.participants = participants;
  e.capacity = capacity;
  e.partners = std::move(partners);
  return e;
}

void AddForms(PeriodData* d, Channel channel, int yes, int no) {
  for (int i = 0; i < yes + no; ++i) {
    FeedbackResponse r;
    r.date = Date(2026, 3, 3);
    r.channel = channel;
    r.answers["empfehlen"] = i < yes ? "ja" : "nein";
    d->feedback.push_back(r);
  }
}

class SiteColumnsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_.site = &site_a_;
    b_.site = &site_b_;
    // a: 10 of 12 and 8 of 10 places, with the Volkshochschule and the Stadtwerke.
    a_.events = {Held("A1", 10, 12, {"Volkshochschule"}), Held("A2", 8, 10, {"Stadtwerke"})};
    // b: 9 of 12 and 20 of 30, with the Volkshochschule again and the library.
    b_.events = {Held("B1", 9, 12, {"Volkshochschule"}), Held("B2", 20, 30, {"Stadtbibliothek"})};
    // The Stadtwerke worked with b before the period: not new to the programme.
    b_.partners_before = {"Stadtwerke"};
  }
  SiteColumns Totals(const std::map<std::string, std::string>& withheld_a = {},
                     const std::map<std::string, std::string>& withheld_b = {},
                     bool internal = false) {
    SiteColumns out;
    ComputeTotals({&a_, &b_}, {&withheld_a, &withheld_b}, 5, internal, &out);
    return out;
  }
  Site site_a_ = MakeSite("a"), site_b_ = MakeSite("b");
  PeriodData a_, b_;
};

TEST_F(SiteColumnsTest, CountsAddUpAndASharedPartnerCountsOnce) {
  SiteColumns t = Totals();
  EXPECT_EQ(*t.total["events.held"], 4);
  EXPECT_EQ(*t.total["events.participants"], 47);
  // 2 + 2 partners, but the Volkshochschule works with both: 3.
  EXPECT_EQ(*t.total["partners.distinct"], 3);
  // New to the programme: Volkshochschule and Stadtbibliothek; the
  // Stadtwerke were with b before (new at a, not in the total).
  EXPECT_EQ(*t.total["partners.new"], 2);
  EXPECT_EQ(*t.total["partners.recurring"], 1);
}

TEST_F(SiteColumnsTest, FillRateIsRecomputedFromTheSums) {
  SiteColumns t = Totals();
  // a: 18/22 = 81.8 %, b: 29/42 = 69.0 %; their mean would be 75.4 %.
  // All places: 47 participants on 64 places = 73.4375 %.
  EXPECT_DOUBLE_EQ(*t.total["events.fill_rate"], 100.0 * 47 / 64);
  EXPECT_DOUBLE_EQ(*RatioBasisOf("events.fill_rate", a_)->Value(), 100.0 * 18 / 22);
}

TEST_F(SiteColumnsTest, ASiteWithoutDataAddsNothing) {
  a_.events.clear();
  SiteColumns t = Totals();
  EXPECT_EQ(*t.total["events.held"], 2);
  EXPECT_DOUBLE_EQ(*t.total["events.fill_rate"], 100.0 * 29 / 42);
  EXPECT_FALSE(t.total["visitors.total"].has_value());  // no site has visit data
}

TEST_F(SiteColumnsTest, RecommendationIsWithheldWhenTheTotalWouldGiveAHiddenSiteBack) {
  AddForms(&a_, Channel::kPaper, 5, 1);  // 6 answers: shown
  AddForms(&b_, Channel::kPaper, 3, 0);  // 3 answers: "< 5" at b
  const std::map<std::string, std::string> hidden = {{"feedback.recommend_rate", "< 5"}};
  SiteColumns t = Totals({}, hidden);
  // 8 of 9 together, but a's 5 of 6 is published: 9 - 6 would give b's 3 of 3.
  EXPECT_FALSE(t.total["feedback.recommend_rate"].has_value());
  EXPECT_EQ(t.total_withheld["feedback.recommend_rate"], "x");
  // Internal figures show it.
  EXPECT_DOUBLE_EQ(*Totals({}, hidden, true).total["feedback.recommend_rate"], 100.0 * 8 / 9);
}

TEST_F(SiteColumnsTest, RecommendationOfTwoHiddenSitesTogetherIsShown) {
  AddForms(&a_, Channel::kPaper, 2, 1);
  AddForms(&b_, Channel::kPaper, 3, 0);
  const std::map<std::string, std::string> hidden = {{"feedback.recommend_rate", "< 5"}};
  SiteColumns t = Totals(hidden, hidden);
  // Both sites withheld, 6 answers together: 5 of 6 = 83.3 %.
  EXPECT_DOUBLE_EQ(*t.total["feedback.recommend_rate"], 100.0 * 5 / 6);
  EXPECT_FALSE(t.total_withheld.count("feedback.recommend_rate"));
}

TEST_F(SiteColumnsTest, AChannelHiddenAtOneSiteIsHiddenInTheTotal) {
  AddForms(&a_, Channel::kPaper, 20, 0);
  AddForms(&a_, Channel::kDigital, 3, 0);
  AddForms(&b_, Channel::kPaper, 10, 0);
  AddForms(&b_, Channel::kDigital, 10, 0);
  const std::map<std::string, std::string> a_hidden = {{"feedback.responses.digital", "< 5"},
                                                       {"feedback.responses.paper", "x"}};
  SiteColumns t = Totals(a_hidden, {});
  EXPECT_EQ(*t.total["feedback.responses"], 43);
  // 13 digital in all, b shows 10: the total would give a's 3 back.
  EXPECT_FALSE(t.total["feedback.responses.digital"].has_value());
  EXPECT_FALSE(t.total["feedback.responses.paper"].has_value());
  EXPECT_EQ(t.total_withheld["feedback.responses.digital"], "x");
  // Without a hidden site cell both totals are shown.
  SiteColumns open = Totals();
  EXPECT_EQ(*open.total["feedback.responses.digital"], 13);
  EXPECT_EQ(*open.total["feedback.responses.paper"], 30);
}

}  // namespace
}  // namespace ankerbericht
