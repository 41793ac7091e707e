// Questionnaire items on hand-built forms: n, distribution, mean with its
// t-interval, positive share with its Wilson interval, groups by channel,
// format and speaker, and the privacy rule on all of them.
#include "evaluate/feedback_items.h"

#include <gtest/gtest.h>

#include <cmath>

#include "evaluate/stats.h"

namespace ankerbericht {
namespace {

FeedbackResponse Form(const std::string& event_id, Channel channel,
                      std::map<std::string, std::string> answers) {
  FeedbackResponse r;
  r.date = Date(2026, 3, 3);
  r.event_id = event_id;
  r.channel = channel;
  r.answers = std::move(answers);
  return r;
}

class FeedbackItemsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "s";
    site_.questionnaire = {
        {"zufrieden", "Zufrieden", ScaleType::kAgree5, "", {}},
        {"note", "Note", ScaleType::kGrade6, "", {}},
        {"empfehlen", "Empfehlen", ScaleType::kYesNo, "recommend", {}},
        {"kommentar", "Kommentar", ScaleType::kText, "", {}},
    };
    data_.site = &site_;
    data_.period = *ParsePeriod("2026-03");
    Event e1;
    e1.id = "E1";
    e1.format = "Workshop";
    e1.speakers = {"Ada"};
    Event e2;
    e2.id = "E2";
    e2.format = "Vortrag";
    e2.speakers = {"Bo"};
    data_.events = {e1, e2};
    const Channel P = Channel::kPaper, D = Channel::kDigital;
    data_.feedback = {
        Form("E1", P, {{"zufrieden", "5"}, {"note", "1"}, {"empfehlen", "ja"}}),
        Form("E1", P, {{"zufrieden", "4"}, {"note", "2"}, {"empfehlen", "ja"}}),
        Form("E1", P, {{"zufrieden", "4"}, {"note", "sehr gut"}, {"empfehlen", "nein"}}),
        Form("E1", D, {{"zufrieden", "2"}, {"note", "5"}}),
        Form("E2", D, {{"zufrieden", "5"}, {"kommentar", "toll"}}),
        Form("E2", P, {{"zufrieden", "stimme eher zu"}}),
        Form("", D, {{"zufrieden", "k. A."}}),  // no answer: counts nowhere
    };
    items_ = ComputeItems(data_);
  }

  const ItemResult& Item(const std::string& id) {
    for (const ItemResult& i : items_)
      if (i.id == id) return i;
    ADD_FAILURE() << id;
    return items_[0];
  }

  Site site_;
  PeriodData data_;
  std::vector<ItemResult> items_;
};

TEST_F(FeedbackItemsTest, TextItemsHaveNoFigures) {
  ASSERT_EQ(items_.size(), 3u);  // zufrieden, note, empfehlen
}

TEST_F(FeedbackItemsTest, AgreementItem) {
  const ItemResult& z = Item("zufrieden");
  // answers 5, 4, 4, 2, 5, 4 ("stimme eher zu"); "k. A." is no answer
  EXPECT_EQ(z.all.n, 6);
  // mean 24 / 6 = 4; squared deviations 1+0+0+4+1+0 = 6, s = sqrt(6/5) = 1.0954;
  // t(0.975; 5) = 2.571; half width 2.571 * 1.0954 / sqrt(6) = 1.14979
  EXPECT_NEAR(*z.all.mean, 4.0, 1e-9);
  EXPECT_NEAR(*z.all.mean_low, 4.0 - 1.149786, 1e-5);
  EXPECT_NEAR(*z.all.mean_high, 4.0 + 1.149786, 1e-5);
  // positive = 4 or 5: five of six
  EXPECT_NEAR(*z.all.positive_share, 100.0 * 5 / 6, 1e-9);
  // Wilson, p = 5/6, n = 6, z = 1.96: centre (p + z²/12) / (1 + z²/6) = 0.70322,
  // half width z·sqrt(p(1-p)/6 + z²/144) / (1 + z²/6) = 0.26672
  EXPECT_NEAR(*z.all.positive_low, 43.6497, 1e-3);
  EXPECT_NEAR(*z.all.positive_high, 96.9947, 1e-3);
}

TEST_F(FeedbackItemsTest, DistributionSumsToN) {
  const Breakdown& d = Item("zufrieden").distribution;
  ASSERT_EQ(d.cells.size(), 5u);
  // 1: 0, 2: 1, 3: 0, 4: 3, 5: 2
  const double want[] = {0, 1, 0, 3, 2};
  double sum = 0;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(d.cells[i].key, std::to_string(i + 1));
    EXPECT_EQ(d.cells[i].value, want[i]);
    sum += *d.cells[i].value;
  }
  EXPECT_EQ(sum, *d.total);
  EXPECT_NEAR(*d.cells[3].share, 50, 1e-9);  // 3 of 6
}

TEST_F(FeedbackItemsTest, GradeItemPositiveIsOneOrTwo) {
  const ItemResult& n = Item("note");
  // grades 1, 2, 1 ("sehr gut"), 5: mean 9/4 = 2.25; grades 1-2: 3 of 4
  EXPECT_EQ(n.all.n, 4);
  EXPECT_NEAR(*n.all.mean, 2.25, 1e-9);
  EXPECT_NEAR(*n.all.positive_share, 75, 1e-9);
  // s = 1.89297, t(0.975; 3) = 3.182: half width 3.182 * 1.89297 / 2 = 3.01171
  EXPECT_NEAR(*n.all.mean_high - *n.all.mean, 3.011714, 1e-5);
}

TEST_F(FeedbackItemsTest, YesNoItemHasAShareButNoMean) {
  const ItemResult& e = Item("empfehlen");
  // ja, ja, nein: 2 of 3
  EXPECT_EQ(e.all.n, 3);
  EXPECT_EQ(e.all.mean, std::nullopt);
  EXPECT_NEAR(*e.all.positive_share, 100.0 * 2 / 3, 1e-9);
  ASSERT_EQ(e.distribution.cells.size(), 2u);
  EXPECT_EQ(e.distribution.cells[0].label, "ja");
  EXPECT_EQ(e.distribution.cells[0].value, 2);
  EXPECT_EQ(e.distribution.cells[1].value, 1);
}

TEST_F(FeedbackItemsTest, ByChannelFormatAndSpeaker) {
  const ItemResult& z = Item("zufrieden");
  // paper: 5, 4, 4, 4 -> mean 17/4 = 4.25; digital: 2, 5 -> mean 3.5
  EXPECT_EQ(z.by_channel.at("paper").n, 4);
  EXPECT_NEAR(*z.by_channel.at("paper").mean, 4.25, 1e-9);
  EXPECT_EQ(z.by_channel.at("digital").n, 2);
  EXPECT_NEAR(*z.by_channel.at("digital").mean, 3.5, 1e-9);
  // channels add up to all answers: 4 + 2 = 6
  EXPECT_EQ(*z.by_channel.at("paper").n + *z.by_channel.at("digital").n, *z.all.n);
  // Workshop (E1): 5, 4, 4, 2 -> 15/4 = 3.75, positive 3 of 4; Vortrag (E2): 5, 4 -> 4.5
  EXPECT_NEAR(*z.by_format.at("Workshop").mean, 3.75, 1e-9);
  EXPECT_NEAR(*z.by_format.at("Workshop").positive_share, 75, 1e-9);
  EXPECT_NEAR(*z.by_format.at("Vortrag").mean, 4.5, 1e-9);
  // speakers: Ada gave E1, Bo gave E2
  EXPECT_EQ(z.by_speaker.at("Ada").n, 4);
  EXPECT_EQ(z.by_speaker.at("Bo").n, 2);
}

TEST_F(FeedbackItemsTest, PrivacyWithholdsSmallGroupsAndSpeakers) {
  ProtectItems(5, &items_);
  const ItemResult& z = Item("zufrieden");
  // 6 answers >= 5: the item's own figures stay.
  EXPECT_EQ(z.all.n, 6);
  EXPECT_NEAR(*z.all.mean, 4.0, 1e-9);
  // Distribution 0, 1, 0, 3, 2: cells 1, 3 and 2 are below 5 and hidden
  // (together 6 >= 5); zeros stay.
  EXPECT_EQ(z.distribution.cells[0].value, 0);
  EXPECT_EQ(z.distribution.cells[1].suppression, Suppression::kSmall);
  EXPECT_EQ(z.distribution.cells[3].suppression, Suppression::kSmall);
  EXPECT_EQ(z.distribution.cells[4].suppression, Suppression::kSmall);
  EXPECT_EQ(z.distribution.total, 6);
  // Channels with 4 and 2 answers: counts hidden, figures withheld.
  EXPECT_EQ(z.by_channel.at("paper").n, std::nullopt);
  EXPECT_TRUE(z.by_channel.at("paper").withheld);
  EXPECT_EQ(z.by_channel.at("paper").mean, std::nullopt);
  EXPECT_EQ(z.by_channel.at("digital").positive_share, std::nullopt);
  // Speakers with fewer than 5 answers are not listed at all.
  EXPECT_TRUE(z.by_speaker.empty());
  // The recommendation item has 3 answers: nothing but "< 5".
  const ItemResult& e = Item("empfehlen");
  EXPECT_TRUE(e.all.withheld);
  EXPECT_EQ(e.all.positive_share, std::nullopt);
  EXPECT_EQ(e.all.positive_low, std::nullopt);
  EXPECT_EQ(e.all.n, std::nullopt);  // 2 + 1: both cells small, the total 3 too
  EXPECT_EQ(e.all.n_suppression, Suppression::kSmall);
}

TEST_F(FeedbackItemsTest, PublishedMeansCarryTheDecimalTheDocumentsPrint) {
  // Workshop: 5, 4, 4, 2 -> 3.75 before protection. Published with four
  // decimals, n and the shown cells would give a withheld cell back.
  const double raw_low = *Item("zufrieden").all.mean_low;
  ProtectItems(5, &items_);
  const ItemResult& z = Item("zufrieden");
  EXPECT_DOUBLE_EQ(*z.all.mean, 4.0);
  EXPECT_DOUBLE_EQ(*z.all.mean_low, std::round(raw_low * 10.0) / 10.0);
  EXPECT_NE(*z.all.mean_low, raw_low);
}

TEST(StatsTest, TQuantiles) {
  EXPECT_DOUBLE_EQ(TQuantile975(1), 12.706);
  EXPECT_DOUBLE_EQ(TQuantile975(30), 2.042);
  // large df approach the normal quantile 1.96; df 60: table value 2.000
  EXPECT_NEAR(TQuantile975(60), 2.000, 1e-3);
  EXPECT_NEAR(TQuantile975(100000), 1.960, 1e-3);
}

TEST(StatsTest, MeanOfOneValueHasNoInterval) {
  auto m = MeanWithInterval({4});
  ASSERT_TRUE(m);
  EXPECT_EQ(m->mean, 4);
  EXPECT_EQ(m->low, std::nullopt);
  EXPECT_EQ(MeanWithInterval({}), std::nullopt);
}

TEST(StatsTest, WilsonIntervalAtZero) {
  // 0 of 10: centre z²/20 / (1 + z²/10) = 0.13876, half the same -> [0, 27.753]
  auto w = WilsonInterval(0, 10);
  EXPECT_NEAR(w->first, 0, 1e-9);
  EXPECT_NEAR(w->second, 27.7533, 1e-3);
  EXPECT_EQ(WilsonInterval(0, 0), std::nullopt);
}

}  // namespace
}  // namespace ankerbericht
