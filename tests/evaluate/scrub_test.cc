#include "evaluate/scrub.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(ScrubTest, ContactDataIsReplaced) {
  const Case cases[] = {
      {"Schreiben Sie an anna.muster@example.de bitte", "Schreiben Sie an […] bitte"},
      {"Mail: info (at) stadtlabor.de", "Mail: […]"},
      {"Ruf mich an: 0171 2345678!", "Ruf mich an: […]!"},
      {"Tel. +49 30 123456 tagsüber", "Tel. […] tagsüber"},
      {"Büro (030) 12 34 56.", "Büro […]."},
      {"Fax 030/123456", "Fax […]"},
      {"Mobil 0171-2345678", "Mobil […]"},
      {"mehr unter https://example.org/kurs?id=3 und www.lindenau.de", "mehr unter […] und […]"},
  };
  for (const Case& c : cases) EXPECT_EQ(Scrub(c.input, {}).text, c.expected) << c.input;
}

TEST(ScrubTest, DatesTimesYearsAndCountsStay) {
  const char* keep[] = {
      "Am 12.03.2026 um 14:00 Uhr kamen 35 Leute.",
      "Der Kurs 2026 war super, 14-16 Uhr passt gut.",
      "Raum 0.12 im 1. OG",
      "Wir waren 120 Personen in 3 Gruppen.",
  };
  for (const char* text : keep) {
    ScrubResult r = Scrub(text, {});
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.replaced, 0);
  }
}

TEST(ScrubTest, ConfiguredNamesAreReplacedAsWholeWords) {
  ScrubResult r = Scrub("Frau Schulz und Annas Kurs – Annabell blieb.", {"Schulz", "Anna"});
  EXPECT_EQ(r.text, "Frau […] und […] Kurs – Annabell blieb.");
  EXPECT_EQ(r.replaced, 2);
  EXPECT_EQ(Scrub("herr schulz war da", {"Schulz"}).text, "herr […] war da");
}

TEST(ScrubTest, LooksLikeContactData) {
  EXPECT_TRUE(LooksLikeContactData("x anna@example.de"));
  EXPECT_TRUE(LooksLikeContactData("Tel (030) 12 34 56"));
  EXPECT_FALSE(LooksLikeContactData("Am 12.03.2026 um 14:00"));
  EXPECT_FALSE(LooksLikeContactData(Scrub("anna@example.de, 0171 2345678", {}).text));
}

// A feedback comment may hold one endless word (a pasted image as a data
// URI): the scrubber reads it once and keeps it, instead of taking the whole
// report down with it.
TEST(ScrubTest, EndlessWordsAreScannedNotRecursedInto) {
  const std::string word(30000, 'x');
  ScrubResult r = Scrub("Bild: " + word + " Ende", {"Schulz"});
  EXPECT_EQ(r.text, "Bild: " + word + " Ende");
  EXPECT_EQ(r.replaced, 0);

  std::string uri = "data:image/png;base64,";
  const std::string block =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
      "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  while (uri.size() < 1024 * 1024) uri += block;
  ScrubResult d = Scrub("Hier das Foto " + uri + " – Gruß, anna@example.de", {});
  EXPECT_TRUE(d.text.ends_with("Gruß, […]")) << d.text.substr(d.text.size() - 40);
  EXPECT_GE(d.replaced, 1);
  EXPECT_FALSE(LooksLikeContactData(d.text));
}

TEST(ScrubTest, DropPersonNamesLeavesThePosition) {
  EXPECT_EQ(
      DropPersonNames("Stelle Frau Krüger (Projektkoordination), befristet bis 30.09.2027", {}),
      "Stelle (Projektkoordination), befristet bis 30.09.2027");
  EXPECT_EQ(DropPersonNames("Vertrag Herrn Dr. Yilmaz endet", {}), "Vertrag endet");
  EXPECT_EQ(DropPersonNames("Stelle (Frau Anna K.) verlängern", {}), "Stelle verlängern");
  // Configured and team names go as well, whole words only.
  EXPECT_EQ(
      DropPersonNames("Arbeitsvertrag Anna M., Werkstatt (Jonas)", {"Anna M.", "Anna", "Jonas"}),
      "Arbeitsvertrag, Werkstatt");
  // "Frauen" and a form of address without a name are words like others.
  EXPECT_EQ(DropPersonNames("Frauen-Werkstatt: Herr und Frau im Team", {}),
            "Frauen-Werkstatt: Herr und Frau im Team");
  EXPECT_EQ(DropPersonNames("Rückfragen an a@b.de", {}), "Rückfragen an […]");
}

}  // namespace
}  // namespace ankerbericht
