// The evaluation reads a site's records once and cuts its periods from them
// (evaluate/period_reader.h): every period inside the window read ahead must
// hold exactly what the store gives for it, and a period outside still comes
// from the store.
#include "evaluate/period_reader.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "store/store_test_helpers.h"

namespace ankerbericht {
namespace {

// What a test compares of the records of a period: each kind as text, one
// line per record, in the order given.
std::string Describe(const PeriodData& d) {
  std::string out;
  for (const auto& [day, v] : d.visit_days)
    out += "day " + day.ToIso() + " " + std::to_string(v.count) + (v.from_counter ? " c" : " t") +
           "\n";
  for (const TallyDay& t : d.tallies) out += "tally " + t.date.ToIso() + "\n";
  for (const HourCount& h : d.counter_hours)
    out += "hour " + h.date.ToIso() + " " + std::to_string(h.hour) + "\n";
  for (const Event& e : d.events) out += "event " + e.id + "\n";
  for (const FeedbackResponse& r : d.feedback)
    out += "form " + r.date.ToIso() + " " + r.event_id + " " + r.answers.at("empfehlen") + "\n";
  for (const Vote& v : d.votes) out += "vote " + v.date.ToIso() + " " + v.wish + "\n";
  for (const std::string& p : d.partners_before) out += "partner before " + p + "\n";
  return out;
}

class PeriodReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "ort";
    site_.opening_hours = {{Date(2024, 1, 1), {{2, 10 * 60, 18 * 60}}}};
    store_ = OpenMemory();
    ASSERT_NE(store_, nullptr);
    ImportBatch visits;
    for (Date day : {Date(2024, 9, 3), Date(2025, 3, 4), Date(2025, 12, 31), Date(2026, 1, 1)}) {
      VisitCount v;
      v.sensor = "Eingang";
      v.start = {day, 11 * 60};
      v.interval_minutes = 60;
      v.in = 4;
      visits.visits.push_back(v);
    }
    ASSERT_TRUE(store_->ImportFile(MakeFile("ort", InputKind::kVisits, "z.csv", "z"), visits).ok());
    ImportBatch events, forms, votes, tallies, notes;
    for (Date day : {Date(2024, 10, 1), Date(2025, 6, 30), Date(2025, 7, 1), Date(2026, 3, 3)}) {
      Event e;
      e.id = "V-" + day.ToIso();
      e.date = day;
      e.title = e.id;
      e.status = EventStatus::kHeld;
      e.partners = {"Partner " + day.ToIso()};
      events.events.push_back(e);
      FeedbackResponse r;
      r.date = day;
      r.event_id = e.id;
      r.answers = {{"empfehlen", day.ToIso()}};
      forms.feedback.push_back(r);
      votes.votes.push_back({day, "Wunsch " + day.ToIso(), 3, 2});
      Tally t;
      t.date = day;
      t.count = 5;
      tallies.tallies.push_back(t);
      Note n;
      n.date = day;
      n.kind = "reflexion";
      n.title = "Notiz " + day.ToIso();
      notes.notes.push_back(n);
    }
    for (auto& [kind, batch] : {std::pair{InputKind::kEvents, &events},
                                {InputKind::kFeedback, &forms},
                                {InputKind::kVotes, &votes},
                                {InputKind::kTallies, &tallies},
                                {InputKind::kNotes, &notes}}) {
      auto imported = store_->ImportFile(
          MakeFile("ort", kind, InputKindName(kind), InputKindName(kind)), *batch);
      ASSERT_TRUE(imported.ok()) << imported.status().ToString();
    }
  }

  Site site_;
  std::unique_ptr<Store> store_;
};

TEST_F(PeriodReaderTest, PeriodsInsideTheWindowHoldWhatTheStoreGives) {
  PeriodReader reader(store_.get(), site_);
  ASSERT_TRUE(reader.ReadAhead(MakeRange(Date(2024, 7, 1), Date(2026, 6, 30))).ok());
  for (const char* id : {"2024-H2", "2025-H1", "2025-H2", "2026-H1", "2025"}) {
    const Period period = *ParsePeriod(id);
    ASSERT_NE(reader.Covering(period), nullptr) << id;
    auto cut = reader.Read(period);
    auto read = LoadPeriodData(store_.get(), site_, period);
    ASSERT_TRUE(cut.ok() && read.ok()) << id;
    EXPECT_EQ(Describe(*cut), Describe(*read)) << id;
    EXPECT_FALSE(Describe(*cut).empty()) << id;
  }
  // The half-year's edges belong to it: 30 June to H1, 1 July to H2.
  auto h1 = reader.Feedback(*ParsePeriod("2025-H1"));
  ASSERT_TRUE(h1.ok());
  ASSERT_EQ(h1->size(), 1u);
  EXPECT_EQ(h1->front().date, Date(2025, 6, 30));
  auto events = reader.Events(*ParsePeriod("2025-H2"));
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->front().id, "V-2025-07-01");
  // Notes from any day up to the window's end, as the store reads them.
  auto notes = reader.Notes(Date(1900, 1, 1), Date(2025, 7, 1));
  auto stored = store_->Notes("ort", Date(1900, 1, 1), Date(2025, 7, 1));
  ASSERT_TRUE(notes.ok() && stored.ok());
  ASSERT_EQ(notes->size(), 3u);
  for (size_t i = 0; i < notes->size(); ++i) EXPECT_EQ((*notes)[i].title, (*stored)[i].title);
}

TEST_F(PeriodReaderTest, PeriodsOutsideTheWindowComeFromTheStore) {
  PeriodReader reader(store_.get(), site_);
  ASSERT_TRUE(reader.ReadAhead(*ParsePeriod("2025-H2")).ok());
  // Reaching before the window, or past its end.
  for (const char* id : {"2025", "2026-H1", "2024-H2"}) {
    const Period period = *ParsePeriod(id);
    EXPECT_EQ(reader.Covering(period), nullptr) << id;
    auto got = reader.Read(period);
    auto read = LoadPeriodData(store_.get(), site_, period);
    ASSERT_TRUE(got.ok() && read.ok()) << id;
    EXPECT_EQ(Describe(*got), Describe(*read)) << id;
  }
  auto later = reader.Feedback(*ParsePeriod("2026-H1"));
  ASSERT_TRUE(later.ok());
  ASSERT_EQ(later->size(), 1u);
  EXPECT_EQ(later->front().date, Date(2026, 3, 3));
  // A reader that read nothing ahead reads every period from the store.
  PeriodReader plain(store_.get(), site_);
  EXPECT_EQ(plain.Covering(*ParsePeriod("2025-H2")), nullptr);
  auto notes = plain.Notes(Date(2026, 1, 1), Date(2026, 6, 30));
  ASSERT_TRUE(notes.ok());
  ASSERT_EQ(notes->size(), 1u);
}

}  // namespace
}  // namespace ankerbericht
