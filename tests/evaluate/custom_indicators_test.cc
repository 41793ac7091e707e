// The team's own indicators are computed from the events like the
// catalogue's: counts of matching held events, their participants, and the
// participants' share, with nullopt (never zero) where there is no data.
#include "evaluate/custom_indicators.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

Event Ev(const std::string& format, std::vector<std::string> topics,
         std::optional<int64_t> participants, const std::string& location = "vor Ort",
         EventStatus status = EventStatus::kHeld) {
  Event e;
  e.date = Date(2026, 3, 1);
  e.format = format;
  e.topics = std::move(topics);
  e.participants = participants;
  e.location = location;
  e.status = status;
  return e;
}

CustomIndicator Def(CustomKind kind) {
  CustomIndicator c;
  c.id = "custom.gruendung";
  c.kind = kind;
  c.formats = {"Sprechstunde"};
  c.topics = {"Gründung", "Selbstständigkeit"};
  return c;
}

PeriodData Data() {
  PeriodData d;
  d.events = {Ev("Sprechstunde", {"Gründung"}, 6),            // matches
              Ev("sprechstunde", {"Selbststaendigkeit"}, 4),  // matches: case and umlaut spelling
              Ev("Sprechstunde", {"Smartphone"}, 10),         // wrong topic
              Ev("Workshop", {"Gründung"}, 20),               // wrong format
              Ev("Sprechstunde", {"Gründung"}, 8, "vor Ort", EventStatus::kCancelled)};
  return d;
}

TEST(CustomIndicatorTest, CountsMatchingHeldEvents) {
  EXPECT_EQ(ComputeCustom(Def(CustomKind::kEvents), Data(), 5), 2);
}

TEST(CustomIndicatorTest, SumsTheirParticipants) {
  EXPECT_EQ(ComputeCustom(Def(CustomKind::kParticipants), Data(), 5), 10);
}

TEST(CustomIndicatorTest, ShareOfAllParticipants) {
  // 10 of 6 + 4 + 10 + 20 = 40 participants of held events.
  EXPECT_DOUBLE_EQ(*ComputeCustom(Def(CustomKind::kParticipantsShare), Data(), 5), 25.0);
  EXPECT_STREQ(CustomUnit(Def(CustomKind::kParticipantsShare)), "percent");
  EXPECT_STREQ(CustomUnit(Def(CustomKind::kEvents)), "count");
}

TEST(CustomIndicatorTest, ShareOverTooFewParticipantsIsWithheld) {
  PeriodData d;
  d.events = {Ev("Sprechstunde", {"Gründung"}, 2), Ev("Workshop", {}, 1)};
  EXPECT_FALSE(ComputeCustom(Def(CustomKind::kParticipantsShare), d, 5));
  // Team use (k = 0) sees it.
  EXPECT_NEAR(*ComputeCustom(Def(CustomKind::kParticipantsShare), d, 0), 66.67, 0.01);
}

TEST(CustomIndicatorTest, NoEventsIsNoDataNotZero) {
  EXPECT_FALSE(ComputeCustom(Def(CustomKind::kEvents), PeriodData(), 5));
  PeriodData uncounted;
  uncounted.events = {Ev("Sprechstunde", {"Gründung"}, std::nullopt)};
  EXPECT_EQ(ComputeCustom(Def(CustomKind::kEvents), uncounted, 5), 1);
  EXPECT_FALSE(ComputeCustom(Def(CustomKind::kParticipants), uncounted, 5));
}

TEST(CustomIndicatorTest, EveryNonEmptyFilterMustMatch) {
  CustomIndicator mobile;
  mobile.locations = {"mobil"};
  EXPECT_TRUE(MatchesCustom(mobile, Ev("Workshop", {}, 3, "mobil")));
  EXPECT_FALSE(MatchesCustom(mobile, Ev("Workshop", {}, 3, "vor Ort")));
  mobile.partners = {"Seniorenbeirat"};
  EXPECT_FALSE(MatchesCustom(mobile, Ev("Workshop", {}, 3, "mobil")));
}

}  // namespace
}  // namespace ankerbericht
