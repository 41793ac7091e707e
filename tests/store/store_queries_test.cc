// The read side of the Store (store_queries.cc): the sums per day and hour,
// tally days, the data span and the partners before a date, with values
// worked out by hand.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_test_helpers.h"

namespace ankerbericht {
namespace {

// --- Aggregation (values worked out by hand) ---

TEST(StoreTest, CounterDaysAndHoursSumIn) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.visits = {
      // 2026-03-02: sensor Eingang 9:00 (4), 9:45 (6), 10:15 (5); Hof 9:30 (3)
      //   -> day 18; hour 9 = 4 + 6 + 3 = 13, hour 10 = 5.
      Visit("Eingang", D(2026, 3, 2), 9 * 60, 4, 1, 2),
      Visit("Eingang", D(2026, 3, 2), 9 * 60 + 45, 6, std::nullopt, 3),
      Visit("Eingang", D(2026, 3, 2), 10 * 60 + 15, 5, 9, 4),
      Visit("Hof", D(2026, 3, 2), 9 * 60 + 30, 3, 3, 5),
      // 2026-03-04: 0 at 23:59 -> a day with data but no visitors.
      Visit("Eingang", D(2026, 3, 4), 23 * 60 + 59, 0, 0, 6),
      // Outside the range queried below.
      Visit("Eingang", D(2026, 3, 1), 12 * 60, 100, 0, 7),
      Visit("Eingang", D(2026, 3, 5), 12 * 60, 100, 0, 8),
  };
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  ImportBatch other_site;
  other_site.visits = {Visit("", D(2026, 3, 2), 9 * 60, 1000, 0, 2)};
  ASSERT_OK(
      store->ImportFile(MakeFile("B", InputKind::kVisits, "z.csv", "h"), other_site).status());

  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 4)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ("2026-03-02", days[0].date.ToIso());
  EXPECT_EQ(18, days[0].count);
  EXPECT_EQ("2026-03-04", days[1].date.ToIso());
  EXPECT_EQ(0, days[1].count);

  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(2026, 3, 2), D(2026, 3, 4)));
  ASSERT_EQ(3u, hours.size());
  EXPECT_EQ("2026-03-02", hours[0].date.ToIso());
  EXPECT_EQ(9, hours[0].hour);
  EXPECT_EQ(13, hours[0].count);
  EXPECT_EQ(10, hours[1].hour);
  EXPECT_EQ(5, hours[1].count);
  EXPECT_EQ("2026-03-04", hours[2].date.ToIso());
  EXPECT_EQ(23, hours[2].hour);
  EXPECT_EQ(0, hours[2].count);
}

// Sums are collected per day (and hour) in an array over the range asked for;
// a range too long for one (two centuries of hours) must give the same.
TEST(StoreTest, CounterSumsOverAVeryLongRangeAreTheSame) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.visits = {Visit("Hof", D(2026, 3, 2), 9 * 60 + 30, 3, 3, 2),
                  Visit("Eingang", D(2026, 3, 2), 9 * 60, 4, 1, 3),
                  Visit("Eingang", D(1999, 12, 31), 23 * 60, 5, 0, 4),
                  Visit("Hof", D(2026, 3, 5), 0, 6, 0, 5)};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(1900, 1, 1), D(2100, 12, 31)));
  ASSERT_EQ(3u, hours.size());
  EXPECT_EQ("1999-12-31", hours[0].date.ToIso());
  EXPECT_EQ(23, hours[0].hour);
  EXPECT_EQ("2026-03-02", hours[1].date.ToIso());
  EXPECT_EQ(9, hours[1].hour);
  EXPECT_EQ(7, hours[1].count);
  EXPECT_EQ("2026-03-05", hours[2].date.ToIso());
  EXPECT_EQ(0, hours[2].hour);
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(1900, 1, 1), D(2100, 12, 31)));
  ASSERT_EQ(3u, days.size());
  EXPECT_EQ(5, days[0].count);
  EXPECT_EQ(7, days[1].count);
  EXPECT_EQ(6, days[2].count);
}

// A daily total (a counter that exports one row per day) counts for the day
// but belongs to no hour: it must not pile up at midnight in the heatmap.
TEST(StoreTest, DailyTotalsCountForTheDayButNoHour) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  VisitCount daily = Visit("Eingang", D(2026, 3, 3), 0, 250, std::nullopt, 2);
  daily.interval_minutes = 1440;
  batch.visits = {Visit("Eingang", D(2026, 3, 2), 14 * 60, 7, std::nullopt, 3), daily};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ(250, days[1].count);
  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(1u, hours.size());
  EXPECT_EQ(14, hours[0].hour);
  EXPECT_EQ(7, hours[0].count);
}

// Readings are written many rows per statement: a batch that is not a
// multiple of that size must arrive whole, each row with its own values.
TEST(StoreTest, EveryReadingOfALargeBatchArrives) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  // 2 x 96 quarter hours on 2026-03-02 and 13 more on 2026-03-03: 205 rows,
  // reading i counts i visitors.
  int64_t expected_day1 = 0, expected_day2 = 0;
  for (int i = 0; i < 205; ++i) {
    Date day = i < 192 ? D(2026, 3, 2) : D(2026, 3, 3);
    std::string sensor = i < 96 ? "Eingang" : "Hof";
    batch.visits.push_back(Visit(sensor, day, (i % 96) * 15, i, std::nullopt, i + 2));
    (i < 192 ? expected_day1 : expected_day2) += i;
  }
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ(expected_day1, days[0].count);  // 0 + 1 + ... + 191 = 18336
  EXPECT_EQ(expected_day2, days[1].count);  // 192 + ... + 204 = 2574
  EXPECT_EQ(18336, expected_day1);
  EXPECT_EQ(2574, expected_day2);
}

TEST(StoreTest, TallyDaysSumCountsAndAgeGroups) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  auto tally = [](Date d, std::optional<int> from, std::optional<int> to, int64_t count,
                  std::map<std::string, int64_t> ages, int line) {
    Tally t;
    t.date = d;
    t.slot_start = from;
    t.slot_end = to;
    t.count = count;
    t.age_counts = std::move(ages);
    t.line = line;
    return t;
  };
  ImportBatch batch;
  batch.tallies = {
      tally(D(2026, 6, 1), 600, 720, 7, {{"18–29", 2}, {"65+", 5}}, 2),
      tally(D(2026, 6, 1), 720, 840, 4, {{"65+", 1}, {"30–64", 3}}, 3),
      tally(D(2026, 6, 3), std::nullopt, std::nullopt, 2, {}, 4),
  };
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kTallies, "t.csv", "h"), batch).status());
  std::vector<TallyDay> days = Unwrap(store->TallyDays("A", kFrom, kTo));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ("2026-06-01", days[0].date.ToIso());
  EXPECT_EQ(11, days[0].count);
  EXPECT_EQ((std::map<std::string, int64_t>{{"18–29", 2}, {"30–64", 3}, {"65+", 6}}),
            days[0].age_counts);
  EXPECT_EQ("2026-06-03", days[1].date.ToIso());
  EXPECT_EQ(2, days[1].count);
  EXPECT_TRUE(days[1].age_counts.empty());
}

TEST(StoreTest, DataSpanCoversAllDatedKinds) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch visits;
  visits.visits = {Visit("", D(2026, 3, 2), 600, 1, 0, 2)};
  ImportBatch events;
  events.events = {MakeEvent("V-1", D(2026, 1, 15), 2)};
  ImportBatch votes;
  votes.votes = {{D(2026, 9, 30), "x", 1, 2}};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "v", "h"), visits).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kEvents, "e", "h"), events).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVotes, "w", "h"), votes).status());
  std::optional<std::pair<Date, Date>> span = Unwrap(store->DataSpan("A"));
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ("2026-01-15", span->first.ToIso());
  EXPECT_EQ("2026-09-30", span->second.ToIso());
  EXPECT_FALSE(Unwrap(store->DataSpan("B")).has_value());
}

TEST(StoreTest, PartnersBeforeCountsHeldEventsOnly) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  Event a = MakeEvent("V-1", D(2026, 2, 1), 2);
  a.partners = {"VHS", "Bücherei"};
  Event cancelled = MakeEvent("V-2", D(2026, 2, 2), 3);
  cancelled.partners = {"Seniorenbeirat"};
  cancelled.status = EventStatus::kCancelled;
  Event later = MakeEvent("V-3", D(2026, 3, 1), 4);  // on the cut-off date: not before
  later.partners = {"Jugendzentrum", "VHS"};
  ImportBatch batch;
  batch.events = {a, cancelled, later};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kEvents, "e", "h"), batch).status());
  EXPECT_EQ((std::set<std::string>{"Bücherei", "VHS"}),
            Unwrap(store->PartnersBefore("A", D(2026, 3, 1))));
  EXPECT_EQ((std::set<std::string>{"Bücherei", "Jugendzentrum", "VHS"}),
            Unwrap(store->PartnersBefore("A", D(2026, 3, 2))));
}

}  // namespace
}  // namespace ankerbericht
