// The CSV export for German Excel (issue 15.6): `figures --csv --lang de`
// (or --excel) opens right with a double click in a German Excel: a BOM so
// umlauts survive, ";" between columns, decimal commas, German names.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "document/rule_words.h"
#include "evaluate/figures_export.h"
#include "evaluate/indicators.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

// A half-year with 1,234 visits, a fill rate of 2/3, ten responses to
// a recommendation question of which "< 5" is all that may be said, and a
// breakdown whose key holds the separator.
class FiguresCsvTest : public ::testing::Test {
 protected:
  FiguresCsvTest() {
    site_.id = "werkstatt";
    site_.name = "Offene Werkstatt Südstadt";
    ev_.site = &site_;
    ev_.period = *ParsePeriod("2026-H1");
    for (const IndicatorDef& def : Indicators()) ev_.indicators[def.id] = IndicatorValue();
    ev_.indicators["visitors.total"].value = 1234;
    ev_.indicators["visitors.total"].previous = 1000;
    ev_.indicators["events.fill_rate"].value = 200.0 / 3;
    ev_.withheld["feedback.recommend_rate"] = "< 5";
    Breakdown b;
    b.id = "events.by_format";
    b.unit = "count";
    b.total = 3;
    b.cells = {{"Workshop; offen", "Workshop; offen", 2, 200.0 / 3},
               {"Vortrag", "Vortrag", 1, 100.0 / 3}};
    ev_.breakdowns.push_back(b);
  }
  // The words come from the strings tables, as `figures` gives them.
  std::string Csv(const CsvStyle& style) {
    const std::string tables = testing::SourceDir() + "/templates/strings";
    Result<Strings> de = Strings::Load(tables, "de");
    Result<Strings> en = Strings::Load(tables, "en");
    EXPECT_TRUE(de.ok() && en.ok());
    std::ostringstream out;
    WriteFiguresCsv(ev_, FigureWordsFor(*de, *en, ev_), out, style);
    return out.str();
  }

  Site site_;
  Evaluation ev_;
};

// True if |csv| holds |line| as one whole line.
::testing::AssertionResult HasLine(const std::string& csv, const std::string& line,
                                   const std::string& eol) {
  if (csv.find(eol + line + eol) != std::string::npos) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "no line \"" << line << "\" in:\n" << csv;
}

TEST_F(FiguresCsvTest, GermanExcelGetsBomSemicolonsDecimalCommasAndGermanNames) {
  const std::string csv = Csv(GermanExcelCsv());
  const std::string head =
      "\xEF\xBB\xBFOrt;Zeitraum;Kennzahl;Bezeichnung;Einheit;Wert\r\n"
      "werkstatt;2026-H1;visitors.total;Besuche;Anzahl;1234\r\n";
  EXPECT_EQ(csv.substr(0, head.size()), head);
  EXPECT_TRUE(
      HasLine(csv, "werkstatt;2026-H1;events.fill_rate;Auslastung;Prozent;66,66666667", "\r\n"));
  EXPECT_TRUE(HasLine(csv, "werkstatt;2026-H1;feedback.recommend_rate;Weiterempfehlung;Prozent;< 5",
                      "\r\n"));
  EXPECT_TRUE(
      HasLine(csv, "werkstatt;2026-H1;visitors.per_open_hour;Besuche je Öffnungsstunde;je Stunde;",
              "\r\n"));
  // A key holding the separator is quoted; shares get decimal commas too.
  EXPECT_TRUE(
      HasLine(csv, "werkstatt;2026-H1;\"events.by_format[Workshop; offen]\";;Anzahl;2", "\r\n"));
  EXPECT_TRUE(HasLine(
      csv, "werkstatt;2026-H1;\"events.by_format.share[Workshop; offen]\";;Prozent;66,66666667",
      "\r\n"));
  // Every line ends in CRLF and has the header's six columns.
  size_t lines = 0;
  for (size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos;
       at = end + 2, ++lines) {
    std::string line = csv.substr(at, end - at);
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    size_t separators = 0;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      separators += c == ';' && !quoted;
    }
    EXPECT_EQ(separators, 5u) << line;
  }
  EXPECT_GT(lines, Indicators().size());
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");
}

TEST_F(FiguresCsvTest, ComparedPeriodsGetGermanColumnNamesAndDecimalCommas) {
  ev_.compared = true;
  ev_.indicators["events.fill_rate"].year_before = 12.5;
  const std::string csv = Csv(GermanExcelCsv());
  const std::string head =
      "\xEF\xBB\xBFOrt;Zeitraum;Kennzahl;Bezeichnung;Einheit;Wert;Vorperiode;Vorjahr\r\n";
  EXPECT_EQ(csv.substr(0, head.size()), head);
  EXPECT_TRUE(HasLine(csv, "werkstatt;2026-H1;visitors.total;Besuche;Anzahl;1234;1000;", "\r\n"));
  EXPECT_TRUE(HasLine(
      csv, "werkstatt;2026-H1;events.fill_rate;Auslastung;Prozent;66,66666667;;12,5", "\r\n"));
}

// The plain CSV for programs stays as it was.
TEST_F(FiguresCsvTest, ThePlainCsvIsUnchanged) {
  const std::string csv = Csv(CsvStyle());
  const std::string head =
      "site,period,indicator,unit,value\nwerkstatt,2026-H1,visitors.total,count,1234\n";
  EXPECT_EQ(csv.substr(0, head.size()), head);
  EXPECT_TRUE(HasLine(csv, "werkstatt,2026-H1,events.fill_rate,percent,66.66666667", "\n"));
  EXPECT_TRUE(HasLine(csv, "werkstatt,2026-H1,events.by_format[Workshop; offen],count,2", "\n"));
  EXPECT_EQ(csv.find('\r'), std::string::npos);
  EXPECT_EQ(csv.find("\xEF\xBB\xBF"), std::string::npos);
}

}  // namespace
}  // namespace ankerbericht
