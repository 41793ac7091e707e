// `figures` on the sample workspace as a user runs it: every indicator with its
// comparisons, breakdowns that add up, no hidden cell recomputable from what
// the JSON publishes, CSV with the same numbers, and `--internal` marked.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

class FiguresCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    // Import only (no report rendering): `import` per kind via `run` would
    // also render; the figures need the data only.
    for (const char* spec :
         {"--kind visits daten/zaehler/*.csv", "--kind tallies daten/strichlisten/*.csv",
          "--kind events daten/veranstaltungen.csv",
          "--kind feedback --format papier daten/feedback/papier-*.csv",
          "--kind feedback daten/feedback/online-*.csv", "--kind votes daten/klebepunkte.csv"}) {
      CommandResult r = Anker(ws(), std::string("import --site stadtlabor ") + spec);
      if (r.exit_code != 0) import_error_ += r.err;
    }
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path ws() { return tmp_->path() / "ws"; }
  void SetUp() override {
    if (!import_error_.empty())
      GTEST_SKIP() << "sample import failed (another stage): " << import_error_;
  }
  static ScopedTempDir* tmp_;
  static std::string import_error_;
};
ScopedTempDir* FiguresCliTest::tmp_ = nullptr;
std::string FiguresCliTest::import_error_;

// Each hidden cell's possible values given the published total and cells: a
// "< k" cell lies in 1..k-1, an "x" cell in 1..total. Returns false if one of
// them is pinned to a single value or a "< k" cell is provably 2 or more.
bool NoHiddenCellRecomputable(const Object::Ptr& b, int k, std::string* why) {
  Array::Ptr cells = b->getArray("cells");
  std::vector<std::pair<double, double>> bounds;
  double shown = 0;
  for (size_t i = 0; i < cells->size(); ++i) {
    Object::Ptr c = cells->getObject(static_cast<unsigned>(i));
    Poco::Dynamic::Var v = c->get("value");
    if (v.isString()) {
      bounds.push_back({1, v.toString() == "x" ? 1e9 : k - 1.0});
    } else if (!v.isEmpty()) {
      shown += v.convert<double>();
    }
  }
  Poco::Dynamic::Var total = b->get("total");
  if (bounds.empty() || total.isEmpty() || total.isString()) return true;
  double sum = total.convert<double>() - shown;
  if (bounds.size() == 1) {
    *why = "one hidden cell";
    return false;
  }
  double lo_all = 0, hi_all = 0;
  for (auto [lo, hi] : bounds) {
    hi = std::min(hi, sum);
    lo_all += lo;
    hi_all += hi;
  }
  for (auto [lo, hi] : bounds) {
    const bool small = hi == k - 1.0;
    hi = std::min(hi, sum);
    const double min = std::max(lo, sum - (hi_all - hi));
    if (std::min(hi, sum - (lo_all - lo)) <= min) {
      *why = "a hidden cell is pinned down by the total";
      return false;
    }
    if (small && min > 1) {
      *why = "a \"< k\" cell is provably 2 or more";
      return false;
    }
  }
  return true;
}

TEST_F(FiguresCliTest, CompareJsonHasEveryComparisonAndProtectedBreakdowns) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Object::Ptr f = ParseJson(r.out);
  Object::Ptr indicators = f->getObject("indicators");
  for (const std::string& id : indicators->getNames()) {
    Object::Ptr i = indicators->getObject(id);
    for (const char* key : {"value", "unit", "previous", "year_before"})
      EXPECT_TRUE(i->has(key)) << id << " " << key;
  }
  EXPECT_TRUE(indicators->has("feedback.item.zufrieden.mean"));
  EXPECT_FALSE(f->getObject("privacy")->getValue<bool>("internal"));
  const int k = f->getObject("privacy")->getValue<int>("threshold");

  Object::Ptr breakdowns = f->getObject("breakdowns");
  std::vector<Object::Ptr> all;
  for (const std::string& id : breakdowns->getNames()) all.push_back(breakdowns->getObject(id));
  Object::Ptr items = f->getObject("feedback_items")->getObject("items");
  for (const std::string& id : items->getNames())
    all.push_back(items->getObject(id)->getObject("distribution"));
  int hidden_seen = 0;
  for (const Object::Ptr& b : all) {
    Array::Ptr cells = b->getArray("cells");
    bool any_hidden = false;
    double sum = 0;
    for (size_t i = 0; i < cells->size(); ++i) {
      Poco::Dynamic::Var v = cells->getObject(static_cast<unsigned>(i))->get("value");
      if (v.isString()) {
        any_hidden = true;
        ++hidden_seen;
        EXPECT_TRUE(v.toString() == "x" || v.toString() == "< " + std::to_string(k))
            << v.toString();
      } else if (!v.isEmpty()) {
        double d = v.convert<double>();
        sum += d;
        if (b->getValue<bool>("protected")) EXPECT_TRUE(d == 0 || d >= k);
      }
    }
    // Where nothing is hidden, cells that partition the total add up to it.
    if (!any_hidden && !b->getValue<bool>("overlapping") && !b->isNull("total") &&
        b->getValue<std::string>("unit") == "count")
      EXPECT_NEAR(sum, b->getValue<double>("total"), 1e-9);
    std::string why;
    EXPECT_TRUE(NoHiddenCellRecomputable(b, k, &why)) << why;
  }
  EXPECT_GT(hidden_seen, 0);  // the sample has rare answers: the rule is exercised
  EXPECT_EQ(f->getArray("goals")->size(), 7u);
  EXPECT_FALSE(f->getObject("signals")->getValue<std::string>("rule_de").empty());
  EXPECT_GT(f->getArray("targets")->size(), 0u);
  Array::Ptr history = f->getArray("history");
  ASSERT_EQ(history->size(), 3u);  // 2025-H1, 2025-H2, 2026-H1
  EXPECT_EQ(history->getObject(0)->getValue<std::string>("period"), "2025-H1");
  // The history's current half-year is the period's own value.
  EXPECT_EQ(history->getObject(2)->getObject("indicators")->getValue<double>("visitors.total"),
            indicators->getObject("visitors.total")->getValue<double>("value"));
  EXPECT_EQ(history->getObject(1)->getObject("indicators")->getValue<double>("visitors.total"),
            indicators->getObject("visitors.total")->getValue<double>("previous"));
}

TEST_F(FiguresCliTest, CsvGivesTheSameNumbersAsJson) {
  CommandResult j = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  CommandResult c = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --csv");
  ASSERT_EQ(c.exit_code, 0) << c.err;
  Object::Ptr indicators = ParseJson(j.out)->getObject("indicators");
  std::map<std::string, std::vector<std::string>> rows;
  std::istringstream in(c.out);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "site,period,indicator,unit,value,previous,year_before");
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, ',')) cols.push_back(col);
    if (cols.size() >= 5 && cols[1] == "2026-H1") rows[cols[2]] = cols;
  }
  for (const std::string& id : indicators->getNames()) {
    ASSERT_TRUE(rows.count(id)) << id;
    Object::Ptr i = indicators->getObject(id);
    int col = 4;
    for (const char* key : {"value", "previous", "year_before"}) {
      std::string csv = col < static_cast<int>(rows[id].size()) ? rows[id][col] : "";
      ++col;
      if (i->isNull(key)) {
        EXPECT_EQ(csv, "") << id << " " << key;
      } else if (i->get(key).isString()) {
        EXPECT_EQ(csv, i->getValue<std::string>(key)) << id;
      } else {
        EXPECT_NEAR(std::stod(csv), i->getValue<double>(key), 1e-3) << id << " " << key;
      }
    }
  }
  // Breakdown cells appear in the long format, hidden ones as in the JSON.
  EXPECT_NE(c.out.find("stadtlabor,2026-H1,events.by_format[Workshop],count,17"),
            std::string::npos);
  EXPECT_NE(c.out.find("feedback.item.zufrieden.distribution[2],count,< 5"), std::string::npos);
  EXPECT_NE(c.out.find("stadtlabor,2025-H2,history.visitors.total,count,8470"), std::string::npos);
}

TEST_F(FiguresCliTest, InternalShowsRawValuesAndSaysSo) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --json --internal");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Object::Ptr f = ParseJson(r.out);
  EXPECT_TRUE(f->getObject("privacy")->getValue<bool>("internal"));
  EXPECT_NE(f->getObject("privacy")->getValue<std::string>("notice").find("not for publication"),
            std::string::npos);
  Array::Ptr cells = f->getObject("feedback_items")
                         ->getObject("items")
                         ->getObject("zufrieden")
                         ->getObject("distribution")
                         ->getArray("cells");
  for (size_t i = 0; i < cells->size(); ++i)
    EXPECT_FALSE(cells->getObject(static_cast<unsigned>(i))->get("value").isString());
  CommandResult t = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --internal");
  EXPECT_NE(t.out.find("INTERN – nicht zur Veröffentlichung"), std::string::npos) << t.out;
}

}  // namespace
}  // namespace ankerbericht::testing
