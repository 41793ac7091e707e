// Builders and comparisons shared by the store tests.
#ifndef ANKERBERICHT_TESTS_STORE_STORE_TEST_HELPERS_H_
#define ANKERBERICHT_TESTS_STORE_STORE_TEST_HELPERS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/store.h"
#include "test_util.h"

namespace ankerbericht {

using ::ankerbericht::testing::ScopedTempDir;

inline Date D(int y, unsigned m, unsigned d) { return Date(y, m, d); }

inline SourceFile MakeFile(const std::string& site, InputKind kind, const std::string& path,
                           const std::string& hash) {
  SourceFile f;
  f.site = site;
  f.kind = kind;
  f.path = path;
  f.format = "csv";
  f.hash = hash;
  f.encoding = "UTF-8";
  f.imported_at = "2026-03-01T10:00:00Z";
  return f;
}

inline std::unique_ptr<Store> OpenMemory() {
  Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

template <typename T>
T Unwrap(Result<T> result) {
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(*result) : T();
}

inline VisitCount Visit(const std::string& sensor, Date date, int minute, int64_t in,
                        std::optional<int64_t> out, int line) {
  VisitCount v;
  v.sensor = sensor;
  v.start = {date, minute};
  v.interval_minutes = 15;
  v.in = in;
  v.out = out;
  v.line = line;
  return v;
}

inline Event MakeEvent(const std::string& id, Date date, int line) {
  Event e;
  e.id = id;
  e.date = date;
  e.title = "Event " + id;
  e.format = "Workshop";
  e.location = "vor Ort";
  e.line = line;
  return e;
}

// Field-by-field comparisons: the records have no operator==, and a named
// field in the failure message beats a dump of two structs.
inline void ExpectSameEvent(const Event& want, const Event& got) {
  SCOPED_TRACE("event " + want.id);
  EXPECT_EQ(want.id, got.id);
  EXPECT_EQ(want.date.ToIso(), got.date.ToIso());
  EXPECT_EQ(want.start, got.start);
  EXPECT_EQ(want.end, got.end);
  EXPECT_EQ(want.title, got.title);
  EXPECT_EQ(want.format, got.format);
  EXPECT_EQ(want.topics, got.topics);
  EXPECT_EQ(want.target_groups, got.target_groups);
  EXPECT_EQ(want.speakers, got.speakers);
  EXPECT_EQ(want.partners, got.partners);
  EXPECT_EQ(want.registrations, got.registrations);
  EXPECT_EQ(want.participants, got.participants);
  EXPECT_EQ(want.capacity, got.capacity);
  EXPECT_EQ(want.location, got.location);
  EXPECT_EQ(want.status, got.status);
  EXPECT_EQ(want.age_counts, got.age_counts);
  EXPECT_EQ(want.line, got.line);
}

inline void ExpectSameFeedback(const FeedbackResponse& want, const FeedbackResponse& got) {
  SCOPED_TRACE("feedback line " + std::to_string(want.line));
  EXPECT_EQ(want.response_id, got.response_id);
  EXPECT_EQ(want.date.ToIso(), got.date.ToIso());
  EXPECT_EQ(want.event_id, got.event_id);
  EXPECT_EQ(want.channel, got.channel);
  EXPECT_EQ(want.answers, got.answers);
  EXPECT_EQ(want.line, got.line);
}

inline void ExpectSameNote(const Note& want, const Note& got) {
  SCOPED_TRACE("note " + want.title);
  EXPECT_EQ(want.date.ToIso(), got.date.ToIso());
  EXPECT_EQ(want.kind, got.kind);
  EXPECT_EQ(want.title, got.title);
  EXPECT_EQ(want.event_ids, got.event_ids);
  EXPECT_EQ(want.authors, got.authors);
  EXPECT_EQ(want.quote_consent, got.quote_consent);
  ASSERT_EQ(want.sections.size(), got.sections.size());
  for (size_t i = 0; i < want.sections.size(); ++i) {
    EXPECT_EQ(want.sections[i].title, got.sections[i].title);
    EXPECT_EQ(want.sections[i].text, got.sections[i].text);
    EXPECT_EQ(want.sections[i].line, got.sections[i].line);
  }
  EXPECT_EQ(want.tags, got.tags);
  ASSERT_EQ(want.actions.size(), got.actions.size());
  for (size_t i = 0; i < want.actions.size(); ++i) {
    EXPECT_EQ(want.actions[i].text, got.actions[i].text);
    EXPECT_EQ(want.actions[i].done, got.actions[i].done);
    EXPECT_EQ(want.actions[i].owner, got.actions[i].owner);
    EXPECT_EQ(want.actions[i].due.has_value(), got.actions[i].due.has_value());
    if (want.actions[i].due && got.actions[i].due) {
      EXPECT_EQ(want.actions[i].due->ToIso(), got.actions[i].due->ToIso());
    }
    EXPECT_EQ(want.actions[i].line, got.actions[i].line);
  }
}

const Date kFrom = D(2026, 1, 1);
const Date kTo = D(2026, 12, 31);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_TESTS_STORE_STORE_TEST_HELPERS_H_
