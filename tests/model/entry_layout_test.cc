// The entry sheets of `ankerbericht forms` (model/entry_layout.h): a sheet
// typed in with their headers and the answers their dropdowns offer imports
// through the feedback and tally importers without any mapping.
#include "model/entry_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "import/entry_workbook.h"
#include "import/import_test_fixture.h"
#include "import/xlsx_reader.h"
#include "test_util.h"
#include "util/text.h"

namespace ankerbericht {
namespace {

// The built-in strings table of |lang| (templates/strings/<lang>.json).
const Strings& Words(const std::string& lang) {
  static const Strings kNone;
  Result<const Strings*> table = Strings::Builtin(lang);
  EXPECT_TRUE(table.ok()) << table.status().message();
  return table.ok() ? **table : kNone;
}

// A CSV with the headers of |columns| and |rows| below them.
std::string EntryCsv(const std::vector<EntryColumn>& columns,
                     const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> header;
  for (const EntryColumn& c : columns) header.push_back(c.header);
  std::string csv = Join(header, ";") + "\n";
  for (const auto& row : rows) csv += Join(row, ";") + "\n";
  return csv;
}

TEST_F(ImportTest, FeedbackEntrySheetImportsEveryOfferedAnswer) {
  for (const char* lang : {"de", "en"}) {
    std::vector<EntryColumn> columns = FeedbackEntryColumns(site_, Words(lang));
    ASSERT_EQ(columns.size(), 3 + site_.questionnaire.size());
    // One row per step of the longest scale: every choice of every column.
    std::vector<std::vector<std::string>> rows;
    for (size_t step = 0; step < 6; ++step) {
      std::vector<std::string> row = {std::to_string(step + 1), "12.03.2026", ""};
      for (size_t c = 3; c < columns.size(); ++c) {
        const std::vector<std::string>& choices = columns[c].choices;
        row.push_back(choices.empty() ? "frei" : choices[step % choices.size()]);
      }
      rows.push_back(row);
    }
    ASSERT_OK(Import(InputKind::kFeedback, EntryCsv(columns, rows)));
    EXPECT_TRUE(outcome_.rejected.empty()) << lang << ::testing::PrintToString(Rejections());
    ASSERT_EQ(outcome_.batch.feedback.size(), 6u) << lang;
    const FeedbackResponse& second = outcome_.batch.feedback[1];
    EXPECT_EQ(second.response_id, "2");
    EXPECT_EQ(second.channel, Channel::kPaper);
    EXPECT_EQ(second.answers.at("zufrieden"), columns[3].choices[1]);
    EXPECT_EQ(second.answers.at("wunsch"), "frei");
  }
}

TEST_F(ImportTest, TallyEntrySheetImportsSlotsAndAgeGroups) {
  site_.opening_hours = {{Date(2026, 1, 1), {{0, 10 * 60, 12 * 60 + 30}}}};
  for (const char* lang : {"de", "en"}) {
    std::vector<EntryColumn> columns = TallyEntryColumns(site_, Words(lang));
    ASSERT_EQ(columns[1].choices, (std::vector<std::string>{"10-11", "11-12", "12-13"}));
    ASSERT_OK(
        Import(InputKind::kTallies, EntryCsv(columns, {{"02.03.2026", "11-12", "6", "2", "1"}})));
    EXPECT_TRUE(outcome_.rejected.empty()) << lang << ::testing::PrintToString(Rejections());
    ASSERT_EQ(outcome_.batch.tallies.size(), 1u);
    const Tally& t = outcome_.batch.tallies[0];
    EXPECT_EQ(t.slot_start, 11 * 60);
    EXPECT_EQ(t.count, 6);
    EXPECT_EQ(t.age_counts, (std::map<std::string, int64_t>{{"u18", 2}, {"ab65", 1}}));
  }
}

TEST(EntryLayout, MobileSiteTypesTheStopFromItsList) {
  Site site;
  Stop markt;
  markt.id = "markt";
  markt.name = "Marktplatz Nord";
  markt.week = {{1, 9 * 60, 11 * 60}};
  site.stops = {markt};
  std::vector<EntryColumn> columns = TallyEntryColumns(site, Words("de"));
  ASSERT_EQ(columns.size(), 4u);
  EXPECT_EQ(columns[2].header, "Haltestelle");
  EXPECT_EQ(columns[2].choices, (std::vector<std::string>{"Marktplatz Nord"}));
  EXPECT_EQ(TallySlots(site), (std::vector<std::string>{"9-10", "10-11"}));
}

TEST(EntryLayout, WorkbookOffersEachColumnsChoicesOnTheValuesSheet) {
  Site site;
  site.questionnaire = {{"note", "Gesamtnote", ScaleType::kGrade6, "", {}},
                        {"wege", "Wie?", ScaleType::kMulti, "", {"Plakat", "Zeitung"}}};
  XlsxWorkbook book =
      EntryWorkbook(FeedbackEntryColumns(site, Words("de")), "Eingabe", "Werte", "mehrere", 50);
  ASSERT_EQ(book.sheets.size(), 2u);
  // Only the single-answer column gets a dropdown; several answers cannot.
  ASSERT_EQ(book.sheets[0].dropdowns.size(), 1u);
  EXPECT_EQ(book.sheets[0].dropdowns[0].column, 3u);
  EXPECT_EQ(book.sheets[0].dropdowns[0].source, "'Werte'!$D$3:$D$8");
  Result<XlsxSheet> values = ReadXlsxSheet(XlsxBytes(book), "Werte");
  ASSERT_TRUE(values.ok()) << values.status().ToString();
  EXPECT_EQ(values->rows[1].fields[4], "Wie? (mehrere)");
  EXPECT_EQ(values->rows[2].fields[3], "sehr gut");
  EXPECT_EQ(values->rows[7].fields[3], "ungenügend");
}

}  // namespace
}  // namespace ankerbericht
