#include "app/progress.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ankerbericht {
namespace {

// Not a terminal (a pipe, CI, a log file) or --quiet: not one byte, so the
// summary lines stay exactly what they were.
TEST(ProgressLineTest, DisabledWritesNothing) {
  std::ostringstream out;
  {
    ProgressLine progress(&out, false);
    progress.StartFile(1, 2, "daten/zaehler.csv");
    EXPECT_FALSE(progress.RowsCallback());
    progress.Rows(16384);
    progress.Clear();
  }
  EXPECT_EQ("", out.str());
}

// On a terminal: which file of how many and the rows so far, on one line
// that the next message erases.
TEST(ProgressLineTest, EnabledDrawsOneLineAndErasesIt) {
  std::ostringstream out;
  ProgressLine progress(&out, true);
  progress.StartFile(2, 5, "daten/zaehler.csv");
  std::function<void(int64_t)> rows = progress.RowsCallback();
  ASSERT_TRUE(rows);
  rows(16384);
  EXPECT_EQ("\r\033[KDatei 2 von 5: daten/zaehler.csv – 16.384 Zeilen", out.str());
  rows(32768);  // within the same fifth of a second: not drawn again
  EXPECT_EQ(std::string::npos, out.str().find("32.768"));
  EXPECT_EQ(std::string::npos, out.str().find('\n'));
  progress.Clear();
  EXPECT_TRUE(out.str().ends_with("Zeilen\r\033[K"));
}

}  // namespace
}  // namespace ankerbericht
