// WrapText and FitText (render/pdf_layout.h) with a fake font in which every
// character is one unit wide: no libharu needed.
#include "render/pdf_layout.h"

#include <gtest/gtest.h>
#include <hpdf.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "render/pdf_renderer.h"
#include "render_test_util.h"

namespace ankerbericht {
namespace {

using render_test::CodePoints;

// Width in "characters".
double CharWidth(std::string_view s) { return static_cast<double>(CodePoints(s)); }

bool IsValidUtf8Text(const std::string& s) { return SanitizeUtf8(s) == s; }

// ---------------------------------------------------------------- WrapText

TEST(WrapTextTest, BreaksAtSpacesAndCountsUmlautsAsOneCharacter) {
  // With byte counting, "Übersicht" (10 bytes) would not fit 9 and be cut.
  EXPECT_EQ(WrapText("Größe Übersicht Straße", 9, CharWidth),
            (std::vector<std::string>{"Größe", "Übersicht", "Straße"}));
  EXPECT_EQ(WrapText("Größe Straße", 12, CharWidth), (std::vector<std::string>{"Größe Straße"}));
}

TEST(WrapTextTest, MeasuresEachWordOnceSoLongTextsCostTheirLength) {
  // The layout is linear in the text's length (issue 17): a paragraph of
  // 2,000 words is measured word by word, not line by line again for every
  // word added. Counted in characters handed to the width function.
  for (int words : {200, 2000}) {
    std::string text;
    for (int i = 0; i < words; ++i)
      text += (i ? " " : "") + std::string("Wort") + std::to_string(i % 10);
    size_t measured = 0;
    auto counting = [&measured](std::string_view s) {
      measured += s.size();
      return CharWidth(s);
    };
    const std::vector<std::string> lines = WrapText(text, 60, counting);
    EXPECT_GT(lines.size(), static_cast<size_t>(words / 12)) << words;
    EXPECT_LE(measured, 2 * text.size()) << words << " words";
  }
}

TEST(WrapTextTest, NumberKeepsItsPercentSign) {
  // "79,6 %" at the end of a line: the number goes to the next line with its
  // sign, the sign never alone ("Anteil 79,6" / "%").
  EXPECT_EQ(WrapText("Anteil 79,6 %", 9, CharWidth),
            (std::vector<std::string>{"Anteil", "79,6 %"}));
  EXPECT_EQ(WrapText("rund 12,5 %) mehr", 8, CharWidth),
            (std::vector<std::string>{"rund", "12,5 %)", "mehr"}));
}

TEST(WrapTextTest, BreaksLongGermanCompoundWithinWidth) {
  const std::string word = "Digitalisierungsberatungsangebote";
  std::vector<std::string> lines = WrapText("Die " + word + " wirken", 10, CharWidth);
  ASSERT_GE(lines.size(), 4u);
  std::string joined;
  for (const std::string& line : lines) {
    EXPECT_LE(CharWidth(line), 10) << line;
    EXPECT_TRUE(IsValidUtf8Text(line)) << line;
    joined += line;
  }
  // The rest of the compound shares its line with the next word.
  EXPECT_EQ(lines, (std::vector<std::string>{"Die", "Digitalisi", "erungsbera", "tungsangeb",
                                             "ote wirken"}));
  EXPECT_EQ(joined, "Die" + word + " wirken");  // nothing lost, nothing added
}

TEST(WrapTextTest, NeverCutsInsideAnUmlaut) {
  std::vector<std::string> lines = WrapText("ÄÖÜäöüßÄÖÜäöüß", 4, CharWidth);
  ASSERT_EQ(lines.size(), 4u);
  for (const std::string& line : lines) {
    EXPECT_TRUE(IsValidUtf8Text(line));
    EXPECT_LE(CharWidth(line), 4);
  }
  EXPECT_EQ(lines[0], "ÄÖÜä");
}

TEST(WrapTextTest, PrefersExistingHyphens) {
  EXPECT_EQ(WrapText("E-Mail-Adressenverwaltung", 12, CharWidth).front(), "E-Mail-");
}

TEST(WrapTextTest, HardBreaksAndEmptyText) {
  EXPECT_EQ(WrapText("a\nb", 10, CharWidth), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(WrapText("", 10, CharWidth), (std::vector<std::string>{""}));
  EXPECT_EQ(WrapText("  viel   Platz  ", 40, CharWidth), (std::vector<std::string>{"viel Platz"}));
}

TEST(WrapTextTest, MakesProgressWhenOneCharacterIsWiderThanTheLine) {
  std::vector<std::string> lines = WrapText("abc", 0.5, CharWidth);
  EXPECT_EQ(lines, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(WrapTextTest, RepairsInvalidUtf8) {
  std::vector<std::string> lines = WrapText("ab\xC3\x28 \xFF\tz", 100, CharWidth);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(IsValidUtf8Text(lines[0]));
  EXPECT_EQ(lines[0], "ab\uFFFD( \uFFFD z");
}

TEST(WrapTextTest, HandlesVeryLongWordQuickly) {
  std::string word(200000, 'x');
  std::vector<std::string> lines = WrapText(word, 80, CharWidth);
  EXPECT_EQ(lines.size(), 2500u);
}

TEST(WrapTextTest, FitTextShortensWithEllipsis) {
  EXPECT_EQ(FitText("Stadtlabor", 20, CharWidth), "Stadtlabor");
  EXPECT_EQ(FitText("Stadtlabor Musterstadt", 12, CharWidth), "Stadtlabor\u2026");
  EXPECT_EQ(FitText("Größe", 0.5, CharWidth), "");
}

}  // namespace
// The renderer's text measure (render/pdf_writer.cc) remembers each
// character's width instead of asking libharu for every text, and WrapText
// (render/pdf_layout.cc) adds word widths instead of measuring each growing
// line. Both must give exactly what measuring whole texts with libharu gives.
namespace {

// libharu measuring the whole text at once, as the renderer did before.
class LibharuMeasure {
 public:
  explicit LibharuMeasure(const std::string& font_file) : pdf_(HPDF_New(nullptr, nullptr)) {
    HPDF_UseUTFEncodings(pdf_);
    HPDF_SetCurrentEncoder(pdf_, "UTF-8");
    const char* name = HPDF_LoadTTFontFromFile(pdf_, font_file.c_str(), HPDF_TRUE);
    font_ = name ? HPDF_GetFont(pdf_, name, "UTF-8") : nullptr;
  }
  ~LibharuMeasure() { HPDF_Free(pdf_); }
  bool ok() const { return font_ != nullptr; }
  double operator()(std::string_view text, double size) const {
    if (text.empty()) return 0;
    HPDF_TextWidth tw = HPDF_Font_TextWidth(font_, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                            static_cast<HPDF_UINT>(text.size()));
    return tw.width * size / 1000.0;
  }

 private:
  HPDF_Doc pdf_;
  HPDF_Font font_ = nullptr;
};

// German report prose with the characters that occur in it, some twice (the
// second time from the remembered widths), and characters DejaVu lacks.
const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = {
      "Besucherinnen und Besucher im ersten Halbjahr",
      "Größe, Übersicht, Straße – „Jugendtreff“ für 12–17-Jährige: 1.234 € (±5 %)",
      "Kinder-/Jugendarbeit · Öffnungszeiten Mo–Fr 10:00–18:00 … ÄÖÜ äöü ß",
      "Zusammenarbeit 協力 und 🙂 bleiben stehen, wenn die Schrift sie nicht hat",
      "W",
      " ",
      "",
  };
  return texts;
}

TEST(TextMeasureTest, RememberedWidthsEqualLibharuMeasuringWholeTexts) {
  PdfOptions options;
  Result<MeasureFn> measure = FontMeasure(options);
  ASSERT_TRUE(measure.ok()) << measure.status().ToString();
  for (const auto& [file, style] : {std::pair{options.regular_font, FontStyle::kRegular},
                                    std::pair{options.bold_font, FontStyle::kBold}}) {
    LibharuMeasure whole(file);
    ASSERT_TRUE(whole.ok()) << file;
    for (int pass = 0; pass < 2; ++pass) {
      for (const std::string& text : Texts()) {
        for (double size : {9.0, 10.5, 24.0}) {
          EXPECT_EQ(whole(text, size), (*measure)(text, style, size)) << text << " at " << size;
        }
      }
    }
  }
}

// The wrapping as it was: every candidate line measured whole (spaces bound
// as WrapText binds them, and measured as drawn).
std::vector<std::string> WrapMeasuringEveryLine(std::string_view plain, double max_width,
                                                const WidthFn& drawn) {
  const std::string bound = BindNonBreakingSpaces(plain);
  std::string_view text = bound;
  WidthFn width = [&drawn](std::string_view s) { return drawn(UnbindSpaces(s)); };
  std::vector<std::string> lines;
  std::string current;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = text.find_first_not_of(' ', pos);
    if (start == std::string_view::npos) break;
    size_t end = std::min(text.find(' ', start), text.size());
    std::string word(text.substr(start, end - start));
    pos = end;
    std::string candidate = current.empty() ? word : current + " " + word;
    if (width(candidate) <= max_width) {
      current = candidate;
      continue;
    }
    if (!current.empty()) lines.push_back(current);
    current = word;  // the texts below have no word wider than a line
  }
  lines.push_back(current);
  for (std::string& line : lines) line = UnbindSpaces(line);
  return lines;
}

TEST(TextMeasureTest, WrappingByAddedWordWidthsBreaksWhereMeasuringWholeLinesDoes) {
  Result<MeasureFn> measure = FontMeasure(PdfOptions{});
  ASSERT_TRUE(measure.ok()) << measure.status().ToString();
  WidthFn width = [&](std::string_view s) { return (*measure)(s, FontStyle::kRegular, 10); };
  std::string paragraph;
  for (int i = 0; i < 40; ++i) paragraph += Texts()[static_cast<size_t>(i % 3)] + " ";
  // Widths in steps small enough that some lines end exactly at the limit.
  for (double max_width = 120; max_width <= 480; max_width += 0.5) {
    EXPECT_EQ(WrapMeasuringEveryLine(paragraph, max_width, width),
              WrapText(paragraph, max_width, width))
        << "at width " << max_width;
  }
  // A line exactly as wide as the limit fits, as before.
  const std::string exact = "Größe Übersicht Straße";
  EXPECT_EQ(WrapText(exact, width(exact), width), (std::vector<std::string>{exact}));
}

}  // namespace

}  // namespace ankerbericht
