// The list of events as the half-yearly and the annual report show it: the
// participants the evaluation withholds (evaluate/event_privacy.h) read
// "< 5" and "x" in the public edition, with a note saying what both mean; the
// internal edition shows every count.
#include "document/report_sections.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "document/document_test_helpers.h"

namespace ankerbericht {
namespace {

using testing::BlockAs;
using testing::TestEvaluation;

Event Workshop(const std::string& id, Date date, int64_t participants) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = "Workshop " + id;
  e.format = "Workshop";
  e.participants = participants;
  return e;
}

class EventsTableTest : public ::testing::Test {
 protected:
  EventsTableTest() {
    t_.ev.data.events = {Workshop("a", Date(2026, 2, 3), 3), Workshop("b", Date(2026, 3, 3), 12),
                         Workshop("c", Date(2026, 4, 7), 20)};
    t_.ev.event_participants = {Suppression::kSmall, Suppression::kComplementary,
                                Suppression::kNone};
  }
  // The participants column of the list.
  std::vector<std::string> Participants(const Document& doc) {
    std::vector<std::string> out;
    if (const Table* table = BlockAs<Table>(doc, 0))
      for (const auto& row : table->rows) out.push_back(row[3]);
    return out;
  }
  TestEvaluation t_;
};

TEST_F(EventsTableTest, ThePublicEditionShowsWhatTheEvaluationWithholds) {
  Document doc;
  AddEventsTable(t_.Context(), &doc);
  EXPECT_EQ(Participants(doc), (std::vector<std::string>{"< 5", "x", "20"}));
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Remark* note = BlockAs<Remark>(doc, 1);
  ASSERT_NE(note, nullptr);
  EXPECT_NE(note->text.find("„x“"), std::string::npos) << note->text;
  EXPECT_NE(note->text.find("Summe"), std::string::npos) << note->text;

  Document en;
  AddEventsTable(t_.Context("en"), &en);
  ASSERT_EQ(en.blocks.size(), 2u);
  EXPECT_NE(BlockAs<Remark>(en, 1)->text.find("worked out from the total"), std::string::npos);
}

TEST_F(EventsTableTest, OnlySmallCountsGetTheShortNote) {
  t_.ev.event_participants[1] = Suppression::kNone;
  Document doc;
  AddEventsTable(t_.Context(), &doc);
  EXPECT_EQ(Participants(doc), (std::vector<std::string>{"< 5", "12", "20"}));
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(BlockAs<Remark>(doc, 1)->text.find("„x“"), std::string::npos);
}

TEST_F(EventsTableTest, TheInternalEditionShowsEveryCountAndNoNote) {
  t_.input.internal = true;
  Document doc;
  AddEventsTable(t_.Context(), &doc);
  EXPECT_EQ(Participants(doc), (std::vector<std::string>{"3", "12", "20"}));
  EXPECT_EQ(doc.blocks.size(), 1u);
}

}  // namespace
}  // namespace ankerbericht
