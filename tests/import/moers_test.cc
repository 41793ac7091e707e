// Exports in the format of the hourly hystreet counts the city of Moers
// publishes, as synthetic excerpts with invented numbers
// (tests/fixtures/hystreet/README.md): June and July are Windows-1252, May is
// UTF-8 whose umlauts were already replaced by U+FFFD. Totals are checked
// against a sum computed here, independently of the importer (split by line
// and ';', add up column 4), and against the figure written in the README.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "import_harness.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

std::string MoersDir() { return testing::TestDir() + "/fixtures/hystreet"; }

struct Expected {
  int64_t rows = 0;
  int64_t total = 0;
};

Expected IndependentSum(const std::string& bytes) {
  Expected e;
  std::istringstream in(bytes);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    if (header) {
      header = false;
      continue;
    }
    // Column 4 ("Fußgänger insgesamt"); the first column holds no ';'.
    size_t p = 0;
    for (int i = 0; i < 3; ++i) p = line.find(';', p) + 1;
    e.total += std::stoll(line.substr(p, line.find(';', p) - p));
    ++e.rows;
  }
  return e;
}

class MoersTest : public ::testing::TestWithParam<const char*> {};

TEST_P(MoersTest, ImportsWithUmlautsAndCorrectTotals) {
  std::string month = GetParam();
  std::string path = MoersDir() + "/steinstrasse-" + month + "-2022-auszug.csv";
  ASSERT_TRUE(fs::exists(path)) << path;
  std::string bytes = testing::ReadFileToString(path);
  Expected expected = IndependentSum(bytes);
  testing::Harness h;
  h.file = fs::path(path).filename().string();
  ASSERT_OK(h.Import(InputKind::kVisits, bytes));
  EXPECT_EQ(h.outcome.format, "hystreet");
  EXPECT_EQ(h.outcome.delimiter, "';'");
  EXPECT_TRUE(h.outcome.rejected.empty()) << ::testing::PrintToString(h.Rejections());
  EXPECT_EQ(h.outcome.rows_read, expected.rows);
  int64_t total = 0;
  for (const VisitCount& v : h.outcome.batch.visits) {
    total += v.in;
    ASSERT_EQ(v.sensor, "Steinstraße, Moers") << "line " << v.line;
  }
  EXPECT_EQ(total, expected.total);
  EXPECT_EQ(expected.rows, 48);
  EXPECT_EQ(total, month == "mai" ? 25146 : month == "juni" ? 25382 : 25245);
  if (month == "mai") {
    EXPECT_EQ(h.outcome.encoding, "UTF-8");
    EXPECT_TRUE(h.HasNotice("replacement characters"));
  } else {
    EXPECT_EQ(h.outcome.encoding, "Windows-1252");
  }
  ASSERT_FALSE(h.outcome.batch.visits.empty());
  EXPECT_EQ(h.outcome.batch.visits[0].start.minute, 0);
  EXPECT_EQ(h.outcome.batch.visits[0].start.date.day(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Months, MoersTest, ::testing::Values("mai", "juni", "juli"));

}  // namespace
}  // namespace ankerbericht
