#include "store/codec.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/codec.h"
#include "store/schema.h"
#include "store/store_test_helpers.h"

namespace ankerbericht {
namespace {

// --- Codec ---

TEST(StoreCodecTest, ListsRoundTripAnyBytes) {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {""},
      {"", ""},
      {"Grüße aus Köln", "18–29", "65+", "😀"},
      {"quote \" backslash \\ slash /", "tab\tnew\nline", std::string("nul\0x", 5), "x\x1fy"},
      {"invalid \xe4 latin-1", "[\"not\", \"nested\"]"},
  };
  for (const auto& items : cases) {
    std::string encoded = store_internal::EncodeStringList(items);
    std::optional<std::vector<std::string>> decoded = store_internal::DecodeStringList(encoded);
    ASSERT_TRUE(decoded.has_value()) << encoded;
    EXPECT_EQ(items, *decoded) << encoded;
  }
  EXPECT_EQ("[\"a\",\"b\\\"c\"]", store_internal::EncodeStringList({"a", "b\"c"}));
}

TEST(StoreCodecTest, MapsRoundTrip) {
  const std::map<std::string, int64_t> counts = {
      {"0–17", 0}, {"18–29", 12}, {"65+", -3}, {"Ä\"\\", 9000000000LL}};
  std::string encoded = store_internal::EncodeCountMap(counts);
  std::optional<std::map<std::string, int64_t>> decoded = store_internal::DecodeCountMap(encoded);
  ASSERT_TRUE(decoded.has_value()) << encoded;
  EXPECT_EQ(counts, *decoded);
  EXPECT_EQ("{}", store_internal::EncodeCountMap({}));
  EXPECT_EQ((std::map<std::string, int64_t>{}), store_internal::DecodeCountMap("{}"));
}

TEST(StoreCodecTest, ReadsGeneralJsonEscapes) {
  std::optional<std::vector<std::string>> decoded =
      store_internal::DecodeStringList(R"( [ "\u00e4\/\ud83d\ude00" , "\n" ] )");
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ((std::vector<std::string>{"ä/😀", "\n"}), *decoded);
}

TEST(StoreCodecTest, RejectsMalformedText) {
  for (const char* bad :
       {"", "[", "[\"a\"", "[\"a\",]", "[\"a\"] x", "[1]", "{\"a\"}", "[\"\\q\"]"}) {
    EXPECT_FALSE(store_internal::DecodeStringList(bad).has_value()) << bad;
  }
  for (const char* bad : {"", "{", "{\"a\":}", "{\"a\":1,}", "{\"a\":\"1\"}", "[]", "{a:1}"}) {
    EXPECT_FALSE(store_internal::DecodeCountMap(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace ankerbericht
