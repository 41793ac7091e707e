// The Locale writes numbers, percentages and dates as each language does;
// the German and English ones come from the strings tables.
#include "util/locale.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>

#include "util/strings.h"

namespace ankerbericht {
namespace {

const Locale& De() { return BuiltinLocale("de"); }
const Locale& En() { return BuiltinLocale("en"); }

struct NumberCase {
  double value;
  int decimals;
  const char* de;
  const char* en;
};

class LocaleNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(LocaleNumberTest, GermanAndEnglish) {
  const NumberCase& c = GetParam();
  EXPECT_EQ(De().FormatNumber(c.value, c.decimals), c.de);
  EXPECT_EQ(En().FormatNumber(c.value, c.decimals), c.en);
}

INSTANTIATE_TEST_SUITE_P(Values, LocaleNumberTest,
                         ::testing::Values(NumberCase{1234.5, 1, "1.234,5", "1,234.5"},  //
                                           NumberCase{0, 0, "0", "0"},                   //
                                           NumberCase{12, 0, "12", "12"},                //
                                           NumberCase{999, 0, "999", "999"},             //
                                           NumberCase{7376, 0, "7.376", "7,376"},        //
                                           NumberCase{20.6, 1, "20,6", "20.6"},          //
                                           NumberCase{1234567, 0, "1.234.567", "1,234,567"},
                                           NumberCase{1e9, 0, "1.000.000.000", "1,000,000,000"},
                                           NumberCase{3.14159, 2, "3,14", "3.14"},
                                           // Rounding may carry into a new thousands group.
                                           NumberCase{999.96, 1, "1.000,0", "1,000.0"},
                                           NumberCase{0.5, 2, "0,50", "0.50"}));

TEST(LocaleTest, NegativeUsesMinusSign) {
  EXPECT_EQ(De().FormatNumber(-1234.5, 1),
            "\u2212"
            "1.234,5");
  EXPECT_EQ(En().FormatNumber(-3, 0),
            "\u2212"
            "3");
}

TEST(LocaleTest, NegativeZeroAfterRoundingIsZero) {
  EXPECT_EQ(De().FormatNumber(-0.04, 1), "0,0");
  EXPECT_EQ(En().FormatNumber(-0.4, 0), "0");
  EXPECT_EQ(De().FormatNumber(-0.0001, 1), "0,0");
}

TEST(LocaleTest, NotANumberIsEmpty) {
  EXPECT_EQ(De().FormatNumber(std::numeric_limits<double>::quiet_NaN(), 1), "");
  EXPECT_EQ(En().FormatNumber(std::numeric_limits<double>::infinity(), 0), "");
}

TEST(LocaleTest, DefaultLocaleWritesGermanSeparators) {
  EXPECT_EQ(Locale().FormatNumber(1234.5, 1), "1.234,5");
  EXPECT_EQ(BuiltinLocale("xx").FormatNumber(1234.5, 1), "1.234,5");
}

TEST(LocaleTest, PercentAsEachLanguageWritesIt) {
  EXPECT_EQ(De().FormatPercent(79.6), "79,6 %");
  EXPECT_EQ(De().FormatPercent(1234.5), "1.234,5 %");
  EXPECT_EQ(De().FormatPercent(20, 0), "20 %");
  EXPECT_EQ(En().FormatPercent(79.6), "79.6%");
  EXPECT_EQ(En().FormatPercent(0), "0.0%");
}

TEST(LocaleTest, ValueByUnit) {
  EXPECT_EQ(De().FormatByUnit(79.61, "percent"), "79,6 %");
  EXPECT_EQ(En().FormatByUnit(4.26, "per_hour"), "4.3");
  EXPECT_EQ(En().FormatByUnit(7376.4, "count"), "7,376");
  EXPECT_EQ(De().FormatByUnit(std::nullopt, "count"), "–");
}

TEST(LocaleTest, DatesShortAndLong) {
  Date d(2026, 10, 15);
  EXPECT_EQ(De().FormatDate(d), "15.10.2026");
  EXPECT_EQ(En().FormatDate(d), "2026-10-15");
  EXPECT_EQ(De().FormatDate(Date(2026, 3, 1), Locale::DateStyle::kLong), "1. März 2026");
  EXPECT_EQ(En().FormatDate(Date(2026, 3, 1), Locale::DateStyle::kLong), "1 March 2026");
}

TEST(LocaleTest, WeekdayAndMonthNames) {
  EXPECT_EQ(De().WeekdayShort(0), "Mo");
  EXPECT_EQ(De().WeekdayShort(6), "So");
  EXPECT_EQ(En().WeekdayShort(0), "Mon");
  EXPECT_EQ(En().WeekdayLong(6), "Sunday");
  EXPECT_EQ(De().WeekdayLong(2), "Mittwoch");
  EXPECT_EQ(De().MonthLong(10), "Oktober");
  EXPECT_EQ(En().MonthShort(10), "Oct");
  EXPECT_EQ(De().MonthShort(3), "Mär");
  EXPECT_EQ(En().MonthLong(12), "December");
  EXPECT_EQ(En().WeekdayShort(7), "");
  EXPECT_EQ(En().MonthLong(0), "");
}

TEST(LocaleTest, FromWordsReadsEveryEntryFromTheTable) {
  // A made-up third language: everything comes from its table.
  Locale l = Locale::FromWords([](std::string_view key) -> std::string {
    if (key == "locale.decimal_separator") return ",";
    if (key == "locale.thousands_separator") return "\u202F";
    if (key == "locale.percent") return "{n}\u00A0%";
    if (key == "locale.date.short") return "{dd}/{mm}/{yyyy}";
    if (key == "locale.date.long") return "{d} {month} {yyyy}";
    return "<" + std::string(key) + ">";
  });
  EXPECT_EQ(l.FormatNumber(7376.5, 1), "7\u202F376,5");
  EXPECT_EQ(l.FormatPercent(79.6), "79,6\u00A0%");
  EXPECT_EQ(l.FormatDate(Date(2026, 10, 5)), "05/10/2026");
  EXPECT_EQ(l.FormatDate(Date(2026, 10, 5), Locale::DateStyle::kLong),
            "5 <locale.month.long.10> 2026");
  EXPECT_EQ(l.WeekdayShort(4), "<locale.weekday.short.5>");
}

}  // namespace
}  // namespace ankerbericht
