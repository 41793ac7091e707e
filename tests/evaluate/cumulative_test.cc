#include "evaluate/cumulative.h"

#include <gtest/gtest.h>

#include <string>

#include "evaluate/evaluation.h"

namespace ankerbericht {
namespace {

HistoryPoint Half(const std::string& id, std::map<std::string, std::optional<double>> values) {
  Result<Period> p = ParsePeriod(id);
  EXPECT_TRUE(p.ok()) << id;
  return HistoryPoint{*p, std::move(values)};
}

Event EventWith(std::vector<std::string> partners, EventStatus status = EventStatus::kHeld) {
  Event e;
  e.date = Date(2026, 3, 12);
  e.partners = std::move(partners);
  e.status = status;
  return e;
}

// Three half-years of a place that opened in January 2025.
std::vector<HistoryPoint> ThreeHalfYears() {
  return {
      Half("2025-H1", {{"visitors.total", 3000},
                       {"events.held", 10},
                       {"events.participants", 150},
                       {"feedback.responses", 40},
                       {"votes.total", 12},
                       {"events.fill_rate", 70}}),
      Half("2025-H2", {{"visitors.total", 4200},
                       {"events.held", 12},
                       {"events.participants", 210},
                       {"feedback.responses", 55},
                       {"votes.total", 0},
                       {"events.fill_rate", 75}}),
      Half("2026-H1", {{"visitors.total", 5100},
                       {"events.held", 14},
                       {"events.participants", 260},
                       {"feedback.responses", 61},
                       {"votes.total", 30},
                       {"events.fill_rate", 80}}),
  };
}

TEST(CumulateTest, CountIndicatorsAddUpOverTheHalfYears) {
  CumulativeReach r = Cumulate(ThreeHalfYears(), PeriodData());
  EXPECT_EQ(r.from, Date(2025, 1, 1));
  EXPECT_EQ(r.to, Date(2026, 6, 30));
  EXPECT_EQ(r.half_years, 3);
  EXPECT_EQ(r.values.at("visitors.total"), 12300);  // 3000 + 4200 + 5100
  EXPECT_EQ(r.values.at("events.held"), 36);        // 10 + 12 + 14
  EXPECT_EQ(r.values.at("events.participants"), 620);
  EXPECT_EQ(r.values.at("feedback.responses"), 156);
  EXPECT_EQ(r.values.at("votes.total"), 42);
  // A rate does not add up: 70 % + 75 % + 80 % is no figure at all.
  EXPECT_EQ(r.values.count("events.fill_rate"), 0u);
}

TEST(CumulateTest, AHalfYearWithoutAValueAddsNothing) {
  std::vector<HistoryPoint> history = ThreeHalfYears();
  history[1].values["visitors.total"] = std::nullopt;  // withheld by the privacy rule
  history[2].values.erase("visitors.total");           // no visit data at all
  CumulativeReach r = Cumulate(history, PeriodData());
  // Only 2025-H1 counts: the sum understates, it never guesses.
  EXPECT_EQ(r.values.at("visitors.total"), 3000);
  EXPECT_EQ(r.half_years, 3);
}

TEST(CumulateTest, AnIndicatorWithoutAnyValueStaysMissingButZeroIsAValue) {
  std::vector<HistoryPoint> history = ThreeHalfYears();
  for (HistoryPoint& h : history) {
    h.values["feedback.responses"] = std::nullopt;
    h.values.erase("votes.total");
  }
  history[1].values["votes.total"] = 0;  // a board was up, nobody voted
  CumulativeReach r = Cumulate(history, PeriodData());
  EXPECT_FALSE(r.values.at("feedback.responses").has_value());
  ASSERT_TRUE(r.values.at("votes.total").has_value());
  EXPECT_EQ(*r.values.at("votes.total"), 0);
}

TEST(CumulateTest, PartnersCountOnceAcrossEventsAndEarlierPeriods) {
  PeriodData data;
  data.partners_before = {"Stadtbibliothek", "VHS Leipzig"};
  data.events = {
      EventWith({"VHS Leipzig", "Makerspace e.V."}),          // VHS was a partner before
      EventWith({"Makerspace e.V.", "Quartiersmanagement"}),  // Makerspace twice in the period
      EventWith({"Sportverein Lindenau"}, EventStatus::kCancelled),  // never took place
      EventWith({}),
  };
  CumulativeReach r = Cumulate(ThreeHalfYears(), data);
  // Stadtbibliothek, VHS Leipzig, Makerspace e.V., Quartiersmanagement.
  EXPECT_EQ(r.values.at("partners.distinct"), 4);
}

TEST(CumulateTest, PartnersOfEarlierPeriodsCountWithoutEventsNow) {
  PeriodData data;
  data.partners_before = {"Stadtbibliothek", "VHS Leipzig", "Makerspace e.V."};
  CumulativeReach r = Cumulate(ThreeHalfYears(), data);
  EXPECT_EQ(r.values.at("partners.distinct"), 3);
}

TEST(CumulateTest, WithoutHistoryThereIsNoReach) {
  PeriodData data;
  data.partners_before = {"Stadtbibliothek"};
  data.events = {EventWith({"VHS Leipzig"})};
  CumulativeReach r = Cumulate({}, data);
  EXPECT_FALSE(r.from.has_value());
  EXPECT_FALSE(r.to.has_value());
  EXPECT_EQ(r.half_years, 0);
  EXPECT_TRUE(r.values.empty());
}

}  // namespace
}  // namespace ankerbericht
