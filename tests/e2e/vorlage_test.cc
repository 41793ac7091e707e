// End-to-end: the consolidation case as a decision paper. The sample's data
// with a configuration written here (Vorlagen-Nr., three bodies in the
// Beratungsfolge, a cost block, two custom indicators, lease and contract
// dates): the paper's parts come in the conventional order, the finance
// figures equal a hand computation, each goal area lists only its own
// evidence, and the recorded steps appear with their recorded status.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

const char kBlocks[] = R"json(
      "funding_start": "01.01.2025",
      "vorlage": {
        "nummer": "V/2099/001",
        "federfuehrung": "Amt für Bildung",
        "betreff": "Weiterführung des Stadtlabors",
        "vorlauf_wochen": 5,
        "beratungsfolge": [
          { "gremium": "Bildungsausschuss", "datum": "16.03.2027", "oeffentlich": true, "zustaendigkeit": "Vorberatung" },
          { "gremium": "Finanzausschuss", "datum": "23.03.2027", "oeffentlich": false, "zustaendigkeit": "Vorberatung" },
          { "gremium": "Stadtrat", "datum": "30.03.2027", "oeffentlich": true, "zustaendigkeit": "Entscheidung" }
        ],
        "termine": [
          { "was": "Mietvertrag Testhaus verlängern", "art": "mietvertrag", "bis": "30.06.2027" },
          { "was": "Arbeitsverträge des Teams verlängern", "art": "personal", "bis": "30.09.2027", "erledigt_am": "15.10.2026" }
        ]
      },
      "kosten": {
        "ab": "2028",
        "posten": [ { "art": "Personalkosten", "betrag": 90000 }, { "art": "Raumkosten", "betrag": 30000 } ],
        "finanzierung": [ { "quelle": "Stadthaushalt", "betrag": 100000, "stadt": true },
                          { "quelle": "Stiftung", "betrag": 20000 } ]
      },
      "custom_indicators": [
        { "id": "werkstatt", "label": "Werkstatttermine", "formats": ["Offene Werkstatt"], "goals": ["craft_education"] },
        { "id": "beratung", "label": "Beratungstermine", "formats": ["Sprechstunde"], "goals": ["economic_development"] }
      ],
)json";

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// "8,40": German with two decimals, written here again on purpose.
std::string GermanCents(double v) {
  long long cents = std::llround(v * 100);
  std::string euros = std::to_string(cents / 100), grouped;
  for (size_t i = 0; i < euros.size(); ++i) {
    if (i > 0 && (euros.size() - i) % 3 == 0) grouped += '.';
    grouped += euros[i];
  }
  std::string frac = std::to_string(cents % 100);
  return grouped + "," + std::string(2 - frac.size(), '0') + frac;
}

class VorlagePaper : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new ScopedTempDir();
    fs::copy(fs::path(SourceDir()) / "sample-data", ws(), fs::copy_options::recursive);
    // The sample's own consolidation blocks are replaced by the ones above.
    std::string config = ReadFile(ws() / "ankerbericht.json");
    size_t from = config.find("      // Förderbeginn laut Bescheid");
    size_t to = config.find("      // Papier- und Online-Bogen");
    ASSERT_NE(from, std::string::npos);
    ASSERT_NE(to, std::string::npos);
    config = config.substr(0, from) + kBlocks + config.substr(to);
    size_t target = config.find(R"(,
        { "indicator": "custom.werkstatt")");
    ASSERT_NE(target, std::string::npos);
    config.erase(target, config.find('}', target) + 1 - target);
    std::ofstream(ws() / "ankerbericht.json") << config;
    run_ = new CommandResult(Anker(ws(), "run"));
    CommandResult dump =
        Anker(ws(), "report --site stadtlabor verstetigung --period 2026-H1 --dump -o case.txt");
    dump_ = new std::string(dump.exit_code == 0 ? ReadFile(ws() / "case.txt") : dump.err);
  }
  static void TearDownTestSuite() {
    delete run_;
    delete dump_;
    delete tmp_;
  }
  static fs::path ws() { return tmp_->path() / "ws"; }
  static std::vector<std::string> Lines() {
    std::vector<std::string> lines;
    std::istringstream in(*dump_);
    for (std::string l; std::getline(in, l);) lines.push_back(l);
    return lines;
  }
  static size_t LineOf(const std::string& line) {
    std::vector<std::string> lines = Lines();
    for (size_t i = 0; i < lines.size(); ++i)
      if (lines[i] == line) return i;
    ADD_FAILURE() << "no line \"" << line << "\" in\n" << *dump_;
    return 0;
  }
  static double Visits(const std::string& period) {
    CommandResult f = Anker(ws(), "figures --site stadtlabor --period " + period + " --json");
    EXPECT_EQ(f.exit_code, 0) << f.err;
    return Indicator(ParseJson(f.out), "visitors.total");
  }
  static ScopedTempDir* tmp_;
  static CommandResult* run_;
  static std::string* dump_;
};
ScopedTempDir* VorlagePaper::tmp_ = nullptr;
CommandResult* VorlagePaper::run_ = nullptr;
std::string* VorlagePaper::dump_ = nullptr;

TEST_F(VorlagePaper, PartsComeInTheConventionalOrder) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  size_t head = LineOf("H1 Beschlussvorlage");
  size_t number = LineOf("ROW Vorlagen-Nr. | V/2099/001");
  size_t folge = LineOf("H2 Beratungsfolge");
  size_t decision = LineOf("H1 Beschlussvorschlag");
  size_t finance = LineOf("H1 Finanzielle Auswirkungen");
  size_t reasons = LineOf("H1 Begründung");
  EXPECT_LT(head, number);
  EXPECT_LT(number, folge);
  EXPECT_LT(folge, decision);
  EXPECT_LT(decision, finance);
  EXPECT_LT(finance, reasons);
  // Nothing of the old cover before the head.
  EXPECT_EQ(dump_->find("TITLE "), std::string::npos);
  LineOf("ROW Federführung | Amt für Bildung");
  LineOf("ROW Berichtszeitraum | 1. Januar 2025 – 30. Juni 2026");
  LineOf("ROW Bildungsausschuss | 16.03.2027 | öffentlich | Vorberatung");
  LineOf("ROW Finanzausschuss | 23.03.2027 | nichtöffentlich | Vorberatung");
  LineOf("ROW Stadtrat | 30.03.2027 | öffentlich | Entscheidung");
}

TEST_F(VorlagePaper, FinanceTableAndCostPerVisitEqualHandComputation) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  LineOf("ROW Personalkosten | 90.000 €");
  LineOf("ROW Kosten insgesamt | 120.000 €");
  LineOf("ROW davon Anteil der Stadt insgesamt | 100.000 €");
  LineOf("ROW davon weitere Mittel insgesamt | 20.000 €");
  LineOf("ROW Haushaltsstelle | __________");  // not configured: a visible blank
  double visits = Visits("2025-H2") + Visits("2026-H1");
  ASSERT_GT(visits, 0);
  std::string expected = GermanCents(120000 / visits) + " € je Besuch";
  EXPECT_NE(dump_->find(expected), std::string::npos) << expected << "\n" << *dump_;
}

TEST_F(VorlagePaper, AnUnfinishedHalfYearIsCoveredUpToItsDataAndLeftOutOfTheCostPerVisit) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  CommandResult dump =
      Anker(ws(), "report --site stadtlabor verstetigung --period 2026-H2 --dump -o open.txt");
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  std::string open = ReadFile(ws() / "open.txt");
  // The sample's data ends on 31.10.2026; the half-year is still running.
  EXPECT_NE(open.find("ROW Berichtszeitraum | 1. Januar 2025 – 31. Oktober 2026\n"),
            std::string::npos)
      << open;
  // Still the last full year: four months of visits would make a visit dear.
  double visits = Visits("2025-H2") + Visits("2026-H1");
  std::string expected = "(2. Hj. 2025 und 1. Hj. 2026) ergeben die jährlichen Kosten " +
                         GermanCents(120000 / visits) + " € je Besuch";
  EXPECT_NE(open.find(expected), std::string::npos) << expected << "\n" << open;
}

TEST_F(VorlagePaper, EveryGoalAreaListsOnlyItsOwnEvidence) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  std::map<std::string, std::string> rows;  // goal area -> evidence cell
  bool in_table = false;
  for (const std::string& l : Lines()) {
    if (l.starts_with("TABLE ")) in_table = l.starts_with("TABLE Zielbereich | Prio.");
    if (!in_table || !l.starts_with("ROW ")) continue;
    std::string rest = l.substr(4);
    size_t bar = rest.find(" | ");
    std::string area = rest.substr(0, bar);
    rest = rest.substr(bar + 3);
    rest = rest.substr(rest.find(" | ") + 3);  // skip the priority
    rows[area] = rest;
  }
  ASSERT_EQ(rows.size(), 7u) << *dump_;
  auto areas_with = [&](const std::string& label) {
    int n = 0;
    for (const auto& [area, cell] : rows) n += cell.find(label + ":") != std::string::npos;
    return n;
  };
  // One count, one goal area: no longer three areas from the same figures.
  EXPECT_EQ(areas_with("Durchgeführte Veranstaltungen"), 1);
  EXPECT_EQ(areas_with("Auslastung"), 1);
  EXPECT_EQ(areas_with("Kooperationspartner"), 1);
  // The custom indicators evidence their own areas.
  EXPECT_NE(rows["Handwerkliche Bildung und Kompetenzstärkung"].find("Werkstatttermine:"),
            std::string::npos);
  EXPECT_NE(rows["Wirtschaftsförderung"].find("Beratungstermine:"), std::string::npos);
  EXPECT_EQ(rows["Wirtschaftsförderung"].find("Kooperationspartner"), std::string::npos);
  // Partners since the start are the different ones, not a sum of half-years.
  CommandResult f = Anker(ws(), "figures --site stadtlabor --period 2026-H1 --json");
  ASSERT_EQ(f.exit_code, 0) << f.err;
  Poco::JSON::Object::Ptr figures = ParseJson(f.out);
  std::string partners = rows["Unterstützung der Netzwerkbildung"];
  EXPECT_NE(partners.find("Kooperationspartner: 1. Hj. 2025 "), std::string::npos) << partners;
  int distinct =
      figures->getObject("cumulative")->getObject("indicators")->getValue<int>("partners.distinct");
  EXPECT_NE(partners.find(", seit Beginn " + std::to_string(distinct) + " (Ziel"),
            std::string::npos)
      << partners;
  // A goal area without evidence says so instead of borrowing a count.
  EXPECT_NE(rows["Informationsangebote zu Smart City / Smart Region"].find("keine eigenen Belege"),
            std::string::npos);
}

TEST_F(VorlagePaper, TimelineShowsLeaseAndContractsWithTheRecordedStatus) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  LineOf("ROW Bis 30.06.2027: Mietvertrag Testhaus verlängern | geplant");
  LineOf("ROW Bis 30.09.2027: Arbeitsverträge des Teams verlängern | erledigt am 15.10.2026");
  // The 18-month rule says what is known: no planning start was recorded.
  LineOf("ROW Planungsbeginn spätestens (18-Monats-Regel) | bis 30.06.2026 – Beginn nicht erfasst");
  // The paper is for 16.03.2027 (the next meeting before the budget
  // deadline), due five weeks before; the council decides on 30.03.2027.
  LineOf("ROW Vorlage einreichen bis | 09.02.2027 (5 Wochen vor der Sitzung)");
  // Every body of the Beratungsfolge, in the table and on the chart, with
  // the status the team recorded (none yet: planned).
  LineOf("ROW Beratung: Bildungsausschuss (Vorberatung) | 16.03.2027 – geplant");
  LineOf("ROW Beratung: Finanzausschuss (Vorberatung) | 23.03.2027 – geplant");
  LineOf("ROW Beratung: Stadtrat (Entscheidung) | 30.03.2027 – geplant");
  LineOf("MARK 16.03.2027 · geplant – Bildungsausschuss [meeting, emphasis]");
  LineOf("MARK 23.03.2027 · geplant – Finanzausschuss [meeting]");
  LineOf("MARK 30.03.2027 · geplant – Stadtrat [meeting, emphasis]");
  // Lease and contracts are on the chart too, with the recorded status.
  LineOf("MARK 30.06.2027 · geplant – Frist Mietvertrag [deadline]");
  LineOf("MARK 30.09.2027 · erledigt – Frist Arbeitsverträge [deadline]");
}

TEST_F(VorlagePaper, DecisionAndAmountAreOnTheFirstTwoPages) {
  if (!HavePdfTools()) GTEST_SKIP() << "poppler-utils/qpdf missing";
  fs::path pdf = ws() / "berichte/verstetigung-stadtlabor-2026-H1.pdf";
  ASSERT_TRUE(fs::exists(pdf)) << run_->err;
  std::string first_two = RunCommand("pdftotext -f 1 -l 2 '" + pdf.string() + "' -").out;
  for (const char* expected : {"Vorlagen-Nr.", "V/2099/001", "Beratungsfolge", "Beschlussvorschlag",
                               "Finanzielle Auswirkungen", "120.000 €"}) {
    EXPECT_NE(first_two.find(expected), std::string::npos) << "not on pages 1-2: " << expected;
  }
}

// The deck for a chosen meeting: months left and "today" are computed for
// that day; the decision has a slide of its own, the team's to-dos another.
TEST_F(VorlagePaper, DeckForAChosenMeeting) {
  ASSERT_EQ(run_->exit_code, 0) << run_->err;
  CommandResult r = Anker(ws(),
                          "report --site stadtlabor ausschuss --period 2026-H1 --meeting "
                          "15.06.2027 --dump -o deck.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string deck = ReadFile(ws() / "deck.txt");
  EXPECT_NE(deck.find("- Sitzung am 15.06.2027"), std::string::npos) << deck;
  EXPECT_NE(deck.find("Kennzahl funding.months_left: 6\n"), std::string::npos)
      << deck;  // 15.06. -> 31.12.2027
  EXPECT_NE(deck.find("MARK 15.06.2027 – Sitzung (heute) [today]"), std::string::npos) << deck;
  // The cover states what the paper covers and its number.
  EXPECT_NE(deck.find("SUBTITLE Stadt Lindenau · 1. Januar 2025 – 30. Juni 2026\n"),
            std::string::npos)
      << deck;
  EXPECT_NE(deck.find("- Vorlagen-Nr. V/2099/001\n"), std::string::npos) << deck;
  // The cost slide is the paper's finance table: cost items, city share,
  // other funding.
  size_t costs = deck.find("TITLE Was die Weiterführung kostet\n");
  ASSERT_NE(costs, std::string::npos) << deck;
  std::string cost_slide = deck.substr(costs, deck.find("=== ", costs) - costs);
  for (const char* row :
       {"ROW Personalkosten | 90.000 €", "ROW Raumkosten | 30.000 €",
        "ROW Kosten insgesamt | 120.000 €", "ROW Anteil der Stadt: Stadthaushalt | 100.000 €",
        "ROW Weitere Mittel: Stiftung | 20.000 €"}) {
    EXPECT_NE(cost_slide.find(row), std::string::npos) << row << "\n" << cost_slide;
    EXPECT_NE(dump_->find(row), std::string::npos) << "not in the paper: " << row;
  }
  size_t decision = deck.find("TITLE Beschlussvorschlag\n");
  size_t todos = deck.find("TITLE Nächste Schritte des Teams\n");
  ASSERT_NE(decision, std::string::npos) << deck;
  ASSERT_NE(todos, std::string::npos) << deck;
  // The decision slide holds the decision only.
  std::string decision_slide = deck.substr(decision, deck.find("=== ", decision) - decision);
  EXPECT_EQ(decision_slide.find("Digitalcafés"), std::string::npos) << decision_slide;
  EXPECT_NE(decision_slide.find("120.000 €"), std::string::npos) << decision_slide;

  CommandResult bad =
      Anker(ws(), "report --site stadtlabor ausschuss --period 2026-H1 --meeting morgen -o x.pdf");
  EXPECT_NE(bad.exit_code, 0);
  EXPECT_NE(bad.err.find("--meeting muss ein Datum sein wie 16.03.2027"), std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace ankerbericht::testing
