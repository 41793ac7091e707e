// The contact data scanners on the spellings people type, on the numbers that
// are not phone numbers, and on hostile input: one pass, no recursion.
#include "util/contact_data.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ankerbericht {
namespace {

std::vector<std::string> Found(const std::string& text,
                               std::vector<TextSpan> (*find)(std::string_view)) {
  std::vector<std::string> out;
  for (const TextSpan& s : find(text)) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(ContactDataTest, EmailSpellings) {
  EXPECT_EQ(Found("an max.muster@example.org.", FindEmailAddresses),
            (Strings{"max.muster@example.org"}));
  EXPECT_EQ(Found("Mail: info (at) stadt.de oder info[AT]stadt.de", FindEmailAddresses),
            (Strings{"info (at) stadt.de", "info[AT]stadt.de"}));
  EXPECT_EQ(Found("@Jonas, bis 30.04.2026; a@b; 3@4.5", FindEmailAddresses), Strings{});
}

TEST(ContactDataTest, PhoneSpellings) {
  EXPECT_EQ(Found("Tel. +49 421 123456, 0421/123 456 oder (0421) 12 34 56; mobil 0171-2345678",
                  FindPhoneNumbers),
            (Strings{"+49 421 123456", "0421/123 456", "(0421) 12 34 56", "0171-2345678"}));
}

TEST(ContactDataTest, DatesTimesCountsAndIdsAreNoPhoneNumbers) {
  const char* keep[] = {
      "Am 31.01.2026 um 14:00 Uhr, 14-16 Uhr, 2026-01-31",
      "Zeitraum 01.01.2026-30.06.2026",
      "Wir waren 120 Personen, Bogen 17, V-2026-014, 1.234 Besuche",
      "Raum 0.12 im 1. OG, Gruppe 01-12",
  };
  for (const char* text : keep) {
    EXPECT_EQ(Found(text, FindPhoneNumbers), Strings{}) << text;
    EXPECT_FALSE(LooksLikeContactData(text)) << text;
  }
}

TEST(ContactDataTest, RemoveContactDataKeepsUrlsWithoutContacts) {
  std::string text =
      "max@example.org, 0421/123 456, https://example.org/kurs und mailto:info@stadt.de";
  EXPECT_EQ(RemoveContactData(&text), 3);
  EXPECT_EQ(text, "[…], […], https://example.org/kurs und mailto:[…]");
}

// Text from the public can be anything: a word of a million letters, a
// megabyte of digits and separators, a thousand "@" in a row. Each is read in
// one pass (the regular expressions these scanners replaced ran out of stack).
TEST(ContactDataTest, HostileInputIsScannedInOnePass) {
  const std::string word(1 << 20, 'a');
  EXPECT_FALSE(LooksLikeContactData(word));
  std::string text = word + "@" + word + ".de";
  EXPECT_EQ(RemoveContactData(&text), 1);
  EXPECT_EQ(text, "[…]");
  std::string digits;
  while (digits.size() < (1 << 20)) digits += "0421 / ";
  EXPECT_EQ(FindPhoneNumbers(digits).size(), 1u);
  EXPECT_TRUE(FindEmailAddresses(std::string(100000, '@')).empty());
  EXPECT_EQ(FindUrls("www." + word).size(), 1u);
}

}  // namespace
}  // namespace ankerbericht
