// The figures per stop of a mobile site, on a schedule read from the
// configuration and hand-built tallies and events; every number worked out
// by hand in the comments.
#include "evaluate/stop_figures.h"

#include <gtest/gtest.h>

#include "config/workspace_config.h"
#include "evaluate/breakdowns.h"
#include "evaluate/indicators.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

// Four stops over two weeks, Mon 02.03.2026 .. Sun 15.03.2026:
//   nord   Tuesdays 10-13          -> 03.03, 10.03: 2 days, 6 h
//   schule Tuesdays 14-17 from 05.03 -> 10.03: 1 day, 3 h
//   dorf   Thursdays 10-14, closed 12.03 -> 05.03: 1 day, 4 h
//   markt  single dates 07.03 (8-12) and 21.03 (outside) -> 1 day, 4 h
// Together 17 hours on 5 days (03.03 and 10.03 count once each: 4 days).
constexpr const char* kBus = R"({
  "sites": [{
    "id": "bus", "name": "Digitalbus",
    "stops": [
      { "id": "nord", "name": "Marktplatz Nord", "week": { "Di": "10:00-13:00" } },
      { "id": "schule", "name": "Schulzentrum", "week": { "Di": "14:00-17:00" }, "from": "05.03.2026" },
      { "id": "dorf", "name": "Dorfplatz", "week": { "Do": "10:00-14:00" } },
      { "id": "markt", "name": "Wochenmarkt", "dates": [
        { "date": "07.03.2026", "hours": "08:00-12:00" }, { "date": "21.03.2026", "hours": "08:00-12:00" } ] }
    ],
    "closures": [{ "from": "12.03.2026", "reason": "Werkstatt" }]
  }]
})";

Event HeldAt(const std::string& stop, EventStatus status = EventStatus::kHeld) {
  Event e;
  e.id = "E" + stop;
  e.date = Date(2026, 3, 3);
  e.format = "Sprechstunde";
  e.status = status;
  e.stop = stop;
  return e;
}

class StopFiguresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<WorkspaceConfig> config = ParseWorkspaceConfig(kBus, "ankerbericht.json");
    ASSERT_TRUE(config.ok()) << config.status().ToString();
    config_ = *config;
    data_.site = &config_.sites[0];
    data_.period = *ParsePeriod("2026-03-02..2026-03-15");
    // Visits: nord 20 + 16 = 36, schule 30, dorf 8, markt 3; 77 in all.
    TallyDay d3{Date(2026, 3, 3), 20, {}, {{"nord", 20}}};
    TallyDay d5{Date(2026, 3, 5), 8, {}, {{"dorf", 8}}};
    TallyDay d7{Date(2026, 3, 7), 3, {}, {{"markt", 3}}};
    TallyDay d10{Date(2026, 3, 10), 46, {}, {{"nord", 16}, {"schule", 30}}};
    data_.tallies = {d3, d5, d7, d10};
    // Events held: nord 2, markt 1; the cancelled one at dorf does not count.
    data_.events = {HeldAt("nord"), HeldAt("nord"), HeldAt("markt"),
                    HeldAt("dorf", EventStatus::kCancelled)};
  }

  std::vector<double> Values(const std::vector<Breakdown>& all, const std::string& id) {
    std::vector<double> out;
    const Breakdown* b = FindBreakdown(all, id);
    EXPECT_NE(b, nullptr) << id;
    if (b)
      for (const Cell& c : b->cells) out.push_back(c.value.value_or(-1));
    return out;
  }

  WorkspaceConfig config_;
  PeriodData data_;
};

TEST_F(StopFiguresTest, HandCountsPerStop) {
  std::vector<Breakdown> all = StopBreakdowns(data_);
  ASSERT_EQ(all.size(), 5u);
  EXPECT_EQ(Values(all, "stops.days"), (std::vector<double>{2, 1, 1, 1}));
  EXPECT_EQ(Values(all, "stops.hours"), (std::vector<double>{6, 3, 4, 4}));
  EXPECT_EQ(Values(all, "stops.visits"), (std::vector<double>{36, 30, 8, 3}));
  EXPECT_EQ(Values(all, "stops.visits_per_hour"), (std::vector<double>{6, 10, 2, 0.75}));
  EXPECT_EQ(Values(all, "stops.events"), (std::vector<double>{2, 0, 0, 1}));
  EXPECT_EQ(FindBreakdown(all, "stops.days")->total, 4);  // 03.03 and 10.03 once each
  EXPECT_EQ(FindBreakdown(all, "stops.hours")->total, 17);
  EXPECT_EQ(FindBreakdown(all, "stops.visits")->total, 77);
  EXPECT_NEAR(*FindBreakdown(all, "stops.visits_per_hour")->total, 77.0 / 17, 1e-9);
  EXPECT_EQ(FindBreakdown(all, "stops.events")->total, 3);
  EXPECT_EQ(FindBreakdown(all, "stops.visits")->cells[0].label, "Marktplatz Nord");
}

// The opening-hour indicators of a bus use the stops' hours: 17 hours on 4
// days, and 77 visits / 17 hours per open hour (not a building's week).
TEST_F(StopFiguresTest, OpeningHoursAreTheStopHours) {
  EXPECT_EQ(OpenHours(*data_.site, data_.period), 17);
  EXPECT_EQ(OpenDays(*data_.site, data_.period), 4);
  data_.visit_days = MergeVisitDays({}, data_.tallies);
  std::map<std::string, IndicatorValue> values = ComputeIndicators(data_);
  EXPECT_EQ(values["opening.hours"].value, 17);
  EXPECT_EQ(values["visitors.total"].value, 77);
  EXPECT_NEAR(*values["visitors.per_open_hour"].value, 77.0 / 17, 1e-9);
}

// A weekly pattern without "from" starts on the day the site opened: with
// "opened" on 04.03.2026 the Tuesday 03.03 at nord (3 hours) drops out.
TEST_F(StopFiguresTest, NoStopHoursBeforeTheSiteOpened) {
  config_.sites[0].opened = Date(2026, 3, 4);
  EXPECT_EQ(OpenHours(*data_.site, data_.period), 14);
  EXPECT_EQ(Values(StopBreakdowns(data_), "stops.hours"), (std::vector<double>{3, 3, 4, 4}));
}

// With the privacy rule (k = 5): markt's 3 visits show as "< 5", the next
// smallest (dorf, 8) is hidden with it, and so are both stops' visits per
// hour, which would give the visits back with the published hours.
TEST_F(StopFiguresTest, PrivacyHidesSmallStopsAndTheirRates) {
  std::vector<Breakdown> all = StopBreakdowns(data_);
  ProtectBreakdowns(5, &all);
  const Breakdown& visits = *FindBreakdown(all, "stops.visits");
  EXPECT_EQ(visits.cells[3].suppression, Suppression::kSmall);
  EXPECT_EQ(visits.cells[2].suppression, Suppression::kComplementary);
  EXPECT_EQ(visits.cells[0].value, 36);
  const Breakdown& rates = *FindBreakdown(all, "stops.visits_per_hour");
  EXPECT_EQ(rates.cells[0].value, 6);
  EXPECT_EQ(rates.cells[2].value, std::nullopt);
  EXPECT_EQ(rates.cells[3].value, std::nullopt);
  EXPECT_EQ(rates.cells[3].suppression, Suppression::kSmall);
}

// Records that name no stop get a row of their own, without hours.
TEST_F(StopFiguresTest, RecordsWithoutStopHaveTheirOwnRow) {
  data_.tallies.push_back(TallyDay{Date(2026, 3, 14), 5, {}, {{"", 5}}});
  std::vector<Breakdown> all = StopBreakdowns(data_);
  EXPECT_EQ(Values(all, "stops.visits"), (std::vector<double>{36, 30, 8, 3, 5}));
  EXPECT_EQ(FindBreakdown(all, "stops.visits")->cells[4].key, kNoStopKey);
  EXPECT_EQ(FindBreakdown(all, "stops.hours")->cells[4].value, std::nullopt);
  EXPECT_EQ(FindBreakdown(all, "stops.visits")->total, 82);
}

TEST_F(StopFiguresTest, NoBreakdownsForASiteWithOpeningHours) {
  Site building;
  building.opening_hours = {{Date(2026, 1, 1), {{1, 14 * 60, 16 * 60}}}};
  data_.site = &building;
  EXPECT_TRUE(StopBreakdowns(data_).empty());
}

// A stop schedule that would count an hour twice, or a site with both
// opening hours and stops, is refused with the JSON path.
TEST(StopScheduleConfigTest, RefusesOverlapsAndMixedSchedules) {
  auto error = [](const std::string& stops, const std::string& extra = "") {
    Result<WorkspaceConfig> r = ParseWorkspaceConfig(
        R"({"sites": [{"id": "bus", "name": "Bus", "stops": [)" + stops + "]" + extra + "}]}",
        "a.json");
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(
      error(
          R"({ "id": "a", "week": { "Di": "10:00-13:00" } }, { "id": "b", "week": { "Di": "12:00-15:00" } })"),
      "a.json: $.sites[0].stops[1].week: überschneidet sich mit den Zeiten der Haltestelle \"a\" "
      "(der Bus kann nur an einer Haltestelle zugleich stehen)");
  EXPECT_EQ(
      error(R"({ "id": "a", "week": { "Di": "10:00-13:00" } },
                     { "id": "b", "dates": [{ "date": "03.03.2026", "hours": "11:00-12:00" }] })"),
      "a.json: $.sites[0].stops[1].dates[0]: überschneidet sich mit anderen Zeiten des Busses "
      "am 03.03.2026 (der Bus kann nur an einer Haltestelle zugleich stehen)");
  EXPECT_EQ(error(R"({ "id": "a" })"),
            "a.json: $.sites[0].stops[0]: braucht \"week\" (z. B. { \"Di\": \"10:00-13:00\" }) "
            "oder \"dates\" mit Zeiten");
  EXPECT_EQ(error(R"({ "id": "a", "dates": [{ "date": "03.03.2026", "hours": "14 Uhr" }] })"),
            "a.json: $.sites[0].stops[0].dates[0].hours: muss Zeiten wie \"10:00-14:00\" enthalten "
            "(gefunden: \"14 Uhr\")");
  EXPECT_EQ(error(R"({ "id": "a", "week": { "Di": "10:00-13:00" } })",
                  R"(, "opening_hours": [{ "week": { "Mi": "10:00-12:00" } }])"),
            "a.json: $.sites[0].stops: ein mobiler Ort hat Haltestellen statt \"opening_hours\": "
            "bitte das eine oder das andere angeben");
  // Weekly patterns in periods that do not meet may share a weekday.
  EXPECT_EQ(error(R"({ "id": "a", "week": { "Di": "10:00-13:00" }, "to": "28.02.2026" },
                     { "id": "b", "week": { "Di": "10:00-13:00" }, "from": "01.03.2026" })"),
            "ok");
}

}  // namespace
}  // namespace ankerbericht
