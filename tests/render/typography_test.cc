// Where lines may not break: ordinals, numbers with units, "z. B."; and
// the wrapper that honours it without leaving no-break spaces in the text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/pdf_layout.h"
#include "render/table_layout.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::FakeMeasure;

const std::string kNbsp = "\u00A0";

// The German document's words (render.typography.* in the strings table).
const BoundWords kGerman{{"Pp.", "Std.", "Uhr"}, {"z. B.", "d. h.", "u. a.", "o. Ä."}};

TEST(TypographyTest, BindsOrdinalsUnitsAndAbbreviations) {
  EXPECT_EQ(BindNonBreakingSpaces("ggü. 2. Halbjahr 2025", kGerman),
            "ggü. 2." + kNbsp + "Halbjahr 2025");
  EXPECT_EQ(BindNonBreakingSpaces("am 1. Januar", kGerman), "am 1." + kNbsp + "Januar");
  EXPECT_EQ(BindNonBreakingSpaces("81,1 % erreicht", kGerman), "81,1" + kNbsp + "% erreicht");
  EXPECT_EQ(BindNonBreakingSpaces("rund 210.000 € im Jahr", kGerman),
            "rund 210.000" + kNbsp + "€ im Jahr");
  EXPECT_EQ(BindNonBreakingSpaces("−3,6 Pp. ggü.", kGerman), "−3,6" + kNbsp + "Pp. ggü.");
  EXPECT_EQ(BindNonBreakingSpaces("bis 21 Uhr", kGerman), "bis 21" + kNbsp + "Uhr");
  EXPECT_EQ(BindNonBreakingSpaces("z. B. Kurse", kGerman), "z." + kNbsp + "B. Kurse");
}

TEST(TypographyTest, LeavesOrdinaryBreaksAlone) {
  // A year ending a sentence is not an ordinal; "21 Uhrzeiten" is no unit.
  EXPECT_EQ(BindNonBreakingSpaces("seit 2025. Die Zahl", kGerman), "seit 2025. Die Zahl");
  EXPECT_EQ(BindNonBreakingSpaces("21 Uhrzeiten", kGerman), "21 Uhrzeiten");
  EXPECT_EQ(BindNonBreakingSpaces("Version 1.2. Dann", kGerman), "Version 1.2. Dann");
  EXPECT_EQ(BindNonBreakingSpaces("16 Partner", kGerman), "16 Partner");
  EXPECT_EQ(UnbindSpaces("2." + kNbsp + "Halbjahr"), "2. Halbjahr");
}

// The unit words and abbreviations are the document's: outside a
// document's scope only ordinals and symbols bind.
TEST(TypographyTest, UnitWordsComeFromTheDocument) {
  EXPECT_EQ(BindNonBreakingSpaces("bis 21 Uhr, z. B. Kurse"), "bis 21 Uhr, z. B. Kurse");
  {
    BoundWordsScope scope(kGerman);
    EXPECT_EQ(BindNonBreakingSpaces("bis 21 Uhr, z. B. Kurse"),
              "bis 21" + kNbsp + "Uhr, z." + kNbsp + "B. Kurse");
  }
  EXPECT_EQ(BindNonBreakingSpaces("bis 21 Uhr"), "bis 21 Uhr");
}

// Every width from very narrow to wide: the tile text of the sample report
// never breaks inside "2. Halbjahr" or "30,0 %", and the lines hold plain
// spaces only.
TEST(TypographyTest, WrapperNeverBreaksInsideBoundSpaces) {
  const std::string text = "+30,0 % ggü. 2. Halbjahr 2025, das sind 1.083 Teilnehmende";
  WidthFn width = [](std::string_view s) { return FakeMeasure(s, FontStyle::kRegular, 7.5); };
  for (double max = 40; max <= 300; max += 1) {
    std::vector<std::string> lines = WrapText(text, max, width);
    for (const std::string& line : lines) {
      EXPECT_EQ(line.find(kNbsp), std::string::npos) << max;
      EXPECT_NE(line.rfind("Halbjahr", 0), 0u) << "\"Halbjahr\" starts a line at width " << max;
      EXPECT_NE(line.rfind("%", 0), 0u) << "\"%\" starts a line at width " << max;
    }
  }
}

TEST(TypographyTest, WrapperHonoursNoBreakSpacesInTheInput) {
  WidthFn width = [](std::string_view s) { return FakeMeasure(s, FontStyle::kRegular, 10); };
  std::vector<std::string> lines =
      WrapText("Stadtlabor" + kNbsp + "Lindenau ist offen", 110, width);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "Stadtlabor Lindenau");
}

TEST(TypographyTest, TableColumnsMakeRoomForBoundWords) {
  // "1. Halbjahr" must fit a column as one word, so the column is at least
  // as wide as it.
  Table t;
  t.columns = {{"Zeitraum", false}, {"Beschreibung", false}};
  t.rows = {{"1. Halbjahr", std::string(400, 'x')}};
  std::vector<double> widths = TableColumnWidths(t, 200, FakeMeasure);
  EXPECT_GE(widths[0], FakeMeasure("1. Halbjahr", FontStyle::kRegular, 8.5));
}

}  // namespace
}  // namespace ankerbericht
