#include "evaluate/actions.h"

#include <gtest/gtest.h>

namespace ankerbericht {
namespace {

NoteAction Action(const std::string& text, bool done, const std::string& owner = "",
                  std::optional<Date> due = std::nullopt) {
  NoteAction a;
  a.text = text;
  a.done = done;
  a.owner = owner;
  a.due = due;
  return a;
}

Note MakeNote(Date date, std::string title, std::vector<NoteAction> actions) {
  Note n;
  n.date = date;
  n.kind = "reflexion";
  n.title = std::move(title);
  n.actions = std::move(actions);
  return n;
}

// March: two actions decided. May: one ticked (spelled differently), one new.
// September: the second of March is ticked.
std::vector<Note> ThreeReflections() {
  return {
      MakeNote(Date(2026, 9, 10), "Reflexion September",
               {Action("Plakate im Rathaus aushaengen", true)}),
      MakeNote(Date(2026, 3, 12), "Reflexion März",
               {Action("Anmeldeformular vereinfachen", false, "Jonas", Date(2026, 4, 30)),
                Action("Plakate im Rathaus aushängen", false)}),
      MakeNote(Date(2026, 5, 20), "Reflexion Mai",
               {Action("Anmeldeformular vereinfachen.", true),
                Action("Beamer reparieren lassen", false)}),
  };
}

TEST(ActionsTest, AnActionTickedInALaterNoteIsDoneThen) {
  std::vector<TrackedAction> actions = TrackActions(ThreeReflections());
  ASSERT_EQ(actions.size(), 3u);
  EXPECT_EQ(actions[0].text, "Anmeldeformular vereinfachen");
  EXPECT_EQ(actions[0].owner, "Jonas");
  EXPECT_EQ(actions[0].decided, Date(2026, 3, 12));
  EXPECT_EQ(actions[0].decided_in, "Reflexion März");
  EXPECT_EQ(*actions[0].done, Date(2026, 5, 20));
  // "aushaengen" and "aushängen" are the same action.
  EXPECT_EQ(*actions[1].done, Date(2026, 9, 10));
  EXPECT_FALSE(actions[2].done.has_value());
}

TEST(ActionsTest, CountsPerPeriod) {
  std::vector<TrackedAction> actions = TrackActions(ThreeReflections());
  // 2026-H1: 3 decided (two in March, one in May); 1 done (the form, May);
  // open on 30.06.: Plakate and Beamer, neither has a due date, so none is
  // overdue (the form was due 30.04. but is done).
  ActionCounts h1 = CountActions(actions, *ParsePeriod("2026-H1"));
  EXPECT_EQ(h1.decided, 3);
  EXPECT_EQ(h1.done, 1);
  EXPECT_EQ(h1.open, 2);
  EXPECT_EQ(h1.overdue, 0);
  // 2026-Q2 (April–June): nothing decided in April, one in May.
  ActionCounts q2 = CountActions(actions, *ParsePeriod("2026-Q2"));
  EXPECT_EQ(q2.decided, 1);
  EXPECT_EQ(q2.done, 1);
  // 2026-04: the form is open and due 30.04. = period end, so not yet overdue.
  ActionCounts april = CountActions(actions, *ParsePeriod("2026-04"));
  EXPECT_EQ(april.open, 2);
  EXPECT_EQ(april.overdue, 0);
  // 2026-05-01..2026-05-10: the form is still open and now overdue.
  ActionCounts early_may = CountActions(actions, *ParsePeriod("2026-05-01..2026-05-10"));
  EXPECT_EQ(early_may.open, 2);
  EXPECT_EQ(early_may.overdue, 1);
}

TEST(ActionsTest, AnActionFirstSeenTickedIsDoneThatDay) {
  std::vector<TrackedAction> actions =
      TrackActions({MakeNote(Date(2026, 2, 1), "", {Action("Schild aufhängen", true)})});
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(*actions[0].done, Date(2026, 2, 1));
  EXPECT_EQ(actions[0].decided_in, "reflexion 01.02.2026");
}

}  // namespace
}  // namespace ankerbericht
