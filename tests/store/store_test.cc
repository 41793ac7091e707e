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

// --- Aggregation (values worked out by hand) ---

TEST(StoreTest, CounterDaysAndHoursSumIn) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.visits = {
      // 2026-03-02: sensor Eingang 9:00 (4), 9:45 (6), 10:15 (5); Hof 9:30 (3)
      //   -> day 18; hour 9 = 4 + 6 + 3 = 13, hour 10 = 5.
      Visit("Eingang", D(2026, 3, 2), 9 * 60, 4, 1, 2),
      Visit("Eingang", D(2026, 3, 2), 9 * 60 + 45, 6, std::nullopt, 3),
      Visit("Eingang", D(2026, 3, 2), 10 * 60 + 15, 5, 9, 4),
      Visit("Hof", D(2026, 3, 2), 9 * 60 + 30, 3, 3, 5),
      // 2026-03-04: 0 at 23:59 -> a day with data but no visitors.
      Visit("Eingang", D(2026, 3, 4), 23 * 60 + 59, 0, 0, 6),
      // Outside the range queried below.
      Visit("Eingang", D(2026, 3, 1), 12 * 60, 100, 0, 7),
      Visit("Eingang", D(2026, 3, 5), 12 * 60, 100, 0, 8),
  };
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  ImportBatch other_site;
  other_site.visits = {Visit("", D(2026, 3, 2), 9 * 60, 1000, 0, 2)};
  ASSERT_OK(
      store->ImportFile(MakeFile("B", InputKind::kVisits, "z.csv", "h"), other_site).status());

  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 4)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ("2026-03-02", days[0].date.ToIso());
  EXPECT_EQ(18, days[0].count);
  EXPECT_EQ("2026-03-04", days[1].date.ToIso());
  EXPECT_EQ(0, days[1].count);

  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(2026, 3, 2), D(2026, 3, 4)));
  ASSERT_EQ(3u, hours.size());
  EXPECT_EQ("2026-03-02", hours[0].date.ToIso());
  EXPECT_EQ(9, hours[0].hour);
  EXPECT_EQ(13, hours[0].count);
  EXPECT_EQ(10, hours[1].hour);
  EXPECT_EQ(5, hours[1].count);
  EXPECT_EQ("2026-03-04", hours[2].date.ToIso());
  EXPECT_EQ(23, hours[2].hour);
  EXPECT_EQ(0, hours[2].count);
}

// Sums are collected per day (and hour) in an array over the range asked for;
// a range too long for one (two centuries of hours) must give the same.
TEST(StoreTest, CounterSumsOverAVeryLongRangeAreTheSame) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  batch.visits = {Visit("Hof", D(2026, 3, 2), 9 * 60 + 30, 3, 3, 2),
                  Visit("Eingang", D(2026, 3, 2), 9 * 60, 4, 1, 3),
                  Visit("Eingang", D(1999, 12, 31), 23 * 60, 5, 0, 4),
                  Visit("Hof", D(2026, 3, 5), 0, 6, 0, 5)};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(1900, 1, 1), D(2100, 12, 31)));
  ASSERT_EQ(3u, hours.size());
  EXPECT_EQ("1999-12-31", hours[0].date.ToIso());
  EXPECT_EQ(23, hours[0].hour);
  EXPECT_EQ("2026-03-02", hours[1].date.ToIso());
  EXPECT_EQ(9, hours[1].hour);
  EXPECT_EQ(7, hours[1].count);
  EXPECT_EQ("2026-03-05", hours[2].date.ToIso());
  EXPECT_EQ(0, hours[2].hour);
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(1900, 1, 1), D(2100, 12, 31)));
  ASSERT_EQ(3u, days.size());
  EXPECT_EQ(5, days[0].count);
  EXPECT_EQ(7, days[1].count);
  EXPECT_EQ(6, days[2].count);
}

// A daily total (a counter that exports one row per day) counts for the day
// but belongs to no hour: it must not pile up at midnight in the heatmap.
TEST(StoreTest, DailyTotalsCountForTheDayButNoHour) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  VisitCount daily = Visit("Eingang", D(2026, 3, 3), 0, 250, std::nullopt, 2);
  daily.interval_minutes = 1440;
  batch.visits = {Visit("Eingang", D(2026, 3, 2), 14 * 60, 7, std::nullopt, 3), daily};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ(250, days[1].count);
  std::vector<HourCount> hours = Unwrap(store->CounterHours("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(1u, hours.size());
  EXPECT_EQ(14, hours[0].hour);
  EXPECT_EQ(7, hours[0].count);
}

// Readings are written many rows per statement: a batch that is not a
// multiple of that size must arrive whole, each row with its own values.
TEST(StoreTest, EveryReadingOfALargeBatchArrives) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch batch;
  // 2 x 96 quarter hours on 2026-03-02 and 13 more on 2026-03-03: 205 rows,
  // reading i counts i visitors.
  int64_t expected_day1 = 0, expected_day2 = 0;
  for (int i = 0; i < 205; ++i) {
    Date day = i < 192 ? D(2026, 3, 2) : D(2026, 3, 3);
    std::string sensor = i < 96 ? "Eingang" : "Hof";
    batch.visits.push_back(Visit(sensor, day, (i % 96) * 15, i, std::nullopt, i + 2));
    (i < 192 ? expected_day1 : expected_day2) += i;
  }
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "z.csv", "h"), batch).status());
  std::vector<DayCount> days = Unwrap(store->CounterDays("A", D(2026, 3, 2), D(2026, 3, 3)));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ(expected_day1, days[0].count);  // 0 + 1 + ... + 191 = 18336
  EXPECT_EQ(expected_day2, days[1].count);  // 192 + ... + 204 = 2574
  EXPECT_EQ(18336, expected_day1);
  EXPECT_EQ(2574, expected_day2);
}

TEST(StoreTest, TallyDaysSumCountsAndAgeGroups) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  auto tally = [](Date d, std::optional<int> from, std::optional<int> to, int64_t count,
                  std::map<std::string, int64_t> ages, int line) {
    Tally t;
    t.date = d;
    t.slot_start = from;
    t.slot_end = to;
    t.count = count;
    t.age_counts = std::move(ages);
    t.line = line;
    return t;
  };
  ImportBatch batch;
  batch.tallies = {
      tally(D(2026, 6, 1), 600, 720, 7, {{"18–29", 2}, {"65+", 5}}, 2),
      tally(D(2026, 6, 1), 720, 840, 4, {{"65+", 1}, {"30–64", 3}}, 3),
      tally(D(2026, 6, 3), std::nullopt, std::nullopt, 2, {}, 4),
  };
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kTallies, "t.csv", "h"), batch).status());
  std::vector<TallyDay> days = Unwrap(store->TallyDays("A", kFrom, kTo));
  ASSERT_EQ(2u, days.size());
  EXPECT_EQ("2026-06-01", days[0].date.ToIso());
  EXPECT_EQ(11, days[0].count);
  EXPECT_EQ((std::map<std::string, int64_t>{{"18–29", 2}, {"30–64", 3}, {"65+", 6}}),
            days[0].age_counts);
  EXPECT_EQ("2026-06-03", days[1].date.ToIso());
  EXPECT_EQ(2, days[1].count);
  EXPECT_TRUE(days[1].age_counts.empty());
}

TEST(StoreTest, DataSpanCoversAllDatedKinds) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  ImportBatch visits;
  visits.visits = {Visit("", D(2026, 3, 2), 600, 1, 0, 2)};
  ImportBatch events;
  events.events = {MakeEvent("V-1", D(2026, 1, 15), 2)};
  ImportBatch votes;
  votes.votes = {{D(2026, 9, 30), "x", 1, 2}};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVisits, "v", "h"), visits).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kEvents, "e", "h"), events).status());
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kVotes, "w", "h"), votes).status());
  std::optional<std::pair<Date, Date>> span = Unwrap(store->DataSpan("A"));
  ASSERT_TRUE(span.has_value());
  EXPECT_EQ("2026-01-15", span->first.ToIso());
  EXPECT_EQ("2026-09-30", span->second.ToIso());
  EXPECT_FALSE(Unwrap(store->DataSpan("B")).has_value());
}

TEST(StoreTest, PartnersBeforeCountsHeldEventsOnly) {
  auto store = OpenMemory();
  ASSERT_NE(store, nullptr);
  Event a = MakeEvent("V-1", D(2026, 2, 1), 2);
  a.partners = {"VHS", "Bücherei"};
  Event cancelled = MakeEvent("V-2", D(2026, 2, 2), 3);
  cancelled.partners = {"Seniorenbeirat"};
  cancelled.status = EventStatus::kCancelled;
  Event later = MakeEvent("V-3", D(2026, 3, 1), 4);  // on the cut-off date: not before
  later.partners = {"Jugendzentrum", "VHS"};
  ImportBatch batch;
  batch.events = {a, cancelled, later};
  ASSERT_OK(store->ImportFile(MakeFile("A", InputKind::kEvents, "e", "h"), batch).status());
  EXPECT_EQ((std::set<std::string>{"Bücherei", "VHS"}),
            Unwrap(store->PartnersBefore("A", D(2026, 3, 1))));
  EXPECT_EQ((std::set<std::string>{"Bücherei", "Jugendzentrum", "VHS"}),
            Unwrap(store->PartnersBefore("A", D(2026, 3, 2))));
}

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
