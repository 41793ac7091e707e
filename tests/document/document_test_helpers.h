// Builders for the unit tests of the document stage: an Evaluation put
// together by hand (a site, a period with its comparisons, indicator values,
// half-year history, goals) and the BuildContext a section function reads.
// Every value a test checks is set here or in the test itself, so the
// expected texts can be worked out by hand.
#ifndef ANKERBERICHT_TESTS_DOCUMENT_DOCUMENT_TEST_HELPERS_H_
#define ANKERBERICHT_TESTS_DOCUMENT_DOCUMENT_TEST_HELPERS_H_

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "document/build_context.h"
#include "evaluate/cumulative.h"
#include "evaluate/evaluation.h"
#include "model/period.h"

namespace ankerbericht::testing {

// The built-in strings table of |lang| (templates/strings/<lang>.json).
inline const Strings& TableOf(const std::string& lang) {
  static const Strings kNone;
  Result<const Strings*> table = Strings::Builtin(lang);
  EXPECT_TRUE(table.ok()) << table.status().message();
  return table.ok() ? **table : kNone;
}

// "2026-H1" -> the half-year 01.01.2026 – 30.06.2026.
inline Period P(const std::string& id) {
  Result<Period> p = ParsePeriod(id);
  EXPECT_TRUE(p.ok()) << id;
  return p.ok() ? *p : Period();
}

// One half-year of the history with the given values (ids not named are
// absent, as in a half-year without that kind of data).
inline HistoryPoint Half(const std::string& id,
                         std::map<std::string, std::optional<double>> values) {
  return HistoryPoint{P(id), std::move(values)};
}

// A held event on |date| run with |partners|.
inline Event HeldEvent(const Date& date, std::vector<std::string> partners,
                       EventStatus status = EventStatus::kHeld) {
  Event e;
  e.date = date;
  e.title = "Veranstaltung";
  e.partners = std::move(partners);
  e.status = status;
  return e;
}

// An indicator of a goal area: |status| nullopt = no target configured.
inline GoalIndicator GoalInd(const std::string& id, std::optional<double> value,
                             std::optional<TargetState> status = std::nullopt) {
  return GoalIndicator{id, value, status};
}

// A goal area whose met/near/missed counts follow from its indicators, as
// GoalProfiles() computes them.
inline GoalProfile Goal(const std::string& id, std::optional<int> priority,
                        std::vector<GoalIndicator> indicators) {
  GoalProfile g;
  g.id = id;
  g.priority = priority;
  g.indicators = std::move(indicators);
  for (const GoalIndicator& i : g.indicators) {
    if (!i.status) continue;
    if (*i.status == TargetState::kMet) ++g.met;
    if (*i.status == TargetState::kNear) ++g.near;
    if (*i.status == TargetState::kMissed) ++g.missed;
    if (*i.status == TargetState::kNoData) ++g.no_data;
  }
  return g;
}

// A template section as the report builder hands it over.
inline Poco::JSON::Object::Ptr Section(const std::string& json) {
  Poco::JSON::Parser parser;
  return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

// The |i|-th block of |doc| as a T (fails the test when it is something else).
template <class T>
const T* BlockAs(const Document& doc, size_t i) {
  if (i >= doc.blocks.size()) {
    ADD_FAILURE() << "the document has " << doc.blocks.size() << " blocks, not " << i + 1;
    return nullptr;
  }
  const T* b = std::get_if<T>(&doc.blocks[i]);
  if (!b)
    ADD_FAILURE() << "block " << i << " has another type (index " << doc.blocks[i].index() << ")";
  return b;
}

// Spaces inside a period name on a slide are no-break spaces.
inline std::string Nbsp(std::string text) {
  std::string out;
  for (char ch : text) out += ch == ' ' ? std::string("\u00A0") : std::string(1, ch);
  return out;
}

// Stadtlabor Lindenau in Leipzig, evaluated for the first half of 2026 with
// the previous half-year and the same half-year of 2025 for comparison.
// Tests fill in what their section reads, then call Context().
class TestEvaluation {
 public:
  TestEvaluation() {
    site.id = "lindenau";
    site.name = "Stadtlabor Lindenau";
    site.municipality = "Leipzig";
    ev.site = &site;
    ev.period = P("2026-H1");
    ev.compared = true;
    ev.previous = P("2025-H2");
    ev.year_before = P("2025-H1");
    ev.data.site = &site;
    ev.data.period = ev.period;
    input.evaluation = &ev;
    input.today = Date(2026, 7, 15);
  }
  TestEvaluation(const TestEvaluation&) = delete;
  TestEvaluation& operator=(const TestEvaluation&) = delete;

  // Sets an indicator's value and its comparison values.
  void Set(const std::string& id, std::optional<double> value,
           std::optional<double> previous = std::nullopt,
           std::optional<double> year_before = std::nullopt) {
    ev.indicators[id] = IndicatorValue{value, previous, year_before};
  }

  // The history and the cumulative reach computed from it, as Evaluate()
  // does with options.history.
  void SetHistory(std::vector<HistoryPoint> history) {
    ev.history = std::move(history);
    ev.cumulative = Cumulate(ev.history, ev.data);
  }

  // The funding timeline of |site| as seen on |today|.
  void SetToday(const Date& today) {
    ev.today = today;
    ev.funding = ComputeFundingTimeline(site, today);
  }

  const BuildContext& Context(const std::string& language = "de") {
    lang_ = language;
    input.lang = language;
    context_.emplace(BuildContext{input, ev, lang_, "ausschuss.json", TableOf(language)});
    return *context_;
  }

  Site site;
  Evaluation ev;
  ReportInput input;

 private:
  std::string lang_ = "de";
  std::optional<BuildContext> context_;
};

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_DOCUMENT_DOCUMENT_TEST_HELPERS_H_
