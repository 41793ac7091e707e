// The Store itself (store.cc): round trips of every kind of row, the files'
// order, a batch of the wrong kind, and HashFile.
#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/codec.h"
#include "store/import_session.h"
#include "store/schema.h"
#include "store/store_test_helpers.h"

// The tests reach for SQLiteCpp directly only to build foreign or future
// database files and to count rows the Store's API does not expose (orphans).

namespace ankerbericht {
namespace {

// --- Round trips ---

TEST(StoreTest, EmptyDatabase) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  EXPECT_TRUE(Unwrap(store->Files()).empty());
  EXPECT_FALSE(Unwrap(store->DataSpan("Ankerplatz")).has_value());
  EXPECT_TRUE(Unwrap(store->CounterDays("Ankerplatz", kFrom, kTo)).empty());
  EXPECT_FALSE(Unwrap(store->FindFile("Ankerplatz", InputKind::kVisits, "x.csv")).has_value());
}

TEST(StoreTest, SourceFileRoundTrip) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  SourceFile f = MakeFile("Bürgerhaus Süd", InputKind::kVisits, "daten/zähler.csv", "h1");
  f.format = "counter-csv";
  f.encoding = "Windows-1252";
  f.rows_read = 10;
  f.rows_imported = 8;
  f.rows_rejected = 2;
  f.rejected_text = "zähler.csv:3: bad date\nzähler.csv:7: negative count";
  ImportBatch batch;
  batch.visits.push_back(Visit("", D(2026, 2, 1), 600, 5, std::nullopt, 2));
  ASSERT_EQ(ImportAction::kAdded, Unwrap(store->ImportFile(f, batch)));

  std::optional<SourceFile> got =
      Unwrap(store->FindFile("Bürgerhaus Süd", InputKind::kVisits, "daten/zähler.csv"));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(f.site, got->site);
  EXPECT_EQ(f.kind, got->kind);
  EXPECT_EQ(f.path, got->path);
  EXPECT_EQ(f.format, got->format);
  EXPECT_EQ(f.hash, got->hash);
  EXPECT_EQ(f.encoding, got->encoding);
  EXPECT_EQ(10, got->rows_read);
  EXPECT_EQ(8, got->rows_imported);
  EXPECT_EQ(2, got->rows_rejected);
  EXPECT_EQ(f.rejected_text, got->rejected_text);
  EXPECT_EQ(f.imported_at, got->imported_at);
  // Same path under another kind or site is another file.
  EXPECT_FALSE(Unwrap(store->FindFile("Bürgerhaus Süd", InputKind::kTallies, "daten/zähler.csv"))
                   .has_value());
  EXPECT_FALSE(
      Unwrap(store->FindFile("Bürgerhaus", InputKind::kVisits, "daten/zähler.csv")).has_value());
}

TEST(StoreTest, FillsImportedAtWhenEmpty) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  SourceFile f = MakeFile("A", InputKind::kVotes, "v.csv", "h");
  f.imported_at.clear();
  ASSERT_OK(store->ImportFile(f, ImportBatch()).status());
  std::optional<SourceFile> got = Unwrap(store->FindFile("A", InputKind::kVotes, "v.csv"));
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(20u, got->imported_at.size()) << got->imported_at;  // 2026-03-01T10:00:00Z
}

TEST(StoreTest, FilesAreOrderedBySiteKindPath) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->ImportFile(MakeFile("B", InputKind::kVisits, "a.csv", "1"), {}).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVotes, "a.csv", "2"), {}).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "3"), {}).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "b.csv", "4"), {}).status());
  std::vector<SourceFile> files = Unwrap(store->Files());
  ASSERT_EQ(4u, files.size());
  EXPECT_EQ("4", files[0].hash);  // A visits b.csv
  EXPECT_EQ("3", files[1].hash);  // A visits z.csv
  EXPECT_EQ("2", files[2].hash);  // A votes (after visits in the model's order)
  EXPECT_EQ("1", files[3].hash);  // B
}

TEST(StoreTest, EventsRoundTrip) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  Event full = MakeEvent("V-1", D(2026, 3, 5), 2);
  full.start = 14 * 60 + 30;
  full.end = 16 * 60;
  full.title = "Smartphone-Sprechstunde für Ältere";
  full.format = "Beratung";
  full.topics = {"Online-Banking", "Sicherheit, Datenschutz"};
  full.target_groups = {"Senior:innen"};
  full.speakers = {"Jürgen Öztürk", "Ана"};
  full.partners = {"VHS Köln", "Bücherei \"Am Markt\""};
  full.registrations = 12;
  full.participants = 0;  // zero is a value, not "missing"
  full.capacity = 15;
  full.location = "mobil";
  full.status = EventStatus::kCancelled;
  full.age_counts = {{"18–29", 1}, {"65+", 9}};
  Event sparse = MakeEvent("V-2", D(2026, 3, 4), 3);  // earlier date, later line
  sparse.title = "";
  sparse.topics = {""};  // one empty entry is not an empty list

  ImportBatch batch;
  batch.events = {full, sparse};
  ASSERT_EQ(ImportAction::kAdded,
            Unwrap(store->ImportFile(MakeFile("A", InputKind::kEvents, "events.csv", "h"), batch)));

  std::vector<Event> got = Unwrap(store->Events("A", kFrom, kTo));
  ASSERT_EQ(2u, got.size());
  ExpectSameEvent(sparse, got[0]);
  ExpectSameEvent(full, got[1]);
  EXPECT_TRUE(Unwrap(store->Events("B", kFrom, kTo)).empty());
  // Inclusive range bounds.
  EXPECT_EQ(1u, Unwrap(store->Events("A", D(2026, 3, 5), D(2026, 3, 5))).size());
  EXPECT_EQ(2u, Unwrap(store->Events("A", D(2026, 3, 4), D(2026, 3, 5))).size());
  EXPECT_TRUE(Unwrap(store->Events("A", D(2026, 3, 6), kTo)).empty());
}

TEST(StoreTest, FeedbackRoundTrip) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  FeedbackResponse paper;
  paper.date = D(2026, 4, 2);
  paper.channel = Channel::kPaper;
  paper.answers = {{"zufriedenheit", "sehr gut"}, {"kommentar", "Schön, dass es das gibt!\nDanke"}};
  paper.line = 5;
  FeedbackResponse digital;
  digital.response_id = "R-17";
  digital.date = D(2026, 4, 1);
  digital.event_id = "V-1";
  digital.channel = Channel::kDigital;
  digital.line = 9;  // no answers at all
  ImportBatch batch;
  batch.feedback = {paper, digital};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kFeedback, "fb.csv", "h"), batch).status());

  std::vector<FeedbackResponse> got = Unwrap(store->Feedback("A", kFrom, kTo));
  ASSERT_EQ(2u, got.size());
  ExpectSameFeedback(digital, got[0]);
  ExpectSameFeedback(paper, got[1]);
}

TEST(StoreTest, NotesRoundTrip) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  Note note;
  note.date = D(2026, 5, 10);
  note.kind = "reflexion";
  note.title = "Rückblick Mai";
  note.event_ids = {"V-1", "V-2"};
  note.authors = {"Anna Müller", "Björn"};
  note.quote_consent = true;
  note.sections = {{"Was lief gut?", "Viele Gäste.\n\n- Punkt ä", 4}, {"", "", 9}};
  note.tags = {"technik", "größe"};
  NoteAction open{"Beamer reparieren", false, "Jörg", D(2026, 6, 1), 12};
  NoteAction done{"Flyer drucken", true, "", std::nullopt, 13};
  note.actions = {open, done};
  Note bare;
  bare.date = D(2026, 5, 10);
  bare.kind = "sonstiges";
  bare.title = "Zweite Notiz";

  ImportBatch batch;
  batch.notes = {note, bare};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kNotes, "notes/", "h"), batch).status());

  std::vector<Note> got = Unwrap(store->Notes("A", kFrom, kTo));
  ASSERT_EQ(2u, got.size());
  ExpectSameNote(note, got[0]);  // same date: kept in import order
  ExpectSameNote(bare, got[1]);
  EXPECT_TRUE(Unwrap(store->Notes("A", D(2026, 5, 11), kTo)).empty());
}

TEST(StoreTest, VotesRoundTrip) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.votes = {{D(2026, 7, 2), "Mehr Kurse für Ältere", 7, 3},
                 {D(2026, 7, 1), "WLAN im Café", 0, 2},
                 {D(2026, 7, 2), "Öffnungszeiten", 4, 4}};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVotes, "votes.csv", "h"), batch).status());
  std::vector<Vote> got = Unwrap(store->Votes("A", kFrom, kTo));
  ASSERT_EQ(3u, got.size());
  EXPECT_EQ("2026-07-01", got[0].date.ToIso());
  EXPECT_EQ("WLAN im Café", got[0].wish);
  EXPECT_EQ(0, got[0].dots);
  EXPECT_EQ(2, got[0].line);
  EXPECT_EQ("Mehr Kurse für Ältere", got[1].wish);
  EXPECT_EQ(7, got[1].dots);
  EXPECT_EQ(3, got[1].line);
  EXPECT_EQ("Öffnungszeiten", got[2].wish);
}

TEST(StoreTest, BatchOfAnotherKindIsRefused) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.votes = {{D(2026, 7, 2), "x", 1, 2}};
  Result<ImportAction> r =
      store->ImportFile(MakeFile("A", InputKind::kVisits, "v.csv", "h"), batch);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Status::Code::kInternal, r.status().code());
  EXPECT_TRUE(Unwrap(store->Files()).empty());
}

}  // namespace
// HashFile: the SHA-256 of a file, streamed.
namespace {

TEST(HashFileTest, KnownVectors) {
  ScopedTempDir dir;
  EXPECT_EQ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            Unwrap(HashFile(dir.Write("abc.txt", "abc"))));
  EXPECT_EQ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            Unwrap(HashFile(dir.Write("empty.txt", ""))));
  // Spans many read chunks: the streaming must not drop or repeat bytes.
  EXPECT_EQ("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
            Unwrap(HashFile(dir.Write("million.txt", std::string(1000000, 'a')))));
}

TEST(HashFileTest, UnreadableFileIsIOError) {
  ScopedTempDir dir;
  const std::string missing = (dir.path() / "fehlt.csv").string();
  Result<std::string> r = HashFile(missing);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Status::Code::kIOError, r.status().code());
  EXPECT_NE(std::string::npos, r.status().message().find(missing)) << r.status().message();

  Result<std::string> d = HashFile(dir.path().string());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(Status::Code::kIOError, d.status().code());
}

}  // namespace

}  // namespace ankerbericht
