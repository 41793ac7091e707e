#include "util/format.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

struct NumberCase {
  double value;
  int decimals;
  const char* de;
  const char* en;
};

class FormatNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(FormatNumberTest, GermanAndEnglish) {
  const NumberCase& c = GetParam();
  EXPECT_EQ(FormatNumber(c.value, c.decimals, "de"), c.de);
  EXPECT_EQ(FormatNumber(c.value, c.decimals, "en"), c.en);
}

INSTANTIATE_TEST_SUITE_P(Values, FormatNumberTest,
                         ::testing::Values(NumberCase{1234.5, 1, "1.234,5", "1,234.5"},  //
                                           NumberCase{0, 0, "0", "0"},                   //
                                           NumberCase{12, 0, "12", "12"},                //
                                           NumberCase{999, 0, "999", "999"},             //
                                           NumberCase{1000, 0, "1.000", "1,000"},        //
                                           NumberCase{1234567, 0, "1.234.567", "1,234,567"},
                                           NumberCase{3.14159, 2, "3,14", "3.14"},
                                           // Rounding may carry into a new thousands group.
                                           NumberCase{999.96, 1, "1.000,0", "1,000.0"},
                                           NumberCase{0.5, 2, "0,50", "0.50"}));

TEST(FormatNumberTest, NegativeUsesMinusSign) {
  EXPECT_EQ(FormatNumber(-1234.5, 1, "de"),
            "\u2212"
            "1.234,5");
  EXPECT_EQ(FormatNumber(-3, 0, "en"),
            "\u2212"
            "3");
}

TEST(FormatNumberTest, NegativeZeroAfterRoundingIsZero) {
  EXPECT_EQ(FormatNumber(-0.04, 1, "de"), "0,0");
  EXPECT_EQ(FormatNumber(-0.4, 0, "en"), "0");
}

TEST(FormatNumberTest, UnknownLanguageFormatsGerman) {
  EXPECT_EQ(FormatNumber(1234.5, 1, "fr"), "1.234,5");
}

TEST(FormatPercentTest, GermanHasSpaceBeforeSign) {
  EXPECT_EQ(FormatPercent(12.5, "de"), "12,5 %");
  EXPECT_EQ(FormatPercent(100, "de"), "100,0 %");
  EXPECT_EQ(FormatPercent(1234.5, "de"), "1.234,5 %");
}

TEST(FormatPercentTest, EnglishHasNoSpace) {
  EXPECT_EQ(FormatPercent(12.5, "en"), "12.5%");
  EXPECT_EQ(FormatPercent(0, "en"), "0.0%");
}

}  // namespace
}  // namespace ankerbericht
