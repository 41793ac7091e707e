// `ankerbericht forms` end to end: the printed feedback form fits one A4
// page, and the closed loop holds — the entry workbooks it writes, filled in
// here as a team would type the paper answers in, import into a fresh
// workspace without any mapping, and the figures equal the answers.
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "e2e/e2e_util.h"
#include "import/xlsx_reader.h"
#include "import/xlsx_writer.h"
#include "test_util.h"
#include "xlsx_workbook.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

const char kConfig[] = R"json({
  "sites": [ {
    "id": "probe", "name": "Ankerort Probestadt", "municipality": "Stadt Probestadt",
    "opened": "01.01.2026",
    "opening_hours": [ { "valid_from": "01.01.2026", "week": { "Mo": "10:00-13:00" } } ],
    "age_groups": [
      { "id": "jung", "label": "unter 18" },
      { "id": "mitte", "label": "18–64" },
      { "id": "alt", "label": "65 und älter", "target": true }
    ],
    "questionnaire": [
      { "id": "zufrieden", "text": "Ich bin insgesamt zufrieden.", "scale": "agree5" },
      { "id": "note", "text": "Welche Schulnote geben Sie uns?", "scale": "grade6" },
      { "id": "empfehlen", "text": "Würden Sie uns weiterempfehlen?", "scale": "yesno", "role": "recommend" },
      { "id": "erfahren", "text": "Wie haben Sie von uns erfahren?", "scale": "multi", "labels": ["Plakat", "Zeitung", "Freunde"] },
      { "id": "kommentar", "text": "Was möchten Sie uns noch sagen?", "scale": "text" }
    ]
  } ]
})json";

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

// The parts of the workbook at |path| (name -> content).
std::map<std::string, std::string> Unzip(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  Poco::Zip::ZipArchive archive(in);
  std::map<std::string, std::string> parts;
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    if (it->first.ends_with("/")) continue;  // folders; Zip() adds them again
    in.clear();
    Poco::Zip::ZipInputStream zin(in, it->second, true);
    std::string content;
    char buf[4096];
    while (zin.read(buf, sizeof buf) || zin.gcount() > 0)
      content.append(buf, static_cast<size_t>(zin.gcount()));
    parts[it->first] = content;
  }
  return parts;
}

// Types |rows| into the first sheet of the workbook at |path| below its
// header, as a team member does, and saves it.
void FillIn(const fs::path& path, const std::vector<std::vector<std::string>>& rows) {
  std::map<std::string, std::string> parts = Unzip(path);
  std::string& sheet = parts.at("xl/worksheets/sheet1.xml");
  std::string xml;
  for (size_t r = 0; r < rows.size(); ++r) {
    std::string n = std::to_string(r + 2);
    xml += "<row r=\"" + n + "\">";
    for (size_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty()) xml += TextCell(XlsxColumnName(c) + n, rows[r][c]);
    xml += "</row>";
  }
  size_t end = sheet.find("</sheetData>");
  ASSERT_NE(end, std::string::npos);
  sheet.insert(end, xml);
  Write(path, Zip(parts));
}

// A sheet of the workbook at |path| as rows of text.
std::vector<std::vector<std::string>> Sheet(const fs::path& path, const std::string& name) {
  Result<XlsxSheet> sheet = ReadXlsxSheet(ReadFileToString(path.string()), name);
  EXPECT_TRUE(sheet.ok()) << sheet.status().ToString();
  std::vector<std::vector<std::string>> rows;
  if (sheet.ok())
    for (const CsvRecord& r : sheet->rows) rows.push_back(r.fields);
  return rows;
}

// The choices the workbook's "Werte" sheet offers for the column |header|.
std::vector<std::string> Choices(const fs::path& path, const std::string& header) {
  std::vector<std::vector<std::string>> values = Sheet(path, "Werte");
  std::vector<std::string> choices;
  if (values.empty()) return choices;
  for (size_t c = 0; c < values[0].size(); ++c) {
    if (values[0][c] != header) continue;
    for (size_t r = 2; r < values.size(); ++r)
      if (c < values[r].size() && !values[r][c].empty()) choices.push_back(values[r][c]);
  }
  return choices;
}

int Pages(const fs::path& pdf) {
  CommandResult info = RunCommand("pdfinfo '" + pdf.string() + "'");
  size_t at = info.out.find("Pages:");
  return at == std::string::npos ? -1 : std::stoi(info.out.substr(at + 6));
}

class PaperForms : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(ws() / "ankerbericht.json", kConfig);
    CommandResult forms = Anker(ws(), "forms -o formulare");
    ASSERT_EQ(forms.exit_code, 0) << forms.err;
    fs::create_directories(ws() / "daten");
  }
  fs::path ws() const { return tmp_.path() / "probe"; }
  fs::path out(const std::string& name) const { return ws() / "formulare" / name; }

  Object::Ptr Figures() {
    CommandResult figures = Anker(ws(), "figures --period 2026-H1 --json");
    EXPECT_EQ(figures.exit_code, 0) << figures.err;
    return ParseJson(figures.out);
  }

  ScopedTempDir tmp_;
};

TEST(PaperFormsSample, SampleSiteGetsOnePageFormTallySheetAndEntryFiles) {
  if (!HavePdfTools()) GTEST_SKIP() << "poppler-utils or qpdf missing";
  ScopedTempDir tmp;
  for (const char* lang : {"de", "en"}) {
    fs::path dir = tmp.path() / lang;
    CommandResult forms =
        Anker(tmp.path(), "forms -w '" + SourceDir() + "/sample-data' --site stadtlabor -o '" +
                              dir.string() + "' --lang " + lang);
    ASSERT_EQ(forms.exit_code, 0) << forms.err;
    EXPECT_EQ(Pages(dir / "feedbackbogen-stadtlabor.pdf"), 1) << lang;
    EXPECT_EQ(Pages(dir / "strichliste-stadtlabor.pdf"), 1) << lang;
    for (const char* pdf : {"feedbackbogen-stadtlabor.pdf", "strichliste-stadtlabor.pdf"}) {
      CommandResult check = RunCommand("qpdf --check '" + (dir / pdf).string() + "'");
      EXPECT_EQ(check.exit_code, 0) << pdf << ": " << check.out;
      ExpectFontsEmbedded(dir / pdf);
      CommandResult info = RunCommand("pdfinfo '" + (dir / pdf).string() + "'");
      size_t tagged = info.out.find("Tagged:");
      ASSERT_NE(tagged, std::string::npos) << info.out;
      EXPECT_EQ(info.out.substr(tagged, info.out.find('\n', tagged) - tagged).find("yes"),
                info.out.find('\n', tagged) - tagged - 3)
          << info.out;
    }
    EXPECT_TRUE(fs::exists(dir / "feedback-eingabe-stadtlabor.xlsx"));
    EXPECT_TRUE(fs::exists(dir / "strichliste-eingabe-stadtlabor.xlsx"));
  }
  // The form says what a visitor ticks, in words, and the privacy line.
  CommandResult text =
      RunCommand("pdftotext -layout '" +
                 (tmp.path() / "de" / "feedbackbogen-stadtlabor.pdf").string() + "' -");
  for (const char* word : {"Stadtlabor", "stimme voll zu", "befriedigend", "Zeitung", "anonym"})
    EXPECT_NE(text.out.find(word), std::string::npos) << word << "\n" << text.out;
}

TEST_F(PaperForms, FilledFeedbackWorkbookImportsWithoutMappingAndGivesTheAnswers) {
  const fs::path entry = out("feedback-eingabe-probe.xlsx");
  std::vector<std::vector<std::string>> header = Sheet(entry, "Eingabe");
  ASSERT_FALSE(header.empty());
  EXPECT_EQ(header[0], (std::vector<std::string>{"Bogen-Nr", "Datum", "Veranstaltung", "zufrieden",
                                                 "note", "empfehlen", "erfahren", "kommentar"}));
  // The answers as the dropdowns offer them: agreement 1..5, grades 1..6.
  std::vector<std::string> agree = Choices(entry, "zufrieden");
  std::vector<std::string> grade = Choices(entry, "note");
  std::vector<std::string> yesno = Choices(entry, "empfehlen");
  ASSERT_EQ(agree.size(), 5u);
  ASSERT_EQ(grade.size(), 6u);
  ASSERT_EQ(yesno, (std::vector<std::string>{"ja", "nein"}));
  // (Means are given as printed, to one decimal: these come out exact.)
  //   zufrieden 4 4 3 5 2 5 4 1: mean 28/8 = 3.5
  //   note      1 2 2 3 1 4 2 5: mean 20/8, positive (1–2) 5 of 8
  //   empfehlen ja ja nein ja nein ja ja ja: 6 of 8 recommend
  const int z[] = {4, 4, 3, 5, 2, 5, 4, 1};
  const int n[] = {1, 2, 2, 3, 1, 4, 2, 5};
  const bool e[] = {true, true, false, true, false, true, true, true};
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 8; ++i) {
    rows.push_back({std::to_string(i + 1), "0" + std::to_string(i + 2) + ".03.2026", "",
                    agree[z[i] - 1], grade[n[i] - 1], e[i] ? yesno[0] : yesno[1],
                    i % 2 ? "Plakat; Zeitung" : "Freunde", i == 3 ? "Sehr nett hier" : ""});
  }
  FillIn(entry, rows);
  fs::copy_file(entry, ws() / "daten" / "feedback.xlsx");
  CommandResult import = Anker(ws(), "import --kind feedback daten/feedback.xlsx");
  ASSERT_EQ(import.exit_code, 0) << import.out << import.err;
  EXPECT_NE(import.err.find("8 von 8 Zeilen angenommen, 0 abgelehnt"), std::string::npos)
      << import.err;

  Object::Ptr figures = Figures();
  EXPECT_DOUBLE_EQ(Indicator(figures, "feedback.responses"), 8);
  EXPECT_DOUBLE_EQ(Indicator(figures, "feedback.responses.paper"), 8);
  EXPECT_NEAR(Indicator(figures, "feedback.recommend_rate"), 100.0 * 6 / 8, 1e-4);
  Object::Ptr items = figures->getObject("feedback_items")->getObject("items");
  EXPECT_NEAR(items->getObject("zufrieden")->getValue<double>("mean"), 28.0 / 8, 1e-4);
  EXPECT_NEAR(items->getObject("note")->getValue<double>("mean"), 20.0 / 8, 1e-4);
  EXPECT_NEAR(items->getObject("note")->getValue<double>("positive_share"), 100.0 * 5 / 8, 1e-4);
  EXPECT_DOUBLE_EQ(items->getObject("zufrieden")->getValue<double>("n"), 8);
}

TEST_F(PaperForms, FilledTallyWorkbookImportsWithoutMappingAndCountsTheVisits) {
  const fs::path entry = out("strichliste-eingabe-probe.xlsx");
  std::vector<std::vector<std::string>> header = Sheet(entry, "Eingabe");
  ASSERT_FALSE(header.empty());
  EXPECT_EQ(header[0], (std::vector<std::string>{"Datum", "Zeitfenster", "Besucher", "unter 18",
                                                 "18–64", "65 und älter"}));
  std::vector<std::string> slots = Choices(entry, "Zeitfenster");
  ASSERT_EQ(slots, (std::vector<std::string>{"10-11", "11-12", "12-13"}));
  // Monday 2 March and Monday 9 March 2026: 7 + 12 + 5 + 9 = 33 visits.
  FillIn(entry, {{"02.03.2026", slots[0], "7", "2", "3", "1"},
                 {"02.03.2026", slots[1], "12", "", "8", "4"},
                 {"02.03.2026", slots[2], "5", "1", "1", "1"},
                 {"09.03.2026", slots[0], "9", "3", "3", "3"}});
  fs::copy_file(entry, ws() / "daten" / "strichliste.xlsx");
  CommandResult import = Anker(ws(), "import --kind tallies daten/strichliste.xlsx");
  ASSERT_EQ(import.exit_code, 0) << import.out << import.err;
  EXPECT_NE(import.err.find("4 von 4 Zeilen angenommen, 0 abgelehnt"), std::string::npos)
      << import.err;
  EXPECT_DOUBLE_EQ(Indicator(Figures(), "visitors.total"), 33);
}

}  // namespace
}  // namespace ankerbericht::testing
