// The report's colours against WCAG 2: text at least 4.5:1 on the
// backgrounds it is set on (1.4.3), graphics - bars, lines, symbols, tile
// stripes - at least 3:1 on white and the light chart background (1.4.11),
// for the default theme, the sample site's green and a branding colour that
// is far too light.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/block_layout.h"
#include "render/chart_axes.h"
#include "render/pdf_layout.h"

namespace ankerbericht {
namespace {

constexpr Rgb kFrame = chart::kFrameFill;

std::string Hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", int(c.r * 255 + 0.5), int(c.g * 255 + 0.5),
                int(c.b * 255 + 0.5));
  return buf;
}

void ExpectGraphic(Rgb c, const std::string& what) {
  EXPECT_GE(ContrastRatio(c, palette::kWhite), 3.0) << what << " " << Hex(c) << " on white";
  EXPECT_GE(ContrastRatio(c, kFrame), 3.0) << what << " " << Hex(c) << " on the chart background";
}

Theme ThemeWith(const std::string& colour) {
  DocumentInfo info;
  info.primary_color = colour;
  return ThemeFor(info);
}

TEST(PaletteTest, ContrastRatioFollowsWcag) {
  EXPECT_NEAR(ContrastRatio(HexColor(0x000000), HexColor(0xFFFFFF)), 21.0, 1e-9);
  EXPECT_NEAR(ContrastRatio(HexColor(0x777777), HexColor(0x777777)), 1.0, 1e-9);
  // Okabe-Ito orange on white, the value the press office measured.
  EXPECT_NEAR(ContrastRatio(HexColor(0xE69F00), HexColor(0xFFFFFF)), 2.25, 0.01);
  EXPECT_NEAR(ContrastRatio(HexColor(0x1B6E4B), HexColor(0x009E73)), 1.82, 0.01);
}

TEST(PaletteTest, TextColoursReachFourPointFive) {
  for (Rgb text : {palette::kText, palette::kMuted}) {
    for (Rgb ground : {palette::kWhite, kFrame, palette::kShade}) {
      EXPECT_GE(ContrastRatio(text, ground), 4.5) << Hex(text) << " on " << Hex(ground);
    }
  }
}

TEST(PaletteTest, GraphicsColoursReachThreeToOne) {
  for (const std::string& brand : {std::string(""), std::string("#1B6E4B"), std::string("#F0E442"),
                                   std::string("#FFFFFF"), std::string("#9AD0F0")}) {
    Theme theme = ThemeWith(brand);
    ExpectGraphic(theme.primary, "primary for '" + brand + "'");
    std::vector<Rgb> series = chart::SeriesPalette(theme.primary);
    for (size_t i = 0; i < series.size(); ++i) {
      ExpectGraphic(series[i], "series " + std::to_string(i) + " for '" + brand + "'");
    }
  }
  ExpectGraphic(palette::kHighlight, "highlight (deadline diamond)");
  ExpectGraphic(chart::kAxisLine, "axis line");
  ExpectGraphic(chart::kPrevious, "previous period line");
  for (TargetStatus s :
       {TargetStatus::kMet, TargetStatus::kNear, TargetStatus::kMissed, TargetStatus::kNone}) {
    ExpectGraphic(StatusColor(s), "status stripe " + std::to_string(static_cast<int>(s)));
  }
}

TEST(PaletteTest, StatusColoursDifferFromEachOther) {
  std::vector<Rgb> c = {StatusColor(TargetStatus::kMet), StatusColor(TargetStatus::kNear),
                        StatusColor(TargetStatus::kMissed), StatusColor(TargetStatus::kNone)};
  for (size_t i = 0; i < c.size(); ++i) {
    for (size_t j = i + 1; j < c.size(); ++j) EXPECT_NE(Hex(c[i]), Hex(c[j]));
  }
}

// "erfüllt" in the site's green next to "offen" in Okabe-Ito's bluish green
// read as one colour (1.8:1): the palette moves colours of the primary's hue
// behind the distinct ones.
TEST(PaletteTest, NoSecondGreenNextToAGreenBrand) {
  std::vector<Rgb> series = chart::SeriesPalette(*ParseHexColor("#1B6E4B"));
  for (size_t i = 1; i < 4; ++i) EXPECT_NE(Hex(series[i]), "#009E73") << i;
  // The default blue brand gets the usual Okabe-Ito order: orange, green.
  std::vector<Rgb> plain = chart::SeriesPalette(palette::kAccent);
  EXPECT_EQ(Hex(plain[1]), "#BD8200");
  EXPECT_EQ(Hex(plain[2]), "#009E73");
}

TEST(PaletteTest, TextOnAnyFillReadsAtFourPointFive) {
  // Heatmap cells from the lightest tint to the primary colour, and greys.
  for (Rgb primary : {palette::kAccent, *ParseHexColor("#1B6E4B")}) {
    for (double t = 0; t <= 1.0001; t += 0.05) {
      Rgb fill = chart::Mix(HexColor(0xEEF4FA), primary, t);
      EXPECT_GE(ContrastRatio(chart::TextOn(fill), fill), 4.5) << Hex(fill);
    }
  }
  for (int v = 0; v <= 255; v += 5) {
    Rgb grey = HexColor(v * 0x010101);
    EXPECT_GE(ContrastRatio(chart::TextOn(grey), grey), 4.5) << Hex(grey);
  }
}

TEST(PaletteTest, TooLightBrandingIsDarkenedWithAWarning) {
  DocumentInfo info;
  info.primary_color = "#F0E442";
  Theme theme = ThemeFor(info);
  EXPECT_TRUE(theme.primary_darkened);
  EXPECT_EQ(Hex(theme.brand), "#F0E442");  // the cover band keeps the brand
  std::optional<std::string> warning = BrandingColourWarning(info);
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("#F0E442"), std::string::npos) << *warning;
  EXPECT_NE(warning->find(Hex(theme.primary)), std::string::npos) << *warning;
  EXPECT_NE(warning->find("3:1"), std::string::npos) << *warning;

  info.primary_color = "#1B6E4B";  // the sample site: dark enough
  EXPECT_FALSE(ThemeFor(info).primary_darkened);
  EXPECT_FALSE(BrandingColourWarning(info).has_value());
  info.primary_color = "";
  EXPECT_FALSE(BrandingColourWarning(info).has_value());
}

}  // namespace
}  // namespace ankerbericht
