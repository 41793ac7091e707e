// What the import removes before storing: contact data in every free-text
// field, nothing in ids, dates and counts.
#include "import/contact_scrub.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

TEST(ContactScrubTest, EveryFreeTextFieldIsScrubbedIdsAreNot) {
  ImportBatch batch;
  FeedbackResponse r;
  r.response_id = "0421123456";
  r.event_id = "V-0421123456";
  r.answers = {{"zufrieden", "5"}, {"wunsch", "Ruft an: 0421/123 456 oder max@example.org"}};
  batch.feedback.push_back(r);
  Event e;
  e.id = "0171-2345678";
  e.title = "Sprechstunde, Anmeldung info (at) stadt.de";
  e.location = "Rathaus, Tel. (0421) 12 34 56";
  e.speakers = {"Frau M. (+49 421 123456)"};
  batch.events.push_back(e);
  Note n;
  n.title = "Rückruf 0421/123 456";
  n.sections = {{"Kontakt", "max@example.org", 3}};
  n.actions = {{"Anrufen +49 421 123456", false, "Jonas", Date(2026, 4, 30), 4}};
  batch.notes.push_back(n);
  Vote v;
  v.wish = "3D-Drucker, meldet euch: drucker@example.org";
  batch.votes.push_back(v);

  EXPECT_EQ(ScrubContactData(&batch), 9);
  EXPECT_EQ(batch.feedback[0].response_id, "0421123456");
  EXPECT_EQ(batch.feedback[0].event_id, "V-0421123456");
  EXPECT_EQ(batch.feedback[0].answers["zufrieden"], "5");
  EXPECT_EQ(batch.feedback[0].answers["wunsch"], "Ruft an: […] oder […]");
  EXPECT_EQ(batch.events[0].id, "0171-2345678");
  EXPECT_EQ(batch.events[0].title, "Sprechstunde, Anmeldung […]");
  EXPECT_EQ(batch.events[0].location, "Rathaus, Tel. […]");
  EXPECT_EQ(batch.events[0].speakers[0], "Frau M. ([…])");
  EXPECT_EQ(batch.notes[0].title, "Rückruf […]");
  EXPECT_EQ(batch.notes[0].sections[0].text, "[…]");
  EXPECT_EQ(batch.notes[0].actions[0].text, "Anrufen […]");
  EXPECT_EQ(batch.notes[0].actions[0].due, Date(2026, 4, 30));
  EXPECT_EQ(batch.votes[0].wish, "3D-Drucker, meldet euch: […]");
}

TEST(ContactScrubTest, RefusedRowsAreScrubbedToo) {
  std::vector<Rejection> rejected = {
      {5, "zufrieden", "keine Antwort, die diese Frage zulässt", "max@example.org"}};
  EXPECT_EQ(ScrubContactData(&rejected), 1);
  EXPECT_EQ(rejected[0].ToString("x.csv"),
            "x.csv:5: zufrieden: keine Antwort, die diese Frage zulässt ([…])");
}

}  // namespace
}  // namespace ankerbericht
