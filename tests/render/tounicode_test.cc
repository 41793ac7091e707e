#include "render/tounicode.h"

#include <gtest/gtest.h>

#include <string>

namespace ankerbericht {
namespace {

TEST(ToUnicodeTest, MapsEachDrawnCharacterToItself) {
  std::set<uint32_t> chars;
  AddCharacters("Größe „€“", &chars);
  std::string cmap = ToUnicodeCMap(chars);
  EXPECT_NE(cmap.find("<00F6> <00F6>"), std::string::npos) << cmap;
  EXPECT_NE(cmap.find("<20AC> <20AC>"), std::string::npos);
  EXPECT_NE(cmap.find("<201E> <201E>"), std::string::npos);
  EXPECT_NE(cmap.find("/CMapType 2 def"), std::string::npos);
  EXPECT_NE(cmap.find("9 beginbfchar"), std::string::npos);  // G r ö ß e, space, „ € “
  // The operator poppler rejects in a ToUnicode map is gone.
  EXPECT_EQ(cmap.find("cidrange"), std::string::npos);
}

TEST(ToUnicodeTest, BlocksHoldAtMostOneHundredEntries) {
  std::set<uint32_t> chars;
  for (uint32_t c = 0x20; c < 0x20 + 250; ++c) chars.insert(c);
  std::string cmap = ToUnicodeCMap(chars);
  EXPECT_NE(cmap.find("100 beginbfchar"), std::string::npos);
  EXPECT_NE(cmap.find("50 beginbfchar"), std::string::npos);
}

TEST(ToUnicodeTest, LeavesOutWhatTwoBytesCannotHoldAndBrokenBytes) {
  std::set<uint32_t> chars;
  AddCharacters(
      "a\xF0\x9F\x98\x80"
      "b\xC3",
      &chars);  // an emoji and a cut-off umlaut
  EXPECT_EQ(chars, (std::set<uint32_t>{'a', 0x1F600, 'b'}));
  std::string cmap = ToUnicodeCMap(chars);
  EXPECT_NE(cmap.find("2 beginbfchar"), std::string::npos) << cmap;
  EXPECT_EQ(cmap.find("1F600"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
