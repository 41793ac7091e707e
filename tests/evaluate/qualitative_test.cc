// The staff names a public report leaves out: taken from the notes' authors
// and the owners of their actions, full and by first name.
#include "evaluate/qualitative.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ankerbericht {
namespace {

TEST(StaffNamesTest, AuthorsAndOwnersFullAndByFirstName) {
  Note reflection;
  reflection.authors = {"Anna M.", " Jonas K. "};
  NoteAction poster;
  poster.owner = "Leonie";
  NoteAction chairs;  // no owner
  reflection.actions = {poster, chairs};
  Note interview;
  interview.authors = {"Jo", "@Marek"};  // "Jo" is too short to replace safely
  std::vector<std::string> names = StaffNames({reflection, interview});
  for (const char* name : {"Anna M.", "Anna", "Jonas K.", "Jonas", "Leonie", "Marek"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(std::find(names.begin(), names.end(), "Jo"), names.end());
  // Longest first, so "Anna M." is replaced whole before "Anna".
  auto full = std::find(names.begin(), names.end(), "Anna M.");
  auto first = std::find(names.begin(), names.end(), "Anna");
  EXPECT_LT(full, first);
}

Note InsightNote(const std::string& kind, const std::string& title, const std::string& text) {
  Note n;
  n.date = Date(2026, 4, 23);
  n.kind = kind;
  n.title = title;
  n.sections = {{"Was lief gut", "Alles.", 3}, {"Erkenntnisse", text, 5}};
  return n;
}

// A section is one bullet per paragraph or list item, its soft line breaks
// joined: "Arztpraxen,\nApotheken" is one line in the report.
TEST(NoteInsightsTest, OneLinePerParagraphOrListItem) {
  Note reflection =
      InsightNote("reflexion", "Reflexion erster Monat",
                  "Wir müssen dort werben, wo unsere Zielgruppen sind: Arztpraxen,\n"
                  "Apotheken, Bibliothek.\n\n- Der Raum wird eng.\n- Mehr\n  Stühle.");
  int left_out = -1;
  std::vector<Insight> got = NoteInsights({reflection}, false, &left_out);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(
      got[0].text,
      "Wir müssen dort werben, wo unsere Zielgruppen sind: Arztpraxen, Apotheken, Bibliothek.");
  EXPECT_EQ(got[1].text, "Der Raum wird eng.");
  EXPECT_EQ(got[2].text, "Mehr Stühle.");
  EXPECT_EQ(left_out, 0);
}

// The public edition keeps no title (it names occasion and people) and no
// insight of an interview with one speaker: it relays that person's words,
// which the quote rule does not publish. The team's edition keeps both.
TEST(NoteInsightsTest, PublicLeavesOutOnePersonInterviewsAndTitles) {
  std::vector<Note> notes = {
      InsightNote("interview-referent", "Interview mit einer Digitalbotschafterin",
                  "Die Referentin würde gern eine Reihe mit Praxisteil anbieten."),
      InsightNote("reflexion", "Reflexion Digitalcafé", "Handouts in großer Schrift.")};
  int left_out = 0;
  std::vector<Insight> pub = NoteInsights(notes, false, &left_out);
  ASSERT_EQ(pub.size(), 1u);
  EXPECT_EQ(pub[0].text, "Handouts in großer Schrift.");
  EXPECT_EQ(pub[0].source, "");
  EXPECT_EQ(pub[0].source_kind, "reflexion");
  EXPECT_EQ(left_out, 1);
  std::vector<Insight> internal = NoteInsights(notes, true, &left_out);
  ASSERT_EQ(internal.size(), 2u);
  EXPECT_EQ(internal[0].source, "Interview mit einer Digitalbotschafterin");
  EXPECT_EQ(internal[1].source, "Reflexion Digitalcafé");
  EXPECT_EQ(left_out, 0);
}

}  // namespace
}  // namespace ankerbericht
