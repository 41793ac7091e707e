// End-to-end tests of the consolidation case (report verstetigung) and the
// committee deck (report ausschuss) on the sample workspace: valid PDFs with
// embedded fonts, 16:9 slides with footer and number, and every figure in
// the deck equal to the one `figures --json` prints.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

// German number as a reader sees it: "11.011", "81,4". Written here again
// on purpose: the test must not trust the code it checks.
std::string German(double v, int decimals) {
  double scale = std::pow(10.0, decimals);
  long long scaled = std::llround(std::fabs(v) * scale);
  std::string digits = std::to_string(scaled / static_cast<long long>(scale));
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
    grouped += digits[i];
  }
  if (decimals > 0) {
    std::string frac = std::to_string(scaled % static_cast<long long>(scale));
    grouped += "," + std::string(decimals - frac.size(), '0') + frac;
  }
  return (v < 0 ? "-" : "") + grouped;
}

std::string Formatted(double v, const std::string& unit) {
  if (unit == "percent") return German(v, 1) + " %";
  if (unit == "euro") return German(v, 0) + " €";
  if (unit == "per_hour" || unit == "points") return German(v, 1);
  return German(v, 0);
}

// One slide of the deck's dump: its lines, keyed by their first word.
struct DumpSlide {
  std::vector<std::string> lines;
  std::string Get(const std::string& prefix) const {
    for (const std::string& l : lines)
      if (l.starts_with(prefix)) return l.substr(prefix.size());
    return "";
  }
};

std::vector<DumpSlide> ParseDeckDump(const std::string& dump) {
  std::vector<DumpSlide> slides;
  std::istringstream in(dump);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("=== ")) {
      slides.emplace_back();
    } else if (!slides.empty()) {
      slides.back().lines.push_back(line);
    }
  }
  return slides;
}

class ConsolidationSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    run_ = new CommandResult(Anker(ws(), "run"));
    CommandResult figures =
        Anker(ws(), "figures --site stadtlabor --period 2026-H1 --compare --json");
    figures_json_ = new std::string(figures.out);
    CommandResult dump =
        Anker(ws(), "report --site stadtlabor ausschuss --period 2026-H1 --dump -o deck.txt");
    std::ifstream in(ws() / "deck.txt");
    std::ostringstream text;
    text << in.rdbuf();
    deck_dump_ = new std::string(dump.exit_code == 0 ? text.str() : "");
  }
  static void TearDownTestSuite() {
    delete run_;
    delete figures_json_;
    delete deck_dump_;
    delete tmp_;
  }
  static fs::path ws() { return tmp_->path() / "ws"; }
  static fs::path Deck() { return ws() / "berichte/ausschuss-stadtlabor-2026-H1.pdf"; }
  static fs::path Case() { return ws() / "berichte/verstetigung-stadtlabor-2026-H1.pdf"; }
  static Object::Ptr Figures() { return ParseJson(*figures_json_); }

  // The value of |id| as the JSON has it: catalogue indicators under
  // "indicators", sums since the start as "cumulative.<id>", the funding
  // timeline as "funding.<field>". Returns the unit in |unit|.
  static std::optional<double> Lookup(const Object::Ptr& f, const std::string& id,
                                      std::string* unit) {
    *unit = "count";
    if (id.starts_with("cumulative.")) {
      return f->getObject("cumulative")->getObject("indicators")->getValue<double>(id.substr(11));
    }
    if (id.starts_with("funding.")) return f->getObject("funding")->getValue<double>(id.substr(8));
    if (id.starts_with("costs.")) {
      *unit = "euro";
      return f->getObject("costs")->getValue<double>(id.substr(6));
    }
    Object::Ptr ind = f->getObject("indicators")->getObject(id);
    if (!ind || ind->isNull("value")) return std::nullopt;
    *unit = ind->getValue<std::string>("unit");
    return ind->getValue<double>("value");
  }

  static ScopedTempDir* tmp_;
  static CommandResult* run_;
  static std::string* figures_json_;
  static std::string* deck_dump_;
};
ScopedTempDir* ConsolidationSample::tmp_ = nullptr;
CommandResult* ConsolidationSample::run_ = nullptr;
std::string* ConsolidationSample::figures_json_ = nullptr;
std::string* ConsolidationSample::deck_dump_ = nullptr;

TEST_F(ConsolidationSample, RunRendersAllThreeReportsOfTheSample) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  EXPECT_TRUE(fs::exists(Case())) << run_->err;
  EXPECT_TRUE(fs::exists(Deck())) << run_->err;
}

TEST_F(ConsolidationSample, CaseIsAValidPdfWithEveryPartOfTheArgument) {
  if (!HavePdfTools()) GTEST_SKIP() << "poppler-utils/qpdf missing";
  ASSERT_TRUE(fs::exists(Case())) << run_->err;
  EXPECT_EQ(RunCommand("qpdf --check '" + Case().string() + "'").exit_code, 0);
  ExpectFontsEmbedded(Case());
  std::string text = RunCommand("pdftotext '" + Case().string() + "' -").out;
  for (const char* expected : {"Verstetigungsvorlage",
                               "Begründung",
                               "Entwicklung seit der Eröffnung",
                               "Besuche je Halbjahr",
                               "Wachsendes Netzwerk",
                               "Belege je Zielbereich",
                               "Was die Menschen sagen",
                               "Selbsteinschätzung: die 24 Erfolgsfaktoren",
                               "Zeitplan der Verstetigung",
                               "Zeitplan bis zum Förderende",
                               "Finanzielle Auswirkungen",
                               "Erläuterung der Kosten",
                               "Beschlussvorschlag",
                               "Haushaltsfrist",
                               "Förderende",
                               "16.03.2027",
                               "31.12.2027",
                               "12.05.2026",
                               "V/2027/014",
                               "26.857",
                               "2.636"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing in PDF text: " << expected;
  }
}

TEST_F(ConsolidationSample, CaseAndDeckRenderInEnglish) {
  if (!HavePdfTools()) GTEST_SKIP() << "poppler-utils/qpdf missing";
  for (const char* name : {"verstetigung", "ausschuss"}) {
    fs::path pdf = tmp_->path() / (std::string(name) + "-en.pdf");
    CommandResult r = Anker(ws(), std::string("report --site stadtlabor ") + name +
                                      " --period 2026-H1 --lang en -o '" + pdf.string() + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(RunCommand("qpdf --check '" + pdf.string() + "'").exit_code, 0);
    std::string text = RunCommand("pdftotext '" + pdf.string() + "' -").out;
    EXPECT_NE(text.find("11,011"), std::string::npos) << name;
    EXPECT_EQ(text.find("Quelle:"), std::string::npos) << name;
  }
}

TEST_F(ConsolidationSample, DeckIsSixteenByNineWithSourceAndNumberOnEverySlide) {
  if (!HavePdfTools()) GTEST_SKIP() << "poppler-utils/qpdf missing";
  ASSERT_TRUE(fs::exists(Deck())) << run_->err;
  EXPECT_EQ(RunCommand("qpdf --check '" + Deck().string() + "'").exit_code, 0);
  ExpectFontsEmbedded(Deck());
  std::string info = RunCommand("pdfinfo '" + Deck().string() + "'").out;
  EXPECT_TRUE(std::regex_search(info, std::regex("Page size: +960 x 540 pts"))) << info;
  std::vector<DumpSlide> slides = ParseDeckDump(*deck_dump_);
  ASSERT_GE(slides.size(), 7u);  // title, 4-6 messages, quotes, next steps
  EXPECT_TRUE(
      std::regex_search(info, std::regex("Pages: +" + std::to_string(slides.size()) + "\n")))
      << info;
  for (size_t i = 0; i < slides.size(); ++i) {
    std::string n = std::to_string(i + 1);
    std::string page =
        RunCommand("pdftotext -f " + n + " -l " + n + " '" + Deck().string() + "' -").out;
    EXPECT_NE(page.find("Quelle:"), std::string::npos) << "slide " << n << ":\n" << page;
    EXPECT_TRUE(page.find("2026") != std::string::npos) << "slide " << n << " names no period:\n"
                                                        << page;
    EXPECT_TRUE(std::regex_search(
        page, std::regex("\\b" + n + " ?/ ?" + std::to_string(slides.size()) + "\\b")))
        << "slide " << n << " has no number:\n"
        << page;
  }
}

// The promise of the deck: a figure on a slide is the figure of the report
// and of the open data. Every "Kennzahl" of the dump is looked up in
// figures --json, and the figure must be on its slide in the PDF.
TEST_F(ConsolidationSample, EveryKeyFigureInTheDeckEqualsFiguresJson) {
  if (!HaveTool("pdftotext")) GTEST_SKIP() << "poppler-utils missing";
  Object::Ptr f = Figures();
  std::vector<DumpSlide> slides = ParseDeckDump(*deck_dump_);
  int checked = 0;
  for (size_t i = 0; i < slides.size(); ++i) {
    std::string figure_line = slides[i].Get("Kennzahl ");
    if (figure_line.empty()) continue;
    size_t colon = figure_line.find(": ");
    std::string id = figure_line.substr(0, colon), shown = figure_line.substr(colon + 2);
    std::string unit;
    std::optional<double> value = Lookup(f, id, &unit);
    ASSERT_TRUE(value.has_value()) << id;
    EXPECT_EQ(shown, Formatted(*value, unit)) << "slide " << i + 1 << ": " << id;
    std::string n = std::to_string(i + 1);
    std::string page =
        RunCommand("pdftotext -f " + n + " -l " + n + " '" + Deck().string() + "' -").out;
    EXPECT_NE(page.find(shown), std::string::npos)
        << "slide " << n << " does not show " << shown << ":\n"
        << page;
    // The comparisons beside it are the JSON's previous and year_before.
    std::string note = slides[i].Get("NOTE ");
    if (!note.empty() && !id.starts_with("cumulative.") && !id.starts_with("funding.") &&
        !id.starts_with("costs.")) {
      for (const char* field : {"previous", "year_before"}) {
        double before = f->getObject("indicators")->getObject(id)->getValue<double>(field);
        EXPECT_NE(note.find(": " + Formatted(before, unit)), std::string::npos)
            << field << ": " << note;
      }
    }
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

// Beyond the key figures: every number in the deck's text (titles, labels,
// notes, bullets) is one of the JSON's figures. Dates, period names and the
// team's own next-steps text are not figures; quotes are people's words.
TEST_F(ConsolidationSample, EveryNumberInTheDeckTextIsAFigureOfTheJson) {
  Object::Ptr f = Figures();
  std::set<std::string> known;
  Object::Ptr ind = f->getObject("indicators");
  for (const std::string& id : ind->getNames()) {
    Object::Ptr o = ind->getObject(id);
    for (const char* field : {"value", "previous", "year_before"}) {
      if (o->has(field) && !o->isNull(field))
        known.insert(Formatted(o->getValue<double>(field), o->getValue<std::string>("unit")));
    }
    // Changes: "+30,0 %", or "−9,0 Pp." for shares (the number before "Pp.").
    for (const char* field : {"change_previous", "change_year_before"}) {
      if (!o->has(field) || o->isNull(field)) continue;
      double change = std::fabs(o->getValue<double>(field));
      known.insert(o->getValue<std::string>("unit") == "percent" ? German(change, 1)
                                                                 : German(change, 1) + " %");
    }
  }
  // The targets a slide says were missed.
  Poco::JSON::Array::Ptr targets = f->getArray("targets");
  for (size_t i = 0; i < targets->size(); ++i) {
    Object::Ptr t = targets->getObject(static_cast<unsigned>(i));
    std::string unit =
        ind->has(t->getValue<std::string>("indicator"))
            ? ind->getObject(t->getValue<std::string>("indicator"))->getValue<std::string>("unit")
            : "count";
    for (const char* field : {"min", "max"})
      if (!t->isNull(field)) known.insert(Formatted(t->getValue<double>(field), unit));
  }
  Object::Ptr cum = f->getObject("cumulative")->getObject("indicators");
  for (const std::string& id : cum->getNames()) known.insert(German(cum->getValue<double>(id), 0));
  // The wish board's dots per wish (the wishes slide).
  Poco::JSON::Array::Ptr wishes =
      f->getObject("breakdowns")->getObject("votes.by_wish")->getArray("cells");
  for (size_t i = 0; i < wishes->size(); ++i)
    known.insert(German(wishes->getObject(static_cast<unsigned>(i))->getValue<double>("value"), 0));
  known.insert(German(f->getObject("funding")->getValue<double>("months_left"), 0));
  // The finance table: amounts in whole euros, the costs per use in cents.
  Object::Ptr costs = f->getObject("costs");
  for (const std::string& field : costs->getNames()) {
    if (costs->isNull(field) || !costs->get(field).isNumeric()) continue;
    double v = costs->getValue<double>(field);
    known.insert(German(v, field.starts_with("per_") ? 2 : 0));
  }
  for (const char* list : {"items", "financing"}) {
    Poco::JSON::Array::Ptr rows = costs->getArray(list);
    for (size_t i = 0; i < rows->size(); ++i)
      known.insert(
          German(rows->getObject(static_cast<unsigned>(i))->getValue<double>("amount"), 0));
  }

  const std::regex not_figures(
      R"(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}|)"
      R"((Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}|)"
      // Period names, with plain or no-break spaces.
      "[12]\\.(?: |\xC2\xA0)(?:Halbjahr|Hj\\.)(?: |\xC2\xA0)\\d{4}|"
      // A bare year ("ab 2028"): a German figure of four digits has a dot.
      "\\b20\\d\\d\\b");
  const std::regex number(R"(\d{1,3}(?:\.\d{3})*(?:,\d+)?(?: %)?)");
  int numbers = 0;
  for (const DumpSlide& slide : ParseDeckDump(*deck_dump_)) {
    // The team's own texts (next steps, the proposed decision) are words, not figures.
    std::string source = slide.Get("Quelle: ");
    if (source.starts_with("Planung des Teams") || source.starts_with("Beschlussvorschlag"))
      continue;
    for (const std::string& line : slide.lines) {
      if (line.starts_with("CHART") || line.starts_with("QUOTE") || line.starts_with("MARK") ||
          line.starts_with("RANGE") || line.starts_with("TIMELINE") ||
          line.starts_with("Kennzahl") ||
          line.starts_with("- Vorlagen-Nr. "))  // the paper's number is a name, not a figure
        continue;
      // A table row's first cell is the team's wording ("Miete Marktplatz 3"),
      // its other cells are figures.
      std::string cells =
          line.starts_with("ROW ")
              ? line.substr(line.find(" | ") == std::string::npos ? line.size() : line.find(" | "))
              : line;
      std::string text = std::regex_replace(cells, not_figures, " ");
      for (std::sregex_iterator it(text.begin(), text.end(), number), end; it != end; ++it) {
        ++numbers;
        EXPECT_TRUE(known.count(it->str()))
            << "\"" << it->str() << "\" in \"" << line << "\" is no figure of figures --json";
      }
    }
  }
  EXPECT_GE(numbers, 6);
}

// The bars of the deck's charts are the JSON's history and monthly visits.
TEST_F(ConsolidationSample, DeckChartsDrawTheFiguresOfTheJson) {
  Object::Ptr f = Figures();
  Poco::JSON::Array::Ptr history = f->getArray("history");
  auto month_values = [&](const char* which) {
    std::vector<double> out;
    Poco::JSON::Array::Ptr months = f->getObject("visits_by_month")->getArray(which);
    for (size_t i = 0; i < months->size(); ++i)
      out.push_back(months->getObject(i)->getValue<double>("value"));
    return out;
  };
  int charts = 0;
  for (const DumpSlide& slide : ParseDeckDump(*deck_dump_)) {
    std::string chart = slide.Get("CHART ");
    if (chart.empty()) continue;
    std::string id = slide.Get("Kennzahl ");
    id = id.substr(0, id.find(':'));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(chart, m, std::regex(R"(series=(.*) empty=)"))) << chart;
    std::string all = m[1];
    std::istringstream series_list(all);
    std::string series;
    int index = 0;
    while (std::getline(series_list, series, ';')) {
      std::string name = series.substr(0, series.rfind(':'));
      std::vector<double> drawn;
      std::istringstream values(series.substr(series.rfind(':') + 1));
      for (std::string v; std::getline(values, v, ',');) drawn.push_back(std::stod(v));
      std::vector<double> expected;
      if (chart.find("categories=Jan,") != std::string::npos) {
        expected = month_values(index == 0 ? "period" : "year_before");
      } else if (chart.starts_with("Klebepunkte je Wunsch")) {
        // The wishes slide: the first wishes of the ranking, as many as drawn.
        Poco::JSON::Array::Ptr cells =
            f->getObject("breakdowns")->getObject("votes.by_wish")->getArray("cells");
        for (size_t w = 0; w < drawn.size() && w < cells->size(); ++w)
          expected.push_back(cells->getObject(static_cast<unsigned>(w))->getValue<double>("value"));
      } else {
        std::string hid = name == "davon neu" ? "partners.new" : id;
        for (size_t h = 0; h < history->size(); ++h)
          expected.push_back(history->getObject(h)->getObject("indicators")->getValue<double>(hid));
      }
      ASSERT_EQ(drawn.size(), expected.size()) << chart;
      for (size_t i = 0; i < drawn.size(); ++i)
        EXPECT_NEAR(drawn[i], expected[i], 1e-6 * std::max(1.0, std::fabs(expected[i]))) << chart;
      ++index;
    }
    ++charts;
  }
  EXPECT_GE(charts, 3);
}

TEST_F(ConsolidationSample, FiguresJsonCarriesCumulativeReachAndFundingTimeline) {
  Object::Ptr f = Figures();
  Object::Ptr cum = f->getObject("cumulative");
  ASSERT_TRUE(cum);
  EXPECT_EQ(cum->getValue<std::string>("from"), "2025-01-01");
  EXPECT_EQ(cum->getValue<std::string>("to"), "2026-06-30");
  // Sum of the three half-years' visits, as the history lists them.
  double sum = 0;
  Poco::JSON::Array::Ptr history = f->getArray("history");
  for (size_t h = 0; h < history->size(); ++h)
    sum += history->getObject(h)->getObject("indicators")->getValue<double>("visitors.total");
  EXPECT_EQ(cum->getObject("indicators")->getValue<double>("visitors.total"), sum);
  EXPECT_EQ(sum, 7376 + 8470 + 11011);
  Object::Ptr funding = f->getObject("funding");
  EXPECT_EQ(funding->getValue<std::string>("funding_end"), "2027-12-31");
  // Counted from the meeting the paper is for (the next one that can still
  // decide, 16.03.2027), not from the day it was rendered (30.11.2026: 13).
  EXPECT_EQ(funding->getValue<int>("months_left"), 9);
  EXPECT_FALSE(funding->getValue<bool>("lead_time_met"));
  EXPECT_EQ(funding->getValue<std::string>("last_deciding_meeting"), "2027-03-16");
}

// A team that has just run `init` and imported nothing yet still gets all
// three documents, and the deck claims no trend it has no figures for.
TEST(ConsolidationFreshWorkspace, AllDocumentsRenderWithoutDataAndClaimNothing) {
  ScopedTempDir tmp;
  ASSERT_EQ(Anker(tmp.path(), "init neu").exit_code, 0);
  fs::path ws = tmp.path() / "neu";
  EXPECT_TRUE(fs::exists(ws / "erfolgsfaktoren.json"));
  for (const char* name : {"halbjahresbericht", "verstetigung", "ausschuss"}) {
    CommandResult r =
        Anker(ws, std::string("report ") + name + " --period latest-half -o " + name + ".pdf");
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    EXPECT_TRUE(fs::exists(ws / (std::string(name) + ".pdf"))) << name;
  }
  ASSERT_EQ(Anker(ws, "report ausschuss --period latest-half --dump -o deck.txt").exit_code, 0);
  std::ifstream in(ws / "deck.txt");
  std::ostringstream dump;
  dump << in.rdbuf();
  EXPECT_NE(dump.str().find("TITLE Noch keine Daten: Besuche"), std::string::npos) << dump.str();
  EXPECT_EQ(dump.str().find("wächst"), std::string::npos) << dump.str();
  EXPECT_EQ(dump.str().find("so viele"), std::string::npos) << dump.str();
}

}  // namespace
}  // namespace ankerbericht::testing
