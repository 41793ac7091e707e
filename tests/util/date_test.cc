#include "util/date.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

// ---------------------------------------------------------------- Date::Parse

struct ParseCase {
  const char* text;
  const char* iso;  // nullptr: must be rejected
};

class DateParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(DateParseTest, ParsesOrRejects) {
  const ParseCase& c = GetParam();
  std::optional<Date> d = Date::Parse(c.text);
  if (c.iso == nullptr) {
    EXPECT_FALSE(d.has_value()) << c.text << " parsed as " << d->ToIso();
  } else {
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->ToIso(), c.iso) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, DateParseTest,
    ::testing::Values(
        // German forms.
        ParseCase{"31.01.2026", "2026-01-31"}, ParseCase{"1.2.2026", "2026-02-01"},
        ParseCase{"05.03.26", "2026-03-05"}, ParseCase{" 31.01.2026 ", "2026-01-31"},
        // ISO.
        ParseCase{"2026-01-31", "2026-01-31"},
        // A time part after the date is accepted and ignored.
        ParseCase{"31.01.2026 14:00", "2026-01-31"}, ParseCase{"2026-01-31 00:00:00", "2026-01-31"},
        ParseCase{"2026-01-31T14:00:00+01:00", "2026-01-31"},
        // Leap years.
        ParseCase{"29.02.2024", "2024-02-29"}, ParseCase{"29.02.2025", nullptr},
        // Impossible or malformed dates.
        ParseCase{"31.02.2026", nullptr}, ParseCase{"31.04.2026", nullptr},
        ParseCase{"00.01.2026", nullptr}, ParseCase{"01.13.2026", nullptr},
        ParseCase{"2026-1-31", nullptr}, ParseCase{"2026-02-30", nullptr},
        ParseCase{"1.1.202", nullptr}, ParseCase{"2026.01.31", nullptr},
        ParseCase{"31.01.2026x", nullptr}, ParseCase{"31.01.2026 abends", nullptr},
        ParseCase{"Januar 2026", nullptr}, ParseCase{"", nullptr}));

TEST(DateTest, ConstructorAndAccessors) {
  Date d(2026, 3, 5);
  EXPECT_EQ(d.year(), 2026);
  EXPECT_EQ(d.month(), 3u);
  EXPECT_EQ(d.day(), 5u);
  EXPECT_EQ(d.ToIso(), "2026-03-05");
  EXPECT_EQ(d.ToGerman(), "05.03.2026");
}

TEST(DateTest, DefaultIsEpoch) {
  EXPECT_EQ(Date().ToIso(), "1970-01-01");
  EXPECT_EQ(Date().days(), 0);
  EXPECT_EQ(Date::FromDays(1).ToIso(), "1970-01-02");
}

TEST(DateTest, WeekdayStartsOnMonday) {
  // 5 January 2026 is a Monday; 11 January 2026 the Sunday of that week.
  EXPECT_EQ(Date(2026, 1, 5).weekday(), 0);
  EXPECT_EQ(Date(2026, 1, 6).weekday(), 1);
  EXPECT_EQ(Date(2026, 1, 11).weekday(), 6);
}

TEST(DateTest, AddDaysCrossesMonthAndYear) {
  EXPECT_EQ(Date(2025, 12, 31).AddDays(1).ToIso(), "2026-01-01");
  EXPECT_EQ(Date(2026, 3, 1).AddDays(-1).ToIso(), "2026-02-28");
}

TEST(DateTest, AddMonthsClampsToMonthLength) {
  EXPECT_EQ(Date(2026, 1, 31).AddMonths(1).ToIso(), "2026-02-28");
  EXPECT_EQ(Date(2024, 1, 31).AddMonths(1).ToIso(), "2024-02-29");
  EXPECT_EQ(Date(2026, 3, 31).AddMonths(-1).ToIso(), "2026-02-28");
  EXPECT_EQ(Date(2026, 1, 15).AddMonths(-1).ToIso(), "2025-12-15");
  EXPECT_EQ(Date(2026, 11, 30).AddMonths(3).ToIso(), "2027-02-28");
  EXPECT_EQ(Date(2026, 7, 1).AddMonths(-12).ToIso(), "2025-07-01");
}

TEST(DateTest, FirstOfMonth) { EXPECT_EQ(Date(2026, 2, 17).FirstOfMonth().ToIso(), "2026-02-01"); }

TEST(DateTest, Ordering) {
  EXPECT_LT(Date(2026, 1, 31), Date(2026, 2, 1));
  EXPECT_EQ(Date(2026, 1, 31), *Date::Parse("31.01.2026"));
}

// ---------------------------------------------------------------- times of day

TEST(ParseTimeOfDayTest, AcceptedForms) {
  EXPECT_EQ(ParseTimeOfDay("14:30"), 14 * 60 + 30);
  EXPECT_EQ(ParseTimeOfDay("14.30"), 14 * 60 + 30);
  EXPECT_EQ(ParseTimeOfDay("14:30:59"), 14 * 60 + 30);
  EXPECT_EQ(ParseTimeOfDay("9"), 9 * 60);
  EXPECT_EQ(ParseTimeOfDay("09:05"), 9 * 60 + 5);
  EXPECT_EQ(ParseTimeOfDay("0:00"), 0);
  EXPECT_EQ(ParseTimeOfDay("18 Uhr"), 18 * 60);
  EXPECT_EQ(ParseTimeOfDay(" 14:00 "), 14 * 60);
}

TEST(ParseTimeOfDayTest, MidnightAtEndOfDay) {
  EXPECT_EQ(ParseTimeOfDay("24:00"), 1440);
  EXPECT_EQ(ParseTimeOfDay("24:01"), std::nullopt);
}

TEST(ParseTimeOfDayTest, Rejects) {
  for (const char* bad :
       {"", "25:00", "14:60", "14:3", "14:30:60", "abc", "14:00 abends", "14-16"}) {
    EXPECT_EQ(ParseTimeOfDay(bad), std::nullopt) << bad;
  }
}

TEST(FormatTimeOfDayTest, PadsWithZeros) {
  EXPECT_EQ(FormatTimeOfDay(9 * 60 + 5), "09:05");
  EXPECT_EQ(FormatTimeOfDay(1440), "24:00");
}

// ---------------------------------------------------------------- timestamps

struct TimestampCase {
  const char* text;
  const char* iso;
  int minute;
};

class ParseTimestampTest : public ::testing::TestWithParam<TimestampCase> {};

TEST_P(ParseTimestampTest, KeepsLocalTime) {
  const TimestampCase& c = GetParam();
  std::optional<Timestamp> ts = ParseTimestamp(c.text);
  ASSERT_TRUE(ts.has_value()) << c.text;
  EXPECT_EQ(ts->date.ToIso(), c.iso) << c.text;
  EXPECT_EQ(ts->minute, c.minute) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, ParseTimestampTest,
    ::testing::Values(TimestampCase{"31.01.2026 14:00", "2026-01-31", 840},
                      TimestampCase{"31.01.2026 14.30", "2026-01-31", 870},
                      TimestampCase{"2026-01-31 14:00:00", "2026-01-31", 840},
                      TimestampCase{"2026-01-31T14:00:00", "2026-01-31", 840},
                      // The zone is dropped, the wall-clock time kept.
                      TimestampCase{"2026-06-30T23:15:00+0200", "2026-06-30", 23 * 60 + 15},
                      TimestampCase{"2026-06-30T23:15:00+02:00", "2026-06-30", 23 * 60 + 15},
                      TimestampCase{"2026-06-30T08:00:00-04:00", "2026-06-30", 8 * 60},
                      TimestampCase{"2026-01-31T14:00:00Z", "2026-01-31", 840},
                      TimestampCase{"2026-01-31 14:00 +0100", "2026-01-31", 840},
                      // Fractional seconds are ignored.
                      TimestampCase{"2026-01-31 05:40:39.000", "2026-01-31", 5 * 60 + 40},
                      TimestampCase{"2026-01-31T05:40:39.123Z", "2026-01-31", 5 * 60 + 40},
                      // A date alone is midnight.
                      TimestampCase{"31.01.2026", "2026-01-31", 0}));

TEST(ParseTimestampTest, Rejects) {
  for (const char* bad : {"", "31.01.2026 25:00", "31.02.2026 14:00", "2026-01-31X14:00", "14:00",
                          "31.01.2026 Mittag"}) {
    EXPECT_FALSE(ParseTimestamp(bad).has_value()) << bad;
  }
}

TEST(ParseTimestampTest, OrdersByDateThenMinute) {
  EXPECT_LT(*ParseTimestamp("31.01.2026 14:00"), *ParseTimestamp("31.01.2026 15:00"));
  EXPECT_LT(*ParseTimestamp("31.01.2026 23:00"), *ParseTimestamp("01.02.2026 00:00"));
}

// ---------------------------------------------------------------- month names

TEST(MonthNameTest, GermanAndEnglish) {
  EXPECT_STREQ(GermanMonthName(3), "März");
  EXPECT_STREQ(EnglishMonthName(12), "December");
  EXPECT_STREQ(GermanMonthName(0), "");
  EXPECT_STREQ(GermanMonthName(13), "");
}

}  // namespace
}  // namespace ankerbericht
