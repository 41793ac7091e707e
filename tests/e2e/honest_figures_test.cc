// End-to-end checks that the sample's public papers tell the whole story:
// every distribution in `figures` adds up to its n with the withheld answers
// counted, charts are not rescaled after suppression, and the unfavourable
// results (a missed target, a falling share) appear in the reports' text.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

class HonestFigures : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    CommandResult run = Anker(ws(), "run");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  static void TearDownTestSuite() { delete tmp_; }
  static fs::path ws() { return tmp_->path() / "ws"; }

  // The text of report |id| for 2026-H1 in |lang| (empty when poppler is missing).
  static std::string ReportText(const std::string& id, const std::string& lang = "de") {
    fs::path pdf = tmp_->path() / (id + "-" + lang + ".pdf");
    CommandResult r = Anker(ws(), "report --site stadtlabor " + id + " --period 2026-H1 --lang " +
                                      lang + " -o '" + pdf.string() + "'");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // A finding the layout had to drop would be a choice again.
    EXPECT_EQ(r.err.find("aus Platzmangel weggelassen"), std::string::npos)
        << id << " " << lang << ": " << r.err;
    return OneLine(RunCommand("pdftotext '" + pdf.string() + "' -").out);
  }

  // Line breaks and no-break spaces become plain spaces, so a phrase is found
  // wherever the layout broke it.
  static std::string OneLine(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      bool space = text[i] == '\n' || text[i] == ' ';
      size_t skip = 0;
      if (text.compare(i, 2, "\u00A0") == 0) skip = 1;
      if (text.compare(i, 3, "\u202F") == 0) skip = 2;
      if (space || skip) {
        // "Ziel-" at a line end goes on with "Altersgruppen" without a space.
        bool joined = text[i] == '\n' && !out.empty() && out.back() == '-';
        if (!out.empty() && out.back() != ' ' && !joined) out += ' ';
        i += skip;
        continue;
      }
      out += text[i];
    }
    return out;
  }

  static ScopedTempDir* tmp_;
};
ScopedTempDir* HonestFigures::tmp_ = nullptr;

// Shown cells plus the withheld count give the total; a hidden cell means
// something is withheld.
void ExpectWhole(const Object::Ptr& b, const std::string& what) {
  if (b->getValue<bool>("overlapping") || b->getValue<std::string>("unit") != "count") return;
  if (!b->get("total").isNumeric()) return;  // the total itself is hidden
  ASSERT_TRUE(b->has("withheld")) << what;
  double withheld = b->getValue<double>("withheld");
  double shown = 0;
  bool hidden = false;
  Poco::JSON::Array::Ptr cells = b->getArray("cells");
  for (size_t i = 0; i < cells->size(); ++i) {
    Poco::Dynamic::Var v = cells->getObject(static_cast<unsigned>(i))->get("value");
    if (v.isNumeric()) {
      shown += v.convert<double>();
    } else {
      hidden = true;
    }
  }
  EXPECT_DOUBLE_EQ(shown + withheld, b->getValue<double>("total")) << what;
  EXPECT_EQ(hidden, withheld > 0) << what;
}

TEST_F(HonestFigures, EveryDistributionSumsToItsNIncludingWithheld) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Object::Ptr figures = ParseJson(r.out);
  Object::Ptr breakdowns = figures->getObject("breakdowns");
  int checked = 0;
  for (const std::string& id : breakdowns->getNames()) {
    ExpectWhole(breakdowns->getObject(id), id);
    ++checked;
  }
  Object::Ptr items = figures->getObject("feedback_items")->getObject("items");
  ASSERT_TRUE(items);
  for (const std::string& id : items->getNames()) {
    Object::Ptr d = items->getObject(id)->getObject("distribution");
    ExpectWhole(d, id);
    ++checked;
  }
  EXPECT_GE(checked, 5);
  // "insgesamt zufrieden": 0/4/52/147/93 answers. The 4 and the 52 beside
  // it are hidden, and the 56 answers are counted, not spread over the rest.
  Object::Ptr zufrieden = items->getObject("zufrieden")->getObject("distribution");
  EXPECT_EQ(zufrieden->getValue<double>("total"), 296);
  EXPECT_EQ(zufrieden->getValue<double>("withheld"), 56);
  Object::Ptr agree = zufrieden->getArray("cells")->getObject(3);
  EXPECT_NEAR(agree->getValue<double>("share"), 100.0 * 147 / 296, 0.01);
}

TEST_F(HonestFigures, CsvCarriesTheWithheldCountToo) {
  CommandResult r = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("feedback.item.zufrieden.distribution.withheld,count,56\n"),
            std::string::npos)
      << r.out;
}

TEST_F(HonestFigures, HalfYearlyReportNamesTheMissedTargetAndTheFallingShare) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils missing";
  std::string text = ReportText("halbjahresbericht");
  for (const char* expected :
       {"Auf einen Blick", "Weiterempfehlung", "Ziel (mindestens 85,0 %) knapp verfehlt",
        "aus den Ziel-Altersgruppen", "Veränd.", "als 10 % verändert",
        "nicht ausgewiesen (Datenschutz)", "Priorität 1"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected;
  }
  EXPECT_EQ(text.find("Mehr Menschen"), std::string::npos);
}

TEST_F(HonestFigures, ConsolidationCaseAndDeckNameThemToo) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils missing";
  std::string text = ReportText("verstetigung");
  // The rule's sentence may cross a page break (running header in between).
  for (const char* expected : {"Was die Zahlen zeigen", "Ziel (mindestens 85,0 %) knapp verfehlt",
                               "aus den Ziel-Altersgruppen", "als 10 % verändert"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing: " << expected;
  }
  std::string deck = ReportText("ausschuss");
  EXPECT_NE(deck.find("verfehlt"), std::string::npos);
  EXPECT_NE(deck.find("aus den Ziel-Altersgruppen"), std::string::npos);
  EXPECT_EQ(deck.find("Menschen kommen"), std::string::npos);
  ReportText("ausschuss", "en");  // nothing left out in English either
  std::string english = ReportText("halbjahresbericht", "en");
  EXPECT_NE(english.find("target (at least 85.0%) narrowly missed"), std::string::npos);
  EXPECT_NE(english.find("Priority 1"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht::testing
