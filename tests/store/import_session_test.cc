// Importing a file again (import_session.cc): the same bytes are unchanged,
// changed bytes or another mapping replace exactly that file, event ids are
// unique across a site's files.
#include "store/import_session.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_test_helpers.h"

namespace ankerbericht {
namespace {

// --- Import semantics ---

class StoreImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenMemory();
    ASSERT_NE(store_, nullptr);
  }

  int64_t TotalIn(const std::string& site = "A") {
    int64_t total = 0;
    for (const DayCount& d : Unwrap(store_->CounterDays(site, kFrom, kTo))) total += d.count;
    return total;
  }

  std::vector<std::string> EventIdsInOrder(const std::string& site = "A") {
    std::vector<std::string> ids;
    for (const Event& e : Unwrap(store_->Events(site, kFrom, kTo))) ids.push_back(e.id);
    return ids;
  }

  std::unique_ptr<Store> store_;
};

TEST_F(StoreImportTest, SameHashIsUnchanged) {
  ImportBatch batch;
  batch.visits = {Visit("", D(2026, 3, 2), 600, 5, 0, 2), Visit("", D(2026, 3, 3), 600, 7, 0, 3)};
  SourceFile f = MakeFile("A", InputKind::kVisits, "z.csv", "hash-1");
  ASSERT_EQ(ImportAction::kAdded, Unwrap(store_->ImportFile(f, batch)));
  f.imported_at = "2026-04-01T00:00:00Z";
  f.rows_read = 99;
  ASSERT_EQ(ImportAction::kUnchanged, Unwrap(store_->ImportFile(f, batch)));
  EXPECT_EQ(12, TotalIn());
  // Nothing was written, not even the file's bookkeeping.
  std::optional<SourceFile> stored = Unwrap(store_->FindFile("A", InputKind::kVisits, "z.csv"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ("2026-03-01T10:00:00Z", stored->imported_at);
  EXPECT_EQ(0, stored->rows_read);
}

TEST_F(StoreImportTest, ChangedHashReplacesOnlyThatFile) {
  ImportBatch first;
  first.visits = {Visit("", D(2026, 3, 2), 600, 5, 0, 2), Visit("", D(2026, 3, 3), 600, 7, 0, 3)};
  ImportBatch other;
  other.visits = {Visit("Hof", D(2026, 3, 2), 600, 100, 0, 2)};
  ImportBatch other_site;
  other_site.visits = {Visit("", D(2026, 3, 2), 600, 1000, 0, 2)};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "1"), first).status());
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kVisits, "hof.csv", "1"), other).status());
  ASSERT_OK(
      store_->ImportFile(MakeFile("B", InputKind::kVisits, "z.csv", "1"), other_site).status());
  EXPECT_EQ(112, TotalIn());

  ImportBatch second;
  second.visits = {Visit("", D(2026, 3, 4), 600, 9, 0, 2)};
  SourceFile changed = MakeFile("A", InputKind::kVisits, "z.csv", "2");
  changed.rows_imported = 1;
  ASSERT_EQ(ImportAction::kReplaced, Unwrap(store_->ImportFile(changed, second)));

  std::vector<DayCount> days = Unwrap(store_->CounterDays("A", kFrom, kTo));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ("2026-03-02", days[0].date.ToIso());
  EXPECT_EQ(100, days[0].count);  // hof.csv only: z.csv's old rows are gone
  EXPECT_EQ("2026-03-04", days[1].date.ToIso());
  EXPECT_EQ(9, days[1].count);
  EXPECT_EQ(1000, TotalIn("B"));
  EXPECT_EQ(3u, Unwrap(store_->Files()).size());
  std::optional<SourceFile> stored = Unwrap(store_->FindFile("A", InputKind::kVisits, "z.csv"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ("2", stored->hash);
  EXPECT_EQ(1, stored->rows_imported);
}

// The sums per day and hour are kept beside the readings: replacing a file
// takes its hours away (an hour only it had disappears) and leaves another
// file's readings of the same day and hour.
TEST_F(StoreImportTest, ReplacingAFileTakesItsHoursOutOfTheDaySums) {
  ImportBatch first;
  first.visits = {Visit("", D(2026, 3, 2), 9 * 60, 5, 0, 2),
                  Visit("", D(2026, 3, 2), 10 * 60, 7, 0, 3)};
  ImportBatch other;
  other.visits = {Visit("Hof", D(2026, 3, 2), 9 * 60 + 15, 100, 0, 2)};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "1"), first).status());
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kVisits, "hof.csv", "1"), other).status());
  std::vector<HourCount> hours = Unwrap(store_->CounterHours("A", kFrom, kTo));
  ASSERT_EQ(2u, hours.size());
  EXPECT_EQ(105, hours[0].count);  // hour 9 of both files

  ImportBatch second;
  second.visits = {Visit("", D(2026, 3, 2), 11 * 60, 9, 0, 2)};
  ASSERT_EQ(ImportAction::kReplaced,
            Unwrap(store_->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "2"), second)));
  hours = Unwrap(store_->CounterHours("A", kFrom, kTo));
  ASSERT_EQ(2u, hours.size());
  EXPECT_EQ(9, hours[0].hour);
  EXPECT_EQ(100, hours[0].count);
  EXPECT_EQ(11, hours[1].hour);
  EXPECT_EQ(9, hours[1].count);
  EXPECT_EQ(109, TotalIn());
}

TEST_F(StoreImportTest, ReplacedEventsFileMayKeepItsIds) {
  ImportBatch v1;
  v1.events = {MakeEvent("V-1", D(2026, 2, 1), 2), MakeEvent("V-2", D(2026, 2, 2), 3)};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kEvents, "e.csv", "1"), v1).status());
  ImportBatch v2;
  v2.events = {MakeEvent("V-2", D(2026, 2, 3), 2)};
  ASSERT_EQ(ImportAction::kReplaced,
            Unwrap(store_->ImportFile(MakeFile("A", InputKind::kEvents, "e.csv", "2"), v2)));
  std::vector<Event> events = Unwrap(store_->Events("A", kFrom, kTo));
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("V-2", events[0].id);
  EXPECT_EQ("2026-02-03", events[0].date.ToIso());
}

TEST_F(StoreImportTest, DuplicateEventIdFromAnotherFileIsRefused) {
  ImportBatch a;
  a.events = {MakeEvent("V-1", D(2026, 2, 1), 2)};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kEvents, "events-a.csv", "1"), a).status());
  // The same id at another site is fine.
  ASSERT_OK(store_->ImportFile(MakeFile("B", InputKind::kEvents, "events-b.csv", "1"), a).status());
  ImportBatch b_v1;
  b_v1.events = {MakeEvent("V-7", D(2026, 2, 7), 2)};
  ASSERT_OK(
      store_->ImportFile(MakeFile("A", InputKind::kEvents, "events-c.csv", "1"), b_v1).status());
  const size_t files_before = Unwrap(store_->Files()).size();
  const std::vector<std::string> ids_before = EventIdsInOrder();

  // A new file clashing on its second row: the first row must not stay behind.
  ImportBatch clash;
  clash.events = {MakeEvent("V-2", D(2026, 2, 2), 2), MakeEvent("V-1", D(2026, 2, 3), 3)};
  Result<ImportAction> r =
      store_->ImportFile(MakeFile("A", InputKind::kEvents, "events-new.csv", "1"), clash);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Status::Code::kInvalidInput, r.status().code());
  EXPECT_EQ(
      "events-new.csv:3: die Veranstaltungsnummer \"V-1\" ist schon aus events-a.csv eingelesen",
      r.status().message());

  // A replacement clashing: the old version of the file must survive.
  Result<ImportAction> r2 =
      store_->ImportFile(MakeFile("A", InputKind::kEvents, "events-c.csv", "2"), clash);
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(Status::Code::kInvalidInput, r2.status().code());

  EXPECT_EQ(files_before, Unwrap(store_->Files()).size());
  EXPECT_EQ(ids_before, EventIdsInOrder());
  EXPECT_FALSE(Unwrap(store_->FindFile("A", InputKind::kEvents, "events-new.csv")).has_value());
  EXPECT_EQ("1", Unwrap(store_->FindFile("A", InputKind::kEvents, "events-c.csv"))->hash);
}

TEST_F(StoreImportTest, DuplicateEventIdWithinOneFileIsRefused) {
  ImportBatch batch;
  batch.events = {MakeEvent("V-1", D(2026, 2, 1), 2), MakeEvent("V-1", D(2026, 2, 3), 5)};
  Result<ImportAction> r =
      store_->ImportFile(MakeFile("A", InputKind::kEvents, "e.csv", "1"), batch);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Status::Code::kInvalidInput, r.status().code());
  EXPECT_EQ(
      "e.csv:5: die Veranstaltungsnummer \"V-1\" steht mehrfach in der Datei (zuerst in Zeile 2)",
      r.status().message());
  EXPECT_TRUE(Unwrap(store_->Files()).empty());
}

TEST_F(StoreImportTest, EventIdsExcludeOneEventsFile) {
  ImportBatch a;
  a.events = {MakeEvent("V-1", D(2026, 2, 1), 2), MakeEvent("V-2", D(2026, 2, 2), 3)};
  ImportBatch b;
  b.events = {MakeEvent("W-1", D(2026, 2, 1), 2)};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kEvents, "a.csv", "1"), a).status());
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kEvents, "b.csv", "1"), b).status());
  ASSERT_OK(store_->ImportFile(MakeFile("B", InputKind::kEvents, "c.csv", "1"), b).status());
  EXPECT_EQ((std::set<std::string>{"V-1", "V-2", "W-1"}), Unwrap(store_->EventIds("A")));
  EXPECT_EQ((std::set<std::string>{"W-1"}), Unwrap(store_->EventIds("A", "a.csv")));
  EXPECT_EQ((std::set<std::string>{"V-1", "V-2"}), Unwrap(store_->EventIds("A", "b.csv")));
  EXPECT_EQ((std::set<std::string>{"W-1"}), Unwrap(store_->EventIds("B", "a.csv")));
  EXPECT_TRUE(Unwrap(store_->EventIds("C")).empty());
}

TEST_F(StoreImportTest, ReplacingFeedbackReplacesAnswers) {
  FeedbackResponse r1;
  r1.date = D(2026, 4, 1);
  r1.answers = {{"q1", "1"}, {"q2", "alt"}};
  r1.line = 2;
  FeedbackResponse r2 = r1;
  r2.line = 3;
  ImportBatch v1;
  v1.feedback = {r1, r2};
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kFeedback, "fb.csv", "1"), v1).status());

  FeedbackResponse r3;
  r3.date = D(2026, 4, 1);
  r3.answers = {{"q2", "neu"}};
  r3.line = 2;
  ImportBatch v2;
  v2.feedback = {r3};
  ASSERT_EQ(ImportAction::kReplaced,
            Unwrap(store_->ImportFile(MakeFile("A", InputKind::kFeedback, "fb.csv", "2"), v2)));
  std::vector<FeedbackResponse> got = Unwrap(store_->Feedback("A", kFrom, kTo));
  ASSERT_EQ(1u, got.size());
  EXPECT_EQ((std::map<std::string, std::string>{{"q2", "neu"}}), got[0].answers);
}

// The same bytes read with another configuration (issue 15.3): the new
// reading replaces the old one in the same transaction, nothing is added.
TEST_F(StoreImportTest, SameHashWithAnotherMappingReplacesTheFile) {
  ImportBatch refused;  // every row rejected under the old mapping
  SourceFile f = MakeFile("A", InputKind::kVisits, "z.csv", "hash-1");
  f.mapping = "alt";
  f.rows_rejected = 2;
  ASSERT_EQ(ImportAction::kAdded, Unwrap(store_->ImportFile(f, refused)));
  ASSERT_EQ(ImportAction::kUnchanged, Unwrap(store_->ImportFile(f, refused)));

  ImportBatch read;
  read.visits = {Visit("", D(2026, 3, 2), 600, 5, 0, 2), Visit("", D(2026, 3, 3), 600, 7, 0, 3)};
  f.mapping = "neu";
  f.rows_rejected = 0;
  f.rows_imported = 2;
  ASSERT_EQ(ImportAction::kReplaced, Unwrap(store_->ImportFile(f, read)));
  EXPECT_EQ(12, TotalIn());
  std::optional<SourceFile> stored = Unwrap(store_->FindFile("A", InputKind::kVisits, "z.csv"));
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ("neu", stored->mapping);
  EXPECT_EQ(2, stored->rows_imported);
  EXPECT_EQ(0, stored->rows_rejected);
  // Unchanged again; a forced re-read replaces it once more, still 12.
  ASSERT_EQ(ImportAction::kUnchanged, Unwrap(store_->ImportFile(f, read)));
  {
    std::unique_ptr<ImportSession> session = Unwrap(store_->BeginImport(f, /*reread=*/true));
    ASSERT_NE(session, nullptr);
    ASSERT_EQ(ImportAction::kReplaced, session->action());
    ASSERT_OK(session->Write(read));
    ASSERT_EQ(ImportAction::kReplaced, Unwrap(session->Commit(f)));
  }
  EXPECT_EQ(12, TotalIn());
  EXPECT_EQ(1u, Unwrap(store_->Files()).size());
}

// A file stored before the store kept mappings takes one without being read
// again; a file that has one keeps it.
TEST_F(StoreImportTest, AdoptMappingFillsOnlyAnEmptyMapping) {
  ASSERT_OK(store_->ImportFile(MakeFile("A", InputKind::kVisits, "alt.csv", "1"), {}).status());
  SourceFile known = MakeFile("A", InputKind::kVisits, "neu.csv", "2");
  known.mapping = "m1";
  ASSERT_OK(store_->ImportFile(known, {}).status());
  ASSERT_OK(store_->AdoptMapping("A", InputKind::kVisits, "alt.csv", "m2"));
  ASSERT_OK(store_->AdoptMapping("A", InputKind::kVisits, "neu.csv", "m2"));
  ASSERT_OK(store_->AdoptMapping("A", InputKind::kVisits, "fehlt.csv", "m2"));
  EXPECT_EQ("m2", Unwrap(store_->FindFile("A", InputKind::kVisits, "alt.csv"))->mapping);
  EXPECT_EQ("m1", Unwrap(store_->FindFile("A", InputKind::kVisits, "neu.csv"))->mapping);
}

}  // namespace
}  // namespace ankerbericht
